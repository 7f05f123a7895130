//! A municipality's edition of the model: its profile (`charters/<slug>.yaml`), its
//! partners (`charters/<slug>.partners.csv`) and the lock that `onthaal pin` writes
//! (`charters/<slug>.lock`). The model texts stay VVSG's; the profile only names changes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `charters/<slug>.yaml`: who the municipality is and what it changes in the model.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The name on the charter: a municipality, or an intermunicipal partnership.
    pub naam: String,
    /// The members of an intermunicipal partnership: every member is a party and signs.
    #[serde(default)]
    pub leden: Vec<Member>,
    /// The delivery model the municipality follows (an id from `modellen` in onthaal.yaml).
    pub model: String,
    #[serde(default)]
    pub contactpunt: ContactPoint,
    /// The coordinator of the local network (name, or name and function).
    #[serde(default)]
    pub coordinator: String,
    /// Who signs for a single municipality, and the decision that allows it.
    #[serde(default)]
    pub ondertekening: Signing,
    /// The partners file, relative to `charters/`.
    #[serde(default)]
    pub partners: String,
    /// Changes to the model charter and playbook, by section id.
    #[serde(default)]
    pub wijzigingen: Vec<Change>,
}

/// A member municipality of an intermunicipal partnership.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub naam: String,
    #[serde(default)]
    pub ondertekenaar: String,
    #[serde(default)]
    pub beslissing: String,
    #[serde(default)]
    pub gegevensbescherming: String,
}

/// Who signs for the municipality, the council or college decision that authorises
/// it, and the contact of its data protection officer.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signing {
    #[serde(default)]
    pub ondertekenaar: String,
    #[serde(default)]
    pub beslissing: String,
    #[serde(default)]
    pub gegevensbescherming: String,
}

/// Where residents find the municipality's contact point.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactPoint {
    #[serde(default)]
    pub dienst: String,
    #[serde(default)]
    pub adres: String,
    #[serde(default)]
    pub openingsuren: String,
    #[serde(default)]
    pub telefoon: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub website: String,
}

/// The contact fields in the order the scaffold and the warnings name them.
pub const CONTACT_FIELDS: &[&str] = &[
    "dienst",
    "adres",
    "openingsuren",
    "telefoon",
    "email",
    "website",
];

impl ContactPoint {
    /// The value of a field from [`CONTACT_FIELDS`].
    pub fn field(&self, name: &str) -> &str {
        match name {
            "dienst" => &self.dienst,
            "adres" => &self.adres,
            "openingsuren" => &self.openingsuren,
            "telefoon" => &self.telefoon,
            "email" => &self.email,
            "website" => &self.website,
            _ => "",
        }
    }
}

/// Which model text a change applies to.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    #[default]
    Charter,
    Draaiboek,
}

impl Target {
    pub fn label(self) -> &'static str {
        match self {
            Target::Charter => "charter",
            Target::Draaiboek => "draaiboek",
        }
    }
}

/// One change to a model section. Exactly one of `vervangen`, `aanvullen`, `schrappen`
/// and `toevoegen_na` is set; `validate` says so when not (a flat struct keeps a
/// position on every value).
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The section the change is about (`vervangen`, `aanvullen`, `schrappen`).
    #[serde(default)]
    pub sectie: String,
    #[serde(default)]
    pub document: Target,
    /// New Markdown for the section below its heading.
    pub vervangen: Option<String>,
    /// Markdown added at the end of the section.
    pub aanvullen: Option<String>,
    /// `true` leaves the section out.
    pub schrappen: Option<bool>,
    /// A new section after this one, with `id`, `titel` and `tekst`.
    pub toevoegen_na: Option<String>,
    #[serde(default)]
    pub id: String,
    /// A new heading: for an added section, or to rename a replaced one.
    #[serde(default)]
    pub titel: String,
    #[serde(default)]
    pub tekst: String,
    /// Why the municipality changes this, for the review document of `onthaal diff`.
    #[serde(default)]
    pub reden: String,
}

/// What a change does, once `validate` has checked that exactly one action is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Replace,
    Append,
    Omit,
    Add,
}

impl Action {
    /// The YAML key that asks for this action.
    pub fn key(self) -> &'static str {
        match self {
            Action::Replace => "vervangen",
            Action::Append => "aanvullen",
            Action::Omit => "schrappen",
            Action::Add => "toevoegen_na",
        }
    }
}

impl Change {
    /// The actions this change asks for (one when it is well-formed).
    pub fn actions(&self) -> Vec<Action> {
        let mut found = Vec::new();
        if self.vervangen.is_some() {
            found.push(Action::Replace);
        }
        if self.aanvullen.is_some() {
            found.push(Action::Append);
        }
        if self.schrappen.is_some() {
            found.push(Action::Omit);
        }
        if self.toevoegen_na.is_some() {
            found.push(Action::Add);
        }
        found
    }

    /// The model section the change rests on: the one it changes, or the one it adds after.
    pub fn anchor(&self) -> &str {
        self.toevoegen_na.as_deref().unwrap_or(&self.sectie)
    }

    /// The Markdown the change brings, if any.
    pub fn text(&self) -> Option<&str> {
        self.vervangen
            .as_deref()
            .or(self.aanvullen.as_deref())
            .or(self.toevoegen_na.as_ref().map(|_| self.tekst.as_str()))
    }

    /// The YAML key of the change's text (for positions).
    pub fn text_key(&self) -> &'static str {
        if self.vervangen.is_some() {
            "vervangen"
        } else if self.aanvullen.is_some() {
            "aanvullen"
        } else {
            "tekst"
        }
    }
}

/// A partner organisation, one row of the partners file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Partner {
    pub naam: String,
    pub soort: String,
    pub contactpersoon: String,
    pub adres: String,
    pub telefoon: String,
    pub email: String,
    pub rol: Option<Role>,
    pub ondertekenaar: String,
    pub gegevensbescherming: String,
    /// The file name of its charter: a slug of its name, unique in the municipality.
    pub slug: String,
}

/// The role a partner takes up in the network (the charter's tick boxes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Meldpunt,
    Toeleider,
}

impl Role {
    /// The words in the partners file, with the role they stand for.
    pub const WORDS: &[(&str, Role)] = &[
        ("decentraal meldpunt", Role::Meldpunt),
        ("meldpunt", Role::Meldpunt),
        ("toeleider", Role::Toeleider),
    ];

    /// The role a cell names, in any case; `None` for an empty or unknown cell.
    pub fn parse(text: &str) -> Option<Role> {
        let text = text.trim().to_lowercase();
        Role::WORDS
            .iter()
            .find(|(word, _)| *word == text)
            .map(|(_, role)| *role)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Meldpunt => "decentraal meldpunt",
            Role::Toeleider => "toeleider",
        }
    }
}

/// The columns the scaffold writes in a new partners file: what a partner's charter
/// shows (`ondertekenaar` who signs for the partner, `gegevensbescherming` the contact
/// of its data protection officer). See `load::municipality::PARTNERS` for reading.
pub const PARTNER_COLUMNS: &[&str] = &[
    "naam",
    "soort",
    "contactpersoon",
    "adres",
    "telefoon",
    "e-mail",
    "rol",
    "ondertekenaar",
    "gegevensbescherming",
];

/// `charters/<slug>.lock`: per changed model section, its text when the change was last
/// reviewed. Written by `onthaal pin`, never by hand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    /// The format of this file.
    pub versie: u32,
    /// The version and date of the model charter when the lock was written (`1.0 van
    /// 2026-11-29`), for the review document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub model: String,
    #[serde(default)]
    pub secties: Vec<Pin>,
}

/// One model section as a municipality's change was reviewed against.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub document: Target,
    pub sectie: String,
    /// `sha256:` and the hex digest of `tekst`.
    pub vingerafdruk: String,
    pub tekst: String,
}

/// The lock format this version of onthaal writes and reads.
pub const LOCK_VERSION: u32 = 1;
