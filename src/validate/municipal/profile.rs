//! A municipal profile's own data (G001-G009): its file name, model, partners file,
//! contact data, and who signs.

use std::path::{Component, Path};

use super::formats::{email_problem, phone_problem, website_problem};
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::Workspace;
use crate::load::municipality::Municipality;
use crate::model::municipality::CONTACT_FIELDS;
use crate::model::slug::{is_valid_id, slug};
use crate::source::Span;
use crate::suggest::did_you_mean;
use crate::t;

/// The model ids a profile may choose: the manifest's, else the blueprints'.
pub fn known_models(ws: &Workspace) -> Vec<&str> {
    match &ws.manifest {
        Some(m) => m.value.modellen.iter().map(String::as_str).collect(),
        None => ws
            .blueprints
            .iter()
            .map(|b| b.value.model.as_str())
            .collect(),
    }
}

pub fn check(ws: &Workspace, m: &Municipality, out: &mut Vec<Diagnostic>) {
    check_names(m, out);
    check_slug(m, out);
    check_model(ws, m, out);
    check_partners_path(ws, m, out);
    check_contact(m, out);
    check_signing(m, out);
}

/// V008: the name of the municipality and of every member stand on every charter.
fn check_names(m: &Municipality, out: &mut Vec<Diagnostic>) {
    let p = &m.profile.value;
    let paths = std::iter::once(("naam".to_string(), &p.naam)).chain(
        p.leden
            .iter()
            .enumerate()
            .map(|(i, l)| (format!("leden[{i}].naam"), &l.naam)),
    );
    for (path, naam) in paths {
        if naam.trim().is_empty() {
            out.push(
                m.profile
                    .at_key(
                        "V008",
                        &path,
                        t!("`{path}` is leeg", "`{path}` is empty"),
                    )
                    .with_help(t!(
                        "schrijf de naam zoals ze op het charter moet staan; een partij zonder naam kan niet tekenen",
                        "write the name as it must stand on the charter; a party without a name cannot sign"
                    )),
            );
        }
    }
}

/// G002: the file name is the slug of every page; it must be one.
fn check_slug(m: &Municipality, out: &mut Vec<Diagnostic>) {
    let file = &m.profile.file;
    let problem = if m.slug == "model" {
        Some(t!(
            "`model` is de naam van het modelcharter, niet van een gemeente",
            "`model` is the model charter's name, not a municipality's"
        ))
    } else if !is_valid_id(&m.slug) {
        Some(t!(
            "de bestandsnaam `{}` is geen geldige slug",
            "the file name `{}` is no valid slug",
            m.slug
        ))
    } else {
        None
    };
    if let Some(message) = problem {
        let better = slug(&m.profile.value.naam);
        out.push(
            Diagnostic::new("G002", file, Span::file_start(), message).with_help(t!(
                "hernoem het bestand naar kleine letters, cijfers en koppeltekens, zoals charters/{better}.yaml",
                "rename the file to lowercase letters, digits and hyphens, such as charters/{better}.yaml"
            )),
        );
    }
}

/// G001: the model must be one of the handbook's.
fn check_model(ws: &Workspace, m: &Municipality, out: &mut Vec<Diagnostic>) {
    let models = known_models(ws);
    let chosen = m.profile.value.model.as_str();
    if models.contains(&chosen) {
        return;
    }
    let help = match did_you_mean(chosen, models.iter().copied()) {
        Some(near) => t!("bedoel je `{near}`?", "did you mean `{near}`?"),
        None => t!(
            "kies een van deze modellen: {}",
            "choose one of these models: {}",
            models.join(", ")
        ),
    };
    out.push(
        m.profile
            .at_value(
                "G001",
                "model",
                t!("onbekend model `{chosen}`", "unknown model `{chosen}`"),
            )
            .with_help(help),
    );
}

/// G004 and G005: the partners file is a `.csv` in the workspace that exists.
fn check_partners_path(ws: &Workspace, m: &Municipality, out: &mut Vec<Diagnostic>) {
    let given = m.profile.value.partners.trim();
    if given.is_empty() {
        out.extend(missing(m, "", "", &["partners"]));
        return;
    }
    let at = |code, message| m.profile.at_value(code, "partners", message);
    let path = Path::new(given);
    let leaves = path.is_absolute()
        || given.starts_with('~')
        || path
            .components()
            .any(|c| !matches!(c, Component::Normal(_)));
    if leaves {
        out.push(
            at(
                "G004",
                t!(
                    "het partnerbestand `{given}` ligt buiten charters/",
                    "the partners file `{given}` lies outside charters/"
                ),
            )
            .with_help(t!(
                "zet het bestand in charters/ en schrijf alleen zijn naam, zoals `{}.partners.csv`",
                "put the file in charters/ and write only its name, such as `{}.partners.csv`",
                m.slug
            )),
        );
        return;
    }
    let full = ws.root.join("charters").join(path);
    let problem = if given.to_ascii_lowercase().ends_with(".csv") && !given.ends_with(".csv") {
        // Windows does not mind the case of an extension; onthaal reads `.csv` only.
        let lower = format!("{}.csv", &given[..given.len() - 4]);
        Some(t!(
            "het partnerbestand `{given}` heeft een extensie in hoofdletters; onthaal leest alleen `.csv`: hernoem het naar `{lower}` en schrijf die naam hier",
            "the partners file `{given}` has an extension in capitals; onthaal reads `.csv` only: rename it to `{lower}` and write that name here"
        ))
    } else if !given.ends_with(".csv") {
        Some(t!(
            "het partnerbestand `{given}` is geen .csv-bestand",
            "the partners file `{given}` is no .csv file"
        ))
    } else if std::fs::symlink_metadata(&full).is_err() {
        Some(t!(
            "het partnerbestand charters/{given} bestaat niet",
            "the partners file charters/{given} does not exist"
        ))
    } else {
        None
    };
    if let Some(message) = problem {
        out.push(at("G005", message).with_help(t!(
            "maak het bestand met `onthaal new municipality`, of sla de partnerlijst uit Excel op als CSV onder die naam",
            "create it with `onthaal new municipality`, or save the partner list from Excel as CSV under that name"
        )));
    }
}

/// G006-G009: contact data well-formed, or said to be missing.
fn check_contact(m: &Municipality, out: &mut Vec<Diagnostic>) {
    let contact = &m.profile.value.contactpunt;
    let mut empty = Vec::new();
    for field in CONTACT_FIELDS {
        let value = contact.field(field).trim();
        let path = format!("contactpunt.{field}");
        if value.is_empty() {
            empty.push(*field);
            continue;
        }
        let (code, problem) = match *field {
            "email" => ("G006", email_problem(value)),
            "telefoon" => ("G007", phone_problem(value)),
            "website" => ("G008", website_problem(value)),
            _ => continue,
        };
        if let Some(problem) = problem {
            out.push(malformed(m, code, &path, value, problem));
        }
    }
    out.extend(missing(m, "contactpunt", "contactpunt", &empty));
    if m.profile.value.coordinator.trim().is_empty() {
        out.extend(missing(m, "", "", &["coordinator"]));
    }
}

/// G009: who signs and on whose decision, per member of a partnership or for the one.
fn check_signing(m: &Municipality, out: &mut Vec<Diagnostic>) {
    let p = &m.profile.value;
    let empty = |fields: [(&'static str, &String); 3]| -> Vec<&'static str> {
        fields
            .into_iter()
            .filter(|(_, v)| v.trim().is_empty())
            .map(|(f, _)| f)
            .collect()
    };
    if p.leden.is_empty() {
        let s = &p.ondertekening;
        let fields = empty([
            ("ondertekenaar", &s.ondertekenaar),
            ("beslissing", &s.beslissing),
            ("gegevensbescherming", &s.gegevensbescherming),
        ]);
        out.extend(missing(m, "ondertekening", "ondertekening", &fields));
        return;
    }
    for (i, member) in p.leden.iter().enumerate() {
        let fields = empty([
            ("ondertekenaar", &member.ondertekenaar),
            ("beslissing", &member.beslissing),
            ("gegevensbescherming", &member.gegevensbescherming),
        ]);
        let label = member.naam.clone();
        out.extend(missing(m, &format!("leden[{i}]"), &label, &fields));
    }
}

fn malformed(
    m: &Municipality,
    code: &'static str,
    path: &str,
    value: &str,
    problem: Text,
) -> Diagnostic {
    m.profile
        .at_value(
            code,
            path,
            Text::new(
                format!("`{value}` in `{path}` klopt niet: {}", problem.nl),
                format!("`{value}` in `{path}` is not right: {}", problem.en),
            ),
        )
        .with_help(t!(
            "verbeter de waarde, of laat het veld leeg tot je het juiste gegeven hebt",
            "correct the value, or leave the field empty until you have the right one"
        ))
}

/// G009 (warning): fields of `block` the charter or the contact page needs are still
/// empty: one warning per block, at the field when it is one, else at the block.
fn missing(m: &Municipality, block: &str, label: &str, fields: &[&str]) -> Option<Diagnostic> {
    let path = |field: &str| {
        if block.is_empty() {
            field.to_string()
        } else {
            format!("{block}.{field}")
        }
    };
    let (at, shown) = match fields {
        [] => return None,
        [one] => (path(one), format!("`{}`", path(one))),
        several => (
            block.to_string(),
            format!("{label}: {}", several.join(", ")),
        ),
    };
    Some(
        m.profile
            .at_key(
                "G009",
                &at,
                t!("nog in te vullen: {shown}", "still to be filled in: {shown}"),
            )
            .with_help(t!(
                "vul in zodra het gegeven vaststaat; tot dan staat er \"nog in te vullen\" op de pagina's van {}",
                "fill in once the data is settled; until then the pages of {} say \"nog in te vullen\"",
                m.profile.value.naam
            )),
    )
}
