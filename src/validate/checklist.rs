//! Rules for the 8 B's checklist (codes C…): eight criteria, each a B, covering every barrier.

use super::Context;
use super::common::check_refs;
use super::ids::check_ids;
use crate::diagnostics::Diagnostic;
use crate::load::Workspace;

/// Each criterion needs at least this many check items to be scorable.
const MIN_CHECKS: usize = 3;

pub fn check_all(ctx: &Context, workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    let Some(doc) = &workspace.checklist else {
        return;
    };
    let criteria = &doc.value.criteria;
    check_ids(
        doc,
        "criteria",
        "B",
        criteria.iter().map(|b| b.id.as_str()),
        out,
    );
    if criteria.len() != 8 {
        out.push(
            doc.at_key(
                "C001",
                "criteria",
                crate::t!(
                    "de checklist heeft {} B's in plaats van acht",
                    "the checklist has {} B's instead of eight",
                    criteria.len()
                ),
            )
            .with_help(crate::t!(
                "hou er precies acht over: voeg twee B's samen, schrap er een of vul aan",
                "keep exactly eight: merge two B's, delete one or add one"
            )),
        );
    }
    for (i, b) in criteria.iter().enumerate() {
        let at = format!("criteria[{i}]");
        if !b.naam.starts_with('B') {
            out.push(
                doc.at_value(
                    "C002",
                    &format!("{at}.naam"),
                    crate::t!(
                        "`{}` begint niet met een B",
                        "`{}` does not start with a B",
                        b.naam
                    ),
                )
                .with_help(crate::t!(
                    "elke B is een B-woord, zoals Bereikbaar of Betrouwbaar",
                    "each B is a Dutch word starting with B, such as Bereikbaar or Betrouwbaar"
                )),
            );
        }
        if b.controlepunten.len() < MIN_CHECKS {
            out.push(
                doc.at_key("C004", &format!("{at}.controlepunten"), {
                    let (naam, n) = (&b.naam, b.controlepunten.len());
                    let (nl, en) = (
                        count(n, "controlepunt", "controlepunten"),
                        count(n, "check item", "check items"),
                    );
                    crate::t!(
                        "`{naam}` heeft maar {nl}; er zijn er minstens {MIN_CHECKS} nodig",
                        "`{naam}` has only {en}; it needs at least {MIN_CHECKS}"
                    )
                })
                .with_help(crate::t!(
                    "schrijf concrete uitspraken die een meldpunt met ja of nee kan beantwoorden",
                    "write concrete statements a contact point can answer with yes or no"
                )),
            );
        }
        check_refs(
            doc,
            &format!("{at}.drempels"),
            ctx.known.drempels.as_ref(),
            &b.drempels,
            out,
        );
    }
    let Some(barriers) = &ctx.known.drempels else {
        return;
    };
    for barrier in &barriers.ids {
        if !criteria.iter().any(|b| b.drempels.contains(barrier)) {
            out.push(
                doc.at_key(
                    "C003",
                    "criteria",
                    crate::t!(
                        "geen enkele B beantwoordt de drempel `{barrier}`",
                        "no B answers the barrier `{barrier}`"
                    ),
                )
                .with_help(crate::t!(
                    "voeg `{barrier}` toe aan `drempels:` van de B die hem wegneemt",
                    "add `{barrier}` to `drempels:` of the B that removes it"
                )),
            );
        }
    }
}

/// "1 controlepunt", "2 controlepunten"; "1 check item", "2 check items".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
