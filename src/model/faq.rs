//! FAQ entries for frontline staff, grouped by theme (one file per theme).

use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FaqFile {
    pub thema: String,
    pub vragen: Vec<Vraag>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vraag {
    pub id: String,
    pub vraag: String,
    /// Markdown.
    pub antwoord: String,
    pub doelgroepen: Vec<String>,
    #[serde(default)]
    pub drempels: Vec<String>,
    #[serde(default)]
    pub organen: Vec<String>,
    pub herzien: String,
}
