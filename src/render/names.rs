//! The one place where ids become display names, for HTML, Markdown and SVG alike.
//! An id the reference data does not know (or a missing file) shows as itself, so a
//! dangling reference still renders and shows what is wrong.

use std::collections::BTreeMap;

use crate::load::{Loaded, Workspace};
use crate::model::blueprint::Blueprint;
use crate::model::reference::{Named, Orgaan};

/// Id → name for every reference list the pages mention.
#[derive(Debug, Clone, Default)]
pub struct Names {
    pub drempels: BTreeMap<String, String>,
    pub kanalen: BTreeMap<String, String>,
    pub dimensies: BTreeMap<String, String>,
    pub doelgroepen: BTreeMap<String, String>,
    pub criteria: BTreeMap<String, String>,
    /// `Vlaams Mensenrechteninstituut (VMRI)`: the name readers know it by, in full.
    pub organen: BTreeMap<String, String>,
    /// `VMRI`: the abbreviation where there is one, for tight spaces (diagrams).
    pub organen_kort: BTreeMap<String, String>,
}

impl Names {
    pub fn from(ws: &Workspace) -> Self {
        let r = &ws.reference;
        let organen: &[Orgaan] = r.organen.as_ref().map_or(&[], |l| &l.value.organen);
        Names {
            drempels: map(&r.drempels, |f| &f.drempels),
            kanalen: map(&r.kanalen, |f| &f.kanalen),
            dimensies: map(&r.dimensies, |f| &f.dimensies),
            doelgroepen: map(&r.doelgroepen, |f| &f.doelgroepen),
            criteria: map(&r.criteria, |f| &f.criteria),
            organen: organen
                .iter()
                .map(|o| (o.id.clone(), orgaan_name(o)))
                .collect(),
            organen_kort: organen
                .iter()
                .map(|o| (o.id.clone(), orgaan_short(o).to_string()))
                .collect(),
        }
    }

    pub fn drempel<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.drempels, id)
    }

    pub fn kanaal<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.kanalen, id)
    }

    pub fn dimensie<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.dimensies, id)
    }

    pub fn doelgroep<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.doelgroepen, id)
    }

    pub fn criterium<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.criteria, id)
    }

    pub fn orgaan<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.organen, id)
    }

    pub fn orgaan_kort<'a>(&'a self, id: &'a str) -> &'a str {
        lookup(&self.organen_kort, id)
    }

    /// The names of `ids` through `name`, in order.
    pub fn all<'a>(ids: &'a [String], name: impl Fn(&'a str) -> &'a str) -> Vec<String> {
        ids.iter().map(|id| name(id).to_string()).collect()
    }

    /// The names of one blueprint: its own actors beside the shared lists.
    pub fn of<'a>(&'a self, bp: &'a Blueprint) -> Labels<'a> {
        Labels { names: self, bp }
    }
}

/// Names as seen from one blueprint, which declares its own actors.
#[derive(Debug, Clone, Copy)]
pub struct Labels<'a> {
    pub names: &'a Names,
    bp: &'a Blueprint,
}

impl Labels<'_> {
    pub fn actor<'s>(&'s self, id: &'s str) -> &'s str {
        let actor = self.bp.actoren.iter().find(|a| a.id == id);
        actor.map_or(id, |a| a.naam.as_str())
    }

    pub fn orgaan_kort<'s>(&'s self, id: &'s str) -> &'s str {
        self.names.orgaan_kort(id)
    }
}

/// `Vlaams Mensenrechteninstituut (VMRI)`; just the name when it has no abbreviation.
pub fn orgaan_name(orgaan: &Orgaan) -> String {
    let short = orgaan.afkorting.trim();
    if short.is_empty() || short == orgaan.naam {
        orgaan.naam.clone()
    } else {
        format!("{} ({short})", orgaan.naam)
    }
}

/// The abbreviation (VMRI, Unia), or the full name when there is none (Politie).
fn orgaan_short(orgaan: &Orgaan) -> &str {
    match orgaan.afkorting.trim() {
        "" => &orgaan.naam,
        short => short,
    }
}

/// Id to name of a reference list; empty when its file did not load.
fn map<F, T: Named>(
    file: &Option<Loaded<F>>,
    items: impl Fn(&F) -> &Vec<T>,
) -> BTreeMap<String, String> {
    file.as_ref()
        .map(|l| {
            items(&l.value)
                .iter()
                .map(|x| (x.id().to_string(), x.naam().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

fn lookup<'a>(map: &'a BTreeMap<String, String>, id: &'a str) -> &'a str {
    map.get(id).map_or(id, String::as_str)
}
