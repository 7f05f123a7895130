//! An accessible, deterministic SVG swimlane diagram of a service blueprint: steps as
//! columns under their phases, the five classic lanes as rows, and markers that say in
//! words what their colour says.

mod desc;
mod draw;
mod grid;
mod lanes;
mod layout;
mod markers;
pub mod notes;
mod steps;
mod style;
pub(crate) mod text;
mod view;

#[cfg(test)]
mod tests;

use crate::model::blueprint::Blueprint;
use crate::render::names::Labels;
use layout::Layout;
use notes::Numbers;
use text::escape;

/// The diagram as two SVG documents of the same height: the label column, which the
/// page keeps in view, and the steps, which scroll beside it.
#[derive(Debug, Clone)]
pub struct Diagram {
    pub labels: String,
    pub body: String,
}

/// The blueprint as a diagram. The same input gives the same bytes: every collection
/// is walked in file order and every number is a whole pixel.
pub fn blueprint_svg(bp: &Blueprint, labels: &Labels, numbers: &Numbers) -> Diagram {
    let phases = view::phases(bp, labels, numbers);
    let layout = Layout::of(&phases);
    let id = dom_id(&bp.model);
    let h = layout.height;
    let mut side = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" viewBox="0 0 {w} {h}" width="{w}" height="{h}" class="blueprint-svg blueprint-labels">"#,
        w = layout::LABEL_W
    );
    side.push_str(&format!("\n<g font-family=\"{}\">\n", style::FONT_FAMILY));
    grid::labels(&mut side, &layout);
    side.push_str("</g>\n</svg>\n");
    let w = layout.width;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {w} {h}" width="{w}" height="{h}" class="blueprint-svg">"#
    );
    out.push('\n');
    let title = escape(&bp.titel);
    out.push_str(&format!(
        "<title id=\"{id}-title\">Blauwdruk: {title}</title>\n"
    ));
    let desc = escape(&desc::summary(bp, labels));
    out.push_str(&format!("<desc id=\"{id}-desc\">{desc}</desc>\n"));
    out.push_str(&format!("<g font-family=\"{}\">\n", style::FONT_FAMILY));
    grid::body(&mut out, &layout, &phases);
    steps::draw(&mut out, &layout, &phases);
    out.push_str("</g>\n</svg>\n");
    Diagram {
        labels: side,
        body: out,
    }
}

/// An XML id from the model name. The name is untrusted, and `aria-labelledby` splits
/// on spaces, so anything but ASCII letters, digits, `-` and `_` becomes `-`.
fn dom_id(model: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let id: String = model
        .chars()
        .map(|c| if safe(c) { c } else { '-' })
        .collect();
    format!("blueprint-{id}")
}
