//! The reference tables of the wegwijzer: bodies, competence rules, criteria, domains
//! and barriers, each row with its source and the date it was last checked.

use super::assemble::plain;
use super::html::markdown_to_html;
use super::lists::dutch_date;
use super::views::{Choice, OrganCard, ReferencePage, WegwijzerView};
use crate::load::{Loaded, Reference, Workspace};
use crate::model::reference::{CriteriaKeuze, Criterium, Domein, Groep, Niveau, Orgaan, Regel};
use crate::route::Wegwijzer;

pub fn reference(ws: &Workspace) -> ReferencePage {
    let r = &ws.reference;
    let organs: &[Orgaan] = r.organen.as_ref().map_or(&[], |l| &l.value.organen);
    let criteria: &[Criterium] = r.criteria.as_ref().map_or(&[], |l| &l.value.criteria);
    ReferencePage {
        wegwijzer: wegwijzer(r),
        organ_cards: organs.iter().map(organ_card).collect(),
        organen: organs.iter().map(organ_row).collect(),
        regels: rows(
            &r.bevoegdheden,
            |f| &f.regels,
            |g| rule_row(g, organs, criteria),
        ),
        criteria: rows(&r.criteria, |f| &f.criteria, criterion_row),
        domeinen: rows(&r.domeinen, |f| &f.domeinen, domain_row),
        drempels: rows(
            &r.drempels,
            |f| &f.drempels,
            |d| vec![d.naam.clone(), d.beschrijving.clone()],
        ),
    }
}

/// The rows of a list in a reference file that may be absent.
fn rows<F, T>(
    file: &Option<Loaded<F>>,
    list: impl Fn(&F) -> &Vec<T>,
    row: impl Fn(&T) -> Vec<String>,
) -> Vec<Vec<String>> {
    file.as_ref()
        .map(|l| list(&l.value).iter().map(row).collect())
        .unwrap_or_default()
}

fn level(niveau: Option<Niveau>) -> String {
    match niveau {
        Some(Niveau::Vlaams) => "Vlaams".into(),
        Some(Niveau::Federaal) => "federaal".into(),
        None => String::new(),
    }
}

/// Empty cells render as "niet bekend": the handbook says what it does not know.
fn organ_row(o: &Orgaan) -> Vec<String> {
    let anonymous = match o.anoniem {
        Some(true) => "ja",
        Some(false) => "nee",
        None => "",
    };
    let phone = o.phone_with_note();
    vec![
        o.naam.clone(),
        level(o.niveau),
        anonymous.into(),
        phone,
        o.website.clone(),
        o.bron.clone(),
        dutch_date(&o.herzien),
    ]
}

fn organ_card(o: &Orgaan) -> OrganCard {
    let anonymous = match o.anoniem {
        Some(true) => "kan",
        Some(false) => "kan niet",
        None => "",
    };
    let anonymous = match (anonymous, o.anoniem_toelichting.trim()) {
        ("", "") => String::new(),
        ("", note) => plain(note),
        (yes_no, "") => format!("Anoniem melden {yes_no}."),
        (yes_no, note) => format!("Anoniem melden {yes_no}. {}", plain(note)),
    };
    OrganCard {
        id: o.id.clone(),
        naam: o.naam.clone(),
        wat_html: markdown_to_html(&o.wat, 2),
        anoniem: anonymous,
        telefoon: o.phone_with_note(),
        email: o.email.clone(),
        // Only a web address becomes a link; anything else (javascript:, …) is dropped.
        website: web_address(&o.website),
        bron: o.bron.clone(),
        herzien: dutch_date(&o.herzien),
    }
}

fn rule_row(g: &Regel, organs: &[Orgaan], criteria: &[Criterium]) -> Vec<String> {
    let name = |id: &String| -> String {
        criteria
            .iter()
            .find(|c| &c.id == id)
            .map_or_else(|| id.clone(), |c| c.naam.clone())
    };
    let criteria = match &g.criteria {
        CriteriaKeuze::Alle => "alle criteria".to_string(),
        CriteriaKeuze::Lijst(ids) => ids.iter().map(name).collect::<Vec<_>>().join(", "),
    };
    let organ = if g.orgaan == "geen" {
        "geen gelijkheidsorgaan aangewezen".to_string()
    } else {
        organs
            .iter()
            .find(|o| o.id == g.orgaan)
            .map_or_else(|| g.orgaan.clone(), |o| o.naam.clone())
    };
    vec![
        level(Some(g.niveau)),
        criteria,
        organ,
        plain(&g.toelichting),
        g.bron.clone(),
        dutch_date(&g.herzien),
    ]
}

fn criterion_row(c: &Criterium) -> Vec<String> {
    let group = match c.groep {
        Groep::Raciaal => "zogenaamd raciaal criterium",
        Groep::Ander => "ander criterium",
    };
    vec![
        c.naam.clone(),
        group.into(),
        plain(&c.omschrijving),
        c.bron.clone(),
        dutch_date(&c.herzien),
    ]
}

fn domain_row(d: &Domein) -> Vec<String> {
    vec![
        d.naam.clone(),
        level(Some(d.niveau)),
        d.voorbeelden.join(", "),
        d.bron.clone(),
        dutch_date(&d.herzien),
    ]
}

/// The answer for every criterion at every level, as JSON keyed `criterium|niveau`, for
/// assets/wegwijzer.js: a domain only decides the level, so the data grows with criteria
/// × levels, not criteria × domains.
fn wegwijzer(reference: &Reference) -> Option<WegwijzerView> {
    let w = Wegwijzer::from(reference)?;
    let mut one_domain_per_level: Vec<&Domein> = Vec::new();
    for domain in w.domeinen {
        if !one_domain_per_level
            .iter()
            .any(|d| d.niveau == domain.niveau)
        {
            one_domain_per_level.push(domain);
        }
    }
    let answers: std::collections::BTreeMap<String, serde_json::Value> = w
        .criteria
        .iter()
        .flat_map(|c| one_domain_per_level.iter().filter_map(|d| w.route(&c.id, &d.id)))
        .map(|route| {
            let key = format!("{}|{}", route.criterium.id, level_id(route.domein.niveau));
            let answer = serde_json::json!({
                "orgaan": route.orgaan.map_or("geen gelijkheidsorgaan aangewezen", |o| o.naam.as_str()),
                "telefoon": route.orgaan.map(|o| o.phone_with_note()).unwrap_or_default(),
                "website": route.orgaan.map(|o| web_address(&o.website)).unwrap_or_default(),
                "uitleg": plain(&route.regel.toelichting),
                "bron": route.regel.bron,
                "herzien": dutch_date(&route.regel.herzien),
            });
            (key, answer)
        })
        .collect();
    let json = serde_json::to_string(&answers)
        .ok()?
        .replace('<', "\\u003c");
    let choice = |id: &str, naam: &str, niveau: &str| Choice {
        id: id.to_string(),
        naam: naam.to_string(),
        niveau: niveau.to_string(),
    };
    Some(WegwijzerView {
        criteria: w
            .criteria
            .iter()
            .map(|c| choice(&c.id, &c.naam, ""))
            .collect(),
        domeinen: w
            .domeinen
            .iter()
            .map(|d| choice(&d.id, &d.naam, level_id(d.niveau)))
            .collect(),
        answers_json: json,
    })
}

fn level_id(niveau: Niveau) -> &'static str {
    match niveau {
        Niveau::Vlaams => "vlaams",
        Niveau::Federaal => "federaal",
    }
}

/// `text` when it is an http(s) address, else nothing: content never writes an `href`.
fn web_address(text: &str) -> String {
    let lower = text.trim().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        text.trim().to_string()
    } else {
        String::new()
    }
}
