//! The municipal overlay: a municipality's changes laid over the model charter and
//! playbook by section id, as kustomize lays patches over a base. The model stays as
//! VVSG wrote it; this stage composes each municipality's texts from it, finds the
//! section a change names, and says which pinned sections moved since (drift).

pub mod apply;
pub mod drift;
pub mod review;
pub mod sections;
pub mod textdiff;

use crate::model::document::Document;
use crate::model::municipality::Target;
pub use sections::{Section, fingerprint, normalised, sections};

/// The model texts municipalities change: the charter and the playbook chapters.
#[derive(Debug, Clone, Copy)]
pub struct Model<'a> {
    pub charter: Option<&'a Document>,
    pub playbook: &'a [&'a Document],
}

/// A section found in the model: which document holds it, and where.
#[derive(Debug, Clone)]
pub struct Located<'a> {
    pub target: Target,
    /// The document's place: 0 for the charter, the chapter's index in the playbook.
    pub index: usize,
    pub doc: &'a Document,
    pub section: Section<'a>,
}

impl Located<'_> {
    /// The section's text as pinned and compared.
    pub fn normalised_text(&self) -> String {
        normalised(&self.doc.body[self.section.whole.clone()])
    }

    /// Whether this is a whole playbook chapter rather than a section in one.
    pub fn is_chapter(&self) -> bool {
        self.section.level == 1
    }
}

impl<'a> Model<'a> {
    /// The model of a workspace: its charter and playbook chapters (`chapters` is
    /// `ws.playbook` as documents, kept by the caller).
    pub fn new(charter: Option<&'a Document>, chapters: &'a [&'a Document]) -> Self {
        Model {
            charter,
            playbook: chapters,
        }
    }

    /// The documents of `target`, in order.
    pub fn documents(&self, target: Target) -> Vec<&'a Document> {
        match target {
            Target::Charter => self.charter.into_iter().collect(),
            Target::Draaiboek => self.playbook.to_vec(),
        }
    }

    /// Every section of `target` that a change may name: in the playbook, whole
    /// chapters (by the chapter id of their file name) and their sections.
    pub fn sections(&self, target: Target) -> Vec<Located<'a>> {
        let mut found = Vec::new();
        for (index, doc) in self.documents(target).into_iter().enumerate() {
            if target == Target::Draaiboek {
                found.push(Located {
                    target,
                    index,
                    doc,
                    section: chapter(doc),
                });
            }
            found.extend(sections(doc).into_iter().map(|section| Located {
                target,
                index,
                doc,
                section,
            }));
        }
        found
    }

    /// The section `id` of `target`.
    pub fn find(&self, target: Target, id: &str) -> Option<Located<'a>> {
        self.sections(target)
            .into_iter()
            .find(|l| l.section.id == id)
    }
}

/// A whole playbook chapter as a section of level 1.
fn chapter(doc: &Document) -> Section<'_> {
    Section {
        id: &doc.id,
        title: &doc.meta.titel,
        level: 1,
        fixed: false,
        for_partnerships: false,
        heading: 0..0,
        whole: 0..doc.body.len(),
    }
}
