//! Caveats (`voorbehoud`) on reference items: each says something, and a `zie` names a
//! domain that exists (its source and review date are checked with the other facts).

use super::Context;
use crate::diagnostics::Diagnostic;
use crate::load::Loaded;
use crate::model::reference::Caveated;

/// V008 for a caveat without text, V002 for a `zie` that names no domain.
pub fn check<F, T: Caveated>(
    ctx: &Context,
    doc: &Loaded<F>,
    list: &str,
    items: &[T],
    out: &mut Vec<Diagnostic>,
) {
    for (i, item) in items.iter().enumerate() {
        for (j, caveat) in item.voorbehoud().iter().enumerate() {
            let at = format!("{list}[{i}].voorbehoud[{j}]");
            if caveat.tekst.trim().is_empty() {
                let message = crate::t!("het veld `tekst` is leeg", "the field `tekst` is empty");
                out.push(
                    Diagnostic::new(
                        "V008",
                        &doc.file,
                        doc.spans.key(&format!("{at}.tekst")),
                        message,
                    )
                    .with_help(crate::t!(
                        "schrijf wat de medewerker moet weten, of schrap het voorbehoud",
                        "write what the frontline worker needs to know, or remove the caveat"
                    )),
                );
            }
            if let (Some(zie), Some(domains)) = (&caveat.zie, &ctx.known.domeinen) {
                domains.check(doc, &format!("{at}.zie"), zie, out);
            }
        }
    }
}
