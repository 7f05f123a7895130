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
    /// The date of this edition (`2026-11-29`): the date of the accessibility statement.
    #[serde(default)]
    pub datum: String,
    /// The delivery models the workspace must describe, one blueprint each.
    pub modellen: Vec<String>,
    /// The default output folder of `build`, relative to the workspace root.
    #[serde(default = "default_output")]
    pub uitvoer: String,
    /// Rules to switch off or to treat as errors, for the whole handbook or per path.
    #[serde(default)]
    pub controles: Controles,
}

/// Like ruff's `ignore` and `per-file-ignores`: codes to leave out, warnings to count as
/// errors, and the same per path pattern (`faq/*.yaml`, `charters/**`).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controles {
    /// Codes of rules not to report, such as `V007`.
    #[serde(default)]
    pub negeren: Vec<String>,
    /// Codes of warnings to report as errors, such as `V006`.
    #[serde(default)]
    pub als_fout: Vec<String>,
    /// The same for the files that match a pattern.
    #[serde(default)]
    pub per_pad: Vec<PadControles>,
}

/// Rules for the files whose path (from the handbook's root) matches `pad`.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PadControles {
    /// A pattern: `*` within a folder, `**` across folders, `?` one character.
    pub pad: String,
    #[serde(default)]
    pub negeren: Vec<String>,
    #[serde(default)]
    pub als_fout: Vec<String>,
}

fn default_language() -> String {
    "nl".into()
}

fn default_output() -> String {
    "dist".into()
}
