//! Rendering: views, templates, Markdown, HTML and SVG. Works on the loaded workspace
//! only; the result is a map of files that the output stage writes.

mod assemble;
pub mod html;
pub mod lists;
pub mod markdown_out;
mod names;
mod pages;
mod reference_view;
pub mod search;
pub mod site;
pub mod svg;
pub mod templates;
pub mod views;

pub use site::Files;
use templates::Templates;

use crate::load::Workspace;

/// Renders the whole site (HTML, assets) for `ws`.
pub fn render(ws: &Workspace, templates: &Templates) -> anyhow::Result<Files> {
    let views = assemble::views(ws);
    site::html_files(&views, templates)
}

/// The whole handbook as one self-contained HTML file.
pub fn render_single_file(ws: &Workspace, templates: &Templates) -> anyhow::Result<Files> {
    let views = assemble::views(ws);
    let page = site::print_page(&views, templates, true)?;
    Ok(Files::from([(
        "handboek.html".to_string(),
        page.into_bytes(),
    )]))
}

/// The self-assessment report: one self-contained HTML page with a bar per B.
pub fn assessment_report(
    ws: &Workspace,
    root: &std::path::Path,
    scores: &[crate::assessment::Score],
) -> anyhow::Result<String> {
    let templates = Templates::load(root)?;
    let views = assemble::views(ws);
    site::assessment_page(&views, &templates, scores)
}
