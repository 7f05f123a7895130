//! The printable annexes of the playbook (`playbook/bijlagen/`): every annex a document
//! names in `bijlagen:` exists (D006), every annex is named somewhere (D007), and the
//! model charter says which version it is (D008), because every signed copy shows it.

use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::model::document::Document;
use crate::source::Span;
use crate::suggest::did_you_mean;
use crate::t;

pub fn check_all(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    let ids: Vec<&str> = ws.bijlagen.iter().map(|b| b.value.id.as_str()).collect();
    let documents: Vec<&Loaded<Document>> = ws
        .charter
        .iter()
        .chain(&ws.playbook)
        .chain(&ws.bijlagen)
        .collect();
    for doc in &documents {
        named_annexes_exist(doc, &ids, out);
    }
    for annex in &ws.bijlagen {
        let id = annex.value.id.as_str();
        let named = documents
            .iter()
            .any(|d| d.value.id != id && d.value.meta.bijlagen.iter().any(|b| b == id));
        if !named {
            let message = t!(
                "geen hoofdstuk en geen charter verwijst naar de bijlage `{id}`",
                "no chapter and no charter refers to the annex `{id}`"
            );
            out.push(
                Diagnostic::new("D007", &annex.file, Span::file_start(), message).with_help(t!(
                    "zet `{id}` in `bijlagen:` in de front matter van het hoofdstuk waar de medewerker ze nodig heeft, of verwijder de bijlage",
                    "add `{id}` to `bijlagen:` in the front matter of the chapter where staff need it, or remove the annex"
                )),
            );
        }
    }
    if let Some(charter) = &ws.charter {
        charter_version(charter, out);
    }
}

/// D006 at each name in `bijlagen:` that is no annex.
fn named_annexes_exist(doc: &Loaded<Document>, ids: &[&str], out: &mut Vec<Diagnostic>) {
    for (i, name) in doc.value.meta.bijlagen.iter().enumerate() {
        if ids.contains(&name.as_str()) {
            continue;
        }
        let message = t!(
            "de bijlage `{name}` bestaat niet",
            "the annex `{name}` does not exist"
        );
        let help = match did_you_mean(name, ids.iter().copied()) {
            Some(near) => t!("bedoel je `{near}`?", "did you mean `{near}`?"),
            None => t!(
                "maak playbook/bijlagen/NN-{name}.md, of schrap de verwijzing",
                "create playbook/bijlagen/NN-{name}.md, or remove the reference"
            ),
        };
        let at = doc.spans.value(&format!("bijlagen[{i}]"));
        out.push(Diagnostic::new("D006", &doc.file, at, message).with_help(help));
    }
}

/// D008: `versie` and a real `datum` in the model charter's front matter.
fn charter_version(charter: &Loaded<Document>, out: &mut Vec<Diagnostic>) {
    let meta = &charter.value.meta;
    let problem = if meta.versie.trim().is_empty() {
        Some((
            "titel",
            t!(
                "het modelcharter heeft geen `versie`",
                "the model charter has no `versie`"
            ),
        ))
    } else if crate::validate::Date::parse(meta.datum.trim()).is_none() {
        let datum = meta.datum.trim();
        let at = if datum.is_empty() { "titel" } else { "datum" };
        Some((
            at,
            t!(
                "het modelcharter heeft geen geldige `datum` (`{datum}`)",
                "the model charter has no valid `datum` (`{datum}`)"
            ),
        ))
    } else {
        None
    };
    if let Some((path, message)) = problem {
        out.push(
            Diagnostic::new("D008", &charter.file, charter.spans.value(path), message).with_help(t!(
                "zet in de front matter `versie: 2.0` en `datum: JJJJ-MM-DD`: elk ondertekend charter toont welke versie van het model het volgt",
                "put `versie: 2.0` and `datum: YYYY-MM-DD` in the front matter: every signed charter shows which version of the model it follows"
            )),
        );
    }
}
