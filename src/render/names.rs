//! Display names for ids, from the reference data; an unknown id shows as itself.

use std::collections::BTreeMap;

use crate::load::{Loaded, Workspace};
use crate::model::reference::Named;

#[derive(Debug, Clone, Default)]
pub struct Names {
    pub drempels: BTreeMap<String, String>,
    pub kanalen: BTreeMap<String, String>,
    pub organen: BTreeMap<String, String>,
    pub dimensies: BTreeMap<String, String>,
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

impl Names {
    pub fn from(ws: &Workspace) -> Self {
        let r = &ws.reference;
        Names {
            drempels: map(&r.drempels, |f| &f.drempels),
            kanalen: map(&r.kanalen, |f| &f.kanalen),
            organen: map(&r.organen, |f| &f.organen),
            dimensies: map(&r.dimensies, |f| &f.dimensies),
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
