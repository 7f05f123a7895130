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
                crate::t!(
                    "de stap `{}` beschrijft niet wat de melder doet of ervaart",
                    "the step `{}` does not describe what the reporter does or experiences",
                    step.id
                ),
            )
            .with_help(crate::t!(
                "voeg `melder:` toe: elke stap vertrekt vanuit de melder",
                "add `melder:`: every step starts from the reporter"
            )),
        );
    }
    for (j, fail) in step.faalpunten.iter().enumerate() {
        if fail.opvang.as_deref().is_none_or(|o| o.trim().is_empty()) {
            out.push(
                doc.at_value(
                    "B004",
                    &format!("{at}.faalpunten[{j}].risico"),
                    crate::t!(
                        "dit faalpunt heeft geen opvang",
                        "this fail point has no mitigation"
                    ),
                )
                .with_help(crate::t!(
                    "voeg `opvang:` toe: hoe voorkomt of herstelt de dienst dit?",
                    "add `opvang:`: how does the service prevent or repair this?"
                )),
            );
        }
    }
    if let Some(referral) = &step.doorverwijzing
        && !referral.toestemming
    {
        out.push(
            doc.at_value(
                "B009",
                &format!("{at}.doorverwijzing.toestemming"),
                crate::t!(
                    "deze doorverwijzing gebeurt zonder toestemming van de melder",
                    "this referral happens without the reporter's consent"
                ),
            )
            .with_help(crate::t!(
                "verwijs alleen door met toestemming: zet `toestemming: true` en beschrijf hoe je ze vraagt",
                "refer only with consent: set `toestemming: true` and describe how you ask for it"
            )),
        );
    }
}
