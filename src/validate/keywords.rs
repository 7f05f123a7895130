//! Keywords (`trefwoorden`) of criteria and domains, the words `route` and the search
//! find them by: every item has some (R005), each can be found (R006), and none points
//! at a criterion and a domain at once (R007).

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostic;
use crate::keywords::{fold, is_stopword, normalise};
use crate::load::{Loaded, Reference};
use crate::model::reference::Keyworded;

pub fn check(r: &Reference, out: &mut Vec<Diagnostic>) {
    let mut owners: BTreeMap<Vec<String>, Owner> = BTreeMap::new();
    if let Some(doc) = &r.criteria {
        check_list(doc, "criteria", &doc.value.criteria, out);
        record(&doc.value.criteria, &mut owners);
    }
    if let Some(doc) = &r.domeinen {
        check_list(doc, "domeinen", &doc.value.domeinen, out);
        shared(doc, &doc.value.domeinen, &owners, out);
    }
}

/// Where a keyword of a criterion stands, for R007's message.
struct Owner {
    criterium: String,
}

/// R005 and R006 on the items of one list.
fn check_list<F, T: Keyworded>(
    doc: &Loaded<F>,
    list: &str,
    items: &[T],
    out: &mut Vec<Diagnostic>,
) {
    for (i, item) in items.iter().enumerate() {
        if item.trefwoorden().is_empty() {
            let id = item.id();
            let message = crate::t!(
                "`{id}` heeft geen trefwoorden",
                "`{id}` has no keywords (`trefwoorden`)"
            );
            out.push(
                Diagnostic::new("R005", &doc.file, doc.spans.key(&format!("{list}[{i}].id")), message)
                    .with_help(crate::t!(
                        "voeg `trefwoorden:` toe met de woorden die melders en medewerkers gebruiken, zoals `[zwanger, zwangerschap]`",
                        "add `trefwoorden:` with the words people use, such as `[zwanger, zwangerschap]`"
                    )),
            );
        }
        for (j, word) in item.trefwoorden().iter().enumerate() {
            if fold(word).split_whitespace().all(is_stopword) {
                let message = crate::t!(
                    "het trefwoord `{word}` kan niemand vinden: het bestaat alleen uit leestekens of kleine woorden als `de` en `op`",
                    "nobody can find the keyword `{word}`: it holds only punctuation or small words such as `de` and `op`"
                );
                out.push(
                    Diagnostic::new(
                        "R006",
                        &doc.file,
                        doc.spans.value(&format!("{list}[{i}].trefwoorden[{j}]")),
                        message,
                    )
                    .with_help(crate::t!(
                        "schrijf een woord dat iemand zou intikken, of schrap het",
                        "write a word someone would type, or remove it"
                    )),
                );
            }
        }
    }
}

fn record<T: Keyworded>(items: &[T], owners: &mut BTreeMap<Vec<String>, Owner>) {
    for item in items {
        for word in item.trefwoorden() {
            owners.entry(normalise(word)).or_insert_with(|| Owner {
                criterium: item.id().to_string(),
            });
        }
    }
}

/// R007: a domain keyword that is also a criterion keyword makes `route` read one word twice.
fn shared<F, T: Keyworded>(
    doc: &Loaded<F>,
    items: &[T],
    owners: &BTreeMap<Vec<String>, Owner>,
    out: &mut Vec<Diagnostic>,
) {
    for (i, item) in items.iter().enumerate() {
        for (j, word) in item.trefwoorden().iter().enumerate() {
            let Some(owner) = owners.get(&normalise(word)) else {
                continue;
            };
            let (domein, criterium) = (item.id(), &owner.criterium);
            let message = crate::t!(
                "het trefwoord `{word}` van het domein `{domein}` is ook een trefwoord van het criterium `{criterium}`",
                "the keyword `{word}` of the domain `{domein}` is also a keyword of the criterion `{criterium}`"
            );
            out.push(
                Diagnostic::new("R007", &doc.file, doc.spans.value(&format!("domeinen[{i}].trefwoorden[{j}]")), message)
                    .with_help(crate::t!(
                        "een woord wijst een kenmerk of een plaats aan, niet allebei; schrap het hier of bij het criterium",
                        "a word names a ground or a place, not both; remove it here or from the criterion"
                    )),
            );
        }
    }
}
