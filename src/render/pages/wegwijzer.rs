//! The interactive wegwijzer: two choices and every answer, computed at build time and
//! shown by `assets/wegwijzer.js`.

use serde::Serialize;

use super::reference::web_address;
use crate::load::Reference;
use crate::model::reference::{Domein, Niveau};
use crate::render::html::plain_text;
use crate::route::Wegwijzer;

#[derive(Debug, Clone, Serialize)]
pub struct WegwijzerView {
    pub criteria: Vec<Choice>,
    pub domeinen: Vec<Choice>,
    pub answers_json: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub naam: String,
    /// For a domain: its level (`vlaams`, `federaal`), which picks the answer.
    pub niveau: String,
}

/// The answer for every criterion at every level, as JSON keyed `criterium|niveau`, for
/// assets/wegwijzer.js: a domain only decides the level, so the data grows with criteria
/// × levels, not criteria × domains.
pub fn view(reference: &Reference) -> Option<WegwijzerView> {
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
                "uitleg": plain_text(&route.regel.toelichting),
                "bron": route.regel.bron,
                "herzien": crate::route::checked(&route.regel.herzien),
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
