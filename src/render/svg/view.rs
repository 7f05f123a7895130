//! The blueprint as drawable text: phases in order, each with its steps in time order,
//! every text already wrapped to its column.

use super::lanes::{Cell, LANES};
use super::layout::{COL_W, PAD, PHASE_SIZE, TEXT_W, TITLE_SIZE};
use super::markers::{Marker, markers};
use super::notes::{Numbers, StepNumbers};
use super::style::chars_in;
use super::text::wrap;
use crate::model::blueprint::{Blueprint, Stap};
use crate::render::names::Labels;

pub struct PhaseView {
    pub naam: Vec<String>,
    /// Width in columns: one per step, and one for a phase without steps.
    pub columns: u32,
    pub steps: Vec<StepView>,
}

pub struct StepView {
    pub title: Vec<String>,
    pub markers: Vec<Marker>,
    /// One cell per lane, in the order of [`LANES`].
    pub cells: [Cell; 5],
}

pub fn phases(bp: &Blueprint, labels: &Labels, numbers: &Numbers) -> Vec<PhaseView> {
    groups(bp)
        .into_iter()
        .map(|(id, naam)| {
            let steps: Vec<StepView> = bp
                .stappen
                .iter()
                .filter(|s| s.fase == id)
                .map(|s| step(s, labels, &numbers.of_step(&s.id)))
                .collect();
            let columns = steps.len().max(1) as u32;
            let width = chars_in(columns * COL_W - 2 * PAD, PHASE_SIZE, true);
            PhaseView {
                naam: wrap(naam, width, 3),
                columns,
                steps,
            }
        })
        .collect()
}

/// (id, name) of each phase to draw. A step in an undeclared phase is a validation
/// error, but the diagram still shows it, under a header with the raw phase id.
pub fn groups(bp: &Blueprint) -> Vec<(&str, &str)> {
    let mut groups: Vec<(&str, &str)> = Vec::new();
    let declared = bp.fasen.iter().map(|f| (f.id.as_str(), f.naam.as_str()));
    let undeclared = bp
        .stappen
        .iter()
        .map(|s| (s.fase.as_str(), s.fase.as_str()));
    for (id, naam) in declared.chain(undeclared) {
        if !groups.iter().any(|(seen, _)| *seen == id) {
            groups.push((id, naam));
        }
    }
    groups
}

fn step(stap: &Stap, labels: &Labels, numbers: &StepNumbers) -> StepView {
    StepView {
        title: wrap(&stap.titel, chars_in(TEXT_W, TITLE_SIZE, true), 4),
        markers: markers(stap, labels, numbers),
        cells: LANES.map(|lane| lane.cell(stap, labels)),
    }
}
