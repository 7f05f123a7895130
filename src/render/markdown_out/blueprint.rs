//! One service blueprint as a Markdown page: the model, what it promises, then every
//! phase with its steps in file order.

use super::names::Names;
use super::step;
use super::text::{Blocks, bullet, dutch_list, item};
use crate::model::blueprint::{Blueprint, Kenmerk, Rol};

/// The page title, also used for links to the page.
pub fn title(bp: &Blueprint) -> String {
    format!("Blauwdruk: {}", bp.titel)
}

pub fn page(bp: &Blueprint, names: &Names) -> String {
    let mut out = Blocks::default();
    out.heading(1, &title(bp));
    out.push(facts(bp));
    out.push(&bp.samenvatting);
    if !bp.belooft.is_empty() {
        out.heading(2, "Wat dit model de melder belooft");
        let promises: Vec<String> = bp.belooft.iter().map(|k| bullet(kenmerk(*k), "")).collect();
        out.push(promises.join("\n"));
    }
    for (number, fase) in bp.fasen.iter().enumerate() {
        out.heading(2, &format!("Fase {}: {}", number + 1, fase.naam));
        if !fase.vraagt.trim().is_empty() {
            out.push(format!(
                "**Wat deze fase van het lokaal bestuur vraagt:** {}",
                fase.vraagt.trim()
            ));
        }
        for stap in bp.stappen.iter().filter(|s| s.fase == fase.id) {
            out.push(step::section(bp, stap, names));
        }
    }
    // A step with an unknown phase is a validation error; show it rather than lose it.
    let stray: Vec<_> = bp
        .stappen
        .iter()
        .filter(|s| !bp.fasen.iter().any(|f| f.id == s.fase))
        .collect();
    if !stray.is_empty() {
        out.heading(2, "Stappen zonder gekende fase");
        stray
            .iter()
            .for_each(|stap| out.push(step::section(bp, stap, names)));
    }
    out.finish()
}

fn facts(bp: &Blueprint) -> String {
    let mut lines = Vec::new();
    if !bp.piloten.is_empty() {
        let piloten: Vec<&str> = bp.piloten.iter().map(String::as_str).collect();
        lines.push(item("Piloten", &dutch_list(&piloten)));
    }
    lines.push(item("Rol van het lokaal bestuur", rol(bp.rol)));
    lines.join("\n")
}

/// The roles as `docs/blueprints.md` explains them to the editors.
fn rol(rol: Rol) -> &'static str {
    match rol {
        Rol::Regisseur => {
            "regisseur (het bestuur regisseert een netwerk, maar neemt zelf geen meldingen af)"
        }
        Rol::RegisseurEnActor => "regisseur en actor (het bestuur regisseert en onthaalt ook zelf)",
    }
}

pub fn kenmerk(kenmerk: Kenmerk) -> &'static str {
    match kenmerk {
        Kenmerk::Terugkoppeling => "Terugkoppeling",
        Kenmerk::Nazorg => "Nazorg",
        Kenmerk::Registratie => "Registratie",
        Kenmerk::WarmeOverdracht => "Warme overdracht",
    }
}
