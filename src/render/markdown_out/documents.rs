//! The model charter and the playbook: the source Markdown with heading attributes
//! removed, fixed sections marked, and template variables shown as placeholders.

use super::anchors::anchors;
use super::headings::clean_document;
use super::text::{Blocks, bullet, link};
use crate::load::Loaded;
use crate::model::document::{Document, fill_in_blanks};

pub const PLAYBOOK_TITLE: &str = "Draaiboek";

pub fn charter(doc: &Document) -> String {
    let mut out = Blocks::default();
    out.heading(1, &doc.meta.titel);
    out.push(&doc.meta.samenvatting);
    out.push(fill_in_blanks(&clean_document(&doc.body, 0)));
    out.finish()
}

/// The chapters in file order, each title as `##`; with `contents`, after a list of
/// links to them (the handbook has its own table of contents).
pub fn playbook(chapters: &[Loaded<Document>], contents: bool) -> String {
    let mut head = Blocks::default();
    head.heading(1, PLAYBOOK_TITLE);
    if contents {
        head.push("De hoofdstukken van het draaiboek:");
    }
    let head = head.finish();
    let mut body = Blocks::default();
    for chapter in chapters {
        let doc = &chapter.value;
        body.heading(2, &doc.meta.titel);
        body.push(&doc.meta.samenvatting);
        body.push(clean_document(&doc.body, 1));
    }
    let body = body.finish();
    if !contents {
        return format!("{head}\n{body}");
    }
    let text = format!("{head}\n{body}");
    let list: Vec<String> = anchors(&text)
        .iter()
        .filter(|a| a.level == 2)
        .map(|a| bullet(&link(&a.text, &format!("#{}", a.slug)), ""))
        .collect();
    format!("{head}\n{}\n\n{body}", list.join("\n"))
}
