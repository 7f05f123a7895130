//! One step of a blueprint: its title as `###` and a compact list of what happens in
//! each lane and what the step needs, risks and promises.

use super::names::Names;
use super::text::{bullet, dutch_list, item, one_line};
use crate::model::blueprint::{Actie, Blueprint, Doorverwijzing, Stap, Status};

pub fn section(bp: &Blueprint, stap: &Stap, names: &Names) -> String {
    let mut lines = Vec::new();
    add(
        &mut lines,
        "Melder",
        stap.melder.as_deref().unwrap_or_default(),
    );
    add(
        &mut lines,
        "Frontstage",
        &actie(bp, stap.frontstage.as_ref()),
    );
    add(&mut lines, "Backstage", &actie(bp, stap.backstage.as_ref()));
    add(
        &mut lines,
        "Ondersteuning",
        &actie(bp, stap.ondersteuning.as_ref()),
    );
    add(&mut lines, "Fysiek bewijs", &stap.bewijs.join("; "));
    add(
        &mut lines,
        "Kanalen",
        &named(&stap.kanalen, |id| names.kanaal(id)),
    );
    // Barrier names hold commas and "en" ("Stigma, schaamte en onbegrip"): `;` keeps them apart.
    let drempels: Vec<&str> = stap.drempels.iter().map(|id| names.drempel(id)).collect();
    add(&mut lines, "Drempels", &drempels.join("; "));
    lines.extend(nodig(stap, names));
    lines.extend(faalpunten(stap));
    add(
        &mut lines,
        "Wachtpunt",
        stap.wachtpunt.as_deref().unwrap_or_default(),
    );
    if let Some(verwijzing) = &stap.doorverwijzing {
        add(&mut lines, "Doorverwijzing", &referral(verwijzing, names));
    }
    add(&mut lines, "Status", status(stap.status));
    format!("### {}\n\n{}", one_line(&stap.titel), lines.join("\n"))
}

/// Adds `- **label:** text` unless the field is empty.
fn add(lines: &mut Vec<String>, label: &str, text: &str) {
    if !text.trim().is_empty() {
        lines.push(item(label, text));
    }
}

/// `Naam van de actor: actie`; an unknown actor shows its id.
fn actie(bp: &Blueprint, actie: Option<&Actie>) -> String {
    let Some(actie) = actie else {
        return String::new();
    };
    let actor = bp.actoren.iter().find(|a| a.id == actie.actor);
    let naam = actor.map_or(actie.actor.as_str(), |a| a.naam.as_str());
    format!("{naam}: {}", actie.actie.trim())
}

fn named<'a>(ids: &'a [String], name: impl Fn(&'a str) -> &'a str) -> String {
    let names: Vec<&str> = ids.iter().map(|id| name(id)).collect();
    dutch_list(&names)
}

fn nodig(stap: &Stap, names: &Names) -> Option<String> {
    let entries = stap.nodig.entries();
    if entries.is_empty() {
        return None;
    }
    let mut lines = vec!["- **Nodig per kwaliteitsdimensie:**".to_string()];
    for (id, text) in entries {
        lines.push(bullet(
            &format!("{}: {}", names.dimensie(id), text.trim()),
            "  ",
        ));
    }
    Some(lines.join("\n"))
}

fn faalpunten(stap: &Stap) -> Option<String> {
    if stap.faalpunten.is_empty() {
        return None;
    }
    let mut lines = vec!["- **Faalpunten:**".to_string()];
    for punt in &stap.faalpunten {
        let text = match punt.opvang.as_deref() {
            Some(opvang) => format!("{} → {}", punt.risico.trim(), opvang.trim()),
            None => format!("{} → (nog geen opvang beschreven)", punt.risico.trim()),
        };
        lines.push(bullet(&text, "  "));
    }
    Some(lines.join("\n"))
}

/// `naar A en B; met toestemming van de melder; warme overdracht.` and the explanation.
fn referral(verwijzing: &Doorverwijzing, names: &Names) -> String {
    let organen = named(&verwijzing.naar, |id| names.orgaan(id));
    let consent = if verwijzing.toestemming {
        "met toestemming van de melder"
    } else {
        "zonder toestemming van de melder"
    };
    let warm = if verwijzing.warm {
        "warme overdracht"
    } else {
        "geen warme overdracht"
    };
    let line = format!("naar {organen}; {consent}; {warm}.");
    match verwijzing.toelichting.trim() {
        "" => line,
        toelichting => format!("{line} {toelichting}"),
    }
}

fn status(status: Status) -> &'static str {
    match status {
        Status::Getest => "getest in de piloot",
        Status::Voorgesteld => "voorgesteld, nog niet getest in de piloot",
    }
}
