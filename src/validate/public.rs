//! H001: what a public page needs and the content does not give. The reader gets a calm
//! sentence (the page never shows a field name); the editor gets this warning.

use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
use crate::t;

pub fn check_all(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    check_manifest(workspace, out);
    check_bodies(workspace, out);
}

/// The accessibility statement needs a contact and a date.
fn check_manifest(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    let Some(manifest) = &workspace.manifest else {
        return;
    };
    if manifest.value.contact_toegankelijkheid.trim().is_empty() {
        out.push(
            manifest
                .at_key("H001", "contact_toegankelijkheid", t!(
                    "de toegankelijkheidsverklaring noemt geen contact: `contact_toegankelijkheid` is leeg",
                    "the accessibility statement names no contact: `contact_toegankelijkheid` is empty"
                ))
                .with_help(t!(
                    "zeg waar bezoekers een probleem met de toegankelijkheid melden, bijvoorbeeld `contact_toegankelijkheid: het onthaal van de dienst Gelijke Kansen`; tot dan zegt de verklaring dat het contact nog volgt",
                    "say where visitors report an accessibility problem, for example `contact_toegankelijkheid: the front desk of the equal opportunities service`; until then the statement says the contact is still to come"
                )),
        );
    }
    if manifest.value.datum.trim().is_empty() {
        out.push(
            manifest
                .at_key("H001", "datum", t!(
                    "de toegankelijkheidsverklaring heeft geen datum: `datum` is leeg",
                    "the accessibility statement has no date: `datum` is empty"
                ))
                .with_help(t!(
                    "geef de datum van deze uitgave van het handboek, zoals `datum: 2026-11-29`; tot dan zegt de verklaring dat de datum nog volgt",
                    "give the date of this edition of the handbook, such as `datum: 2026-11-29`; until then the statement says the date is still to come"
                )),
        );
    }
}

/// The wegwijzer sends readers to an equality body: it must say how to reach it.
fn check_bodies(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    let Some(file) = &workspace.reference.organen else {
        return;
    };
    for (i, o) in file.value.organen.iter().enumerate() {
        // A website that is no web address is R004's to report.
        let reachable = !o.telefoon.trim().is_empty()
            || !o.email.trim().is_empty()
            || !o.website.trim().is_empty();
        if o.gelijkheidsorgaan && !reachable {
            let naam = &o.naam;
            out.push(
                file.at_key("H001", &format!("organen[{i}].naam"), t!(
                    "de wegwijzer kan niet zeggen hoe een melder {naam} bereikt: `telefoon`, `email` en `website` zijn leeg",
                    "the wegwijzer cannot say how to reach {naam}: `telefoon`, `email` and `website` are empty"
                ))
                .with_help(t!(
                    "vul minstens de website in, uit een bron van het project; tot dan zegt de pagina dat het handboek nog niet vermeldt hoe je {naam} bereikt",
                    "fill in at least the website, from one of the project's sources; until then the page says the handbook does not yet say how to reach {naam}"
                )),
            );
        }
    }
}
