//! The whole handbook on one page, to print or to keep as one file (`--single-file`).

use serde::Serialize;

use super::blueprints::{self, BlueprintPage};
use super::checklist::{self, ChecklistPage};
use super::documents::{self, DocumentPage, PLAYBOOK_TITLE};
use super::faq::{self, FaqPage};
use super::home::{self, Home};
use super::matrix::{self, Matrix};
use super::reference::{self, ReferencePage};
use super::{Context, Section, always};
use crate::render::emit::{Emitter, Page, with};
use crate::render::frame::frame;
use crate::render::templates::Templates;

pub const PATH: &str = "print.html";

pub const SECTION: Section = Section {
    nav: None,
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct PrintPage {
    pub home: Home,
    pub blueprints: Vec<BlueprintPage>,
    pub matrix: Matrix,
    pub documents: Vec<PrintDocument>,
    pub faq: FaqPage,
    pub checklist: Option<ChecklistPage>,
    pub reference: ReferencePage,
}

/// Charter and playbook may share section ids; their print versions carry a prefix.
#[derive(Debug, Clone, Serialize)]
pub struct PrintDocument {
    pub id: &'static str,
    pub titel: String,
    pub page: DocumentPage,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new("Volledig handboek", "print")
        .html(PATH)
        .body_class("print-page")
        .inline_css()
        .unindexed();
    emit.page(&page, &view(cx))
}

pub fn view(cx: &Context) -> PrintPage {
    let charter = cx.ws.charter.as_ref().map(|c| PrintDocument {
        id: "charter",
        titel: c.value.meta.titel.clone(),
        page: documents::charter_view(cx.ws, c),
    });
    let playbook = PrintDocument {
        id: "draaiboek",
        titel: PLAYBOOK_TITLE.to_string(),
        page: documents::playbook_view(cx.ws),
    };
    PrintPage {
        home: home::view(cx),
        blueprints: cx
            .ws
            .blueprints
            .iter()
            .map(|b| blueprints::view(cx, &b.value))
            .collect(),
        matrix: matrix::view(cx),
        documents: charter
            .into_iter()
            .chain([playbook])
            .chain(annexes(cx))
            .collect(),
        faq: faq::view(cx),
        checklist: checklist::view(cx),
        reference: reference::view(cx),
    }
}

/// The annexes after the playbook, when there are any.
fn annexes(cx: &Context) -> Option<PrintDocument> {
    (!cx.ws.bijlagen.is_empty()).then(|| PrintDocument {
        id: "bijlagen",
        titel: super::annexes::TITLE.to_string(),
        page: super::annexes::view(cx.ws),
    })
}

/// The print page as one self-contained file: stylesheet inlined, no menu or search.
pub fn single_file(cx: &Context, templates: &Templates) -> anyhow::Result<String> {
    let mut frame = frame(&cx.site, &[], PATH, PATH, "Volledig handboek", &[]);
    frame.body_class = "print-page";
    frame.inline_css = crate::render::pages::assets::STYLE.to_string();
    frame.inline_js = crate::render::pages::assets::AFDRUK.to_string();
    let view = crate::render::emit::value(&view(cx));
    templates.render("print.html", with(&frame, &view))
}
