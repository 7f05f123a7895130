//! The columns: one group per phase with its header, one group per step with its
//! title, its markers and a cell in every lane; an arrow between steps says that time
//! runs from left to right.

use super::draw::{Area, Font, rect, text};
use super::lanes::LANES;
use super::layout::{
    CELL_SIZE, COL_W, ICON, Layout, MARK_GAP, MARK_PAD, MARK_SIZE, PAD, PHASE_SIZE, TITLE_SIZE,
    marker_height,
};
use super::markers::Marker;
use super::style::{INK, PAGE, PHASE, line_height, width_of};
use super::view::{PhaseView, StepView};

pub fn draw(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    let mut x = 0;
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
    flow(out, layout, phases);
}

/// An arrowhead on every border between two steps, halfway down the title band.
fn flow(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    let columns: u32 = phases.iter().map(|p| p.columns).sum();
    let y = layout.title.y + layout.title.h / 2;
    out.push_str("<g class=\"flow\" aria-hidden=\"true\">\n");
    for i in 1..columns {
        let x = i * COL_W;
        out.push_str(&format!(
            r#"<path class="flow-arrow" d="M{} {}l8 6l-8 6z" fill="{INK}"/>"#,
            x - 3,
            y - 6
        ));
        out.push('\n');
    }
    out.push_str("</g>\n");
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
    let w = width_of(chars.unwrap_or(0) + 1, MARK_SIZE, false) + 3 * MARK_PAD + ICON;
    let area = Area::new(x, y, w.min(COL_W - 2 * PAD), marker_height(marker));
    rect(out, "marker-box", area, colors.bg, Some(colors.fg));
    let icon_top = y + MARK_PAD + (line_height(MARK_SIZE) - ICON) / 2;
    out.push_str(&marker.kind.icon((x + MARK_PAD, icon_top), colors.fg));
    out.push('\n');
    let font = Font::new(MARK_SIZE, colors.fg);
    let at = (x + 2 * MARK_PAD + ICON, y + MARK_PAD);
    text(out, "marker-text", at, font, &marker.lines);
    out.push_str("</g>\n");
}
