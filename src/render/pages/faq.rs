//! The FAQ: every question once, under its theme (one file per theme), with the
//! audiences it is for; the page lets a reader show only the questions for one audience.

use serde::Serialize;

use super::{Context, Section, always};
use crate::model::faq::Vraag;
use crate::render::emit::{Emitter, Page};
use crate::render::html::markdown_to_html;
use crate::render::names::Names;

pub const TITLE: &str = "Veelgestelde vragen";

pub const SECTION: Section = Section {
    nav: Some(("FAQ", "faq.html")),
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct FaqPage {
    /// The audiences that have questions, in reference order, for the filter.
    pub doelgroepen: Vec<Audience>,
    pub themas: Vec<FaqTheme>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Audience {
    pub id: String,
    pub naam: String,
    pub vragen: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqTheme {
    /// From the file name: `faq/waar-melden.yaml` → `waar-melden`.
    pub id: String,
    pub naam: String,
    pub vragen: Vec<FaqEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqEntry {
    /// `vraag-<id>`.
    pub anchor: String,
    pub vraag: String,
    pub antwoord_html: String,
    pub antwoord_md: String,
    /// The audiences' names, and their ids separated by spaces (for the filter).
    pub doelgroepen: Vec<String>,
    pub doelgroep_ids: String,
    pub organen: Vec<String>,
    pub herzien: String,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new(TITLE, "faq")
        .html("faq.html")
        .md("faq.md")
        .with_toc()
        .in_handbook(TITLE, "per thema, met de doelgroepen van elke vraag", 2);
    emit.page(&page, &view(cx))
}

pub fn view(cx: &Context) -> FaqPage {
    let themas: Vec<FaqTheme> = cx
        .ws
        .faq
        .iter()
        .map(|f| FaqTheme {
            id: file_id(&f.file.name),
            naam: f.value.thema.clone(),
            vragen: f.value.vragen.iter().map(|v| entry(cx, v)).collect(),
        })
        .filter(|t| !t.vragen.is_empty())
        .collect();
    let questions = || themas.iter().flat_map(|t| &t.vragen);
    let doelgroepen = audiences(cx)
        .into_iter()
        .map(|id| Audience {
            naam: cx.names.doelgroep(&id).to_string(),
            vragen: questions()
                .filter(|v| v.doelgroep_ids.split(' ').any(|a| a == id))
                .count(),
            id,
        })
        .filter(|a| a.vragen > 0)
        .collect();
    FaqPage {
        doelgroepen,
        themas,
    }
}

fn entry(cx: &Context, v: &Vraag) -> FaqEntry {
    FaqEntry {
        anchor: format!("vraag-{}", v.id),
        vraag: v.vraag.clone(),
        antwoord_html: markdown_to_html(&v.antwoord, 1),
        antwoord_md: v.antwoord.clone(),
        doelgroepen: Names::all(&v.doelgroepen, |id| cx.names.doelgroep(id)),
        doelgroep_ids: v.doelgroepen.join(" "),
        organen: Names::all(&v.organen, |id| cx.names.orgaan(id)),
        herzien: crate::route::checked(&v.herzien),
    }
}

/// `faq/waar-melden.yaml` → `waar-melden`.
fn file_id(name: &str) -> String {
    let stem = name.rsplit('/').next().unwrap_or(name);
    let stem = stem.strip_suffix(".yaml").unwrap_or(stem);
    format!("thema-{stem}")
}

/// The reference audiences in order, then any audience only a question names.
fn audiences(cx: &Context) -> Vec<String> {
    let reference = cx.ws.reference.doelgroepen.iter();
    let mut ids: Vec<String> = reference
        .flat_map(|l| l.value.doelgroepen.iter().map(|d| d.id.clone()))
        .collect();
    let named = cx.ws.faq.iter().flat_map(|f| &f.value.vragen);
    for id in named.flat_map(|v| &v.doelgroepen) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}
