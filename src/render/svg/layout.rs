//! Geometry: where each band of the diagram goes. All numbers are whole pixels, so the
//! output never depends on how a float is formatted.

use super::lanes::Cell;
use super::markers::Marker;
use super::style::line_height;
use super::view::PhaseView;

/// Width of the column with the lane and line labels.
pub const LABEL_W: u32 = 170;
pub const COL_W: u32 = 240;
pub const PAD: u32 = 10;
pub const TEXT_W: u32 = COL_W - 2 * PAD;
/// Lines per cell: enough that no real text is cut (cells grow instead); the bound only
/// keeps a hostile text from making a diagram of miles.
pub const MAX_LINES: usize = 40;

/// No text under 12 px: printed at its own size, that is 9 pt.
pub const PHASE_SIZE: u32 = 14;
pub const TITLE_SIZE: u32 = 13;
pub const MARK_SIZE: u32 = 12;
pub const CELL_SIZE: u32 = 12;
pub const LABEL_SIZE: u32 = 13;
pub const LINE_LABEL_SIZE: u32 = 12;
/// The side of a marker's icon.
pub const ICON: u32 = 10;

/// Padding inside a marker, and the gap between two markers.
pub const MARK_PAD: u32 = 4;
pub const MARK_GAP: u32 = 4;

/// Room for the lane label on top and a line label at the bottom.
const MIN_LANE_LINES: u32 = 3;

/// A horizontal band: its top and its height.
#[derive(Debug, Clone, Copy)]
pub struct Band {
    pub y: u32,
    pub h: u32,
}

impl Band {
    pub fn bottom(self) -> u32 {
        self.y + self.h
    }
}

pub struct Layout {
    pub phase: Band,
    pub title: Band,
    pub markers: Band,
    pub lanes: [Band; 5],
    /// The width of the steps, without the label column.
    pub width: u32,
    pub height: u32,
}

impl Layout {
    /// Each band is as tall as its fullest column, so rows line up across steps.
    pub fn of(phases: &[PhaseView]) -> Layout {
        let steps = || phases.iter().flat_map(|p| &p.steps);
        let phase_lines = phases.iter().map(|p| p.naam.len()).max().unwrap_or(1);
        let title_lines = steps().map(|s| s.title.len()).max().unwrap_or(1);
        let phase = band(0, text_height(phase_lines, PHASE_SIZE));
        let title = band(phase.bottom(), text_height(title_lines, TITLE_SIZE));
        let marks = steps().map(|s| markers_height(&s.markers)).max();
        let markers = band(title.bottom(), marks.unwrap_or(0) + 2 * PAD);
        let mut y = markers.bottom();
        let lanes = std::array::from_fn(|i| {
            let lines = steps().map(|s| cell_lines(&s.cells[i])).max();
            let lines = lines.unwrap_or(0).max(MIN_LANE_LINES);
            let lane = band(y, lines * line_height(CELL_SIZE) + 2 * PAD);
            y = lane.bottom();
            lane
        });
        let columns: u32 = phases.iter().map(|p| p.columns).sum();
        Layout {
            phase,
            title,
            markers,
            lanes,
            width: columns * COL_W,
            height: y,
        }
    }
}

/// The height of one marker box.
pub fn marker_height(marker: &Marker) -> u32 {
    marker.lines.len() as u32 * line_height(MARK_SIZE) + 2 * MARK_PAD
}

fn markers_height(markers: &[Marker]) -> u32 {
    let boxes: u32 = markers.iter().map(marker_height).sum();
    boxes + MARK_GAP * (markers.len() as u32).saturating_sub(1)
}

fn cell_lines(cell: &Cell) -> u32 {
    (cell.actor.len() + cell.body.len()) as u32
}

fn text_height(lines: usize, size: u32) -> u32 {
    lines.max(1) as u32 * line_height(size) + 2 * PAD
}

fn band(y: u32, h: u32) -> Band {
    Band { y, h }
}
