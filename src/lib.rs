//! onthaal: validates and renders the service-design content of the VVSG pilot on a
//! warm intake for victims of discrimination and intimidation.
//!
//! The pipeline, one module per stage: [`workspace`] finds the handbook, [`load`] reads
//! every file once with positions, [`model`] holds the typed content, [`validate`] runs
//! the rules, and [`diagnostics`] prints what they found. [`cli`] ties them together.

pub mod assessment;
pub mod cli;
pub mod defaults;
pub mod diagnostics;
pub mod i18n;
pub mod jinja;
pub mod keywords;
pub mod load;
pub mod markdown;
pub mod model;
pub mod output;
pub mod overlay;
pub mod render;
pub mod route;
pub mod rules;
pub mod schema;
pub mod source;
pub mod suggest;
pub mod validate;
pub mod workspace;

use std::path::Path;

/// Loads the workspace at `root` and runs every rule as of `today`: the diagnostics, sorted.
pub fn check(root: &Path, today: validate::Date) -> anyhow::Result<Vec<diagnostics::Diagnostic>> {
    Ok(load_and_check(root, today)?.1)
}

/// The loaded workspace and its diagnostics (sorted, at most a hundred per rule and file):
/// the one entry for every command that reads the handbook.
pub fn load_and_check(
    root: &Path,
    today: validate::Date,
) -> anyhow::Result<(load::Workspace, Vec<diagnostics::Diagnostic>)> {
    let (workspace, mut found) = load::load(root)?;
    found.extend(validate::run(&workspace, today));
    let mut found = validate::settings::apply(&workspace, found);
    diagnostics::sort(&mut found);
    Ok((workspace, diagnostics::cap(found)))
}
