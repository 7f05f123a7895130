//! Rendering: typed views built once per page, rendered through the HTML templates and
//! the Markdown templates, plus SVG and the search index. Works on the loaded workspace
//! only; pages go to a sink as they are made, so memory stays flat however many there are.

mod emit;
mod frame;
pub mod html;
pub mod md;
pub mod names;
pub mod pages;
pub mod search;
pub mod svg;
pub mod templates;
pub mod views;

use std::collections::BTreeMap;

pub use emit::Sink;
pub use pages::dutch_date;
use templates::Templates;

use crate::load::Workspace;

/// Built output: relative path (with `/`) to bytes. Sorted, so writing is ordered.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Renders the whole site (HTML pages, Markdown, assets) for `ws`, handing every file
/// to `sink` as soon as it is made.
pub fn render_site(ws: &Workspace, templates: &Templates, sink: &mut Sink) -> anyhow::Result<()> {
    pages::render_site(ws, templates, sink)
}

/// The whole site collected in memory, for `--check` and tests.
pub fn render_files(ws: &Workspace, templates: &Templates) -> anyhow::Result<Files> {
    let mut files = Files::new();
    render_site(ws, templates, &mut |path, bytes| {
        files.insert(path.to_string(), bytes.to_vec());
        Ok(())
    })?;
    Ok(files)
}

/// The whole handbook as one self-contained HTML file.
pub fn render_single_file(ws: &Workspace, templates: &Templates) -> anyhow::Result<Files> {
    let page = pages::print::single_file(&pages::Context::new(ws), templates)?;
    Ok(Files::from([(
        "handboek.html".to_string(),
        page.into_bytes(),
    )]))
}

/// The review document of `onthaal diff --format md`: a municipality's changes beside
/// the model, to attach to a council or college decision. The texts are quoted as a
/// reader sees them: variables filled in, heading attributes gone.
pub fn review_markdown(
    ws: &Workspace,
    m: &crate::load::municipality::Municipality,
    review: &crate::overlay::review::Review,
) -> anyhow::Result<String> {
    let templates = Templates::load(&ws.root)?;
    let model = pages::municipal::model_title(ws, &review.model);
    let mut review = review.clone();
    for e in &mut review.entries {
        e.model_md = pages::municipal::quoted(ws, m, &e.model_md);
        e.local_md = pages::municipal::quoted(ws, m, &e.local_md);
        e.eigen_md = pages::municipal::quoted(ws, m, &e.eigen_md);
    }
    let text = templates.render(
        "review.md",
        minijinja::context! {
            page => emit::value(&review),
            model_titel => model,
            versie_md => inline_md(&review.versie),
            vastgelegd_md => inline_md(&review.vastgelegd_tegen),
            model_nu_md => inline_md(&review.model_nu),
        },
    )?;
    Ok(md::finish(&text))
}

/// Text escaped for the middle of a Markdown line: a dot after digits starts no list
/// there, so `1.0` stays `1.0`.
fn inline_md(text: &str) -> String {
    md::escape_text(text).replace("\\.", ".")
}

/// The self-assessment report: one self-contained HTML page with a bar per B.
pub fn assessment_report(
    ws: &Workspace,
    root: &std::path::Path,
    scores: &[crate::assessment::Score],
) -> anyhow::Result<String> {
    let templates = Templates::load(root)?;
    pages::assessment::report(&pages::Context::new(ws), &templates, scores)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{Files, render_files, render_site, templates::Templates};
    use crate::load::load;

    #[test]
    fn pages_reach_the_sink_one_by_one_and_a_failing_sink_stops_the_build() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
        let (ws, _) = load(&root).unwrap();
        let templates = Templates::load(&root).unwrap();
        let all: Files = render_files(&ws, &templates).unwrap();
        let mut seen = Vec::new();
        let result = render_site(&ws, &templates, &mut |path, bytes| {
            assert_eq!(all[path], bytes, "{path} as the collected build has it");
            seen.push(path.to_string());
            anyhow::ensure!(seen.len() < 3, "schijf vol");
            Ok(())
        });
        assert_eq!(result.unwrap_err().to_string(), "schijf vol");
        assert_eq!(
            seen,
            [
                "index.html",
                "blauwdrukken/index.html",
                "blauwdrukken/proefmodel.html"
            ]
        );
        assert!(all.len() > 20 && all.contains_key("md/handboek.md"));
    }
}
