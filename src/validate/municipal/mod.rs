//! Rules for the municipal editions (codes G…): profiles, their changes to the model
//! charter and playbook, the lock that `onthaal pin` writes, and the partners files.

mod changes;
mod clashes;
mod drift;
mod embedded;
pub mod formats;
mod partners;
mod profile;
mod text;

use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
use crate::model::document::Document;
use crate::model::slug::slug;
use crate::overlay::Model;
use crate::t;

pub use profile::known_models;

pub fn check_all(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    let chapters: Vec<&Document> = ws.playbook.iter().map(|l| &l.value).collect();
    let model = Model {
        charter: ws.charter.as_ref().map(|c| &c.value),
        playbook: &chapters,
    };
    check_names(ws, out);
    for m in &ws.municipalities {
        profile::check(ws, m, out);
        let accepted = changes::check(&model, m, out);
        drift::check(&model, m, &accepted, out);
        partners::check(m, out);
    }
    partners::check_unused(ws, out);
}

/// G003: two profiles for one municipality, or a member named twice.
fn check_names(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(String, &str, usize)> = Vec::new();
    for m in &ws.municipalities {
        let profile = &m.profile;
        let key = slug(&profile.value.naam);
        if let Some((_, file, line)) = seen.iter().find(|(k, _, _)| *k == key) {
            let earlier = crate::diagnostics::earlier(file, *line, &profile.file.name);
            let (naam, nl, en) = (&profile.value.naam, earlier.nl, earlier.en);
            out.push(
                profile
                    .at_value(
                        "G003",
                        "naam",
                        t!(
                            "er is al een profiel voor {naam} ({nl})",
                            "there is already a profile for {naam} ({en})"
                        ),
                    )
                    .with_help(t!(
                        "houd één profiel per gemeente of samenwerking; voeg de wijzigingen samen en verwijder het andere",
                        "keep one profile per municipality or partnership; merge the changes and delete the other"
                    )),
            );
        } else {
            seen.push((key, &profile.file.name, profile.spans.value("naam").line));
        }
        for (i, member) in profile.value.leden.iter().enumerate() {
            let twice = profile.value.leden[..i]
                .iter()
                .any(|other| slug(&other.naam) == slug(&member.naam));
            if twice {
                out.push(
                    profile
                        .at_value(
                            "G003",
                            &format!("leden[{i}].naam"),
                            t!(
                                "{} staat twee keer bij de leden",
                                "{} is listed twice among the members",
                                member.naam
                            ),
                        )
                        .with_help(t!("schrap het tweede lid", "remove the second member")),
                );
            }
        }
    }
}

/// The changes of `m` that rest on a model section as they should (no structural
/// error): the ones `onthaal pin` records and `onthaal diff` shows.
pub fn accepted(model: &Model<'_>, m: &crate::load::municipality::Municipality) -> Vec<usize> {
    changes::check(model, m, &mut Vec::new())
}
