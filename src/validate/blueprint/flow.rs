//! Rules on the blueprint as a whole: phase order (B010), empty phases (B011), a
//! referral with feedback after it (B005, B006), promises kept (B007), and every barrier
//! answered (B008).

use std::collections::BTreeSet;

use super::Doc;
use crate::diagnostics::Diagnostic;
use crate::model::blueprint::Kenmerk;
use crate::validate::common::Known;

/// B010: steps follow the order of the phases.
pub(super) fn check_phase_order(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    let rank = |id: &str| bp.fasen.iter().position(|f| f.id == id);
    let mut highest = 0;
    for (i, step) in bp.stappen.iter().enumerate() {
        let Some(r) = rank(&step.fase) else { continue };
        if r < highest {
            out.push(
                doc.at_value("B010", &format!("stappen[{i}].fase"), format!("de stap `{}` hoort bij een eerdere fase dan de stap ervoor", step.id))
                    .with_help("zet de stappen in de volgorde van de fasen; het schema leest van links naar rechts"),
            );
        }
        highest = highest.max(r);
    }
}

/// B011: every phase has at least one step.
pub(super) fn check_empty_phases(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    for (i, phase) in bp.fasen.iter().enumerate() {
        if !bp.stappen.iter().any(|s| s.fase == phase.id) {
            out.push(
                doc.at_value(
                    "B011",
                    &format!("fasen[{i}].id"),
                    format!("de fase `{}` heeft geen stappen", phase.id),
                )
                .with_help("voeg een stap toe met deze `fase:`, of schrap de fase"),
            );
        }
    }
}

/// B005 and B006: a referral to an equality body, and feedback to the melder after it.
pub(super) fn check_referral(doc: &Doc, known: &Known, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    let is_equality = |id: &String| known.gelijkheidsorganen.contains(id);
    let first = bp.stappen.iter().position(|s| {
        s.doorverwijzing
            .as_ref()
            .is_some_and(|d| d.naar.iter().any(is_equality))
    });
    let Some(first) = first else {
        if known.organen.is_some() {
            out.push(
                doc.at_key("B005", "stappen", "geen enkele stap verwijst door naar een gelijkheidsorgaan")
                    .with_help("voeg een stap toe met `doorverwijzing: {naar: [vmri, unia, igvm], toestemming: true, warm: …}`"),
            );
        }
        return;
    };
    let feedback_after = bp.stappen[first..]
        .iter()
        .any(|s| s.kenmerken.contains(&Kenmerk::Terugkoppeling));
    if !feedback_after {
        out.push(
            doc.at_value(
                "B006",
                &format!("stappen[{first}].doorverwijzing"),
                "na deze doorverwijzing krijgt de melder geen terugkoppeling",
            )
            .with_help("voeg na de doorverwijzing een stap toe met `kenmerken: [terugkoppeling]`"),
        );
    }
}

/// B007: what the model promises, a step delivers.
pub(super) fn check_promises(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    for (i, promise) in bp.belooft.iter().enumerate() {
        let kept = bp.stappen.iter().any(|s| match promise {
            Kenmerk::WarmeOverdracht => s.doorverwijzing.as_ref().is_some_and(|d| d.warm),
            other => s.kenmerken.contains(other),
        });
        if !kept {
            let (name, fix) = promise_words(*promise);
            out.push(
                doc.at_value(
                    "B007",
                    &format!("belooft[{i}]"),
                    format!("het model belooft {name}, maar geen enkele stap maakt dat waar"),
                )
                .with_help(fix),
            );
        }
    }
}

fn promise_words(promise: Kenmerk) -> (&'static str, &'static str) {
    match promise {
        Kenmerk::Nazorg => (
            "nazorg",
            "voeg een stap toe met `kenmerken: [nazorg]`, of schrap de belofte",
        ),
        Kenmerk::Terugkoppeling => (
            "terugkoppeling",
            "voeg een stap toe met `kenmerken: [terugkoppeling]`, of schrap de belofte",
        ),
        Kenmerk::Registratie => (
            "registratie",
            "voeg een stap toe met `kenmerken: [registratie]`, of schrap de belofte",
        ),
        Kenmerk::WarmeOverdracht => (
            "een warme overdracht",
            "zet `warm: true` op een doorverwijzing, of schrap de belofte",
        ),
    }
}

/// B008 (warning): every barrier is answered by at least one step.
pub(super) fn check_barrier_coverage(doc: &Doc, known: &Known, out: &mut Vec<Diagnostic>) {
    let Some(barriers) = &known.drempels else {
        return;
    };
    let answered: BTreeSet<&str> = doc
        .value
        .stappen
        .iter()
        .flat_map(|s| s.drempels.iter().map(String::as_str))
        .collect();
    for barrier in &barriers.ids {
        if !answered.contains(barrier.as_str()) {
            out.push(
                doc.at_key(
                    "B008",
                    "stappen",
                    format!("geen stap beantwoordt de drempel `{barrier}`"),
                )
                .with_help(format!(
                    "voeg `{barrier}` toe aan `drempels:` van de stap die deze drempel wegneemt"
                )),
            );
        }
    }
}
