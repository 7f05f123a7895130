//! The five lanes of a blueprint, top to bottom, the lines between them, and what each
//! lane shows for one step.

use super::layout::{CELL_SIZE, MAX_LINES, TEXT_W};
use super::style::{self, Pair};
use super::text::{clip, wrap};
use crate::model::blueprint::{Actie, Stap};
use crate::render::names::Labels;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    Bewijs,
    Melder,
    Frontstage,
    Backstage,
    Ondersteuning,
}

pub const LANES: [Lane; 5] = [
    Lane::Bewijs,
    Lane::Melder,
    Lane::Frontstage,
    Lane::Backstage,
    Lane::Ondersteuning,
];

/// A named line between two lanes. Each has its own dash pattern, so the three stay
/// apart in print and for readers who do not see colour.
pub struct Divider {
    pub label: &'static str,
    pub class: &'static str,
    pub dash: Option<&'static str>,
}

/// What one lane shows for one step: who acts (bold), then what happens.
#[derive(Debug, Default)]
pub struct Cell {
    pub actor: Vec<String>,
    pub body: Vec<String>,
}

impl Lane {
    pub fn label(self) -> &'static str {
        match self {
            Lane::Bewijs => "Fysiek bewijs",
            Lane::Melder => "Melder",
            Lane::Frontstage => "Zichtbaar voor de melder",
            Lane::Backstage => "Achter de schermen",
            Lane::Ondersteuning => "Ondersteuning",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Lane::Bewijs => "lane-bewijs",
            Lane::Melder => "lane-melder",
            Lane::Frontstage => "lane-frontstage",
            Lane::Backstage => "lane-backstage",
            Lane::Ondersteuning => "lane-ondersteuning",
        }
    }

    pub fn colors(self) -> Pair {
        match self {
            Lane::Bewijs => style::BEWIJS,
            Lane::Melder => style::MELDER,
            Lane::Frontstage => style::FRONTSTAGE,
            Lane::Backstage => style::BACKSTAGE,
            Lane::Ondersteuning => style::ONDERSTEUNING,
        }
    }

    /// The named line under this lane, if there is one.
    pub fn divider_below(self) -> Option<Divider> {
        let (label, class, dash) = match self {
            Lane::Melder => ("lijn van interactie", "line-interaction", None),
            Lane::Frontstage => ("zichtbaarheidslijn", "line-visibility", Some("10 6")),
            Lane::Backstage => ("lijn van interne interactie", "line-internal", Some("2 4")),
            Lane::Bewijs | Lane::Ondersteuning => return None,
        };
        Some(Divider { label, class, dash })
    }

    pub fn cell(self, stap: &Stap, labels: &Labels) -> Cell {
        match self {
            Lane::Bewijs => Cell {
                actor: Vec::new(),
                body: bullets(&stap.bewijs),
            },
            Lane::Melder => Cell {
                actor: Vec::new(),
                body: wrap(
                    stap.melder.as_deref().unwrap_or(""),
                    chars(false),
                    MAX_LINES,
                ),
            },
            Lane::Frontstage => action(stap.frontstage.as_ref(), labels),
            Lane::Backstage => action(stap.backstage.as_ref(), labels),
            Lane::Ondersteuning => action(stap.ondersteuning.as_ref(), labels),
        }
    }
}

fn action(actie: Option<&Actie>, labels: &Labels) -> Cell {
    let Some(actie) = actie else {
        return Cell::default();
    };
    Cell {
        actor: wrap(labels.actor(&actie.actor), chars(true), 2),
        body: wrap(&actie.actie, chars(false), MAX_LINES),
    }
}

/// One bullet per item, the cell clipped as a whole.
fn bullets(items: &[String]) -> Vec<String> {
    let lines = items
        .iter()
        .flat_map(|item| wrap(&format!("• {item}"), chars(false), MAX_LINES))
        .collect();
    clip(lines, chars(false), MAX_LINES)
}

fn chars(bold: bool) -> usize {
    style::chars_in(TEXT_W, CELL_SIZE, bold)
}
