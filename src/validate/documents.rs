//! Rules for Markdown documents (codes D…): section ids and template variables.

use super::ids::{is_valid_id, slug};
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
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
fn chapter_id_problem(id: &str, seen: &[(&str, &Doc, usize)]) -> Option<Text> {
    if !is_valid_id(id) {
        Some(crate::t!(
            "is geen geldige id (kleine letters, cijfers en koppeltekens)",
            "is not a valid id (lowercase letters, digits and hyphens)"
        ))
    } else if RESERVED_IDS.contains(&id) {
        Some(crate::t!(
            "gebruikt de pagina zelf al",
            "is already used by the page itself"
        ))
    } else if seen.iter().any(|(s, _, _)| *s == id) {
        Some(crate::t!(
            "heeft ook een ander hoofdstuk",
            "is also another chapter's"
        ))
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
                let message = crate::t!(
                    "de sectie-id `{id}` gebruikt de pagina zelf al",
                    "the page itself already uses the section id `{id}`"
                );
                out.push(
                    Diagnostic::new("D002", &doc.file, heading.span, message).with_help(crate::t!(
                        "kies een andere id; deze is van de navigatie of de zoekfunctie",
                        "choose another id; this one belongs to the navigation or the search"
                    )),
                );
            }
        }
    }
    if chapters_are_anchors {
        for doc in docs {
            let id = doc.value.id.as_str();
            if let Some(problem) = chapter_id_problem(id, &seen) {
                let message = Text::new(
                    format!("de hoofdstuk-id `{id}` uit de bestandsnaam {}", problem.nl),
                    format!("the chapter id `{id}` from the file name {}", problem.en),
                );
                out.push(
                    Diagnostic::new("D002", &doc.file, Span::file_start(), message).with_help(
                        crate::t!(
                            "hernoem het bestand naar een nummer en een eigen id, zoals 03-onthaalgesprek.md",
                            "rename the file to a number and an id of its own, such as 03-onthaalgesprek.md"
                        ),
                    ),
                );
            } else {
                seen.push((id, doc, 1));
            }
        }
    }
    for doc in docs {
        for heading in &doc.value.headings {
            let at = |code, message: Text| Diagnostic::new(code, &doc.file, heading.span, message);
            let text = &heading.text;
            if heading.level == 1 {
                out.push(
                    at(
                        "D005",
                        crate::t!("kop van niveau 1 `# {text}`", "level 1 heading `# {text}`"),
                    )
                    .with_help(crate::t!(
                        "de titel komt uit de front matter; begin secties met `##`",
                        "the title comes from the front matter; start sections with `##`"
                    )),
                );
            }
            let Some(id) = heading.id.as_deref() else {
                if heading.level == 2 {
                    let slug = slug(&heading.text);
                    out.push(
                        at(
                            "D001",
                            crate::t!(
                                "de sectie `{text}` heeft geen id",
                                "the section `{text}` has no id"
                            ),
                        )
                        .with_help(crate::t!(
                            "voeg een vaste id toe: `## {text} {{#{slug}}}`",
                            "add a fixed id: `## {text} {{#{slug}}}`"
                        )),
                    );
                }
                continue;
            };
            if !is_valid_id(id) {
                out.push(
                    at(
                        "V003",
                        crate::t!(
                            "de id `{id}` heeft niet de vorm van een id",
                            "the id `{id}` does not have the form of an id"
                        ),
                    )
                    .with_help(crate::t!(
                        "gebruik kleine letters, cijfers en koppeltekens",
                        "use lowercase letters, digits and hyphens"
                    )),
                );
            }
            match seen.iter().find(|(s, _, _)| *s == id) {
                Some((_, first, line)) => {
                    let earlier =
                        crate::diagnostics::earlier(&first.file.name, *line, &doc.file.name);
                    let message = Text::new(
                        format!("de sectie-id `{id}` bestaat al ({})", earlier.nl),
                        format!("the section id `{id}` already exists ({})", earlier.en),
                    );
                    out.push(at("D002", message).with_help(crate::t!(
                        "een sectie-id is uniek: gemeenten en links verwijzen ernaar",
                        "a section id is unique: municipalities and links refer to it"
                    )))
                }
                None => seen.push((id, doc, heading.span.line)),
            }
        }
    }
}

/// D003: only known variables, and only in the charter.
fn check_variables(doc: &Doc, allowed: bool, out: &mut Vec<Diagnostic>) {
    if doc.value.meta.titel.contains("{{") {
        let message = crate::t!(
            "sjabloonvariabele in de titel",
            "template variable in the title"
        );
        out.push(
            Diagnostic::new("D003", &doc.file, doc.value.title_span, message).with_help(crate::t!(
                "de titel blijft gewone tekst; zet variabelen in de secties",
                "the title stays plain text; put variables in the sections"
            )),
        );
    }
    for variable in &doc.value.variables {
        let name = variable.name.as_str();
        let mut message = crate::t!(
            "onbekende sjabloonvariabele `{name}`",
            "unknown template variable `{name}`"
        );
        let help = if !allowed {
            message = crate::t!(
                "sjabloonvariabele `{name}` buiten het modelcharter",
                "template variable `{name}` outside the model charter"
            );
            crate::t!(
                "sjabloonvariabelen horen alleen in het modelcharter; schrijf hier gewone tekst",
                "template variables belong only in the model charter; write plain text here"
            )
        } else if variable_names().any(|v| v == name) {
            continue;
        } else if let Some(near) = did_you_mean(name, variable_names()) {
            crate::t!("bedoel je `{near}`?", "did you mean `{near}`?")
        } else {
            let known = variable_names().collect::<Vec<_>>().join(", ");
            crate::t!("bekende variabelen: {known}", "known variables: {known}")
        };
        out.push(Diagnostic::new("D003", &doc.file, variable.span, message).with_help(help));
    }
}
