//! The columns: one group per phase with its header, one group per step with its
//! title, its markers and a cell in every lane.

use super::draw::{Area, Font, rect, text};
use super::lanes::LANES;
use super::layout::{
    CELL_SIZE, COL_W, LABEL_W, Layout, MARK_GAP, MARK_PAD, MARK_SIZE, PAD, PHASE_SIZE, TITLE_SIZE,
    marker_height,
};
use super::markers::Marker;
use super::style::{PAGE, PHASE, line_height, width_of};
use super::view::{PhaseView, StepView};

pub fn draw(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    let mut x = LABEL_W;
    for phase in phases {
        out.push_str("<g class=\"phase\">\n");
        let (y, w, h) = (layout.phase.y, phase.columns * COL_W, layout.phase.h);
        let header = Area::new(x, y, w, h);
        rect(out, "phase-header", header, PHASE.bg, Some(PAGE.bg));
        let font = Font::new(PHASE_SIZE, PHASE.fg).bold();
        text(out, "phase-label", (x + PAD, y + PAD), font, &phase.naam);
        for (i, step) in phase.steps.iter().enumerate() {
            draw_step(out, layout, step, x + i as u32 * COL_W);
        }
        out.push_str("</g>\n");
        x += phase.columns * COL_W;
    }
}

fn draw_step(out: &mut String, layout: &Layout, step: &StepView, x: u32) {
    out.push_str("<g class=\"step\">\n");
    let font = Font::new(TITLE_SIZE, PAGE.fg).bold();
    let at = (x + PAD, layout.title.y + PAD);
    text(out, "step-title", at, font, &step.title);
    let mut y = layout.markers.y + PAD;
    for marker in &step.markers {
        draw_marker(out, marker, (x + PAD, y));
        y += marker_height(marker) + MARK_GAP;
    }
    for ((lane, band), cell) in LANES.iter().zip(layout.lanes).zip(&step.cells) {
        let font = Font::new(CELL_SIZE, lane.colors().fg);
        let top = band.y + PAD;
        text(out, "actor", (x + PAD, top), font.bold(), &cell.actor);
        let top = top + cell.actor.len() as u32 * line_height(CELL_SIZE);
        text(out, "cell", (x + PAD, top), font, &cell.body);
    }
    out.push_str("</g>\n");
}

/// A box sized to its text, never wider than the column.
fn draw_marker(out: &mut String, marker: &Marker, (x, y): (u32, u32)) {
    let colors = marker.kind.colors();
    out.push_str(&format!("<g class=\"marker {}\">\n", marker.kind.class()));
    let chars = marker.lines.iter().map(|l| l.chars().count()).max();
    // Symbols such as ⏳ run wider than a letter; two characters of slack cover them.
    let w = width_of(chars.unwrap_or(0) + 2, MARK_SIZE, false) + 2 * MARK_PAD;
    let area = Area::new(x, y, w.min(COL_W - 2 * PAD), marker_height(marker));
    rect(out, "marker-box", area, colors.bg, Some(colors.fg));
    let font = Font::new(MARK_SIZE, colors.fg);
    let at = (x + MARK_PAD, y + MARK_PAD);
    text(out, "marker-text", at, font, &marker.lines);
    out.push_str("</g>\n");
}
