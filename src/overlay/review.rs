//! What `onthaal diff` shows: per change of a municipality, the model text, the local
//! text and, where the model moved since `pin`, what it changed. One structure for the
//! terminal and for the review document a coordinator attaches to a council decision.

use serde::Serialize;

use super::apply::{Applied, resolve};
use super::drift::{State, states};
use super::{Model, textdiff};
use crate::load::municipality::Municipality;
use crate::model::municipality::{Action, Change, Target};

/// Every change of one municipality, in document and profile order.
#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub naam: String,
    pub slug: String,
    pub model: String,
    /// The version and date of the model charter the review compares with.
    pub versie: String,
    pub datum: String,
    pub entries: Vec<Entry>,
    /// How many entries sit on a model section that changed since `pin`.
    pub drifted: usize,
    /// How many were never pinned.
    pub unpinned: usize,
    /// How many name a section the model no longer has.
    pub missing: usize,
    /// The model version the lock was written against, and the current one.
    pub vastgelegd_tegen: String,
    pub model_nu: String,
}

/// One change.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub document: &'static str,
    /// The model section the change rests on (for an added section: the one before it).
    pub sectie: String,
    pub titel: String,
    /// `vervangen`, `aangevuld`, `geschrapt`, `toegevoegd`.
    pub actie: &'static str,
    /// For an added section: its id and title.
    pub nieuw: Option<(String, String)>,
    pub reden: String,
    /// The model section and the municipality's section, as Markdown (quoted verbatim).
    pub model_md: String,
    pub local_md: String,
    /// Model → municipality, as `textdiff::plain` lines (all of them).
    pub verschil: Vec<String>,
    /// `pinned`, `unpinned`, `drifted`, or `missing` (the model no longer has the section).
    pub stand: &'static str,
    /// A backtick fence longer than any run of backticks in the texts, to quote them
    /// verbatim in Markdown.
    pub fence_md: String,
    /// What the municipality wrote itself: the new text, the added text, the new section.
    pub eigen_md: String,
    /// For a drifted entry: what the model changed since `pin` (pinned → now).
    pub drift: Vec<String>,
    /// The same lines joined, for a fenced block in the review document.
    pub drift_md: String,
}

/// The review of `m`, for the changes in `accepted` (those without structural errors).
pub fn review(model: &Model<'_>, m: &Municipality, accepted: &[usize]) -> Review {
    let changes = &m.profile.value.wijzigingen;
    let applied: Vec<Applied<'_>> = [Target::Charter, Target::Draaiboek]
        .into_iter()
        .flat_map(|target| resolve(model, target, changes))
        .filter(|a| accepted.contains(&a.change))
        .collect();
    let lock = m.lock.as_ref().map(|l| &l.value);
    let mut entries: Vec<Entry> = applied
        .iter()
        .zip(states(&applied, lock))
        .map(|(a, (_, state))| entry(a, &changes[a.change], state))
        .collect();
    entries.extend(
        changes
            .iter()
            .filter(|c| c.actions().len() == 1 && model.find(c.document, c.anchor()).is_none())
            .map(|c| missing(c, lock)),
    );
    let meta = model.charter.map(|c| &c.meta);
    Review {
        naam: m.profile.value.naam.clone(),
        slug: m.slug.clone(),
        model: m.profile.value.model.clone(),
        versie: meta.map(|m| m.versie.clone()).unwrap_or_default(),
        datum: meta.map(|m| m.datum.clone()).unwrap_or_default(),
        drifted: entries.iter().filter(|e| e.stand == "drifted").count(),
        missing: entries.iter().filter(|e| e.stand == "missing").count(),
        vastgelegd_tegen: lock.map(|l| l.model.clone()).unwrap_or_default(),
        model_nu: super::drift::model_version(model),
        unpinned: entries.iter().filter(|e| e.stand == "unpinned").count(),
        entries,
    }
}

fn entry(a: &Applied<'_>, change: &crate::model::municipality::Change, state: State<'_>) -> Entry {
    let model_text = a.located.normalised_text();
    let (actie, old) = match a.action {
        Action::Replace => ("vervangen", model_text.as_str()),
        Action::Append => ("aangevuld", model_text.as_str()),
        Action::Omit => ("geschrapt", model_text.as_str()),
        Action::Add => ("toegevoegd", ""),
    };
    let (stand, drift) = match state {
        State::Current => ("pinned", Vec::new()),
        State::Unpinned => ("unpinned", Vec::new()),
        State::Drifted { pinned, current } => (
            "drifted",
            textdiff::plain(&pinned.tekst, &current, 2, usize::MAX),
        ),
    };
    let longest = [&model_text, &a.local]
        .iter()
        .flat_map(|t| t.split(|c| c != '`'))
        .map(str::len)
        .max()
        .unwrap_or(0);
    Entry {
        fence_md: "`".repeat(longest.max(2) + 1),
        eigen_md: match a.action {
            Action::Add => a.local.clone(),
            _ => change.text().unwrap_or_default().trim().to_string(),
        },
        document: a.located.target.label(),
        sectie: a.located.section.id.to_string(),
        titel: a.located.section.title.to_string(),
        actie,
        nieuw: (a.action == Action::Add).then(|| {
            (
                change.id.trim().to_string(),
                change.titel.trim().to_string(),
            )
        }),
        reden: change.reden.trim().to_string(),
        verschil: textdiff::plain(old, &a.local, 2, usize::MAX),
        drift_md: drift.join("\n"),
        model_md: model_text,
        local_md: a.local.clone(),
        stand,
        drift,
    }
}

/// A change whose section the model no longer has: what it said when pinned, if the
/// lock knows, and what the municipality wrote.
fn missing(change: &Change, lock: Option<&crate::model::municipality::Lock>) -> Entry {
    let pinned = lock
        .and_then(|l| super::drift::find(l, change.document, change.anchor()))
        .map(|p| p.tekst.clone())
        .unwrap_or_default();
    let titel = pinned
        .lines()
        .next()
        .map(|l| {
            l.trim_start_matches('#')
                .split(" {")
                .next()
                .unwrap_or(l)
                .trim()
                .to_string()
        })
        .unwrap_or_else(|| change.anchor().to_string());
    let own = change.text().unwrap_or_default().trim().to_string();
    let action = change.actions()[0];
    Entry {
        document: change.document.label(),
        sectie: change.anchor().to_string(),
        titel,
        actie: match action {
            Action::Replace => "vervangen",
            Action::Append => "aangevuld",
            Action::Omit => "geschrapt",
            Action::Add => "toegevoegd",
        },
        nieuw: (action == Action::Add).then(|| {
            (
                change.id.trim().to_string(),
                change.titel.trim().to_string(),
            )
        }),
        reden: change.reden.trim().to_string(),
        verschil: Vec::new(),
        drift_md: String::new(),
        fence_md: "```".to_string(),
        eigen_md: own.clone(),
        model_md: pinned,
        local_md: own,
        stand: "missing",
        drift: Vec::new(),
    }
}
