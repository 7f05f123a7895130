//! What every rule may look up: the known ids of each kind, and reference checks.

use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::suggest::did_you_mean;

/// The ids a reference may point to, by kind; `None` when the defining file did not load.
pub struct Known {
    pub drempels: Option<Names>,
    pub organen: Option<Names>,
    pub kanalen: Option<Names>,
    pub doelgroepen: Option<Names>,
    pub criteria: Option<Names>,
    pub domeinen: Option<Names>,
    /// Ids of the organs that are equality bodies.
    pub gelijkheidsorganen: Vec<String>,
}

/// A set of known ids of one kind, with the noun and file used in messages.
pub struct Names {
    pub noun: &'static str,
    pub defined_in: String,
    pub ids: Vec<String>,
}

impl Names {
    pub fn new<'a>(
        noun: &'static str,
        defined_in: &str,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        Names {
            noun,
            defined_in: defined_in.to_string(),
            ids: ids.into_iter().map(str::to_string).collect(),
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|known| known == id)
    }

    /// Reports `value` at `path` of `loaded` when it names no known id.
    pub fn check<T>(&self, loaded: &Loaded<T>, path: &str, value: &str, out: &mut Vec<Diagnostic>) {
        if self.contains(value) {
            return;
        }
        let help = match did_you_mean(value, self.ids.iter().map(String::as_str)) {
            Some(near) => format!("bedoel je `{near}`?"),
            None => format!("de bekende waarden staan in {}", self.defined_in),
        };
        out.push(
            loaded
                .at_value("V002", path, format!("onbekende {} `{value}`", self.noun))
                .with_help(help),
        );
    }
}

impl Known {
    pub fn from(workspace: &Workspace) -> Self {
        let r = &workspace.reference;
        let names =
            |noun, file: &str, ids: Option<Vec<&str>>| ids.map(|ids| Names::new(noun, file, ids));
        Known {
            drempels: names(
                "drempel",
                "reference/drempels.yaml",
                r.drempels
                    .as_ref()
                    .map(|l| l.value.drempels.iter().map(|d| d.id.as_str()).collect()),
            ),
            organen: names(
                "orgaan",
                "reference/organen.yaml",
                r.organen
                    .as_ref()
                    .map(|l| l.value.organen.iter().map(|o| o.id.as_str()).collect()),
            ),
            kanalen: names(
                "kanaal",
                "reference/kanalen.yaml",
                r.kanalen
                    .as_ref()
                    .map(|l| l.value.kanalen.iter().map(|k| k.id.as_str()).collect()),
            ),
            doelgroepen: names(
                "doelgroep",
                "reference/doelgroepen.yaml",
                r.doelgroepen
                    .as_ref()
                    .map(|l| l.value.doelgroepen.iter().map(|k| k.id.as_str()).collect()),
            ),
            criteria: names(
                "criterium",
                "reference/criteria.yaml",
                r.criteria
                    .as_ref()
                    .map(|l| l.value.criteria.iter().map(|k| k.id.as_str()).collect()),
            ),
            domeinen: names(
                "domein",
                "reference/domeinen.yaml",
                r.domeinen
                    .as_ref()
                    .map(|l| l.value.domeinen.iter().map(|k| k.id.as_str()).collect()),
            ),
            gelijkheidsorganen: r
                .organen
                .as_ref()
                .map(|l| {
                    l.value
                        .organen
                        .iter()
                        .filter(|o| o.gelijkheidsorgaan)
                        .map(|o| o.id.clone())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// Checks every value of the list at `path` against `names` (skipped when unknown).
pub fn check_refs<T>(
    doc: &Loaded<T>,
    path: &str,
    names: Option<&Names>,
    values: &[String],
    out: &mut Vec<Diagnostic>,
) {
    let Some(names) = names else { return };
    for (j, value) in values.iter().enumerate() {
        names.check(doc, &format!("{path}[{j}]"), value, out);
    }
}
