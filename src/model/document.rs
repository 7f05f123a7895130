//! A Markdown document (the model charter, a playbook chapter): front matter and
//! sections with ids, as found in the source.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::source::Span;

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub titel: String,
    #[serde(default)]
    pub samenvatting: String,
    /// The version of the model text (`2.0`), shown on every charter a municipality signs.
    #[serde(default)]
    pub versie: String,
    /// The date of that version (`2026-11-29`).
    #[serde(default)]
    pub datum: String,
    /// The ids of the playbook annexes (`playbook/bijlagen/`) this document refers to.
    #[serde(default)]
    pub bijlagen: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// The file name without number prefix and extension: `05-doorverwijzen.md` -> `doorverwijzen`.
    pub id: String,
    pub meta: Meta,
    /// Where the title stands in the front matter.
    pub title_span: Span,
    /// The Markdown after the front matter.
    pub body: String,
    /// Byte offset of `body` in the file, to turn body offsets into file positions.
    pub body_offset: usize,
    pub headings: Vec<Heading>,
    pub variables: Vec<Variable>,
}

/// A heading as written: level, text, `{#id .class}` attributes and position.
#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub id: Option<String>,
    pub classes: Vec<String>,
    pub span: Span,
    /// Byte range of the heading in the body, so later stages can cut sections.
    pub body_range: std::ops::Range<usize>,
}

impl Heading {
    /// Whether a municipality may not change this section (`.vast`).
    pub fn is_fixed(&self) -> bool {
        self.classes.iter().any(|c| c == "vast")
    }

    /// Whether the section is only for an intermunicipal partnership (`.samenwerking`):
    /// the edition of a single municipality leaves it out.
    pub fn is_for_partnerships(&self) -> bool {
        self.classes.iter().any(|c| c == "samenwerking")
    }
}

/// A template variable `{{ gemeente.naam }}` in the body.
#[derive(Debug, Clone)]
pub struct Variable {
    pub name: String,
    pub span: Span,
}

/// The variables a charter may use, with the blank a reader of the model charter sees.
/// A municipal profile or a partner row fills them in.
pub const VARIABLES: &[(&str, &str)] = &[
    ("gemeente.naam", "naam van de gemeente"),
    ("gemeente.gemeenten", "namen van de betrokken gemeenten"),
    ("gemeente.dienst", "dienst van de gemeente"),
    ("gemeente.coordinator", "naam van de coördinator"),
    ("gemeente.telefoon", "telefoonnummer van de gemeente"),
    ("gemeente.email", "e-mailadres van de gemeente"),
    ("gemeente.adres", "adres van de gemeente"),
    ("gemeente.openingsuren", "openingsuren van het contactpunt"),
    ("gemeente.website", "website van het contactpunt"),
    ("gemeente.model", "dienstverleningsmodel van de gemeente"),
    (
        "gemeente.beslissing",
        "beslissing van de gemeenteraad of het college die de ondertekening toestaat",
    ),
    (
        "gemeente.dpo",
        "contact van de functionaris voor gegevensbescherming van de gemeente",
    ),
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
    ("partner.rol", "rol van de partner in het netwerk"),
    (
        "partner.dpo",
        "contact van de functionaris voor gegevensbescherming van de partner",
    ),
    ("model.versie", "versie van het modelcharter"),
    ("model.datum", "datum van die versie"),
];

/// The names of the variables, for checks and suggestions.
pub fn variable_names() -> impl Iterator<Item = &'static str> + Clone {
    VARIABLES.iter().map(|(name, _)| *name)
}

/// Replaces every `{{ name }}` by its blank, `[naam van de gemeente]`; an unknown name
/// (which `validate` reports) shows as itself.
pub fn fill_in_blanks(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}").map(|i| open + i) else {
            break;
        };
        let name = rest[open + 2..close].trim();
        let blank = VARIABLES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(name, |(_, b)| b);
        out.push_str(&rest[..open]);
        out.push_str(&format!("[{blank}]"));
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill_in_blanks;

    #[test]
    fn variables_become_readable_blanks() {
        assert_eq!(
            fill_in_blanks("Voor {{ gemeente.naam }} en {{partner.naam}}, niet {{ x.y }}. {{ open"),
            "Voor [naam van de gemeente] en [naam van de partnerorganisatie], niet [x.y]. {{ open"
        );
    }
}
