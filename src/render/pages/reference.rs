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
    /// What the link says: `www.unia.be`, or the source as written.
    pub label: String,
    /// `nagekeken op 26 november 2026`, or `nog na te kijken`.
    pub herzien: String,
}

/// One body; empty fields are unknown to the handbook, and the page says so calmly.
#[derive(Debug, Clone, Serialize)]
pub struct OrganView {
    pub id: String,
    pub naam: String,
    /// With the abbreviation: `Vlaams Mensenrechteninstituut (VMRI)`.
    pub volledige_naam: String,
    /// The abbreviation, or the name when there is none: `VMRI`, `Politie`.
    pub kort: String,
    pub niveau: &'static str,
    /// `ja`, `nee`, or empty when unknown.
    pub anoniem_kort: &'static str,
    /// A sentence with its note: `Anoniem melden kan niet. …`.
    pub anoniem: String,
    pub telefoon: Option<Contact>,
    pub email: Option<Contact>,
    /// Only a web address; anything else (javascript:, …) is left out.
    pub website: Option<Contact>,
    /// What the reader is told when the handbook has no phone number or e-mail address.
    pub bereik: String,
    pub wat_html: String,
    pub bron: Source,
}

/// A way to reach a body, as a link.
#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub tekst: String,
    pub href: String,
    pub noot: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleRow {
    pub id: String,
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
    pub id: String,
    pub naam: String,
    pub groep: &'static str,
    pub omschrijving: String,
    /// The words people use for it, from the reference data.
    pub trefwoorden: Vec<String>,
    pub bron: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct DomainRow {
    pub id: String,
    pub naam: String,
    pub niveau: &'static str,
    pub voorbeelden: Vec<String>,
    pub trefwoorden: Vec<String>,
    pub bron: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct BarrierRow {
    pub id: String,
    pub naam: String,
    pub beschrijving: String,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let page = Page::new(TITLE, "reference")
        .html("wegwijzer.html")
        .md("referentie.md")
        .with_toc()
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
        wegwijzer: super::wegwijzer::view(cx),
        organen: sourced(&r.organen, |f| &f.organen, organ_view, |o| &o.bron),
        regels: sourced(&r.bevoegdheden, |f| &f.regels, rule, |g| &g.bron),
        criteria: sourced(&r.criteria, |f| &f.criteria, criterion_row, |c| &c.bron),
        domeinen: sourced(&r.domeinen, |f| &f.domeinen, domain_row, |d| &d.bron),
        drempels: r
            .drempels
            .iter()
            .flat_map(|l| &l.value.drempels)
            .map(|d| BarrierRow {
                id: d.id.clone(),
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

pub(super) fn source(bron: &str, herzien: &str) -> Source {
    let href = web_address(bron);
    Source {
        label: if href.is_empty() {
            bron.trim().to_string()
        } else {
            readable_address(&href)
        },
        bron: bron.trim().to_string(),
        href,
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

pub(super) fn organ_view(o: &Orgaan) -> OrganView {
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
    let kort = match o.afkorting.trim() {
        "" => o.naam.clone(),
        short => short.to_string(),
    };
    let website = web_address(&o.website);
    let telefoon = phone(&o.telefoon, &o.telefoon_toelichting);
    let email = mail(&o.email);
    OrganView {
        bereik: reach(
            &kort,
            telefoon.is_some() || email.is_some(),
            !website.is_empty(),
        ),
        id: o.id.clone(),
        naam: o.naam.clone(),
        volledige_naam: orgaan_name(o),
        kort,
        niveau: level(o.niveau),
        anoniem_kort: short,
        anoniem,
        telefoon,
        email,
        website: (!website.is_empty()).then(|| Contact {
            tekst: readable_address(&website),
            href: website,
            noot: String::new(),
        }),
        wat_html: markdown_to_html(&o.wat, 2),
        bron: source(&o.bron, &o.herzien),
    }
}

/// A phone number as a `tel:` link; a text that is no number stays text.
fn phone(number: &str, note: &str) -> Option<Contact> {
    let number = number.trim();
    if number.is_empty() {
        return None;
    }
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let dialable = digits.len() >= 3
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '.' | '/' | '-'));
    Some(Contact {
        tekst: number.to_string(),
        href: if dialable {
            format!("tel:{digits}")
        } else {
            String::new()
        },
        noot: note.trim().to_string(),
    })
}

/// An e-mail address as a `mailto:` link, when it looks like one.
fn mail(address: &str) -> Option<Contact> {
    let address = address.trim();
    if address.is_empty() {
        return None;
    }
    let plausible = address.contains('@')
        && !address.contains(|c: char| c.is_whitespace() || "<>\"'?#&".contains(c));
    Some(Contact {
        tekst: address.to_string(),
        href: if plausible {
            format!("mailto:{address}")
        } else {
            String::new()
        },
        noot: String::new(),
    })
}

/// `www.unia.be` for `https://www.unia.be/`: the address as people say it.
pub fn readable_address(url: &str) -> String {
    let rest = url.split_once("//").map_or(url, |(_, rest)| rest);
    rest.trim_end_matches('/').to_string()
}

/// The calm sentence for a reader when the handbook lacks a phone number and e-mail.
fn reach(kort: &str, direct: bool, website: bool) -> String {
    match (direct, website) {
        (true, _) => String::new(),
        (false, true) => format!(
            "Dit handboek vermeldt geen telefoonnummer of e-mailadres van {kort}. Op de website staat hoe je {kort} bereikt."
        ),
        (false, false) => format!("Hoe je {kort} bereikt, staat nog niet in dit handboek."),
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
        id: g.id.clone(),
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
        id: c.id.clone(),
        naam: c.naam.clone(),
        groep: match c.groep {
            Groep::Raciaal => "zogenaamd raciaal",
            Groep::Ander => "ander",
        },
        omschrijving: plain_text(&c.omschrijving),
        trefwoorden: c.trefwoorden.clone(),
        bron: source(&c.bron, &c.herzien),
    }
}

fn domain_row(d: &Domein) -> DomainRow {
    DomainRow {
        id: d.id.clone(),
        naam: d.naam.clone(),
        niveau: level(Some(d.niveau)),
        voorbeelden: d.voorbeelden.clone(),
        trefwoorden: d.trefwoorden.clone(),
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
