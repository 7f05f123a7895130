//! Reference data under `reference/`: barriers, bodies, criteria, domains and the
//! competence rules that route a report to the body that handles it.

use schemars::JsonSchema;
use serde::Deserialize;

pub use super::criteria_keuze::CriteriaKeuze;
pub use super::traits::{Caveated, Identified, Keyworded, Named, Sourced};

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DrempelFile {
    pub drempels: Vec<Drempel>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Drempel {
    pub id: String,
    pub naam: String,
    #[serde(default)]
    pub beschrijving: String,
}

/// A named item with an id: quality dimensions, channels, audiences.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Begrip {
    pub id: String,
    pub naam: String,
    #[serde(default)]
    pub beschrijving: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DimensieFile {
    pub dimensies: Vec<Begrip>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KanaalFile {
    pub kanalen: Vec<Begrip>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DoelgroepFile {
    pub doelgroepen: Vec<Begrip>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrgaanFile {
    /// How the facts in this file were (or were not yet) checked against their sources.
    #[serde(default)]
    pub nazicht: String,
    pub organen: Vec<Orgaan>,
}

/// A body a report can be referred to: an equality body, or the police.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Orgaan {
    pub id: String,
    pub naam: String,
    #[serde(default)]
    pub afkorting: String,
    pub gelijkheidsorgaan: bool,
    pub niveau: Option<Niveau>,
    #[serde(default)]
    pub wat: String,
    /// Whether a report can be anonymous; absent when the project does not know.
    pub anoniem: Option<bool>,
    #[serde(default)]
    pub anoniem_toelichting: String,
    #[serde(default)]
    pub telefoon: String,
    #[serde(default)]
    pub telefoon_toelichting: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub bron: String,
    /// `JJJJ-MM-DD` when a person compared the fact with its source, or `nog na te kijken`.
    #[serde(default)]
    pub herzien: String,
    /// What a frontline worker must know before referring (channels, conditions).
    #[serde(default)]
    pub voorbehoud: Vec<Voorbehoud>,
}

impl Orgaan {
    /// The phone number with its note (`0800 12 800 (kies 2 …)`), or empty when unknown.
    pub fn phone_with_note(&self) -> String {
        match (self.telefoon.trim(), self.telefoon_toelichting.trim()) {
            ("", _) => String::new(),
            (phone, "") => phone.to_string(),
            (phone, note) => format!("{phone} ({note})"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Niveau {
    Vlaams,
    Federaal,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriteriumFile {
    #[serde(default)]
    pub nazicht: String,
    pub criteria: Vec<Criterium>,
}

/// One of the protected criteria of anti-discrimination law.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterium {
    pub id: String,
    pub naam: String,
    pub groep: Groep,
    #[serde(default)]
    pub omschrijving: String,
    /// The words people use for it (`zwanger`, `hoofddoek`), for `route` and search.
    #[serde(default)]
    pub trefwoorden: Vec<String>,
    #[serde(default)]
    pub bron: String,
    #[serde(default)]
    pub herzien: String,
    #[serde(default)]
    pub voorbehoud: Vec<Voorbehoud>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Groep {
    Raciaal,
    Ander,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DomeinFile {
    #[serde(default)]
    pub nazicht: String,
    pub domeinen: Vec<Domein>,
}

/// A domain of life, under Flemish or federal competence.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Domein {
    pub id: String,
    pub naam: String,
    pub niveau: Niveau,
    #[serde(default)]
    pub voorbeelden: Vec<String>,
    #[serde(default)]
    pub trefwoorden: Vec<String>,
    #[serde(default)]
    pub bron: String,
    #[serde(default)]
    pub herzien: String,
    #[serde(default)]
    pub voorbehoud: Vec<Voorbehoud>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BevoegdheidFile {
    #[serde(default)]
    pub nazicht: String,
    pub regels: Vec<Regel>,
}

/// A competence rule: for domains of `niveau` and these criteria, this body.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regel {
    pub id: String,
    pub niveau: Niveau,
    pub criteria: CriteriaKeuze,
    /// An organ id, or `geen` when the law assigns no body.
    pub orgaan: String,
    #[serde(default)]
    pub toelichting: String,
    #[serde(default)]
    pub bron: String,
    #[serde(default)]
    pub herzien: String,
    /// Where the sources leave the case open: the answer is then not a plain one.
    #[serde(default)]
    pub voorbehoud: Vec<Voorbehoud>,
}

impl Regel {
    /// Whether the sources settle this rule; if not, `route` shows its caveats first.
    pub fn is_open(&self) -> bool {
        !self.voorbehoud.is_empty()
    }
}

/// A caveat on a competence fact, with its own source: a case the sources leave open,
/// or something to know before referring. `zie` names a domain whose answer applies
/// in the case the text describes (a fellow passenger on a De Lijn bus: hate speech).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Voorbehoud {
    pub tekst: String,
    /// Only for domains of this level (a criterion's caveat that holds in Flemish matters).
    pub niveau: Option<Niveau>,
    /// A domain id: in the case described, that domain's answer holds instead.
    pub zie: Option<String>,
    #[serde(default)]
    pub bron: String,
    #[serde(default)]
    pub herzien: String,
}

/// What `herzien` says when nobody has compared the fact with its live source yet.
pub const NOG_NA_TE_KIJKEN: &str = "nog na te kijken";
