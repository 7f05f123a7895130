//! Reference data under `reference/`: barriers, bodies, criteria, domains and the
//! competence rules that route a report to the body that handles it.

use schemars::JsonSchema;
use serde::Deserialize;

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
    #[serde(default)]
    pub herzien: String,
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
    #[serde(default)]
    pub bron: String,
    #[serde(default)]
    pub herzien: String,
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
    pub bron: String,
    #[serde(default)]
    pub herzien: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BevoegdheidFile {
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
}

/// `alle`, or a list of criterion ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CriteriaKeuze {
    Alle,
    Lijst(Vec<String>),
}

impl CriteriaKeuze {
    pub fn covers(&self, criterium: &str) -> bool {
        match self {
            CriteriaKeuze::Alle => true,
            CriteriaKeuze::Lijst(ids) => ids.iter().any(|id| id == criterium),
        }
    }
}

impl JsonSchema for CriteriaKeuze {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CriteriaKeuze".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "oneOf": [
                {"const": "alle"},
                {"type": "array", "items": {"type": "string"}}
            ]
        })
    }
}

impl<'de> Deserialize<'de> for CriteriaKeuze {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = CriteriaKeuze;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`alle` or a sequence of criterion ids")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v == "alle" {
                    Ok(CriteriaKeuze::Alle)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut ids = Vec::new();
                while let Some(id) = seq.next_element()? {
                    ids.push(id);
                }
                Ok(CriteriaKeuze::Lijst(ids))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// An item of a reference list, found by its id.
pub trait Identified {
    fn id(&self) -> &str;
}

/// An item with a display name.
pub trait Named: Identified {
    fn naam(&self) -> &str;
}

/// A competence fact: where it comes from and when someone last checked it.
pub trait Sourced {
    fn bron(&self) -> &str;
    fn herzien(&self) -> &str;
}

macro_rules! identified {
    ($($ty:ty),*) => {$(
        impl Identified for $ty {
            fn id(&self) -> &str {
                &self.id
            }
        }
    )*};
}

macro_rules! named {
    ($($ty:ty),*) => {$(
        impl Named for $ty {
            fn naam(&self) -> &str {
                &self.naam
            }
        }
    )*};
}

macro_rules! sourced {
    ($($ty:ty),*) => {$(
        impl Sourced for $ty {
            fn bron(&self) -> &str {
                &self.bron
            }
            fn herzien(&self) -> &str {
                &self.herzien
            }
        }
    )*};
}

identified!(Drempel, Begrip, Orgaan, Criterium, Domein, Regel);
named!(Drempel, Begrip, Orgaan, Criterium, Domein);
sourced!(Orgaan, Criterium, Domein, Regel);
