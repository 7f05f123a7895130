//! The self-assessment sheet: writing the empty template and reading a filled one.
//! Belgian Excel writes `;`-separated files in Windows-1252; both that and UTF-8 with
//! `;` or `,` are read as they come.

use crate::diagnostics::Diagnostic;
use crate::model::checklist::Checklist;
use crate::source::{SourceFile, Span};

const HEADER: [&str; 5] = ["b", "nr", "controlepunt", "antwoord", "toelichting"];

/// The empty sheet: one row per check item, `;`-separated, with a byte order mark so
/// that Excel shows é and ë correctly.
pub fn template(checklist: &Checklist) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    writer.write_record(HEADER)?;
    for b in &checklist.criteria {
        for (i, item) in b.controlepunten.iter().enumerate() {
            writer.write_record([
                b.id.as_str(),
                &(i + 1).to_string(),
                &spreadsheet_safe(item),
                "",
                "",
            ])?;
        }
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// A cell Excel will not read as a formula: text starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading apostrophe, which Excel shows as plain text.
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// One answered check item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    Partly,
    No,
    NotApplicable,
    Open,
}

/// One row of a filled sheet: B id, item number (1-based), answer, and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub b: String,
    pub nr: usize,
    pub answer: Answer,
    pub line: usize,
}

/// The answers of a sheet in file order.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub rows: Vec<Row>,
}

/// Reads a filled sheet; problems come back as diagnostics with line and column.
pub fn read_answers(file: &SourceFile) -> (Answers, Vec<Diagnostic>) {
    let delimiter = if file.line(1).contains(';') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(file.text.as_bytes());
    let mut answers = Answers::default();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(1, |p| p.line() as usize);
                problems.push(Diagnostic::new(
                    "S001",
                    file,
                    Span::new(line, 1, 1),
                    format!("onleesbare rij: {error}"),
                ));
                continue;
            }
        };
        let line = record.position().map_or(1, |p| p.line() as usize);
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let at = |field: usize| {
            let (line, column) = file.position(field_start(&file.text, start, delimiter, field));
            Span::new(line, column, 1)
        };
        let (b, nr, answer) = (
            record.get(0).unwrap_or(""),
            record.get(1).unwrap_or(""),
            record.get(3).unwrap_or(""),
        );
        let Ok(nr) = nr.trim().parse::<usize>() else {
            problems.push(
                Diagnostic::new(
                    "S001",
                    file,
                    at(1),
                    format!("`{nr}` is geen nummer van een controlepunt"),
                )
                .with_help("laat de kolommen `b` en `nr` staan zoals in het lege invulblad"),
            );
            continue;
        };
        match parse_answer(answer) {
            Some(answer) => answers.rows.push(Row {
                b: b.trim().to_string(),
                nr,
                answer,
                line,
            }),
            None => problems.push(
                Diagnostic::new(
                    "S002",
                    file,
                    at(3),
                    format!("`{}` is geen antwoord", answer.trim()),
                )
                .with_help(
                    "antwoord met ja, deels, nee of nvt (niet van toepassing), of laat de cel leeg",
                ),
            ),
        }
    }
    (answers, problems)
}

fn parse_answer(text: &str) -> Option<Answer> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "j" => Some(Answer::Yes),
        "deels" | "gedeeltelijk" => Some(Answer::Partly),
        "nee" | "n" => Some(Answer::No),
        "nvt" | "n.v.t." | "niet van toepassing" => Some(Answer::NotApplicable),
        "" => Some(Answer::Open),
        _ => None,
    }
}

/// The byte offset where field `index` of the record starting at `start` begins; quoted
/// cells may hold the delimiter and line breaks (Alt+Enter in Excel).
fn field_start(text: &str, start: usize, delimiter: u8, index: usize) -> usize {
    let mut field = 0;
    let mut quoted = false;
    for (offset, c) in text[start.min(text.len())..].char_indices() {
        if field == index {
            return start + offset;
        }
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            c if c == delimiter as char && !quoted => field += 1,
            _ => {}
        }
    }
    text.len()
}

/// Excel's "CSV (puntkomma)" is Windows-1252; anything that is not UTF-8 is read as that.
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.trim_start_matches('\u{feff}').to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        other => char::from(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(text: &str) -> (Answers, Vec<Diagnostic>) {
        read_answers(&SourceFile::new("score.csv", "score.csv", text.to_string()))
    }

    #[test]
    fn reads_semicolons_and_commas_and_lenient_answers() {
        let (a, p) = sheet(
            "b;nr;controlepunt;antwoord;toelichting\nbereikbaar;1;\"Open; ook 's avonds\";Ja;\nbereikbaar;2;x;deels;\n",
        );
        assert!(p.is_empty(), "{p:?}");
        let short: Vec<_> = a
            .rows
            .iter()
            .map(|r| (r.b.as_str(), r.nr, r.answer, r.line))
            .collect();
        assert_eq!(
            short,
            vec![
                ("bereikbaar", 1, Answer::Yes, 2),
                ("bereikbaar", 2, Answer::Partly, 3)
            ]
        );
        let (a, _) = sheet("b,nr,controlepunt,antwoord\nbekend,1,x,nvt\n");
        assert_eq!(
            (a.rows[0].b.as_str(), a.rows[0].answer),
            ("bekend", Answer::NotApplicable)
        );
    }

    #[test]
    fn a_wrong_answer_is_reported_at_its_cell() {
        let (_, p) = sheet("b;nr;controlepunt;antwoord\nbereikbaar;1;\"a;b\";misschien\n");
        assert_eq!(
            (p[0].code(), p[0].span.line, p[0].span.column),
            ("S002", 2, 20)
        );
        assert_eq!(p[0].message.nl, "`misschien` is geen antwoord");
    }

    #[test]
    fn a_cell_after_a_multi_line_cell_is_found_on_its_own_line() {
        let (_, p) = sheet("b;nr;controlepunt;antwoord\nbereikbaar;1;\"twee\nregels\";misschien\n");
        assert_eq!((p[0].span.line, p[0].span.column), (3, 9));
    }

    #[test]
    fn excel_windows_1252_is_decoded() {
        assert_eq!(decode(b"Caf\xe9 \x80 \x93"), "Café € “");
        assert_eq!(decode("\u{feff}één".as_bytes()), "één");
    }
}
