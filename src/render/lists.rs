//! Views of the list-like content: FAQ, the 8 B's, reference tables, the search index.

use super::assemble::{md, plain};
use super::names::Names;
use super::search::{Entry, sections};
use super::views::*;
use crate::load::Workspace;
use crate::validate::Date;

pub fn dutch_date(text: &str) -> String {
    Date::parse(text).map_or_else(|| text.to_string(), |d| d.dutch())
}

pub fn faq(ws: &Workspace, names: &Names) -> FaqPage {
    let audiences = ws
        .reference
        .doelgroepen
        .as_ref()
        .map(|l| l.value.doelgroepen.clone())
        .unwrap_or_default();
    let groepen = audiences
        .iter()
        .map(|a| FaqGroup {
            id: format!("voor-{}", a.id),
            naam: a.naam.clone(),
            vragen: ws
                .faq
                .iter()
                .flat_map(|f| f.value.vragen.iter().map(move |v| (&f.value.thema, v)))
                .filter(|(_, v)| v.doelgroepen.contains(&a.id))
                .map(|(thema, v)| FaqEntry {
                    thema: thema.clone(),
                    anchor: format!("{}-{}", a.id, v.id),
                    vraag: v.vraag.clone(),
                    antwoord_html: md(&v.antwoord),
                    organen: Names::join(&names.organen, &v.organen),
                    herzien: dutch_date(&v.herzien),
                })
                .collect(),
        })
        .filter(|g| !g.vragen.is_empty())
        .collect();
    FaqPage { groepen }
}

pub fn checklist(ws: &Workspace, names: &Names) -> Option<(String, ChecklistPage)> {
    let c = &ws.checklist.as_ref()?.value;
    let criteria = c
        .criteria
        .iter()
        .map(|b| ChecklistB {
            id: b.id.clone(),
            naam: b.naam.clone(),
            beschrijving_html: md(&b.beschrijving),
            drempels: Names::join(&names.drempels, &b.drempels),
            punten: b
                .controlepunten
                .iter()
                .enumerate()
                .map(|(i, p)| Link {
                    label: p.clone(),
                    href: format!("{}-{}", b.id, i + 1),
                    uitleg: String::new(),
                })
                .collect(),
        })
        .collect();
    Some((
        c.titel.clone(),
        ChecklistPage {
            status: c.status.clone(),
            toelichting_html: md(&c.toelichting),
            criteria,
        },
    ))
}

/// One entry per step, section, question and B.
pub fn search_entries(ws: &Workspace) -> Vec<Entry> {
    let mut entries = Vec::new();
    let entry = |t: &str, s: &str, u: String, x: String| Entry {
        t: t.to_string(),
        s: s.to_string(),
        u,
        x,
    };
    for bp in &ws.blueprints {
        let bp = &bp.value;
        for s in &bp.stappen {
            let text = [
                s.melder.clone().unwrap_or_default(),
                s.frontstage
                    .as_ref()
                    .map(|a| a.actie.clone())
                    .unwrap_or_default(),
                s.backstage
                    .as_ref()
                    .map(|a| a.actie.clone())
                    .unwrap_or_default(),
            ]
            .join(" ");
            entries.push(entry(
                &bp.titel,
                &s.titel,
                format!("blauwdrukken/{}.html#stap-{}", bp.model, s.id),
                text,
            ));
        }
    }
    let documents = ws
        .charter
        .iter()
        .map(|c| ("charter.html", c))
        .chain(ws.playbook.iter().map(|c| ("draaiboek.html", c)));
    for (page, doc) in documents {
        for (id, title, body) in sections(&doc.value) {
            let anchor = if id.is_empty() {
                String::new()
            } else {
                format!("#{id}")
            };
            entries.push(entry(
                &doc.value.meta.titel,
                &title,
                format!("{page}{anchor}"),
                plain(&body),
            ));
        }
    }
    for f in &ws.faq {
        for v in &f.value.vragen {
            let first = v.doelgroepen.first().cloned().unwrap_or_default();
            entries.push(entry(
                "Veelgestelde vragen",
                &v.vraag,
                format!("faq.html#{first}-{}", v.id),
                plain(&v.antwoord),
            ));
        }
    }
    if let Some(c) = &ws.checklist {
        for b in &c.value.criteria {
            entries.push(entry(
                &c.value.titel,
                &b.naam,
                format!("8bs.html#b-{}", b.id),
                format!("{} {}", plain(&b.beschrijving), b.controlepunten.join(" ")),
            ));
        }
    }
    entries
}
