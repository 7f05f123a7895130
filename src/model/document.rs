//! A Markdown document (the model charter, a playbook chapter): front matter and
//! sections with ids, as found in the source.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::source::Span;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub titel: String,
    #[serde(default)]
    pub samenvatting: String,
}

#[derive(Debug, Clone)]
pub struct Document {
    /// The file name without number prefix and extension: `05-doorverwijzen.md` -> `doorverwijzen`.
    pub id: String,
    pub meta: Meta,
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
}

impl Heading {
    /// Whether a municipality may not change this section (`.vast`).
    pub fn is_fixed(&self) -> bool {
        self.classes.iter().any(|c| c == "vast")
    }
}

/// A template variable `{{ gemeente.naam }}` in the body.
#[derive(Debug, Clone)]
pub struct Variable {
    pub name: String,
    pub span: Span,
}

/// The variables a charter may use; a profile or partner row fills them in.
pub const VARIABLES: &[&str] = &[
    "gemeente.naam",
    "gemeente.gemeenten",
    "gemeente.dienst",
    "gemeente.coordinator",
    "gemeente.telefoon",
    "gemeente.email",
    "gemeente.adres",
    "gemeente.model",
    "partner.naam",
    "partner.soort",
    "partner.adres",
    "partner.contactpersoon",
    "partner.email",
    "partner.telefoon",
];
