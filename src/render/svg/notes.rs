//! Fail points and wait points, numbered once per blueprint in the order the diagram
//! draws its steps. The diagram shows the numbers; the page lists them with their text,
//! so nothing is cut short in a cell.

use std::collections::BTreeMap;

use serde::Serialize;

use super::view::groups;
use crate::model::blueprint::Blueprint;

/// The note numbers of each step, by step id.
#[derive(Debug, Clone, Default)]
pub struct Numbers {
    steps: BTreeMap<String, StepNumbers>,
}

#[derive(Debug, Clone, Default)]
pub struct StepNumbers {
    pub fail: Vec<u32>,
    pub wait: Option<u32>,
}

/// A numbered note as the page lists it under the diagram.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub nummer: u32,
    /// `Faalpunt` or `Wachtpunt`.
    pub soort: &'static str,
    pub stap: String,
    pub anchor: String,
    pub tekst: String,
    /// How the fail point is caught; empty for a wait point or when not described.
    pub opvang: String,
}

impl Numbers {
    /// Numbers every fail point and wait point of `bp`, phase by phase.
    pub fn of(bp: &Blueprint) -> Numbers {
        let mut next = 1;
        let mut steps = BTreeMap::new();
        for (phase, _) in groups(bp) {
            for s in bp.stappen.iter().filter(|s| s.fase == phase) {
                let mut mine = StepNumbers::default();
                for _ in &s.faalpunten {
                    mine.fail.push(next);
                    next += 1;
                }
                if s.wachtpunt.is_some() {
                    mine.wait = Some(next);
                    next += 1;
                }
                steps.insert(s.id.clone(), mine);
            }
        }
        Numbers { steps }
    }

    pub fn of_step(&self, id: &str) -> StepNumbers {
        self.steps.get(id).cloned().unwrap_or_default()
    }
}

/// The notes of `bp` in number order.
pub fn notes(bp: &Blueprint, numbers: &Numbers) -> Vec<Note> {
    let mut out = Vec::new();
    for (phase, _) in groups(bp) {
        for s in bp.stappen.iter().filter(|s| s.fase == phase) {
            let n = numbers.of_step(&s.id);
            let note = |nummer, soort, tekst: &str, opvang: &str| Note {
                nummer,
                soort,
                stap: s.titel.clone(),
                anchor: format!("stap-{}", s.id),
                tekst: tekst.trim().to_string(),
                opvang: opvang.trim().to_string(),
            };
            for (f, nummer) in s.faalpunten.iter().zip(&n.fail) {
                let opvang = f.opvang.as_deref().unwrap_or_default();
                out.push(note(*nummer, "Faalpunt", &f.risico, opvang));
            }
            if let (Some(w), Some(nummer)) = (&s.wachtpunt, n.wait) {
                out.push(note(nummer, "Wachtpunt", w, ""));
            }
        }
    }
    out
}
