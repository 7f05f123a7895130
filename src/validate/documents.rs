//! Rules for Markdown documents (codes D…): section ids and template variables.

use super::ids::{is_valid_id, slug};
use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::model::document::{Document, variable_names};
use crate::source::Span;
use crate::suggest::did_you_mean;

type Doc = Loaded<Document>;

pub fn check_all(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    if let Some(charter) = &workspace.charter {
        check_sections(&[charter], false, out);
        check_variables(charter, true, out);
    }
    let chapters: Vec<&Doc> = workspace.playbook.iter().collect();
    check_sections(&chapters, true, out);
    for chapter in chapters {
        check_variables(chapter, false, out);
    }
    let annexes: Vec<&Doc> = workspace.bijlagen.iter().collect();
    check_sections(&annexes, true, out);
    for annex in annexes {
        check_variables(annex, false, out);
    }
}

/// D001, D002, D005, V003: every `##` has a well-formed id, unique across `docs`; no `#`.
/// Why a chapter id (from a file name) cannot serve as an anchor, if it cannot.
fn chapter_id_problem(id: &str, seen: &[(&str, &Doc, usize)]) -> Option<&'static str> {
    if !is_valid_id(id) {
        Some("is geen geldige id (kleine letters, cijfers en koppeltekens)")
    } else if RESERVED_IDS.contains(&id) {
        Some("gebruikt de pagina zelf al")
    } else if seen.iter().any(|(s, _, _)| *s == id) {
        Some("heeft ook een ander hoofdstuk")
    } else {
        None
    }
}

/// Ids the page template itself uses around the content.
const RESERVED_IDS: &[&str] = &[
    "inhoud",
    "inhoudstafel",
    "zoekveld",
    "zoekhulp",
    "zoekresultaten",
    "zoeklijst",
];

/// D001, D002, D005, V003 on the headings of `docs`: every `##` has a well-formed id,
/// unique across `docs`, not one the page uses itself, and no `#` heading. Playbook
/// chapters are anchors on the same page, so their ids (from the file names) count as taken.
fn check_sections(docs: &[&Doc], chapters_are_anchors: bool, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(&str, &Doc, usize)> = Vec::new();
    for doc in docs {
        for heading in &doc.value.headings {
            if let Some(id) = heading.id.as_deref().filter(|id| RESERVED_IDS.contains(id)) {
                let message = format!("de sectie-id `{id}` gebruikt de pagina zelf al");
                out.push(
                    Diagnostic::new("D002", &doc.file, heading.span, message).with_help(
                        "kies een andere id; deze is van de navigatie of de zoekfunctie",
                    ),
                );
            }
        }
    }
    if chapters_are_anchors {
        for doc in docs {
            let id = doc.value.id.as_str();
            if let Some(problem) = chapter_id_problem(id, &seen) {
                let message = format!("de hoofdstuk-id `{id}` uit de bestandsnaam {problem}");
                out.push(
                    Diagnostic::new("D002", &doc.file, Span::file_start(), message)
                        .with_help("hernoem het bestand naar een nummer en een eigen id, zoals 03-onthaalgesprek.md"),
                );
            } else {
                seen.push((id, doc, 1));
            }
        }
    }
    for doc in docs {
        for heading in &doc.value.headings {
            let at =
                |code, message: String| Diagnostic::new(code, &doc.file, heading.span, message);
            if heading.level == 1 {
                out.push(
                    at("D005", format!("kop van niveau 1 `# {}`", heading.text))
                        .with_help("de titel komt uit de front matter; begin secties met `##`"),
                );
            }
            let Some(id) = heading.id.as_deref() else {
                if heading.level == 2 {
                    let slug = slug(&heading.text);
                    out.push(
                        at(
                            "D001",
                            format!("de sectie `{}` heeft geen id", heading.text),
                        )
                        .with_help(format!(
                            "voeg een vaste id toe: `## {} {{#{slug}}}`",
                            heading.text
                        )),
                    );
                }
                continue;
            };
            if !is_valid_id(id) {
                out.push(
                    at(
                        "V003",
                        format!("de id `{id}` heeft niet de vorm van een id"),
                    )
                    .with_help("gebruik kleine letters, cijfers en koppeltekens"),
                );
            }
            match seen.iter().find(|(s, _, _)| *s == id) {
                Some((_, first, line)) => out.push(
                    at(
                        "D002",
                        format!(
                            "de sectie-id `{id}` bestaat al ({})",
                            crate::diagnostics::earlier(&first.file.name, *line, &doc.file.name)
                        ),
                    )
                    .with_help("een sectie-id is uniek: gemeenten en links verwijzen ernaar"),
                ),
                None => seen.push((id, doc, heading.span.line)),
            }
        }
    }
}

/// D003: only known variables, and only in the charter.
fn check_variables(doc: &Doc, allowed: bool, out: &mut Vec<Diagnostic>) {
    if doc.value.meta.titel.contains("{{") {
        let message = "sjabloonvariabele in de titel".to_string();
        out.push(
            Diagnostic::new("D003", &doc.file, doc.value.title_span, message)
                .with_help("de titel blijft gewone tekst; zet variabelen in de secties"),
        );
    }
    for variable in &doc.value.variables {
        let name = variable.name.as_str();
        let mut message = format!("onbekende sjabloonvariabele `{name}`");
        let help = if !allowed {
            message = format!("sjabloonvariabele `{name}` buiten het modelcharter");
            "sjabloonvariabelen horen alleen in het modelcharter; schrijf hier gewone tekst"
                .to_string()
        } else if variable_names().any(|v| v == name) {
            continue;
        } else if let Some(near) = did_you_mean(name, variable_names()) {
            format!("bedoel je `{near}`?")
        } else {
            format!(
                "bekende variabelen: {}",
                variable_names().collect::<Vec<_>>().join(", ")
            )
        };
        out.push(Diagnostic::new("D003", &doc.file, variable.span, message).with_help(help));
    }
}
