//! The partners file of a profile, row by row (G006, G007, G009, G035-G038): a name on
//! every row, well-formed contact data, a known role, no cell a spreadsheet would run
//! as a formula. The reader itself reports the file's shape (G030-G034).

use super::formats::{email_problem, phone_problem};
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::Workspace;
use crate::load::municipality::{Municipality, PARTNERS, partners_path};
use crate::load::table::{Row, Table, looks_like_formula};
use crate::model::municipality::Role;
use crate::source::Span;
use crate::t;

/// Columns meant for a phone number or an e-mail address.
const CONTACT_COLUMNS: &[&str] = &["telefoon", "e-mail", "gegevensbescherming"];

/// Columns a partner charter shows; empty ones are "nog in te vullen".
const EXPECTED: &[&str] = &[
    "soort",
    "contactpersoon",
    "adres",
    "telefoon",
    "e-mail",
    "rol",
];

pub fn check(m: &Municipality, out: &mut Vec<Diagnostic>) {
    let Some(table) = &m.partners else {
        return;
    };
    // A file whose rows did not read (an open quote) has its own diagnostic.
    let lines = table
        .file
        .text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    if table.rows.is_empty() && lines <= 1 {
        out.push(
            Diagnostic::new(
                "G009",
                &table.file,
                Span::new(1, 1, 1),
                t!(
                    "{} heeft nog geen partners: nog in te vullen",
                    "{} has no partners yet: still to be filled in",
                    table.file.name
                ),
            )
            .with_help(t!(
                "zet elke partnerorganisatie op een rij onder de kopregel; elke partner krijgt dan een charter om te ondertekenen",
                "put every partner organisation on a row below the header; every partner then gets a charter to sign"
            )),
        );
    }
    for row in &table.rows {
        check_row(table, row, out);
    }
}

fn check_row(table: &Table, row: &Row, out: &mut Vec<Diagnostic>) {
    let at = |column: &str, code, message: Text| {
        Diagnostic::new(code, &table.file, row.span(column), message)
    };
    for column in PARTNERS.columns {
        let Some(cell) = row.cell(column.name) else {
            continue;
        };
        // A melder's data does not belong in a file that ends up on printed charters.
        let contact_field = CONTACT_COLUMNS.contains(&column.name);
        out.extend(crate::validate::personal::in_cell(
            &table.file,
            cell,
            contact_field,
        ));
        if looks_like_formula(&cell.text) {
            let shown: String = cell.text.chars().take(30).collect();
            out.push(
                at(column.name, "G037", t!(
                    "de cel `{shown}` in kolom {} ziet eruit als een formule",
                    "cell `{shown}` in column {} looks like a formula",
                    column.name
                ))
                .with_help(t!(
                    "een cel die met =, +, -, @ of een tab begint, voert Excel uit als formule; schrijf gewone tekst, of zet er een spatie voor",
                    "Excel runs a cell that starts with =, +, -, @ or a tab as a formula; write plain text, or put a space in front"
                )),
            );
        }
    }
    let naam = row.text("naam");
    if naam.is_empty() {
        out.push(
            at(
                "naam",
                "G035",
                t!(
                    "rij {} heeft geen naam van de partner",
                    "row {} has no partner name",
                    row.line
                ),
            )
            .with_help(t!(
                "vul de naam van de organisatie in, of verwijder de rij",
                "fill in the organisation's name, or delete the row"
            )),
        );
        return;
    }
    check_formats(row, naam, &at, out);
    let rol = row.text("rol");
    if !rol.is_empty() && Role::parse(rol).is_none() {
        out.push(
            at("rol", "G036", t!(
                "onbekende rol `{rol}` voor {naam}",
                "unknown role `{rol}` for {naam}"
            ))
            .with_help(t!(
                "kies `{}` of `{}` (de rollen van het charter), of laat de cel leeg tot de partner kiest",
                "choose `{}` or `{}` (the charter's roles), or leave the cell empty until the partner chooses",
                Role::Meldpunt.label(),
                Role::Toeleider.label()
            )),
        );
    }
    let missing: Vec<&str> = EXPECTED
        .iter()
        .copied()
        .filter(|c| row.text(c).is_empty())
        .collect();
    if !missing.is_empty() {
        out.push(
            at(
                "naam",
                "G009",
                t!(
                    "{naam}: nog in te vullen: {}",
                    "{naam}: still to be filled in: {}",
                    missing.join(", ")
                ),
            )
            .with_help(t!(
                "tot dan staat er \"nog in te vullen\" op het charter van {naam}",
                "until then the charter of {naam} says \"nog in te vullen\""
            )),
        );
    }
}

fn check_formats(
    row: &Row,
    naam: &str,
    at: &dyn Fn(&str, &'static str, Text) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    for (column, code, problem) in [
        ("e-mail", "G006", email_problem(row.text("e-mail"))),
        ("telefoon", "G007", phone_problem(row.text("telefoon"))),
    ] {
        let value = row.text(column);
        let Some(problem) = problem.filter(|_| !value.is_empty()) else {
            continue;
        };
        out.push(
            at(
                column,
                code,
                Text::new(
                    format!(
                        "{naam}: `{value}` in kolom {column} klopt niet: {}",
                        problem.nl
                    ),
                    format!(
                        "{naam}: `{value}` in column {column} is not right: {}",
                        problem.en
                    ),
                ),
            )
            .with_help(t!(
                "verbeter de cel, of maak ze leeg tot je het juiste gegeven hebt",
                "correct the cell, or empty it until you have the right data"
            )),
        );
    }
}

/// G038: a `.csv` in `charters/` that no profile names is not read.
pub fn check_unused(ws: &Workspace, out: &mut Vec<Diagnostic>) {
    let used: Vec<std::path::PathBuf> = ws
        .municipalities
        .iter()
        .filter_map(|m| partners_path(&ws.root, &m.profile.value.partners))
        .collect();
    let Ok(list) = crate::load::list(&ws.root.join("charters"), "csv") else {
        return;
    };
    for path in list.into_iter().filter(|p| !used.contains(p)) {
        let name = crate::source::display_name(&ws.root, &path);
        let file = crate::source::SourceFile::new(name.clone(), &path, String::new());
        out.push(
            Diagnostic::new(
                "G038",
                &file,
                Span::file_start(),
                t!("geen profiel gebruikt {name}", "no profile uses {name}"),
            )
            .with_help(t!(
                "noem het in het profiel van de gemeente (`partners: {}`), of verwijder het",
                "name it in the municipality's profile (`partners: {}`), or delete it",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            )),
        );
    }
}
