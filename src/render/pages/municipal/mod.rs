//! The municipal editions under `gemeenten/`: a list of the municipalities, and per
//! municipality an index with its contact point and partners, its charter (the model
//! with its changes and its data), its playbook, and a charter per partner to sign.
//! Rendered through the same templates and frame as the handbook.

pub mod charter;
mod index;
mod playbook;
mod render_cache;
pub mod slots;
pub mod values;
mod views;

use super::{Context, Section};
use crate::load::Workspace;
use crate::load::municipality::Municipality;
use crate::model::document::Document;
use crate::overlay::Model;
use crate::render::emit::{Emitter, Page};
use render_cache::Cache;

pub const INDEX: &str = "gemeenten/index.html";

pub const SECTION: Section = Section {
    nav: Some(("Gemeenten", INDEX)),
    present: has_municipalities,
    render,
};

fn has_municipalities(ws: &Workspace) -> bool {
    !ws.municipalities.is_empty()
}

/// What the pages of one municipality are built from.
pub struct Edition<'a> {
    pub m: &'a Municipality,
    pub model: &'a Model<'a>,
    /// The title of the municipality's delivery model.
    pub model_title: String,
    /// `gemeenten/<slug>/`.
    pub folder: String,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let ws = cx.ws;
    let chapters: Vec<&Document> = ws.playbook.iter().map(|l| &l.value).collect();
    let model = Model::new(ws.charter.as_ref().map(|c| &c.value), &chapters);
    let list = index::list(ws);
    emit.page(
        &Page::new("Gemeenten", "gemeenten")
            .html(INDEX)
            .md("gemeenten/index.md"),
        &list,
    )?;
    let mut cache = Cache::default();
    for m in &ws.municipalities {
        let edition = Edition {
            m,
            model: &model,
            model_title: model_title(ws, &m.profile.value.model),
            folder: format!("gemeenten/{}/", m.slug),
        };
        index::render(cx, &edition, emit)?;
        charter::render(cx, &edition, &mut cache, emit)?;
        playbook::render(cx, &edition, &mut cache, emit)?;
    }
    Ok(())
}

/// The title of a model from its blueprint, or its id when there is none.
pub fn model_title(ws: &Workspace, model: &str) -> String {
    ws.blueprints
        .iter()
        .find(|b| b.value.model == model)
        .map_or_else(|| model.to_string(), |b| b.value.titel.clone())
}
