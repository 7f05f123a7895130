//! P001 and P002: personal data of a melder has no place in a handbook. A national
//! register number or a bank account pasted into content (from a case file, an e-mail)
//! would be published to everyone who reads the site. Both are found only when their
//! check digits hold, in every content file, comments included.
//!
//! [`scan`] is the one search for personal data, for every caller: it also finds e-mail
//! addresses and phone numbers (V007), so a spreadsheet cell or a municipal change text
//! is checked the same way as a content file.

pub mod iban;
pub mod national;

use super::contact;
use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
use crate::load::table::Cell;
use crate::source::SourceFile;

/// What kind of personal data was found, with its rule code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    NationalNumber,
    Iban,
    Email,
    Phone,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::NationalNumber => "P001",
            Kind::Iban => "P002",
            Kind::Email | Kind::Phone => "V007",
        }
    }
}

/// One finding: the byte range in the text scanned, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Every piece of personal data in `text`, in order. A phone number inside a national
/// register number or an account is not reported twice.
pub fn scan(text: &str) -> Vec<Finding> {
    let mut found: Vec<Finding> = national::find(text)
        .into_iter()
        .map(|(start, end)| Finding {
            start,
            end,
            kind: Kind::NationalNumber,
        })
        .chain(iban::find(text).into_iter().map(|(start, end)| Finding {
            start,
            end,
            kind: Kind::Iban,
        }))
        .collect();
    for (start, end, kind) in contact::contact_data(text) {
        let inside = found.iter().any(|f| start < f.end && f.start < end);
        if !inside {
            let kind = match kind {
                contact::Kind::Phone => Kind::Phone,
                contact::Kind::Email => Kind::Email,
            };
            found.push(Finding { start, end, kind });
        }
    }
    found.sort_by_key(|f| f.start);
    found
}

/// The diagnostic for `finding` in `file` (whose text was scanned), at its place.
pub fn diagnostic(file: &SourceFile, finding: Finding) -> Diagnostic {
    let Finding { start, end, kind } = finding;
    let span = file.span(start, end);
    match kind {
        Kind::Email => contact::warning(file, start, end, contact::Kind::Email),
        Kind::Phone => contact::warning(file, start, end, contact::Kind::Phone),
        Kind::NationalNumber => Diagnostic::new(
            "P001",
            file,
            span,
            crate::t!("een rijksregisternummer in de tekst", "a national register number in the text"),
        )
        .with_help(crate::t!(
            "verwijder het nummer: gegevens van een melder horen niet in het handboek, dat iedereen kan lezen",
            "remove the number: a melder's data does not belong in the handbook, which anyone can read"
        )),
        Kind::Iban => Diagnostic::new(
            "P002",
            file,
            span,
            crate::t!("een bankrekeningnummer (IBAN) in de tekst", "a bank account number (IBAN) in the text"),
        )
        .with_help(crate::t!(
            "verwijder het nummer: rekeningnummers van melders of medewerkers horen niet in het handboek",
            "remove the number: account numbers of melders or staff do not belong in the handbook"
        )),
    }
}

/// The personal data in one spreadsheet cell of `file` (read by `load::table`), each at
/// its own place in the file. `contact_field`: the cell is meant for a phone number or
/// an e-mail address (a partner's `telefoon`), so only P001 and P002 count there.
pub fn in_cell(file: &SourceFile, cell: &Cell, contact_field: bool) -> Vec<Diagnostic> {
    let from = file.offset(cell.span.line, cell.span.column);
    let mut searched = from;
    let mut found = Vec::new();
    for finding in scan(&cell.text) {
        if contact_field && matches!(finding.kind, Kind::Email | Kind::Phone) {
            continue;
        }
        // The cell's text as written in the file (quotes around it are not in the text).
        let written = &cell.text[finding.start..finding.end];
        let Some(at) = file
            .text
            .get(searched..)
            .and_then(|rest| rest.find(written))
        else {
            continue;
        };
        let start = searched + at;
        searched = start + written.len();
        found.push(diagnostic(
            file,
            Finding {
                start,
                end: searched,
                kind: finding.kind,
            },
        ));
    }
    found
}

/// P001 and P002 over every content file (V007 reports e-mail and phone itself).
pub fn check_all(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    for file in workspace.sources() {
        let numbers = scan(&file.text)
            .into_iter()
            .filter(|f| matches!(f.kind, Kind::NationalNumber | Kind::Iban));
        out.extend(crate::diagnostics::first_hits(numbers, |f| {
            diagnostic(file, f)
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_in_a_cell_is_placed_in_the_file() {
        let text = "naam;telefoon\n\"Vzw \"\"Hart\"\", 09 123 45 67\";09 210 10 10\n";
        let file = SourceFile::new("p.csv", "p.csv", text.to_string());
        let cell = Cell {
            text: "Vzw \"Hart\", 09 123 45 67".to_string(),
            span: crate::source::Span::new(2, 1, 1),
        };
        let found = in_cell(&file, &cell, false);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (
                found[0].span.line,
                found[0].span.column,
                found[0].span.width
            ),
            (2, 16, 12)
        );
        let phone = Cell {
            text: "09 210 10 10".to_string(),
            span: crate::source::Span::new(2, 30, 12),
        };
        assert!(
            in_cell(&file, &phone, true).is_empty(),
            "a contact field may hold a phone number"
        );
    }

    #[test]
    fn one_scan_finds_every_kind_once() {
        let text = "Melder 85.07.30-033.28, rekening BE68 5390 0754 7034, mail jan@voorbeeld.be of bel 09 123 45 67.";
        let kinds: Vec<(&str, Kind)> = scan(text)
            .iter()
            .map(|f| (&text[f.start..f.end], f.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("85.07.30-033.28", Kind::NationalNumber),
                ("BE68 5390 0754 7034", Kind::Iban),
                ("jan@voorbeeld.be", Kind::Email),
                ("09 123 45 67", Kind::Phone),
            ]
        );
    }
}
