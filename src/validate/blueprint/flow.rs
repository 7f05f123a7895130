//! Rules on the blueprint as a whole: phase order (B010), empty phases (B011), a
//! referral with feedback after it (B005, B006), promises kept (B007), and every barrier
//! answered (B008).

use std::collections::BTreeSet;

use super::Doc;
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
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
                doc.at_value(
                    "B010",
                    &format!("stappen[{i}].fase"),
                    crate::t!(
                        "de stap `{}` hoort bij een eerdere fase dan de stap ervoor",
                        "the step `{}` belongs to an earlier phase than the step before it",
                        step.id
                    ),
                )
                .with_help(crate::t!(
                    "zet de stappen in de volgorde van de fasen; het schema leest van links naar rechts",
                    "put the steps in the order of the phases; the blueprint reads from left to right"
                )),
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
                    crate::t!(
                        "de fase `{}` heeft geen stappen",
                        "the phase `{}` has no steps",
                        phase.id
                    ),
                )
                .with_help(crate::t!(
                    "voeg een stap toe met deze `fase:`, of schrap de fase",
                    "add a step with this `fase:`, or delete the phase"
                )),
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
                doc.at_key(
                    "B005",
                    "stappen",
                    crate::t!(
                        "geen enkele stap verwijst door naar een gelijkheidsorgaan",
                        "no step refers to an equality body"
                    ),
                )
                .with_help(crate::t!(
                    "voeg een stap toe met `doorverwijzing: {{naar: [vmri, unia, igvm], toestemming: true, warm: …}}`",
                    "add a step with `doorverwijzing: {{naar: [vmri, unia, igvm], toestemming: true, warm: …}}`"
                )),
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
                crate::t!(
                    "na deze doorverwijzing krijgt de melder geen terugkoppeling",
                    "after this referral the reporter gets no feedback"
                ),
            )
            .with_help(crate::t!(
                "voeg na de doorverwijzing een stap toe met `kenmerken: [terugkoppeling]`",
                "after the referral, add a step with `kenmerken: [terugkoppeling]`"
            )),
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
                    Text::new(
                        format!(
                            "het model belooft {}, maar geen enkele stap maakt dat waar",
                            name.nl
                        ),
                        format!("the model promises {}, but no step delivers it", name.en),
                    ),
                )
                .with_help(fix),
            );
        }
    }
}

/// The name of a promise and how to keep it, in both languages.
fn promise_words(promise: Kenmerk) -> (Text, Text) {
    let step_with = |kenmerk: &str| {
        crate::t!(
            "voeg een stap toe met `kenmerken: [{kenmerk}]`, of schrap de belofte",
            "add a step with `kenmerken: [{kenmerk}]`, or delete the promise"
        )
    };
    match promise {
        Kenmerk::Nazorg => (Text::new("nazorg", "aftercare"), step_with("nazorg")),
        Kenmerk::Terugkoppeling => (
            Text::new("terugkoppeling", "feedback"),
            step_with("terugkoppeling"),
        ),
        Kenmerk::Registratie => (
            Text::new("registratie", "registration"),
            step_with("registratie"),
        ),
        Kenmerk::WarmeOverdracht => (
            Text::new("een warme overdracht", "a warm handover"),
            crate::t!(
                "zet `warm: true` op een doorverwijzing, of schrap de belofte",
                "set `warm: true` on a referral, or delete the promise"
            ),
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
                    crate::t!(
                        "geen stap beantwoordt de drempel `{barrier}`",
                        "no step answers the barrier `{barrier}`"
                    ),
                )
                .with_help(crate::t!(
                    "voeg `{barrier}` toe aan `drempels:` van de stap die deze drempel wegneemt",
                    "add `{barrier}` to `drempels:` of the step that removes this barrier"
                )),
            );
        }
    }
}
