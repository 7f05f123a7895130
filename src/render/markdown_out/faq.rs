//! The FAQ grouped by audience, in the order of the reference audiences; a question for
//! several audiences appears under each of them.

use super::names::Names;
use super::text::{Blocks, dutch_date};
use crate::load::Workspace;
use crate::model::faq::Vraag;

pub const TITLE: &str = "Veelgestelde vragen";

pub fn page(ws: &Workspace, names: &Names) -> String {
    let vragen: Vec<&Vraag> = ws.faq.iter().flat_map(|f| &f.value.vragen).collect();
    let mut out = Blocks::default();
    out.heading(1, TITLE);
    out.push("De vragen staan per doelgroep. Een vraag voor meer dan één doelgroep staat onder elk ervan.");
    for doelgroep in audiences(ws, &vragen) {
        out.heading(2, names.doelgroep(&doelgroep));
        for vraag in vragen.iter().filter(|v| v.doelgroepen.contains(&doelgroep)) {
            out.heading(3, &vraag.vraag);
            out.push(&vraag.antwoord);
            out.push(format!("Laatst nagekeken: {}", dutch_date(&vraag.herzien)));
        }
    }
    out.finish()
}

/// The reference audiences in order, then any audience only a question names.
fn audiences(ws: &Workspace, vragen: &[&Vraag]) -> Vec<String> {
    let mut ids: Vec<String> = ws
        .reference
        .doelgroepen
        .iter()
        .flat_map(|l| l.value.doelgroepen.iter().map(|d| d.id.clone()))
        .collect();
    for id in vragen.iter().flat_map(|v| &v.doelgroepen) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}
