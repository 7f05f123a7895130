//! The handbook as Markdown: CommonMark with GFM tables and task lists, in Dutch, to be
//! read in a git web interface. One file per part, an index, and everything in one file.

mod anchors;
mod barriers;
mod blueprint;
mod checklist;
mod documents;
mod faq;
mod handbook;
mod headings;
mod names;
mod reference;
mod step;
mod text;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use crate::load::Workspace;
use crate::model::blueprint::Blueprint;
use names::Names;
use text::{Blocks, bullet, link};

/// One output file: its path, the title it opens with and a line for the index.
struct Part {
    path: String,
    title: String,
    blurb: &'static str,
    markdown: String,
    /// The text inside `handboek.md`, when it differs from the file's own.
    combined: Option<String>,
    /// 2 when the table of contents of the handbook also lists the part's sections.
    toc_depth: usize,
}

const INTRO: &str = "Dit handboek bundelt het werk van het pilootproject: een blauwdruk per \
dienstverleningsmodel, met per stap wat de melder meemaakt en wat er voor en achter de schermen \
gebeurt, een overzicht van de drempels die elk model verlaagt, het modelcharter, het draaiboek, \
veelgestelde vragen per doelgroep, de checklist van de 8 B's en de referentiegegevens over \
bevoegde organen. Bij elke stap staat of de piloot hem getest heeft of dat de blauwdruk hem \
voorstelt.";

/// Relative path → content of every Markdown file of the handbook, under `md/`.
pub fn markdown_files(ws: &Workspace) -> BTreeMap<String, String> {
    let parts = parts(ws);
    let mut files = BTreeMap::new();
    files.insert("md/index.md".to_string(), index(ws, &parts));
    files.insert(
        "md/handboek.md".to_string(),
        handbook::page(&head(ws), &parts),
    );
    for part in parts {
        files.insert(part.path, part.markdown);
    }
    // Content is untrusted here too: whoever renders these files meets no raw HTML.
    files
        .into_iter()
        .map(|(path, text)| (path, crate::render::html::defuse_markdown(&text)))
        .collect()
}

fn parts(ws: &Workspace) -> Vec<Part> {
    let names = Names::new(&ws.reference);
    let blueprints = ordered_blueprints(ws);
    let mut parts: Vec<Part> = blueprints
        .iter()
        .map(|bp| {
            let path = format!("blauwdrukken/{}.md", bp.model);
            let blurb = "fase per fase en stap per stap";
            Part::new(
                &path,
                &blueprint::title(bp),
                blurb,
                blueprint::page(bp, &names),
            )
        })
        .collect();
    let barriers = barriers::page(ws, &blueprints, &names);
    let blurb = "welke drempels elk model verlaagt";
    parts.push(Part::new("drempels.md", barriers::TITLE, blurb, barriers));
    if let Some(charter) = &ws.charter {
        let doc = &charter.value;
        let blurb = "met de invulvelden tussen vierkante haken";
        parts.push(Part::new(
            "charter.md",
            &doc.meta.titel,
            blurb,
            documents::charter(doc),
        ));
    }
    parts.push(playbook(ws));
    let faq = faq::page(ws, &names);
    parts.push(Part::new("faq.md", faq::TITLE, "per doelgroep", faq).deep());
    if let Some(checklist) = &ws.checklist {
        let (title, page) = (
            &checklist.value.titel,
            checklist::page(&checklist.value, &names),
        );
        let blurb = "een checklist met controlepunten";
        parts.push(Part::new("8bs.md", title, blurb, page).deep());
    }
    let page = reference::page(&ws.reference, &names);
    let blurb = "organen, criteria, domeinen en bevoegdheden, met hun bron";
    parts.push(Part::new("referentie.md", reference::TITLE, blurb, page).deep());
    parts
}

/// The playbook lists its chapters; in the handbook the table of contents does that.
fn playbook(ws: &Workspace) -> Part {
    let page = documents::playbook(&ws.playbook, true);
    let title = documents::PLAYBOOK_TITLE;
    let mut part = Part::new("draaiboek.md", title, "hoofdstuk per hoofdstuk", page).deep();
    part.combined = Some(documents::playbook(&ws.playbook, false));
    part
}

impl Part {
    fn new(path: &str, title: &str, blurb: &'static str, markdown: String) -> Part {
        Part {
            path: format!("md/{path}"),
            title: title.to_string(),
            blurb,
            markdown,
            combined: None,
            toc_depth: 1,
        }
    }

    /// Lists the part's sections in the handbook's table of contents too.
    fn deep(mut self) -> Part {
        self.toc_depth = 2;
        self
    }
}

/// The models in the order of the manifest, then any other blueprint in file order.
fn ordered_blueprints(ws: &Workspace) -> Vec<&Blueprint> {
    let all: Vec<&Blueprint> = ws.blueprints.iter().map(|l| &l.value).collect();
    let modellen = ws.manifest.iter().flat_map(|m| &m.value.modellen);
    let mut ordered: Vec<&Blueprint> = modellen
        .filter_map(|id| all.iter().copied().find(|bp| &bp.model == id))
        .collect();
    for bp in all {
        if !ordered.iter().any(|o| std::ptr::eq(*o, bp)) {
            ordered.push(bp);
        }
    }
    ordered
}

/// Title, subtitle and introduction: the top of both the index and the handbook.
fn head(ws: &Workspace) -> String {
    let mut out = Blocks::default();
    match &ws.manifest {
        Some(manifest) => {
            out.heading(1, &manifest.value.titel);
            out.push(&manifest.value.ondertitel);
        }
        None => out.heading(1, "Handboek"),
    }
    out.push(INTRO);
    out.finish()
}

fn index(ws: &Workspace, parts: &[Part]) -> String {
    let mut out = Blocks::default();
    out.push(head(ws));
    out.heading(2, handbook::TOC_TITLE);
    let mut links: Vec<String> = parts
        .iter()
        .map(|p| {
            let target = p.path.strip_prefix("md/").unwrap_or(&p.path);
            bullet(&format!("{}: {}", link(&p.title, target), p.blurb), "")
        })
        .collect();
    links.push(bullet(
        &format!(
            "{}: alle delen in één bestand",
            link("Het volledige handboek", "handboek.md")
        ),
        "",
    ));
    out.push(links.join("\n"));
    out.finish()
}
