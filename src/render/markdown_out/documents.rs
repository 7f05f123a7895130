//! The model charter and the playbook: the source Markdown with heading attributes
//! removed, fixed sections marked, and template variables shown as placeholders.

use super::anchors::anchors;
use super::headings::clean_document;
use super::text::{Blocks, bullet, link};
use crate::load::Loaded;
use crate::model::document::Document;

pub const PLAYBOOK_TITLE: &str = "Draaiboek";

/// What a reader fills in for each variable of `VARIABLES`.
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("gemeente.naam", "naam van de gemeente"),
    ("gemeente.gemeenten", "namen van de betrokken gemeenten"),
    ("gemeente.dienst", "dienst van de gemeente"),
    ("gemeente.coordinator", "naam van de coördinator"),
    ("gemeente.telefoon", "telefoonnummer van de gemeente"),
    ("gemeente.email", "e-mailadres van de gemeente"),
    ("gemeente.adres", "adres van de gemeente"),
    ("gemeente.model", "dienstverleningsmodel van de gemeente"),
    ("partner.naam", "naam van de partnerorganisatie"),
    ("partner.soort", "soort organisatie van de partner"),
    ("partner.adres", "adres van de partnerorganisatie"),
    (
        "partner.contactpersoon",
        "contactpersoon van de partnerorganisatie",
    ),
    ("partner.email", "e-mailadres van de partnerorganisatie"),
    (
        "partner.telefoon",
        "telefoonnummer van de partnerorganisatie",
    ),
];

pub fn charter(doc: &Document) -> String {
    let mut out = Blocks::default();
    out.heading(1, &doc.meta.titel);
    out.push(&doc.meta.samenvatting);
    out.push(fill_in(&clean_document(&doc.body, 0)));
    out.finish()
}

/// The chapters in file order, each title as `##`; with `contents`, after a list of
/// links to them (the handbook has its own table of contents).
pub fn playbook(chapters: &[Loaded<Document>], contents: bool) -> String {
    let mut head = Blocks::default();
    head.heading(1, PLAYBOOK_TITLE);
    if contents {
        head.push("De hoofdstukken van het draaiboek:");
    }
    let head = head.finish();
    let mut body = Blocks::default();
    for chapter in chapters {
        let doc = &chapter.value;
        body.heading(2, &doc.meta.titel);
        body.push(&doc.meta.samenvatting);
        body.push(clean_document(&doc.body, 1));
    }
    let body = body.finish();
    if !contents {
        return format!("{head}\n{body}");
    }
    let text = format!("{head}\n{body}");
    let list: Vec<String> = anchors(&text)
        .iter()
        .filter(|a| a.level == 2)
        .map(|a| bullet(&link(&a.text, &format!("#{}", a.slug)), ""))
        .collect();
    format!("{head}\n{}\n\n{body}", list.join("\n"))
}

/// Every `{{ name }}` as `[what to fill in]`; an unknown name keeps its own text.
pub fn fill_in(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}").map(|i| open + i) else {
            break;
        };
        let name = rest[open + 2..close].trim();
        out.push_str(&rest[..open]);
        out.push_str(&format!("[{}]", placeholder(name)));
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

fn placeholder(name: &str) -> &str {
    PLACEHOLDERS
        .iter()
        .find(|(variable, _)| *variable == name)
        .map_or(name, |(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::{PLACEHOLDERS, fill_in, placeholder};
    use crate::model::document::VARIABLES;

    #[test]
    fn every_known_variable_has_a_placeholder() {
        for variable in VARIABLES {
            assert_ne!(
                placeholder(variable),
                *variable,
                "{variable} has no placeholder"
            );
        }
        assert_eq!(PLACEHOLDERS.len(), VARIABLES.len());
    }

    #[test]
    fn fills_in_variables_with_readable_placeholders() {
        assert_eq!(
            fill_in("Voor {{ gemeente.naam }} en {{partner.naam}}, niet {{ x.y }}."),
            "Voor [naam van de gemeente] en [naam van de partnerorganisatie], niet [x.y]."
        );
    }
}
