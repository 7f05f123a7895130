//! The interactive wegwijzer: two questions with nothing chosen, and one answer per
//! competence rule, rendered at build time and kept hidden; `assets/wegwijzer.js` only
//! shows the answer that the two choices lead to, so nothing in the data runs as code.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Context;
use super::reference::{OrganView, Source, organ_view, source};
use crate::model::reference::{Niveau, Regel};
use crate::render::html::plain_text;
use crate::route::Wegwijzer;

#[derive(Debug, Clone, Serialize)]
pub struct WegwijzerView {
    pub criteria: Vec<Choice>,
    /// The domains by level, so the reader sees which matters are Flemish.
    pub domeinen: Vec<ChoiceGroup>,
    pub antwoorden: Vec<Answer>,
    /// `criterium|niveau` → index in `antwoorden`, for the script.
    pub keuzes_json: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub naam: String,
    /// For a domain: its level (`vlaams`, `federaal`), which picks the answer.
    pub niveau: &'static str,
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
}

pub fn view(cx: &Context) -> Option<WegwijzerView> {
    let w = Wegwijzer::from(&cx.ws.reference)?;
    let mut rules: Vec<&Regel> = Vec::new();
    let mut keuzes = BTreeMap::new();
    for route in w.all() {
        let index = match rules.iter().position(|r| std::ptr::eq(*r, route.regel)) {
            Some(i) => i,
            None => {
                rules.push(route.regel);
                rules.len() - 1
            }
        };
        let key = format!("{}|{}", route.criterium.id, level_id(route.domein.niveau));
        keuzes.entry(key).or_insert(index);
    }
    let antwoorden = rules
        .iter()
        .map(|r| Answer {
            orgaan: w.organen.iter().find(|o| o.id == r.orgaan).map(organ_view),
            uitleg: plain_text(&r.toelichting),
            bron: source(&r.bron, &r.herzien),
        })
        .collect();
    let group = |label, niveau| ChoiceGroup {
        label,
        keuzes: w
            .domeinen
            .iter()
            .filter(|d| d.niveau == niveau)
            .map(|d| choice(&d.id, &d.naam, level_id(d.niveau)))
            .collect(),
    };
    Some(WegwijzerView {
        criteria: w
            .criteria
            .iter()
            .map(|c| choice(&c.id, &c.naam, ""))
            .collect(),
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

fn choice(id: &str, naam: &str, niveau: &'static str) -> Choice {
    Choice {
        id: id.to_string(),
        naam: naam.to_string(),
        niveau,
    }
}

fn level_id(niveau: Niveau) -> &'static str {
    match niveau {
        Niveau::Vlaams => "vlaams",
        Niveau::Federaal => "federaal",
    }
}
