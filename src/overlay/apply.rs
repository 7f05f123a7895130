//! Composing a municipality's charter or playbook: the model documents with the
//! profile's changes applied, and per change what the model said and what the
//! municipality says instead (for `onthaal diff` and the review document).

use super::{Located, Model, normalised};
use crate::model::document::Document;
use crate::model::municipality::{Action, Change, Target};

/// What one change did: the model section it rests on and the local text that replaces it.
#[derive(Debug, Clone)]
pub struct Applied<'a> {
    /// The change's index in the profile's `wijzigingen`.
    pub change: usize,
    pub action: Action,
    pub located: Located<'a>,
    /// The section as the municipality has it (normalised); empty when left out.
    pub local: String,
}

/// What each well-formed change of `target` rests on in the model, in profile order.
/// Changes that `validate` rejects (no single action, an unknown section) are skipped.
pub fn resolve<'a>(model: &Model<'a>, target: Target, changes: &[Change]) -> Vec<Applied<'a>> {
    let mut applied = Vec::new();
    for (i, change) in changes.iter().enumerate() {
        let [action] = change.actions()[..] else {
            continue;
        };
        if change.document != target {
            continue;
        }
        if let Some(located) = model.find(target, change.anchor()) {
            let local = local_text(&located, action, change);
            applied.push(Applied {
                change: i,
                action,
                located,
                local,
            });
        }
    }
    applied
}

/// The documents of `target` with `changes` applied, for a partnership or a single
/// municipality (which leaves out the sections marked `.samenwerking`). Overlapping
/// changes (an error in `validate`) keep the first.
pub fn compose(
    model: &Model<'_>,
    target: Target,
    changes: &[Change],
    partnership: bool,
) -> Vec<Document> {
    let applied = resolve(model, target, changes);
    model
        .documents(target)
        .into_iter()
        .enumerate()
        .flat_map(|(index, doc)| compose_one(doc, index, &applied, changes, partnership))
        .collect()
}

/// One model document with the changes that fall in it; a chapter can become none
/// (left out) or several (chapters added after it).
fn compose_one(
    doc: &Document,
    index: usize,
    applied: &[Applied<'_>],
    changes: &[Change],
    partnership: bool,
) -> Vec<Document> {
    let mine: Vec<&Applied> = applied
        .iter()
        .filter(|a| a.located.index == index)
        .collect();
    let mut edits: Vec<Edit> = Vec::new();
    let mut title = doc.meta.titel.clone();
    let mut omitted = false;
    let mut added_chapters = Vec::new();
    for a in &mine {
        let change = &changes[a.change];
        if a.located.is_chapter() {
            match a.action {
                Action::Omit => omitted = true,
                Action::Add => added_chapters.push(new_chapter(change)),
                Action::Replace if !change.titel.trim().is_empty() => {
                    title = change.titel.trim().to_string()
                }
                _ => {}
            }
        }
        edits.extend(edit_for(doc, a, change));
    }
    if !partnership {
        edits.extend(
            super::sections(doc)
                .into_iter()
                .filter(|s| s.for_partnerships)
                .map(|s| Edit {
                    range: s.whole,
                    order: (0, usize::MAX),
                    text: String::new(),
                }),
        );
    }
    let mut out = Vec::new();
    if !omitted && edits.is_empty() && title == doc.meta.titel {
        // Untouched: the model's own document, without parsing it again.
        out.push(doc.clone());
    } else if !omitted {
        let mut meta = doc.meta.clone();
        meta.titel = title;
        let body = apply_edits(&doc.body, edits);
        out.push(crate::load::markdown::composed(&doc.id, meta, body));
    }
    out.extend(added_chapters);
    out
}

/// A change to the body: replace `range` by `text`; equal ranges keep `order`.
struct Edit {
    range: std::ops::Range<usize>,
    order: (u8, usize),
    text: String,
}

fn edit_for(doc: &Document, a: &Applied<'_>, change: &Change) -> Option<Edit> {
    let s = &a.located.section;
    let text = change.text().unwrap_or_default().trim();
    let hashes = "#".repeat(usize::from(s.level));
    let (range, kind, new) = match a.action {
        Action::Replace if a.located.is_chapter() => (s.whole.clone(), 0, format!("{text}\n")),
        Action::Replace => {
            let heading = match change.titel.trim() {
                "" => doc.body[s.heading.clone()].to_string(),
                titel => format!("{hashes} {titel} {{#{}}}\n", s.id),
            };
            (s.whole.clone(), 0, format!("{heading}\n{text}\n\n"))
        }
        Action::Append => (s.whole.end..s.whole.end, 1, format!("\n{text}\n\n")),
        Action::Omit if a.located.is_chapter() => return None,
        Action::Omit => (s.whole.clone(), 0, String::new()),
        Action::Add if a.located.is_chapter() => return None,
        Action::Add => (s.whole.end..s.whole.end, 2, added_section(&hashes, change)),
    };
    Some(Edit {
        range,
        order: (kind, a.change),
        text: new,
    })
}

/// `## Titel {#id}` and the text of an added section.
fn added_section(hashes: &str, change: &Change) -> String {
    format!(
        "\n{hashes} {} {{#{}}}\n\n{}\n\n",
        change.titel.trim(),
        change.id.trim(),
        change.tekst.trim()
    )
}

fn new_chapter(change: &Change) -> Document {
    let meta = crate::model::document::Meta {
        titel: change.titel.trim().to_string(),
        ..Default::default()
    };
    let body = format!("{}\n", change.tekst.trim());
    crate::load::markdown::composed(change.id.trim(), meta, body)
}

/// Applies non-overlapping edits in order; an edit that overlaps an earlier one is dropped
/// (validate reports overlapping changes as errors, so a build never gets here with one).
fn apply_edits(body: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.range.start, e.range.end, e.order));
    let mut out = String::with_capacity(body.len() + 256);
    let mut at = 0;
    for edit in edits {
        if edit.range.start < at {
            continue;
        }
        out.push_str(&body[at..edit.range.start]);
        out.push_str(&edit.text);
        at = edit.range.end;
    }
    out.push_str(&body[at..]);
    out
}

/// The section as the municipality has it after `action`, normalised.
fn local_text(located: &Located<'_>, action: Action, change: &Change) -> String {
    let s = &located.section;
    let model = &located.doc.body[s.whole.clone()];
    let text = change.text().unwrap_or_default().trim();
    let hashes = "#".repeat(usize::from(s.level));
    let local = match action {
        Action::Omit => String::new(),
        Action::Replace if located.is_chapter() => text.to_string(),
        Action::Replace => {
            let heading = match change.titel.trim() {
                "" => located.doc.body[s.heading.clone()].to_string(),
                titel => format!("{hashes} {titel} {{#{}}}\n", s.id),
            };
            format!("{heading}\n{text}")
        }
        Action::Append => format!("{}\n\n{text}", model.trim_end()),
        Action::Add if located.is_chapter() => {
            format!("# {}\n\n{}", change.titel.trim(), change.tekst)
        }
        Action::Add => added_section(&hashes, change),
    };
    normalised(&local)
}
