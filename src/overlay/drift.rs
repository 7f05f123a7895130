//! Lock and drift: which model sections a municipality's changes rest on, as they were
//! when the changes were last reviewed (`onthaal pin`), and which of them moved since.

use super::apply::Applied;
use super::fingerprint;
use crate::model::municipality::{LOCK_VERSION, Lock, Pin, Target};

/// How a change stands against the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State<'l> {
    /// The model section is as it was when the change was reviewed.
    Current,
    /// The lock has no entry for the section: the change was never reviewed.
    Unpinned,
    /// The model section changed since: `pinned` is what the change was reviewed against.
    Drifted { pinned: &'l Pin, current: String },
}

/// The state of every applied change, in the order given.
pub fn states<'l>(applied: &[Applied<'_>], lock: Option<&'l Lock>) -> Vec<(usize, State<'l>)> {
    applied
        .iter()
        .map(|a| {
            let current = a.located.normalised_text();
            let pin = lock.and_then(|l| find(l, a.located.target, a.located.section.id));
            let state = match pin {
                None => State::Unpinned,
                Some(pin) if pin.vingerafdruk == fingerprint(&current) => State::Current,
                Some(pinned) => State::Drifted { pinned, current },
            };
            (a.change, state)
        })
        .collect()
}

/// The lock entry for a section.
pub fn find<'l>(lock: &'l Lock, target: Target, id: &str) -> Option<&'l Pin> {
    lock.secties
        .iter()
        .find(|p| p.document == target && p.sectie == id)
}

/// The indexes of lock entries that no change of the profile names any more (a change
/// whose section the model dropped still names it: that is no stale entry).
pub fn stale(lock: &Lock, changes: &[crate::model::municipality::Change]) -> Vec<usize> {
    lock.secties
        .iter()
        .enumerate()
        .filter(|(_, pin)| {
            !changes
                .iter()
                .any(|c| c.document == pin.document && c.anchor() == pin.sectie)
        })
        .map(|(i, _)| i)
        .collect()
}

/// `1.0 van 2026-11-29`: the version of the model charter, as a lock records it.
pub fn model_version(model: &super::Model<'_>) -> String {
    let Some(meta) = model.charter.map(|c| &c.meta) else {
        return String::new();
    };
    match (meta.versie.trim(), meta.datum.trim()) {
        ("", "") => String::new(),
        (versie, "") => versie.to_string(),
        ("", datum) => datum.to_string(),
        (versie, datum) => format!("{versie} van {datum}"),
    }
}

/// The lock that `pin` writes: one entry per model section a change rests on, with the
/// model's current text, sorted so that the file only changes when the model does;
/// `model` says which version of the model charter that was.
pub fn pin(applied: &[Applied<'_>], model: String) -> Lock {
    let mut secties: Vec<Pin> = Vec::new();
    for a in applied {
        let (target, id) = (a.located.target, a.located.section.id);
        if secties
            .iter()
            .any(|p| p.document == target && p.sectie == id)
        {
            continue;
        }
        let tekst = a.located.normalised_text();
        secties.push(Pin {
            document: target,
            sectie: id.to_string(),
            vingerafdruk: fingerprint(&tekst),
            tekst,
        });
    }
    secties.sort_by(|a, b| (a.document, &a.sectie).cmp(&(b.document, &b.sectie)));
    Lock {
        versie: LOCK_VERSION,
        model,
        secties,
    }
}
