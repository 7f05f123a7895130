//! The diagram's `<desc>`: in one paragraph, what a sighted reader takes in at a glance.

use crate::model::blueprint::{Blueprint, Doorverwijzing, Stap};
use crate::render::names::Labels;

pub fn summary(bp: &Blueprint, labels: &Labels) -> String {
    let phases: Vec<String> = bp
        .fasen
        .iter()
        .map(|f| {
            let steps = bp.stappen.iter().filter(|s| s.fase == f.id).count();
            format!("{} ({})", f.naam, count(steps, "stap", "stappen"))
        })
        .collect();
    let fail: usize = bp.stappen.iter().map(|s| s.faalpunten.len()).sum();
    let wait = bp.stappen.iter().filter(|s| s.wachtpunt.is_some()).count();
    let sentences = [
        format!(
            "{} in {} en {}, van links naar rechts in de tijd: {}.",
            bp.titel,
            count(bp.fasen.len(), "fase", "fasen"),
            count(bp.stappen.len(), "stap", "stappen"),
            join(&phases),
        ),
        "De rijen zijn: fysiek bewijs, melder, zichtbaar voor de melder, achter de schermen en \
         ondersteuning, gescheiden door de lijn van interactie, de zichtbaarheidslijn en \
         de lijn van interne interactie."
            .to_string(),
        referrals(bp, labels),
        format!(
            "Gemarkeerd: {} en {}.",
            count(fail, "faalpunt", "faalpunten"),
            count(wait, "wachtpunt", "wachtpunten"),
        ),
    ];
    sentences.join(" ")
}

/// Where the referrals happen and to whom, one sentence per referring step.
fn referrals(bp: &Blueprint, labels: &Labels) -> String {
    let sentences: Vec<String> = bp
        .stappen
        .iter()
        .filter_map(|stap| Some(referral(bp, stap, labels, stap.doorverwijzing.as_ref()?)))
        .collect();
    if sentences.is_empty() {
        return "Er is geen doorverwijzing.".to_string();
    }
    sentences.join(" ")
}

fn referral(bp: &Blueprint, stap: &Stap, labels: &Labels, verwijzing: &Doorverwijzing) -> String {
    let fase = bp.fasen.iter().find(|f| f.id == stap.fase);
    let naar: Vec<String> = verwijzing
        .naar
        .iter()
        .map(|id| labels.orgaan_kort(id).to_string())
        .collect();
    format!(
        "Doorverwijzing in de stap {} (fase {}): {}, naar {}.",
        stap.titel,
        fase.map_or(stap.fase.as_str(), |f| f.naam.as_str()),
        if verwijzing.warm {
            "met warme overdracht"
        } else {
            "zonder warme overdracht"
        },
        join(&naar),
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a, b en c", as a Dutch sentence lists things.
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}
