//! Display names for the ids a blueprint refers to.

use std::collections::BTreeMap;

use crate::model::blueprint::Blueprint;
use crate::model::reference::Orgaan;

/// Display names by id. An id without a name is shown as itself, so a diagram of a
/// blueprint with a dangling reference still draws, and shows what is wrong.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    pub actoren: BTreeMap<String, String>,
    pub organen: BTreeMap<String, String>,
}

impl Labels {
    /// Actor names from the blueprint itself; bodies by their abbreviation (VMRI, Unia),
    /// or their full name when they have none (Politie).
    pub fn new(bp: &Blueprint, organen: &[Orgaan]) -> Self {
        let actoren = bp.actoren.iter().map(|a| (a.id.clone(), a.naam.clone()));
        let organen = organen.iter().map(|o| {
            let naam = if o.afkorting.is_empty() {
                &o.naam
            } else {
                &o.afkorting
            };
            (o.id.clone(), naam.clone())
        });
        Labels {
            actoren: actoren.collect(),
            organen: organen.collect(),
        }
    }

    pub fn actor<'a>(&'a self, id: &'a str) -> &'a str {
        self.actoren.get(id).map_or(id, String::as_str)
    }

    pub fn orgaan<'a>(&'a self, id: &'a str) -> &'a str {
        self.organen.get(id).map_or(id, String::as_str)
    }
}
