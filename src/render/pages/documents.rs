//! The model charter (one document) and the playbook (a chapter per file).

use serde::Serialize;

use super::{Context, Section, always};
use crate::load::{Loaded, Workspace};
use crate::model::document::{Document, fill_in_blanks};
use crate::render::emit::{Emitter, Page};
use crate::render::html::{markdown_to_html, markdown_to_html_with_ids};
use crate::render::md::headings::clean_document;

pub const PLAYBOOK_TITLE: &str = "Draaiboek voor een warm onthaal";

pub const CHARTER: Section = Section {
    nav: Some(("Charter", "charter.html")),
    present: has_charter,
    render: render_charter,
};

pub const PLAYBOOK: Section = Section {
    nav: Some(("Draaiboek", "draaiboek.html")),
    present: always,
    render: render_playbook,
};

#[derive(Debug, Clone, Serialize)]
pub struct DocumentPage {
    pub samenvatting: String,
    pub chapters: Vec<Chapter>,
    /// Where each chapter also has a page of its own (`bijlagen/`), to print it alone.
    pub apart: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Chapter {
    pub id: String,
    pub titel: String,
    pub samenvatting: String,
    pub body_html: String,
    /// The same body with ids and in-page links prefixed, for the print page.
    pub print_html: String,
    /// The body for `md/`: heading attributes removed, fixed sections marked.
    pub body_md: String,
    /// The annexes the document names in its front matter (`bijlagen:`).
    pub bijlagen: Vec<AnnexLink>,
}

/// A link to an annex; templates build its path from the id (`bijlagen/<id>.html`).
#[derive(Debug, Clone, Serialize)]
pub struct AnnexLink {
    pub id: String,
    pub titel: String,
}

fn has_charter(ws: &Workspace) -> bool {
    ws.charter.is_some()
}

fn render_charter(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let Some(charter) = &cx.ws.charter else {
        return Ok(());
    };
    let title = &charter.value.meta.titel;
    // The same page as a municipality's charter, with blanks: parties and signatures too.
    let page = Page::new(title, "gemeente_charter")
        .html("charter.html")
        .md("charter.md")
        .body_class("charter-page")
        .with_toc()
        .in_handbook(title, "met de invulvelden tussen vierkante haken", 1);
    let mut view = super::municipal::charter::model_view(&charter.value);
    view.bijlagen = annex_links(cx.ws, &charter.value.meta.bijlagen);
    emit.page(&page, &view)
}

fn render_playbook(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new(PLAYBOOK_TITLE, "document")
        .html("draaiboek.html")
        .md("draaiboek.md")
        .md_toc()
        .with_toc()
        .in_handbook(PLAYBOOK_TITLE, "hoofdstuk per hoofdstuk", 2);
    emit.page(&page, &playbook_view(cx.ws))
}

pub fn charter_view(ws: &Workspace, charter: &Loaded<Document>) -> DocumentPage {
    document_page(
        ws,
        &[charter],
        &charter.value.meta.samenvatting,
        0,
        "charter",
    )
}

pub fn playbook_view(ws: &Workspace) -> DocumentPage {
    let chapters: Vec<_> = ws.playbook.iter().collect();
    let summary = "Stap voor stap naar een laagdrempelig, warm onthaal.";
    document_page(ws, &chapters, summary, 1, "draaiboek")
}

/// A document page: the charter or an annex (one chapter), the playbook or the annexes
/// (a chapter per file).
pub fn document_page(
    ws: &Workspace,
    docs: &[&Loaded<Document>],
    summary: &str,
    shift: u8,
    print_prefix: &str,
) -> DocumentPage {
    let chapters: Vec<Chapter> = docs
        .iter()
        .map(|d| {
            let body = fill_in_blanks(&d.value.body);
            Chapter {
                id: d.value.id.clone(),
                titel: d.value.meta.titel.clone(),
                samenvatting: d.value.meta.samenvatting.clone(),
                body_html: markdown_to_html(&body, shift),
                // On the print page the document's title is a level above its body.
                print_html: markdown_to_html_with_ids(&body, shift + 1, print_prefix),
                body_md: fill_in_blanks(&clean_document(&d.value.body, shift.into())),
                bijlagen: annex_links(ws, &d.value.meta.bijlagen),
            }
        })
        .collect();
    DocumentPage {
        samenvatting: summary.to_string(),
        chapters,
        apart: None,
    }
}

/// The annexes with these ids that exist, in the order given (D006 reports the others).
pub fn annex_links(ws: &Workspace, ids: &[String]) -> Vec<AnnexLink> {
    ids.iter()
        .filter_map(|id| {
            let annex = ws.bijlagen.iter().find(|a| a.value.id == *id)?;
            Some(AnnexLink {
                id: id.clone(),
                titel: annex.value.meta.titel.clone(),
            })
        })
        .collect()
}
