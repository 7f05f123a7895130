//! A service blueprint: one delivery model as phases, steps and the classic lanes.

use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Blueprint {
    pub model: String,
    pub titel: String,
    #[serde(default)]
    pub piloten: Vec<String>,
    pub rol: Rol,
    pub samenvatting: String,
    #[serde(default)]
    pub belooft: Vec<Kenmerk>,
    pub actoren: Vec<Actor>,
    pub fasen: Vec<Fase>,
    pub stappen: Vec<Stap>,
}

/// The part the local government plays in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rol {
    Regisseur,
    RegisseurEnActor,
}

/// What a step does for the melder, or what a model promises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kenmerk {
    Terugkoppeling,
    Nazorg,
    Registratie,
    WarmeOverdracht,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub naam: String,
    #[serde(default)]
    pub omschrijving: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fase {
    pub id: String,
    pub naam: String,
    /// What this phase asks of the local government.
    #[serde(default)]
    pub vraagt: String,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stap {
    pub id: String,
    pub fase: String,
    pub titel: String,
    /// Optional so that a missing action is a blueprint rule, not a parse error.
    #[serde(default)]
    pub melder: Option<String>,
    pub frontstage: Option<Actie>,
    pub backstage: Option<Actie>,
    pub ondersteuning: Option<Actie>,
    #[serde(default)]
    pub bewijs: Vec<String>,
    #[serde(default)]
    pub kanalen: Vec<String>,
    #[serde(default)]
    pub drempels: Vec<String>,
    #[serde(default)]
    pub nodig: Nodig,
    #[serde(default)]
    pub faalpunten: Vec<Faalpunt>,
    pub wachtpunt: Option<String>,
    pub doorverwijzing: Option<Doorverwijzing>,
    #[serde(default)]
    pub kenmerken: Vec<Kenmerk>,
    pub status: Status,
}

/// An action in one lane, by a declared actor.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actie {
    pub actor: String,
    pub actie: String,
}

/// What a step needs on each quality dimension of the pilot.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Nodig {
    pub proces: Option<String>,
    pub infrastructuur: Option<String>,
    pub mensen: Option<String>,
    #[serde(rename = "externe-factoren")]
    pub externe_factoren: Option<String>,
    pub communicatie: Option<String>,
    pub andere: Option<String>,
}

impl Nodig {
    /// The filled dimensions as (dimension id, text), in the pilot's order.
    pub fn entries(&self) -> Vec<(&'static str, &str)> {
        [
            ("proces", &self.proces),
            ("infrastructuur", &self.infrastructuur),
            ("mensen", &self.mensen),
            ("externe-factoren", &self.externe_factoren),
            ("communicatie", &self.communicatie),
            ("andere", &self.andere),
        ]
        .into_iter()
        .filter_map(|(id, text)| text.as_deref().map(|t| (id, t)))
        .collect()
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Faalpunt {
    pub risico: String,
    /// Optional so that a missing mitigation is a blueprint rule, not a parse error.
    #[serde(default)]
    pub opvang: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Doorverwijzing {
    pub naar: Vec<String>,
    pub toestemming: bool,
    pub warm: bool,
    #[serde(default)]
    pub toelichting: String,
}

/// Whether the pilot tested a step or the blueprint proposes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Getest,
    Voorgesteld,
}
