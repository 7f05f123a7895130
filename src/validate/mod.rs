//! Validation: rules with codes over the loaded workspace. Rules never read files.

mod blueprint;
mod common;
pub mod registry;

use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
pub use registry::{RULES, Rule, find, severity_of};

/// Runs every rule over `workspace` and returns what they found.
pub fn run(workspace: &Workspace) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let known = common::Known::from(workspace);
    common::check_manifest(workspace, &mut out);
    common::check_placeholders(workspace, &mut out);
    blueprint::check_all(workspace, &known, &mut out);
    out
}
