//! `onthaal.yaml`: the handbook manifest at the workspace root.

use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub titel: String,
    #[serde(default)]
    pub ondertitel: String,
    pub organisatie: String,
    #[serde(default = "default_language")]
    pub taal: String,
    /// Markdown: the pilot in brief, on the home page.
    #[serde(default)]
    pub inleiding: String,
    /// Where visitors report accessibility problems; empty until the organisation sets one.
    #[serde(default)]
    pub contact_toegankelijkheid: String,
    /// The delivery models the workspace must describe, one blueprint each.
    pub modellen: Vec<String>,
    /// The default output folder of `build`, relative to the workspace root.
    #[serde(default = "default_output")]
    pub uitvoer: String,
}

fn default_language() -> String {
    "nl".into()
}

fn default_output() -> String {
    "dist".into()
}
