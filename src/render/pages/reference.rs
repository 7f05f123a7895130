//! The wegwijzer and the reference data: bodies, competence rules, criteria, domains
//! and barriers, each row with its source and the date it was last checked.

use serde::Serialize;

use super::{Context, Section, always};
use crate::load::Loaded;
use crate::model::reference::{CriteriaKeuze, Criterium, Domein, Groep, Niveau, Orgaan, Regel};
use crate::render::emit::{Emitter, Page};
use crate::render::html::{markdown_to_html, plain_text};
use crate::render::names::orgaan_name;

pub use super::wegwijzer::{Choice, WegwijzerView};

pub const TITLE: &str = "Wegwijzer en referentie";

pub const SECTION: Section = Section {
    nav: Some(("Wegwijzer", "wegwijzer.html")),
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct ReferencePage {
    pub wegwijzer: Option<WegwijzerView>,
    pub organen: Sourced<OrganView>,
    pub regels: Sourced<RuleRow>,
    pub criteria: Sourced<CriterionRow>,
    pub domeinen: Sourced<DomainRow>,
    pub drempels: Vec<BarrierRow>,
}

/// Rows that each carry a source; when they all share one, it is said once.
#[derive(Debug, Clone, Serialize)]
pub struct Sourced<T> {
    pub rijen: Vec<T>,
    pub gedeelde_bron: Option<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// As written in the data; a web address in every real file (R004 checks).
    pub bron: String,
    /// The same when it is a web address, else empty: only this becomes a link.
    pub href: String,
    /// In Dutch: `26 november 2026`.
    pub herzien: String,
}

/// One body; empty fields are unknown to the handbook.
#[derive(Debug, Clone, Serialize)]
pub struct OrganView {
    pub id: String,
    pub naam: String,
    /// With the abbreviation: `Vlaams Mensenrechteninstituut (VMRI)`.
    pub volledige_naam: String,
    pub niveau: &'static str,
    /// `ja`, `nee`, or empty when unknown.
    pub anoniem_kort: &'static str,
    /// A sentence with its note: `Anoniem melden kan niet. …`.
    pub anoniem: String,
    pub telefoon: String,
    pub email: String,
    /// Only a web address; anything else (javascript:, …) is left out.
    pub website: String,
    pub wat_html: String,
    pub bron: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleRow {
    pub niveau: &'static str,
    /// Criterion names; empty for a rule over all criteria.
    pub criteria: Vec<String>,
    pub alle_criteria: bool,
    pub orgaan: String,
    pub toelichting: String,
    pub bron: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionRow {
    pub naam: String,
    pub groep: &'static str,
    pub omschrijving: String,
    pub bron: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct DomainRow {
    pub naam: String,
    pub niveau: &'static str,
    pub voorbeelden: Vec<String>,
    pub bron: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct BarrierRow {
    pub naam: String,
    pub beschrijving: String,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new(TITLE, "reference")
        .html("wegwijzer.html")
        .md("referentie.md")
        .in_handbook(
            TITLE,
            "organen, criteria, domeinen en bevoegdheden, met hun bron",
            2,
        );
    emit.page(&page, &view(cx))
}

pub fn view(cx: &Context) -> ReferencePage {
    let r = &cx.ws.reference;
    let rule = |g: &Regel| rule_row(cx, g);
    ReferencePage {
        wegwijzer: super::wegwijzer::view(r),
        organen: sourced(&r.organen, |f| &f.organen, organ_view, |o| &o.bron),
        regels: sourced(&r.bevoegdheden, |f| &f.regels, rule, |g| &g.bron),
        criteria: sourced(&r.criteria, |f| &f.criteria, criterion_row, |c| &c.bron),
        domeinen: sourced(&r.domeinen, |f| &f.domeinen, domain_row, |d| &d.bron),
        drempels: r
            .drempels
            .iter()
            .flat_map(|l| &l.value.drempels)
            .map(|d| BarrierRow {
                naam: d.naam.clone(),
                beschrijving: d.beschrijving.clone(),
            })
            .collect(),
    }
}

/// The rows of a list in a reference file that may be absent, and their shared source.
fn sourced<F, T, R>(
    file: &Option<Loaded<F>>,
    list: impl Fn(&F) -> &Vec<T>,
    row: impl Fn(&T) -> R,
    source: impl Fn(&R) -> &Source,
) -> Sourced<R> {
    let rijen: Vec<R> = file
        .as_ref()
        .map(|l| list(&l.value).iter().map(row).collect())
        .unwrap_or_default();
    let first = rijen.first().map(&source);
    let shared = first.filter(|first| rijen.iter().all(|r| source(r) == *first));
    Sourced {
        gedeelde_bron: shared.cloned(),
        rijen,
    }
}

fn source(bron: &str, herzien: &str) -> Source {
    Source {
        bron: bron.trim().to_string(),
        href: web_address(bron),
        herzien: crate::route::checked(herzien),
    }
}

pub fn level(niveau: Option<Niveau>) -> &'static str {
    match niveau {
        Some(Niveau::Vlaams) => "Vlaams",
        Some(Niveau::Federaal) => "federaal",
        None => "",
    }
}

fn organ_view(o: &Orgaan) -> OrganView {
    let (short, sentence) = match o.anoniem {
        Some(true) => ("ja", "kan"),
        Some(false) => ("nee", "kan niet"),
        None => ("", ""),
    };
    let anoniem = match (sentence, o.anoniem_toelichting.trim()) {
        ("", "") => String::new(),
        ("", note) => plain_text(note),
        (yes_no, "") => format!("Anoniem melden {yes_no}."),
        (yes_no, note) => format!("Anoniem melden {yes_no}. {}", plain_text(note)),
    };
    OrganView {
        id: o.id.clone(),
        naam: o.naam.clone(),
        volledige_naam: orgaan_name(o),
        niveau: level(o.niveau),
        anoniem_kort: short,
        anoniem,
        telefoon: o.phone_with_note(),
        email: o.email.trim().to_string(),
        website: web_address(&o.website),
        wat_html: markdown_to_html(&o.wat, 2),
        bron: source(&o.bron, &o.herzien),
    }
}

fn rule_row(cx: &Context, g: &Regel) -> RuleRow {
    let criteria = match &g.criteria {
        CriteriaKeuze::Alle => Vec::new(),
        CriteriaKeuze::Lijst(ids) => ids
            .iter()
            .map(|id| cx.names.criterium(id).to_string())
            .collect(),
    };
    RuleRow {
        niveau: level(Some(g.niveau)),
        criteria,
        alle_criteria: g.criteria == CriteriaKeuze::Alle,
        orgaan: match g.orgaan.as_str() {
            "geen" => "geen gelijkheidsorgaan aangewezen".to_string(),
            id => cx.names.orgaan(id).to_string(),
        },
        toelichting: plain_text(&g.toelichting),
        bron: source(&g.bron, &g.herzien),
    }
}

fn criterion_row(c: &Criterium) -> CriterionRow {
    CriterionRow {
        naam: c.naam.clone(),
        groep: match c.groep {
            Groep::Raciaal => "zogenaamd raciaal",
            Groep::Ander => "ander",
        },
        omschrijving: plain_text(&c.omschrijving),
        bron: source(&c.bron, &c.herzien),
    }
}

fn domain_row(d: &Domein) -> DomainRow {
    DomainRow {
        naam: d.naam.clone(),
        niveau: level(Some(d.niveau)),
        voorbeelden: d.voorbeelden.clone(),
        bron: source(&d.bron, &d.herzien),
    }
}

/// `text` when it is an http(s) address, else nothing: content never writes an `href`.
pub fn web_address(text: &str) -> String {
    let lower = text.trim().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        text.trim().to_string()
    } else {
        String::new()
    }
}
