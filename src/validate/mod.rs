//! Validation: rules with codes over the loaded workspace. Rules never read files.

mod annexes;
mod blueprint;
mod caveats;
mod checklist;
pub(crate) mod common;
mod contact;
pub mod dates;
mod documents;
mod faq;
mod ids;
mod keywords;
mod manifest;
pub mod markdown_limits;
pub mod municipal;
mod output_folder;
pub mod personal;
mod placeholders;
mod public;
mod reference;
mod required;
pub mod settings;
mod typos;

use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
pub use crate::rules::{RULES, Rule, find};
pub use dates::Date;
pub use ids::is_valid_id;

/// What every rule may consult: the known ids and the date that review dates are checked against.
pub struct Context {
    pub known: common::Known,
    pub today: Date,
}

/// Runs every rule over `workspace` and returns what they found.
pub fn run(workspace: &Workspace, today: Date) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ctx = Context {
        known: common::Known::from(workspace),
        today,
    };
    manifest::check_manifest(workspace, &mut out);
    placeholders::check_placeholders(workspace, &mut out);
    contact::check_all(workspace, &mut out);
    personal::check_all(workspace, &mut out);
    required::check_all(workspace, &mut out);
    blueprint::check_all(workspace, &ctx.known, &mut out);
    reference::check_all(&ctx, &workspace.reference, &mut out);
    faq::check_all(&ctx, workspace, &mut out);
    checklist::check_all(&ctx, workspace, &mut out);
    documents::check_all(workspace, &mut out);
    markdown_limits::check_all(workspace, &mut out);
    public::check_all(workspace, &mut out);
    annexes::check_all(workspace, &mut out);
    municipal::check_all(workspace, &mut out);
    for names in ctx.known.all() {
        typos::fold(names, &mut out);
    }
    out
}
