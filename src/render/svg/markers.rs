//! The markers under a step title. Each says in words what its colour says, with an
//! icon drawn as lines (no emoji font needed), so the diagram reads the same in
//! greyscale, in print and to a screen reader.

use super::layout::{ICON, MARK_PAD, MARK_SIZE, TEXT_W};
use super::notes::StepNumbers;
use super::style::{self, Pair};
use super::text::wrap;
use crate::model::blueprint::{Doorverwijzing, Kenmerk, Stap, Status};
use crate::render::md::dutch_list;
use crate::render::names::Labels;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Getest,
    Voorgesteld,
    Fail,
    Wait,
    Referral,
    Feedback,
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
            Kind::Feedback => "feedback",
        }
    }

    pub fn colors(self) -> Pair {
        match self {
            Kind::Getest => style::GETEST,
            Kind::Voorgesteld => style::VOORGESTELD,
            Kind::Fail => style::FAIL,
            Kind::Wait => style::WAIT,
            Kind::Referral | Kind::Feedback => style::REFERRAL,
        }
    }

    /// The icon as SVG shapes in a square of side [`ICON`] at (x, y), in `ink`.
    pub fn icon(self, (x, y): (u32, u32), ink: &str) -> String {
        let s = ICON;
        let line = |d: String| {
            format!(
                r#"<path d="{d}" fill="none" stroke="{ink}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>"#
            )
        };
        match self {
            Kind::Getest => line(format!("M{} {}l3 3l6 -7", x + 1, y + s / 2)),
            Kind::Voorgesteld => format!(
                r#"<circle cx="{}" cy="{}" r="4" fill="none" stroke="{ink}" stroke-width="1.6"/>"#,
                x + s / 2,
                y + s / 2
            ),
            Kind::Fail => line(format!(
                "M{} {}L{} {}L{} {}ZM{} {}v3M{} {}v0.5",
                x + s / 2,
                y,
                x + s,
                y + s,
                x,
                y + s,
                x + s / 2,
                y + 4,
                x + s / 2,
                y + 9
            )),
            Kind::Wait => {
                let (cx, cy) = (x + s / 2, y + s / 2);
                let hands = line(format!("M{cx} {}v3h3", y + 2));
                format!(
                    r#"<circle cx="{cx}" cy="{cy}" r="5" fill="none" stroke="{ink}" stroke-width="1.6"/>{hands}"#
                )
            }
            Kind::Referral => {
                let cy = y + s / 2;
                line(format!(
                    "M{x} {cy}h{}M{} {}l4 4l-4 4",
                    s - 1,
                    x + s - 5,
                    cy - 4
                ))
            }
            Kind::Feedback => line(format!(
                "M{} {}h-6a3 3 0 0 0 0 6h4M{} {}l-3 3l3 3",
                x + s,
                y + 2,
                x + 3,
                y + 5
            )),
        }
    }
}

/// The status first, because every step has one; then what needs attention, with the
/// numbers of the notes under the diagram.
pub fn markers(stap: &Stap, labels: &Labels, numbers: &StepNumbers) -> Vec<Marker> {
    let mut found = vec![match stap.status {
        Status::Getest => marker(Kind::Getest, "getest".to_string()),
        Status::Voorgesteld => marker(Kind::Voorgesteld, "voorgesteld".to_string()),
    }];
    let fail: Vec<String> = numbers.fail.iter().map(u32::to_string).collect();
    match fail.len() {
        0 => {}
        1 => found.push(marker(Kind::Fail, format!("faalpunt {}", fail[0]))),
        _ => found.push(marker(
            Kind::Fail,
            format!("faalpunten {}", dutch_list(&fail)),
        )),
    }
    if let Some(n) = numbers.wait {
        found.push(marker(Kind::Wait, format!("wachtpunt {n}")));
    }
    if let Some(verwijzing) = &stap.doorverwijzing {
        found.push(marker(Kind::Referral, referral(verwijzing, labels)));
    }
    if stap.kenmerken.contains(&Kenmerk::Terugkoppeling) {
        found.push(marker(
            Kind::Feedback,
            "terugkoppeling aan de melder".to_string(),
        ));
    }
    found
}

/// "naar VMRI, Unia (warm)": where the referral goes, and whether it is a warm one.
pub fn referral(verwijzing: &Doorverwijzing, labels: &Labels) -> String {
    let naar: Vec<&str> = verwijzing
        .naar
        .iter()
        .map(|id| labels.orgaan_kort(id))
        .collect();
    let warm = if verwijzing.warm { " (warm)" } else { "" };
    format!("naar {}{warm}", naar.join(", "))
}

fn marker(kind: Kind, text: String) -> Marker {
    let width = style::chars_in(TEXT_W - 3 * MARK_PAD - ICON, MARK_SIZE, false);
    Marker {
        kind,
        lines: wrap(&text, width, 3),
    }
}
