//! The interactive wegwijzer: two questions with nothing chosen, and one answer per
//! competence rule, rendered at build time and kept hidden; `assets/wegwijzer.js` only
//! shows the answer that the two choices lead to, so nothing in the data runs as code.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Context;
use super::reference::{OrganView, Source, organ_view, source};
use crate::model::reference::{Niveau, Voorbehoud};
use crate::render::html::plain_text;
use crate::route::Wegwijzer;

#[derive(Debug, Clone, Serialize)]
pub struct WegwijzerView {
    pub criteria: Vec<Choice>,
    /// The domains by level, so the reader sees which matters are Flemish.
    pub domeinen: Vec<ChoiceGroup>,
    pub antwoorden: Vec<Answer>,
    /// `criterium|domein` → index in `antwoorden`, for the script.
    pub keuzes_json: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub naam: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChoiceGroup {
    pub label: &'static str,
    pub keuzes: Vec<Choice>,
}

/// What a frontline worker does with one competence rule.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// `None` when the law assigns no body.
    pub orgaan: Option<OrganView>,
    pub uitleg: String,
    pub bron: Source,
    /// The rule's caveats: the sources leave the case open, so no plain answer.
    pub open: Vec<Turn>,
    /// Caveats whose case leads to another body: to check first.
    pub eerst: Vec<Turn>,
    /// Other caveats of the criterion, the domain and the body.
    pub let_op: Vec<Turn>,
}

/// A caveat with its source; "if this is so, then that body" when its case has
/// another answer.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Turn {
    pub tekst: String,
    /// `Unia (Haatspraak en haatmisdrijven)`; empty when the answer stays.
    pub dan: String,
    pub bron: Source,
}

pub fn view(cx: &Context) -> Option<WegwijzerView> {
    let w = Wegwijzer::from(&cx.ws.reference)?;
    // One answer per distinct text: a domain's caveats make its answers its own.
    let mut antwoorden: Vec<Answer> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut keuzes = BTreeMap::new();
    for route in w.all() {
        let Some(full) = w.answer(&route.criterium.id, &route.domein.id) else {
            continue;
        };
        let answer = answer_view(&w, &full);
        let text = serde_json::to_string(&answer).unwrap_or_default();
        let index = *seen.entry(text).or_insert_with(|| {
            antwoorden.push(answer);
            antwoorden.len() - 1
        });
        keuzes.insert(format!("{}|{}", route.criterium.id, route.domein.id), index);
    }
    let group = |label, niveau| ChoiceGroup {
        label,
        keuzes: w
            .domeinen
            .iter()
            .filter(|d| d.niveau == niveau)
            .map(|d| choice(&d.id, &d.naam))
            .collect(),
    };
    Some(WegwijzerView {
        criteria: w.criteria.iter().map(|c| choice(&c.id, &c.naam)).collect(),
        domeinen: vec![
            group("Vlaamse materies", Niveau::Vlaams),
            group("Federale materies", Niveau::Federaal),
        ],
        antwoorden,
        keuzes_json: serde_json::to_string(&keuzes)
            .unwrap_or_else(|_| "{}".into())
            .replace('<', "\\u003c"),
    })
}

fn answer_view(w: &Wegwijzer, a: &crate::route::Answer) -> Answer {
    let r = a.route.regel;
    Answer {
        orgaan: w.organen.iter().find(|o| o.id == r.orgaan).map(organ_view),
        uitleg: plain_text(&r.toelichting),
        bron: source(&r.bron, &r.herzien),
        open: a.open.iter().map(|v| turn(v, String::new())).collect(),
        eerst: a
            .turns()
            .iter()
            .filter_map(|n| {
                let other = n.instead?;
                let to = other
                    .orgaan
                    .map_or("geen gelijkheidsorgaan aangewezen", |o| &o.naam);
                Some(turn(n.voorbehoud, format!("{to} ({})", other.domein.naam)))
            })
            .collect(),
        let_op: a
            .remarks()
            .iter()
            .map(|n| turn(n.voorbehoud, String::new()))
            .collect(),
    }
}

fn turn(v: &Voorbehoud, dan: String) -> Turn {
    Turn {
        tekst: plain_text(&v.tekst),
        dan,
        bron: source(&v.bron, &v.herzien),
    }
}

fn choice(id: &str, naam: &str) -> Choice {
    Choice {
        id: id.to_string(),
        naam: naam.to_string(),
    }
}
