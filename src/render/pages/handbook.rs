//! The Markdown index (`md/index.md`) and `md/handboek.md`, made of the Markdown pages
//! that asked to be part of the handbook, in the order they were rendered.

use serde::Serialize;

use super::{Context, Section, always};
use crate::render::emit::{Emitter, Page};
use crate::render::md;

pub const SECTION: Section = Section {
    nav: None,
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct HandbookIndex {
    pub parts: Vec<PartLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartLink {
    pub title: String,
    /// From `md/`.
    pub path: String,
    pub blurb: String,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let parts = emit.parts().iter().map(|p| PartLink {
        title: p.title.clone(),
        path: p.path.clone(),
        blurb: p.blurb.clone(),
    });
    let view = HandbookIndex {
        parts: parts.collect(),
    };
    emit.page(&Page::new(&cx.site.titel, "index").md("index.md"), &view)?;
    let head = emit.markdown(&Page::new(&cx.site.titel, "head").md("handboek.md"), &view)?;
    let text = md::finish(&md::handbook::page(&head, emit.parts()));
    emit.file("md/handboek.md", text.as_bytes())
}
