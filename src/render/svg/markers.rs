//! The markers under a step title. Each says in words what its colour says, so the
//! diagram reads the same in greyscale and to a screen reader.

use super::layout::{MARK_PAD, MARK_SIZE, TEXT_W};
use super::style::{self, Pair};
use super::text::wrap;
use crate::model::blueprint::{Doorverwijzing, Stap, Status};
use crate::render::names::Labels;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Getest,
    Voorgesteld,
    Fail,
    Wait,
    Referral,
}

/// One marker, its text already wrapped to the column.
#[derive(Debug)]
pub struct Marker {
    pub kind: Kind,
    pub lines: Vec<String>,
}

impl Kind {
    pub fn class(self) -> &'static str {
        match self {
            Kind::Getest => "status-getest",
            Kind::Voorgesteld => "status-voorgesteld",
            Kind::Fail => "fail",
            Kind::Wait => "wait",
            Kind::Referral => "referral",
        }
    }

    pub fn colors(self) -> Pair {
        match self {
            Kind::Getest => style::GETEST,
            Kind::Voorgesteld => style::VOORGESTELD,
            Kind::Fail => style::FAIL,
            Kind::Wait => style::WAIT,
            Kind::Referral => style::REFERRAL,
        }
    }
}

/// The status first, because every step has one; then what needs attention.
pub fn markers(stap: &Stap, labels: &Labels) -> Vec<Marker> {
    let mut found = vec![match stap.status {
        Status::Getest => marker(Kind::Getest, "✓ getest".to_string()),
        Status::Voorgesteld => marker(Kind::Voorgesteld, "○ voorgesteld".to_string()),
    }];
    match stap.faalpunten.len() {
        0 => {}
        1 => found.push(marker(Kind::Fail, "⚠ 1 faalpunt".to_string())),
        n => found.push(marker(Kind::Fail, format!("⚠ {n} faalpunten"))),
    }
    if stap.wachtpunt.is_some() {
        found.push(marker(Kind::Wait, "⏳ wachtpunt".to_string()));
    }
    if let Some(verwijzing) = &stap.doorverwijzing {
        found.push(marker(Kind::Referral, referral(verwijzing, labels)));
    }
    found
}

/// "→ VMRI, Unia (warm)": where the referral goes, and whether it is a warm one.
pub fn referral(verwijzing: &Doorverwijzing, labels: &Labels) -> String {
    let naar: Vec<&str> = verwijzing
        .naar
        .iter()
        .map(|id| labels.orgaan_kort(id))
        .collect();
    let warm = if verwijzing.warm { " (warm)" } else { "" };
    format!("→ {}{warm}", naar.join(", "))
}

fn marker(kind: Kind, text: String) -> Marker {
    let width = style::chars_in(TEXT_W - 2 * MARK_PAD, MARK_SIZE, false);
    Marker {
        kind,
        lines: wrap(&text, width, 3),
    }
}
