//! The barrier table: every barrier of the pilot against every model, with a check
//! mark where some step of that model lowers the barrier.

use super::names::Names;
use super::text::{Blocks, table};
use crate::load::Workspace;
use crate::model::blueprint::Blueprint;

pub const TITLE: &str = "Drempels en modellen";

pub fn page(ws: &Workspace, blueprints: &[&Blueprint], names: &Names) -> String {
    let mut out = Blocks::default();
    out.heading(1, TITLE);
    out.push(
        "Een ✓ betekent dat minstens één stap van de blauwdruk van dat model de drempel \
         wegneemt of verlaagt.",
    );
    let mut header = vec!["Drempel".to_string()];
    header.extend(blueprints.iter().map(|bp| bp.titel.clone()));
    let centered: Vec<bool> = header.iter().enumerate().map(|(i, _)| i > 0).collect();
    let rows: Vec<Vec<String>> = barrier_ids(ws, blueprints)
        .into_iter()
        .map(|id| row(&id, blueprints, names))
        .collect();
    out.push(table(&header, &centered, &rows));
    out.finish()
}

fn row(id: &str, blueprints: &[&Blueprint], names: &Names) -> Vec<String> {
    let mut cells = vec![names.drempel(id).to_string()];
    cells.extend(blueprints.iter().map(|bp| {
        let lowers = bp
            .stappen
            .iter()
            .any(|s| s.drempels.iter().any(|d| d == id));
        if lowers {
            "✓".to_string()
        } else {
            String::new()
        }
    }));
    cells
}

/// The reference barriers in their order, then any id only a step mentions, so that a
/// typo shows up as an extra row instead of vanishing.
fn barrier_ids(ws: &Workspace, blueprints: &[&Blueprint]) -> Vec<String> {
    let mut ids: Vec<String> = ws
        .reference
        .drempels
        .iter()
        .flat_map(|l| l.value.drempels.iter().map(|d| d.id.clone()))
        .collect();
    for stap in blueprints.iter().flat_map(|bp| &bp.stappen) {
        for id in &stap.drempels {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}
