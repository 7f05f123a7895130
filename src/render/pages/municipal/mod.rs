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

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::sync_channel;

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

/// The files of one edition: (path in the output, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

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
    let editions: Vec<Edition> = ws
        .municipalities
        .iter()
        .map(|m| Edition {
            m,
            model: &model,
            model_title: model_title(ws, &m.profile.value.model),
            folder: format!("gemeenten/{}/", m.slug),
        })
        .collect();
    // The index pages go through the emitter: they are in the search index.
    for edition in &editions {
        index::render(cx, edition, emit)?;
    }
    let renderer = emit.renderer().clone();
    in_parallel(
        &editions,
        |edition, cache, out| {
            charter::render(cx, edition, cache, &renderer, out)?;
            playbook::render(cx, edition, cache, &renderer, out)
        },
        |files| {
            files
                .into_iter()
                .try_for_each(|(path, bytes)| emit.file(&path, &bytes))
        },
    )
}

/// Renders `editions` on a few threads with `make` and hands each edition's files to
/// `write` on this one, as they come: the files are the same whatever thread made
/// them, and the bounded channel keeps only a few editions in memory at once.
fn in_parallel(
    editions: &[Edition],
    make: impl Fn(&Edition, &mut Cache, &mut Files) -> anyhow::Result<()> + Sync,
    mut write: impl FnMut(Files) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 4)
        .min(editions.len());
    let next = AtomicUsize::new(0);
    let (sender, receiver) = sync_channel::<anyhow::Result<Files>>(workers * 2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (next, make) = (&next, &make);
            scope.spawn(move || {
                let mut cache = Cache::default();
                while let Some(edition) = editions.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let mut files = Files::new();
                    let made = make(edition, &mut cache, &mut files).map(|()| files);
                    // The receiver is gone when writing failed: stop.
                    if sender.send(made).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let written = receiver.iter().try_for_each(|made| write(made?));
        // Dropping the receiver ends the workers still sending after an error.
        drop(receiver);
        written
    })
}

/// The title of a model from its blueprint, or its id when there is none.
pub fn model_title(ws: &Workspace, model: &str) -> String {
    ws.blueprints
        .iter()
        .find(|b| b.value.model == model)
        .map_or_else(|| model.to_string(), |b| b.value.titel.clone())
}

/// A section's Markdown as a quote in the review document: the municipality's values in
/// its variables (the partner's fields as blanks), heading attributes removed, headings
/// in bold so the quote adds nothing to the document's outline.
pub fn quoted(ws: &Workspace, m: &Municipality, text: &str) -> String {
    if text.trim().is_empty() {
        return String::new();
    }
    let p = &m.profile.value;
    let meta = ws.charter.as_ref().map(|c| &c.value.meta);
    let raw = values::municipal(
        p,
        &model_title(ws, &p.model),
        meta.map_or("", |m| m.versie.as_str()),
        meta.map_or("", |m| m.datum.as_str()),
    );
    let (known, blanks) = (
        values::for_md(&raw),
        values::for_md(&values::partner_blanks()),
    );
    let filled =
        slots::Slotted::md(values::tokenise(text)).fill(&|n| values::lookup(&[&known, &blanks], n));
    let clean = crate::render::md::headings::clean_document(&filled, 0);
    clean
        .lines()
        .map(|line| match line.trim_start_matches('#') {
            heading if heading.len() < line.len() && heading.starts_with(' ') => {
                format!("> **{}**", heading.trim())
            }
            _ if line.is_empty() => ">".to_string(),
            _ => format!("> {line}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
