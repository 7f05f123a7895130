//! The 8 B's of a good reporting point, as a checklist a municipality can score.

use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub titel: String,
    /// `werkversie` until VVSG publishes its own text.
    pub status: String,
    /// Markdown.
    pub toelichting: String,
    pub criteria: Vec<B>,
}

/// One of the eight criteria.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct B {
    pub id: String,
    pub naam: String,
    /// Markdown.
    pub beschrijving: String,
    pub drempels: Vec<String>,
    pub controlepunten: Vec<String>,
}
