//! The 8 B's: each B with its description, the barriers it answers and its checkpoints.

use serde::Serialize;

use super::{Context, Section};
use crate::load::Workspace;
use crate::render::emit::{Emitter, Page};
use crate::render::html::markdown_to_html;
use crate::render::names::Names;
use crate::render::views::Link;

pub const SECTION: Section = Section {
    nav: Some(("De 8 B's", "8bs.html")),
    present: has_checklist,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct ChecklistPage {
    pub titel: String,
    pub status: String,
    pub toelichting_html: String,
    pub toelichting_md: String,
    pub criteria: Vec<ChecklistB>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChecklistB {
    pub id: String,
    pub naam: String,
    pub beschrijving_html: String,
    pub beschrijving_md: String,
    pub drempels: Vec<String>,
    /// Each checkpoint with the id of its tick box.
    pub punten: Vec<Link>,
}

fn has_checklist(ws: &Workspace) -> bool {
    ws.checklist.is_some()
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let Some(view) = view(cx) else {
        return Ok(());
    };
    let page = Page::new(&view.titel, "checklist")
        .html("8bs.html")
        .md("8bs.md")
        .with_toc()
        .in_handbook(&view.titel, "een checklist met controlepunten", 2);
    emit.page(&page, &view)
}

pub fn view(cx: &Context) -> Option<ChecklistPage> {
    let c = &cx.ws.checklist.as_ref()?.value;
    let criteria = c
        .criteria
        .iter()
        .map(|b| ChecklistB {
            id: b.id.clone(),
            naam: b.naam.clone(),
            beschrijving_html: markdown_to_html(&b.beschrijving, 1),
            beschrijving_md: b.beschrijving.clone(),
            drempels: Names::all(&b.drempels, |id| cx.names.drempel(id)),
            punten: b
                .controlepunten
                .iter()
                .enumerate()
                .map(|(i, p)| Link::new(p.trim(), format!("{}-{}", b.id, i + 1)))
                .collect(),
        })
        .collect();
    Some(ChecklistPage {
        titel: c.titel.clone(),
        status: c.status.clone(),
        toelichting_html: markdown_to_html(&c.toelichting, 1),
        toelichting_md: c.toelichting.clone(),
        criteria,
    })
}
