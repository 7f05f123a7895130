//! The frame of the diagram. The label column (lane names, the bands above them, the
//! names of the three lines) is its own drawing, so the page can keep it in view while
//! the steps scroll; the steps' side has the lane rows, column rules and the lines.

use super::draw::{Area, Font, Rule, rect, rule, text};
use super::lanes::{Divider, LANES};
use super::layout::{COL_W, LABEL_SIZE, LABEL_W, LINE_LABEL_SIZE, Layout, PAD};
use super::style::{INK, PAGE, RULE, chars_in, line_height};
use super::text::wrap;
use super::view::PhaseView;

/// The label column, `LABEL_W` wide and as tall as the steps.
pub fn labels(out: &mut String, layout: &Layout) {
    rect(
        out,
        "page",
        Area::new(0, 0, LABEL_W, layout.height),
        PAGE.bg,
        None,
    );
    let bands = [
        (layout.phase, "Fase"),
        (layout.title, "Stap"),
        (layout.markers, "Markeringen"),
    ];
    let font = Font::new(LABEL_SIZE, PAGE.fg).bold();
    for (band, name) in bands {
        text(
            out,
            "row-label",
            (PAD, band.y + PAD),
            font,
            &[name.to_string()],
        );
    }
    for (lane, band) in LANES.iter().zip(layout.lanes) {
        let colors = lane.colors();
        let area = Area::new(0, band.y, LABEL_W, band.h);
        rect(
            out,
            &format!("lane {}", lane.class()),
            area,
            colors.bg,
            None,
        );
        let font = Font::new(LABEL_SIZE, colors.fg).bold();
        text(
            out,
            "lane-label",
            (PAD, band.y + PAD),
            font,
            &[lane.label().to_string()],
        );
    }
    rows(out, layout, LABEL_W);
    dividers(out, layout, LABEL_W, true);
    rule(
        out,
        &Rule::new("label-edge", INK, 2, None),
        (LABEL_W - 1, 0),
        (LABEL_W - 1, layout.height),
    );
}

/// The lanes behind the steps, the rules between columns and the three lines.
pub fn body(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    rect(
        out,
        "page",
        Area::new(0, 0, layout.width, layout.height),
        PAGE.bg,
        None,
    );
    for (lane, band) in LANES.iter().zip(layout.lanes) {
        let area = Area::new(0, band.y, layout.width, band.h);
        rect(
            out,
            &format!("lane {}", lane.class()),
            area,
            lane.colors().bg,
            None,
        );
    }
    rows(out, layout, layout.width);
    columns(out, layout, phases);
    dividers(out, layout, layout.width, false);
}

fn rows(out: &mut String, layout: &Layout, width: u32) {
    for band in &layout.lanes[1..] {
        let thin = Rule::new("lane-rule", RULE, 1, None);
        rule(out, &thin, (0, band.y), (width, band.y));
    }
}

/// A thin rule between steps and a heavier one between phases, over the whole height.
fn columns(out: &mut String, layout: &Layout, phases: &[PhaseView]) {
    let step = Rule::new("column-rule", RULE, 1, None);
    let phase = Rule::new("phase-rule", INK, 2, None);
    let mut x = 0;
    for p in phases {
        if x > 0 {
            rule(out, &phase, (x, 0), (x, layout.height));
        }
        for i in 1..p.columns {
            let at = x + i * COL_W;
            rule(out, &step, (at, layout.phase.bottom()), (at, layout.height));
        }
        x += p.columns * COL_W;
    }
}

/// Each named line spans the drawing; in the label column, its name stands above it.
fn dividers(out: &mut String, layout: &Layout, width: u32, named: bool) {
    for (lane, band) in LANES.iter().zip(layout.lanes) {
        let Some(Divider { label, class, dash }) = lane.divider_below() else {
            continue;
        };
        let y = band.bottom();
        rule(out, &Rule::new(class, INK, 2, dash), (0, y), (width, y));
        if named {
            let chars = chars_in(LABEL_W - 2 * PAD, LINE_LABEL_SIZE, false);
            let lines = wrap(label, chars, 2);
            let top = y - 4 - lines.len() as u32 * line_height(LINE_LABEL_SIZE);
            let font = Font::new(LINE_LABEL_SIZE, lane.colors().fg).italic();
            text(out, "line-label", (PAD, top), font, &lines);
        }
    }
}
