//! What every rule may look up: the known ids of each kind, and reference checks.

use std::cell::RefCell;
use std::collections::HashSet;

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::{Loaded, Workspace};
use crate::model::reference::Identified;
use crate::source::{SourceFile, Span};
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
    pub defined_in: Text,
    /// In file order, for suggestions and coverage checks.
    pub ids: Vec<String>,
    set: HashSet<String>,
    /// Where each id is defined (same order as `ids`), when a misspelt definition should
    /// be reported there (V015) rather than at every use.
    pub(super) definitions: Option<(SourceFile, Vec<Span>)>,
    /// What the references named: the ids found, and the misses with their diagnostics.
    pub(super) seen: RefCell<Seen>,
}

#[derive(Default)]
pub(super) struct Seen {
    pub used: HashSet<String>,
    pub misses: Vec<(String, Diagnostic)>,
}

impl Names {
    pub fn new<'a>(
        noun: &'static str,
        defined_in: Text,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        let ids: Vec<String> = ids.into_iter().map(str::to_string).collect();
        Names {
            noun,
            defined_in,
            set: ids.iter().cloned().collect(),
            ids,
            definitions: None,
            seen: RefCell::default(),
        }
    }

    /// The same names, each with the place of its definition (`{list}[i].id` in `doc`).
    pub fn located<T>(mut self, doc: &Loaded<T>, list: &str) -> Self {
        let spans = (0..self.ids.len())
            .map(|i| doc.spans.value(&format!("{list}[{i}].id")))
            .collect();
        self.definitions = Some((doc.file.clone(), spans));
        self
    }

    pub fn contains(&self, id: &str) -> bool {
        self.set.contains(id)
    }

    /// Reports `value` at `path` of `loaded` when it names no known id.
    pub fn check<T>(&self, loaded: &Loaded<T>, path: &str, value: &str, out: &mut Vec<Diagnostic>) {
        let track = self.definitions.is_some();
        if self.contains(value) {
            if track && !self.seen.borrow().used.contains(value) {
                self.seen.borrow_mut().used.insert(value.to_string());
            }
            return;
        }
        // A suggestion compares with every id; past a thousand that costs more than it helps.
        let near = (self.ids.len() <= 1000)
            .then(|| did_you_mean(value, self.ids.iter().map(String::as_str)))
            .flatten();
        let help = match near {
            Some(near) => crate::t!("bedoel je `{near}`?", "did you mean `{near}`?"),
            None => Text::new(
                format!("de bekende waarden staan in {}", self.defined_in.nl),
                format!("the known values are in {}", self.defined_in.en),
            ),
        };
        let (unknown, noun_en) = (unknown(self.noun), english(self.noun));
        let message = crate::t!("{unknown} `{value}`", "unknown {noun_en} `{value}`");
        let diagnostic = Diagnostic::new("V002", &loaded.file, loaded.spans.value(path), message)
            .with_help(help);
        if track {
            let miss = (value.to_string(), diagnostic.clone());
            self.seen.borrow_mut().misses.push(miss);
        }
        out.push(diagnostic);
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
    let names = Names::new(
        noun,
        Text::new(defined_in, defined_in),
        items(&doc.value).iter().map(Identified::id),
    );
    // The list in `reference/drempels.yaml` is `drempels:`, and so on.
    let list = defined_in
        .trim_start_matches("reference/")
        .trim_end_matches(".yaml");
    Some(names.located(doc, list))
}

impl Known {
    /// Every list of reference ids that loaded.
    pub fn all(&self) -> impl Iterator<Item = &Names> {
        [
            &self.drempels,
            &self.organen,
            &self.kanalen,
            &self.doelgroepen,
            &self.criteria,
            &self.domeinen,
        ]
        .into_iter()
        .flatten()
    }
}

/// The English for the nouns the rules use.
pub fn english(noun: &str) -> &str {
    match noun {
        "drempel" => "barrier",
        "orgaan" => "body",
        "kanaal" => "channel",
        "doelgroep" => "target group",
        "criterium" => "ground",
        "domein" => "domain",
        "fase" => "phase",
        "stap" => "step",
        other => other,
    }
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
