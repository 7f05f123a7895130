//! What every rule may look up: the known ids of each kind, and reference checks.

use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::model::reference::Identified;
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
    /// In file order, for suggestions and coverage checks.
    pub ids: Vec<String>,
    set: std::collections::HashSet<String>,
}

impl Names {
    pub fn new<'a>(
        noun: &'static str,
        defined_in: &str,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let ids: Vec<String> = ids.into_iter().map(str::to_string).collect();
        Names {
            noun,
            defined_in: defined_in.to_string(),
            set: ids.iter().cloned().collect(),
            ids,
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    /// Reports `value` at `path` of `loaded` when it names no known id.
    pub fn check<T>(&self, loaded: &Loaded<T>, path: &str, value: &str, out: &mut Vec<Diagnostic>) {
        if self.contains(value) {
            return;
        }
        // A suggestion compares with every id; past a thousand that costs more than it helps.
        let near = (self.ids.len() <= 1000)
            .then(|| did_you_mean(value, self.ids.iter().map(String::as_str)))
            .flatten();
        let help = match near {
            Some(near) => format!("bedoel je `{near}`?"),
            None => format!("de bekende waarden staan in {}", self.defined_in),
        };
        out.push(
            loaded
                .at_value("V002", path, format!("{} `{value}`", unknown(self.noun)))
                .with_help(help),
        );
    }
}

impl Known {
    pub fn from(workspace: &Workspace) -> Self {
        let r = &workspace.reference;
        Known {
            drempels: known(&r.drempels, "drempel", "reference/drempels.yaml", |f| {
                &f.drempels
            }),
            organen: known(&r.organen, "orgaan", "reference/organen.yaml", |f| {
                &f.organen
            }),
            kanalen: known(&r.kanalen, "kanaal", "reference/kanalen.yaml", |f| {
                &f.kanalen
            }),
            doelgroepen: known(
                &r.doelgroepen,
                "doelgroep",
                "reference/doelgroepen.yaml",
                |f| &f.doelgroepen,
            ),
            criteria: known(&r.criteria, "criterium", "reference/criteria.yaml", |f| {
                &f.criteria
            }),
            domeinen: known(&r.domeinen, "domein", "reference/domeinen.yaml", |f| {
                &f.domeinen
            }),
            gelijkheidsorganen: r.organen.as_ref().map_or_else(Vec::new, |l| {
                let organs = l.value.organen.iter();
                organs
                    .filter(|o| o.gelijkheidsorgaan)
                    .map(|o| o.id.clone())
                    .collect()
            }),
        }
    }
}

/// The ids of a reference list, when its file loaded.
fn known<F, T: Identified>(
    file: &Option<Loaded<F>>,
    noun: &'static str,
    defined_in: &str,
    items: impl Fn(&F) -> &Vec<T>,
) -> Option<Names> {
    let doc = file.as_ref()?;
    Some(Names::new(
        noun,
        defined_in,
        items(&doc.value).iter().map(Identified::id),
    ))
}

/// "onbekend orgaan", "onbekende drempel": Dutch inflects the adjective for `het` words.
fn unknown(noun: &str) -> String {
    let adjective = if article(noun) == "het" {
        "onbekend"
    } else {
        "onbekende"
    };
    format!("{adjective} {noun}")
}

/// The article of the nouns the rules use: `het` orgaan, `de` drempel.
pub fn article(noun: &str) -> &'static str {
    if matches!(noun, "orgaan" | "criterium" | "kanaal" | "domein" | "model") {
        "het"
    } else {
        "de"
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
