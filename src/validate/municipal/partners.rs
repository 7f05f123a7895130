//! The partners file of a profile, row by row (G006, G007, G009, G034-G039): a name on
//! every row, well-formed contact data, a known role, no cell a spreadsheet would run
//! as a formula, no column that is silently not read. The reader itself reports the
//! file's shape (G030-G034).

use super::formats::{email_problem, phone_problem};
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::Workspace;
use crate::load::municipality::{Municipality, PARTNERS, partners_path};
use crate::load::table::{Row, Table, looks_like_formula};
use crate::model::municipality::Role;
use crate::model::slug::slug;
use crate::source::Span;
use crate::suggest::did_you_mean;
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
    "gegevensbescherming",
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
    check_header(table, out);
    for row in &table.rows {
        check_row(table, row, out);
    }
    check_near_duplicates(table, out);
}

/// G039 (warning): a column the reader does not know is not read, whatever it holds;
/// `Telefoonnummer` for `telefoon` would leave every charter without a phone number.
fn check_header(table: &Table, out: &mut Vec<Diagnostic>) {
    let known: Vec<&str> = PARTNERS.columns.iter().map(|c| c.name).collect();
    let normalise = crate::load::table::normalise_column_name;
    for cell in &table.header {
        let name = cell.text.trim();
        if name.is_empty() || known.iter().any(|k| normalise(k) == normalise(name)) {
            continue;
        }
        let near = did_you_mean(&normalise(name), known.iter().copied())
            .or_else(|| known.iter().copied().find(|k| normalise(name).contains(*k)));
        let help = match near {
            Some(near) => t!(
                "bedoel je `{near}`? Hernoem de kolom in Excel, dan komt wat erin staat op de charters",
                "did you mean `{near}`? Rename the column in Excel, so its contents reach the charters"
            ),
            None => t!(
                "onthaal leest de kolommen {}; een andere kolom blijft van jou en komt op geen enkele pagina",
                "onthaal reads the columns {}; any other column stays yours and reaches no page",
                known.join(", ")
            ),
        };
        out.push(
            Diagnostic::new(
                "G039",
                &table.file,
                cell.span,
                t!(
                    "de kolom `{name}` wordt niet gelezen",
                    "the column `{name}` is not read"
                ),
            )
            .with_help(help),
        );
    }
}

/// G034: two names that differ only in accents, capitals or punctuation are one partner
/// (the reader already catches those that differ only in capitals and spaces).
fn check_near_duplicates(table: &Table, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(String, &str, usize)> = Vec::new();
    for row in &table.rows {
        let naam = row.text("naam");
        let key = slug(naam);
        if key.is_empty() {
            continue;
        }
        match seen.iter().find(|(k, _, _)| *k == key) {
            Some((_, first, line)) if !first.eq_ignore_ascii_case(naam) => out.push(
                Diagnostic::new(
                    "G034",
                    &table.file,
                    row.span("naam"),
                    t!(
                        "`{naam}` is bijna dezelfde naam als `{first}` op regel {line}",
                        "`{naam}` is almost the same name as `{first}` on line {line}"
                    ),
                )
                .with_help(t!(
                    "houd één rij per partner; alleen accenten, hoofdletters of leestekens verschillen",
                    "keep one row per partner; only accents, capitals or punctuation differ"
                )),
            ),
            Some(_) => {}
            None => seen.push((key, naam, row.line)),
        }
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
    // Cells of a row with too many or too few may sit under the wrong column (G032 says
    // so): checking their contents would only add errors about the wrong things.
    if row.ragged {
        return;
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
    // The partners file of a profile that did not load is not unused: the profile's own
    // error says what is wrong.
    let of_broken_profile = |path: &std::path::Path| {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        name.and_then(|n| n.strip_suffix(".partners.csv").map(str::to_string))
            .is_some_and(|slug| {
                ws.files.contains(&format!("charters/{slug}.yaml"))
                    && !ws.municipalities.iter().any(|m| m.slug == slug)
            })
    };
    for path in list
        .into_iter()
        .filter(|p| !used.contains(p) && !of_broken_profile(p))
    {
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
