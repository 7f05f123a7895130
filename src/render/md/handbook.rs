//! `handboek.md`: every part in one file under a single `#` title, with a table of
//! contents whose links use the anchors GitHub gives the headings.

use super::anchors::{Anchor, anchors};
use super::escape::link;
use super::headings::demote;
use super::tidy;

pub const TOC_TITLE: &str = "Inhoud";

/// A Markdown page that is also a part of the handbook.
#[derive(Debug, Clone)]
pub struct Part {
    /// The path under `md/`, for the index.
    pub path: String,
    pub title: String,
    /// What the part holds, for the index.
    pub blurb: String,
    /// The part as it reads inside `handboek.md`.
    pub text: String,
    /// 2 when the table of contents of the handbook also lists the part's sections.
    pub toc_depth: usize,
}

/// `head` is the title and introduction; each part moves one level down under it.
pub fn page(head: &str, parts: &[Part]) -> String {
    let mut starts = Vec::new();
    let mut body = String::new();
    for part in parts {
        starts.push(body.len());
        body.push_str(&demote(&part.text, 1));
        body.push('\n');
    }
    let before = format!("{}\n\n## {TOC_TITLE}\n\n", head.trim_end());
    let all = anchors(&format!("{before}{body}"));
    let entries = all.iter().filter(|a| a.offset >= before.len()).filter(|a| {
        let part = starts.partition_point(|&s| s <= a.offset - before.len()) - 1;
        a.level == 2 || (a.level == 3 && parts[part].toc_depth >= 2)
    });
    let toc: Vec<String> = entries.map(entry).collect();
    tidy(&format!("{before}{}\n\n{body}", toc.join("\n")))
}

fn entry(anchor: &Anchor) -> String {
    let indent = "  ".repeat(anchor.level - 2);
    format!(
        "{indent}- {}",
        link(&anchor.text, &format!("#{}", anchor.slug))
    )
}
