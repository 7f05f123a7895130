//! The home page: the introduction, the four models, and what the handbook holds.

use serde::Serialize;

use super::blueprints::model_card;
use super::{Context, Section, always};
use crate::render::emit::{Emitter, Page};
use crate::render::html::markdown_to_html;
use crate::render::views::{Link, ModelCard};

pub const SECTION: Section = Section {
    nav: Some(("Start", "index.html")),
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct Home {
    /// Where the playbook's chapter on the intake conversation is, if it has one.
    pub onthaalgesprek_href: String,
    pub inleiding_html: String,
    pub modellen: Vec<ModelCard>,
    pub documenten: Vec<Link>,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new("Start", "home").html("index.html");
    emit.page(&page, &view(cx))
}

pub fn view(cx: &Context) -> Home {
    let intro = cx.ws.manifest.as_ref().map(|m| m.value.inleiding.as_str());
    let gesprek = cx
        .ws
        .playbook
        .iter()
        .find(|c| c.value.id == "onthaalgesprek");
    Home {
        onthaalgesprek_href: match gesprek {
            Some(c) => format!("draaiboek.html#{}", c.value.id),
            None => "draaiboek.html".to_string(),
        },
        inleiding_html: markdown_to_html(intro.unwrap_or_default(), 1),
        modellen: cx
            .ws
            .blueprints
            .iter()
            .map(|b| model_card(&b.value))
            .collect(),
        documenten: documents(cx),
    }
}

fn documents(cx: &Context) -> Vec<Link> {
    let link = |label: &str, href: &str, uitleg: &str| Link {
        label: label.into(),
        href: href.into(),
        uitleg: uitleg.into(),
    };
    let mut links = vec![
        link(
            "Blauwdrukken",
            "blauwdrukken/index.html",
            "de vier modellen stap voor stap, als schema en als tabel",
        ),
        link(
            "Drempels en modellen",
            "drempels.html",
            "welk model welke drempel om te melden wegneemt",
        ),
        link(
            "Modelcharter",
            "charter.html",
            "de afspraken van een netwerk van lokale partners, om aan te passen en te ondertekenen",
        ),
        link(
            "Draaiboek",
            "draaiboek.html",
            "een warm onthaal uitbouwen, van voorbereiding tot evaluatie",
        ),
        link(
            "Veelgestelde vragen",
            "faq.html",
            "antwoorden voor melders, medewerkers, partners en besturen",
        ),
        link(
            "De 8 B's",
            "8bs.html",
            "een checklist voor een kwaliteitsvol meldpunt (werkversie)",
        ),
        link(
            "Wegwijzer",
            "wegwijzer.html",
            "welk orgaan welke melding behandelt, met bronnen",
        ),
        link(
            "Volledig handboek",
            "print.html",
            "alles op één pagina, om af te drukken",
        ),
    ];
    links.retain(|l| match l.href.as_str() {
        "charter.html" => cx.site.has_charter,
        "8bs.html" => cx.site.has_checklist,
        _ => true,
    });
    links
}
