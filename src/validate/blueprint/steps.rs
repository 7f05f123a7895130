//! Rules on each step: its actors and references (V002), a melder action (B003), a
//! mitigation for each fail point (B004), and consent for a referral (B009).

use super::Doc;
use crate::diagnostics::Diagnostic;
use crate::model::blueprint::Stap;
use crate::validate::common::{Known, Names, check_refs};

pub(super) fn check_step_actors(
    doc: &Doc,
    at: &str,
    step: &Stap,
    actors: &Names,
    out: &mut Vec<Diagnostic>,
) {
    let lanes = [
        ("frontstage", &step.frontstage),
        ("backstage", &step.backstage),
        ("ondersteuning", &step.ondersteuning),
    ];
    for (lane, action) in lanes {
        if let Some(action) = action {
            actors.check(doc, &format!("{at}.{lane}.actor"), &action.actor, out);
        }
    }
}

pub(super) fn check_step_references(
    doc: &Doc,
    at: &str,
    step: &Stap,
    known: &Known,
    out: &mut Vec<Diagnostic>,
) {
    let lists = [
        (&known.drempels, "drempels", &step.drempels),
        (&known.kanalen, "kanalen", &step.kanalen),
    ];
    for (names, field, values) in lists {
        check_refs(doc, &format!("{at}.{field}"), names.as_ref(), values, out);
    }
    if let Some(referral) = &step.doorverwijzing {
        check_refs(
            doc,
            &format!("{at}.doorverwijzing.naar"),
            known.organen.as_ref(),
            &referral.naar,
            out,
        );
    }
}

/// B003, B004, B009: each step has a melder action, each fail point a mitigation, and a
/// referral happens only with consent.
pub(super) fn check_step_content(doc: &Doc, at: &str, step: &Stap, out: &mut Vec<Diagnostic>) {
    if step.melder.as_deref().is_none_or(|m| m.trim().is_empty()) {
        out.push(
            doc.at_key(
                "B003",
                &format!("{at}.id"),
                format!(
                    "de stap `{}` beschrijft niet wat de melder doet of ervaart",
                    step.id
                ),
            )
            .with_help("voeg `melder:` toe: elke stap vertrekt vanuit de melder"),
        );
    }
    for (j, fail) in step.faalpunten.iter().enumerate() {
        if fail.opvang.as_deref().is_none_or(|o| o.trim().is_empty()) {
            out.push(
                doc.at_value(
                    "B004",
                    &format!("{at}.faalpunten[{j}].risico"),
                    "dit faalpunt heeft geen opvang",
                )
                .with_help("voeg `opvang:` toe: hoe voorkomt of herstelt de dienst dit?"),
            );
        }
    }
    if let Some(referral) = &step.doorverwijzing
        && !referral.toestemming
    {
        out.push(
                doc.at_value("B009", &format!("{at}.doorverwijzing.toestemming"), "deze doorverwijzing gebeurt zonder toestemming van de melder")
                    .with_help("verwijs alleen door met toestemming: zet `toestemming: true` en beschrijf hoe je ze vraagt"),
            );
    }
}
