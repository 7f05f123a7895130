//! `handboek.md`: every part in one file under a single `#` title, with a table of
//! contents whose links use the anchors GitHub gives the headings.

use super::Part;
use super::anchors::{Anchor, anchors};
use super::headings::demote;
use super::text::{bullet, link, tidy};

pub const TOC_TITLE: &str = "Inhoud";

/// `head` is the title and introduction; each part moves one level down under it.
pub fn page(head: &str, parts: &[Part]) -> String {
    let mut starts = Vec::new();
    let mut body = String::new();
    for part in parts {
        starts.push(body.len());
        body.push_str(&demote(part.combined.as_ref().unwrap_or(&part.markdown), 1));
        body.push('\n');
    }
    let before = format!("{head}\n## {TOC_TITLE}\n\n");
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
    bullet(&link(&anchor.text, &format!("#{}", anchor.slug)), &indent)
}
