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
                format!(
                    "de checklist heeft {} B's in plaats van acht",
                    criteria.len()
                ),
            )
            .with_help("hou er precies acht over: voeg twee B's samen, schrap er een of vul aan"),
        );
    }
    for (i, b) in criteria.iter().enumerate() {
        let at = format!("criteria[{i}]");
        if !b.naam.starts_with('B') {
            out.push(
                doc.at_value(
                    "C002",
                    &format!("{at}.naam"),
                    format!("`{}` begint niet met een B", b.naam),
                )
                .with_help("elke B is een B-woord, zoals Bereikbaar of Betrouwbaar"),
            );
        }
        if b.controlepunten.len() < MIN_CHECKS {
            out.push(
                doc.at_key(
                    "C004",
                    &format!("{at}.controlepunten"),
                    format!(
                        "`{}` heeft maar {}; er zijn er minstens {MIN_CHECKS} nodig",
                        b.naam,
                        count(b.controlepunten.len(), "controlepunt", "controlepunten")
                    ),
                )
                .with_help(
                    "schrijf concrete uitspraken die een meldpunt met ja of nee kan beantwoorden",
                ),
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
                    format!("geen enkele B beantwoordt de drempel `{barrier}`"),
                )
                .with_help(format!(
                    "voeg `{barrier}` toe aan `drempels:` van de B die hem wegneemt"
                )),
            );
        }
    }
}

/// "1 controlepunt", "2 controlepunten".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
