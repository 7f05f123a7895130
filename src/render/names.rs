//! Display names for ids, from the reference data; an unknown id shows as itself.

use std::collections::BTreeMap;

use crate::load::Workspace;

#[derive(Debug, Clone, Default)]
pub struct Names {
    pub drempels: BTreeMap<String, String>,
    pub kanalen: BTreeMap<String, String>,
    pub organen: BTreeMap<String, String>,
    pub dimensies: BTreeMap<String, String>,
}

fn map<'a>(items: impl Iterator<Item = (&'a String, &'a String)>) -> BTreeMap<String, String> {
    items.map(|(id, naam)| (id.clone(), naam.clone())).collect()
}

impl Names {
    pub fn from(ws: &Workspace) -> Self {
        let r = &ws.reference;
        Names {
            drempels: r
                .drempels
                .as_ref()
                .map(|l| map(l.value.drempels.iter().map(|x| (&x.id, &x.naam))))
                .unwrap_or_default(),
            kanalen: r
                .kanalen
                .as_ref()
                .map(|l| map(l.value.kanalen.iter().map(|x| (&x.id, &x.naam))))
                .unwrap_or_default(),
            organen: r
                .organen
                .as_ref()
                .map(|l| map(l.value.organen.iter().map(|x| (&x.id, &x.naam))))
                .unwrap_or_default(),
            dimensies: r
                .dimensies
                .as_ref()
                .map(|l| map(l.value.dimensies.iter().map(|x| (&x.id, &x.naam))))
                .unwrap_or_default(),
        }
    }

    /// The names of `ids` in `table`, joined with commas.
    pub fn join(table: &BTreeMap<String, String>, ids: &[String]) -> String {
        ids.iter()
            .map(|id| table.get(id).map_or(id.as_str(), String::as_str))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
