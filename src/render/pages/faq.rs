//! The FAQ, grouped by audience in the order of the reference audiences.

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
    pub groepen: Vec<FaqGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqGroup {
    pub id: String,
    pub naam: String,
    pub vragen: Vec<FaqEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqEntry {
    pub anchor: String,
    pub thema: String,
    pub vraag: String,
    pub antwoord_html: String,
    pub antwoord_md: String,
    pub organen: Vec<String>,
    pub herzien: String,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new(TITLE, "faq")
        .html("faq.html")
        .md("faq.md")
        .in_handbook(TITLE, "per doelgroep", 2);
    emit.page(&page, &view(cx))
}

pub fn view(cx: &Context) -> FaqPage {
    let vragen: Vec<(&str, &Vraag)> = cx
        .ws
        .faq
        .iter()
        .flat_map(|f| f.value.vragen.iter().map(|v| (f.value.thema.as_str(), v)))
        .collect();
    let groepen = audiences(cx, &vragen)
        .into_iter()
        .map(|id| FaqGroup {
            id: format!("voor-{id}"),
            naam: cx.names.doelgroep(&id).to_string(),
            vragen: vragen
                .iter()
                .filter(|(_, v)| v.doelgroepen.contains(&id))
                .map(|(thema, v)| entry(cx, &id, thema, v))
                .collect(),
        })
        .filter(|g| !g.vragen.is_empty())
        .collect();
    FaqPage { groepen }
}

fn entry(cx: &Context, audience: &str, thema: &str, v: &Vraag) -> FaqEntry {
    FaqEntry {
        anchor: format!("{audience}-{}", v.id),
        thema: thema.to_string(),
        vraag: v.vraag.clone(),
        antwoord_html: markdown_to_html(&v.antwoord, 1),
        antwoord_md: v.antwoord.clone(),
        organen: Names::all(&v.organen, |id| cx.names.orgaan(id)),
        herzien: crate::route::checked(&v.herzien),
    }
}

/// The reference audiences in order, then any audience only a question names.
fn audiences(cx: &Context, vragen: &[(&str, &Vraag)]) -> Vec<String> {
    let reference = cx.ws.reference.doelgroepen.iter();
    let mut ids: Vec<String> = reference
        .flat_map(|l| l.value.doelgroepen.iter().map(|d| d.id.clone()))
        .collect();
    for id in vragen.iter().flat_map(|(_, v)| &v.doelgroepen) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}
