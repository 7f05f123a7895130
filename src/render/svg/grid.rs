//! The frame behind the steps: lane rows with their labels, column rules, and the three
//! named lines between the lanes.

use super::draw::{Area, Font, Rule, rect, rule, text};
use super::lanes::{Divider, LANES};
use super::layout::{COL_W, LABEL_SIZE, LABEL_W, LINE_LABEL_SIZE, Layout, PAD};
use super::style::{INK, PAGE, RULE, chars_in, line_height};
use super::text::wrap;
use super::view::PhaseView;

pub fn draw(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    let page = Area::new(0, 0, layout.width, layout.height);
    rect(out, "page", page, PAGE.bg, None);
    headings(out, layout);
    lanes(out, layout);
    columns(out, layout, phases);
    dividers(out, layout);
}

/// Names for the bands above the lanes, so the label column explains every row.
fn headings(out: &mut String, layout: &Layout) {
    let bands = [
        (layout.phase, "Fase"),
        (layout.title, "Stap"),
        (layout.markers, "Markeringen"),
    ];
    let font = Font::new(LABEL_SIZE, PAGE.fg).bold();
    for (band, name) in bands {
        let name = [name.to_string()];
        text(out, "row-label", (PAD, band.y + PAD), font, &name);
    }
}

fn lanes(out: &mut String, layout: &Layout) {
    for (lane, band) in LANES.iter().zip(layout.lanes) {
        let area = Area::new(0, band.y, layout.width, band.h);
        let colors = lane.colors();
        rect(
            out,
            &format!("lane {}", lane.class()),
            area,
            colors.bg,
            None,
        );
        let label = [lane.label().to_string()];
        let font = Font::new(LABEL_SIZE, colors.fg).bold();
        text(out, "lane-label", (PAD, band.y + PAD), font, &label);
    }
    for band in &layout.lanes[1..] {
        let thin = Rule::new("lane-rule", RULE, 1, None);
        rule(out, &thin, (0, band.y), (layout.width, band.y));
    }
}

/// A thin rule between steps and a heavier one between phases, over the whole height.
fn columns(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    let step = Rule::new("column-rule", RULE, 1, None);
    let phase = Rule::new("phase-rule", INK, 2, None);
    let mut x = LABEL_W;
    for p in phases {
        rule(out, &phase, (x, 0), (x, layout.height));
        for i in 1..p.columns {
            let at = x + i * COL_W;
            rule(out, &step, (at, layout.phase.bottom()), (at, layout.height));
        }
        x += p.columns * COL_W;
    }
}

/// Each named line spans the diagram, with its name just above it in the label column.
fn dividers(out: &mut String, layout: &Layout) {
    for (lane, band) in LANES.iter().zip(layout.lanes) {
        let Some(Divider { label, class, dash }) = lane.divider_below() else {
            continue;
        };
        let y = band.bottom();
        rule(
            out,
            &Rule::new(class, INK, 2, dash),
            (0, y),
            (layout.width, y),
        );
        let width = chars_in(LABEL_W - 2 * PAD, LINE_LABEL_SIZE, false);
        let lines = wrap(label, width, 2);
        let top = y - 4 - lines.len() as u32 * line_height(LINE_LABEL_SIZE);
        let font = Font::new(LINE_LABEL_SIZE, lane.colors().fg).italic();
        text(out, "line-label", (PAD, top), font, &lines);
    }
}
