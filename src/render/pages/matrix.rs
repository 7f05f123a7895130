//! The barriers against the models: per barrier and model, how many steps answer it
//! and which, so that one step and five read differently at a glance.

use serde::Serialize;

use super::{Context, Section, always};
use crate::model::blueprint::{Blueprint, Status};
use crate::render::emit::{Emitter, Page};

pub const SECTION: Section = Section {
    nav: Some(("Drempels", "drempels.html")),
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub modellen: Vec<MatrixLink>,
    pub rijen: Vec<MatrixRow>,
}

/// A link from the matrix: to its page on the site, or to its anchor on the print page.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixLink {
    pub label: String,
    pub href: String,
    pub in_page: String,
    /// For a step: tested in the pilot, or only proposed by the blueprint.
    pub getest: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub id: String,
    pub drempel: String,
    pub beschrijving: String,
    /// Per model, the steps that answer the barrier.
    pub cellen: Vec<MatrixCell>,
}

/// How one model answers one barrier: with which steps, and how strongly.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixCell {
    pub model: String,
    pub stappen: Vec<MatrixLink>,
    /// How many of those steps the pilot tested.
    pub getest: usize,
    /// The strength at a glance: 0 no step, 1 one step, 2 two or three, 3 four or more.
    pub sterkte: usize,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let title = "Drempels en modellen";
    let page = Page::new(title, "matrix")
        .html("drempels.html")
        .md("drempels.md")
        .in_handbook(title, "welke drempels elk model verlaagt", 1);
    emit.page(&page, &view(cx))
}

pub fn view(cx: &Context) -> Matrix {
    let blueprints: Vec<&Blueprint> = cx.ws.blueprints.iter().map(|b| &b.value).collect();
    let reference = cx.ws.reference.drempels.as_ref();
    let known = reference
        .map(|l| l.value.drempels.as_slice())
        .unwrap_or_default();
    let mut rijen: Vec<MatrixRow> = known
        .iter()
        .map(|d| row(&d.id, &d.naam, &d.beschrijving, &blueprints))
        .collect();
    // A barrier only a step names (a typo) shows as a row of its own instead of vanishing.
    for id in blueprints
        .iter()
        .flat_map(|b| &b.stappen)
        .flat_map(|s| &s.drempels)
    {
        if !known.iter().any(|d| &d.id == id) && !rijen.iter().any(|r| &r.drempel == id) {
            rijen.push(row(id, id, "", &blueprints));
        }
    }
    Matrix {
        modellen: blueprints
            .iter()
            .map(|b| MatrixLink {
                label: b.titel.clone(),
                href: format!("blauwdrukken/{}.html", b.model),
                in_page: format!("#p-{}", b.model),
                getest: false,
            })
            .collect(),
        rijen,
    }
}

fn row(id: &str, naam: &str, beschrijving: &str, blueprints: &[&Blueprint]) -> MatrixRow {
    MatrixRow {
        id: format!("drempel-{id}"),
        drempel: naam.to_string(),
        beschrijving: beschrijving.to_string(),
        cellen: blueprints.iter().map(|b| cell(b, id)).collect(),
    }
}

fn cell(bp: &Blueprint, barrier: &str) -> MatrixCell {
    let stappen = answering_steps(bp, barrier);
    MatrixCell {
        model: bp.titel.clone(),
        getest: stappen.iter().filter(|s| s.getest).count(),
        sterkte: match stappen.len() {
            0 => 0,
            1 => 1,
            2 | 3 => 2,
            _ => 3,
        },
        stappen,
    }
}

fn answering_steps(bp: &Blueprint, barrier: &str) -> Vec<MatrixLink> {
    bp.stappen
        .iter()
        .filter(|s| s.drempels.iter().any(|d| d == barrier))
        .map(|s| MatrixLink {
            label: s.titel.clone(),
            href: format!("blauwdrukken/{}.html#stap-{}", bp.model, s.id),
            in_page: format!("#{}-stap-{}", bp.model, s.id),
            getest: s.status == Status::Getest,
        })
        .collect()
}
