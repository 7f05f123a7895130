//! Display names for the ids that content refers to, looked up once in the reference
//! data. An id that the reference does not know (or a missing file) shows as itself.

use std::collections::BTreeMap;

use crate::load::{Loaded, Reference};
use crate::model::reference::{Begrip, Orgaan};

/// Id → name for every reference list the handbook mentions.
#[derive(Debug, Default)]
pub struct Names {
    kanalen: BTreeMap<String, String>,
    drempels: BTreeMap<String, String>,
    dimensies: BTreeMap<String, String>,
    doelgroepen: BTreeMap<String, String>,
    organen: BTreeMap<String, String>,
    criteria: BTreeMap<String, String>,
}

impl Names {
    pub fn new(reference: &Reference) -> Self {
        let drempels = reference.drempels.as_ref();
        let criteria = reference.criteria.as_ref();
        Names {
            kanalen: begrippen(reference.kanalen.as_ref(), |f| &f.kanalen),
            drempels: pairs(drempels.into_iter().flat_map(|l| &l.value.drempels), |d| {
                (&d.id, d.naam.clone())
            }),
            dimensies: begrippen(reference.dimensies.as_ref(), |f| &f.dimensies),
            doelgroepen: begrippen(reference.doelgroepen.as_ref(), |f| &f.doelgroepen),
            organen: pairs(
                reference.organen.iter().flat_map(|l| &l.value.organen),
                |o| (&o.id, orgaan_name(o)),
            ),
            criteria: pairs(criteria.into_iter().flat_map(|l| &l.value.criteria), |c| {
                (&c.id, c.naam.clone())
            }),
        }
    }

    pub fn kanaal<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.kanalen, id)
    }

    pub fn drempel<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.drempels, id)
    }

    pub fn dimensie<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.dimensies, id)
    }

    pub fn doelgroep<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.doelgroepen, id)
    }

    pub fn orgaan<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.organen, id)
    }

    pub fn criterium<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.criteria, id)
    }
}

/// `Vlaams Mensenrechteninstituut (VMRI)`: readers know the bodies by their short name.
pub fn orgaan_name(orgaan: &Orgaan) -> String {
    let short = orgaan.afkorting.trim();
    if short.is_empty() || short == orgaan.naam {
        orgaan.naam.clone()
    } else {
        format!("{} ({short})", orgaan.naam)
    }
}

fn begrippen<F>(
    file: Option<&Loaded<F>>,
    list: fn(&F) -> &Vec<Begrip>,
) -> BTreeMap<String, String> {
    pairs(file.into_iter().flat_map(|l| list(&l.value)), |b| {
        (&b.id, b.naam.clone())
    })
}

fn pairs<'a, T: 'a>(
    items: impl Iterator<Item = &'a T>,
    pair: impl Fn(&'a T) -> (&'a String, String),
) -> BTreeMap<String, String> {
    items
        .map(pair)
        .map(|(id, name)| (id.clone(), name))
        .collect()
}

fn lookup<'a>(map: &'a BTreeMap<String, String>, id: &'a str) -> &'a str {
    map.get(id).map_or(id, String::as_str)
}
