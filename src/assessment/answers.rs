//! Reading a filled sheet: the answer per check item, each with where it stands.

use std::path::Path;

use super::sheet::SHEET;
use crate::diagnostics::Diagnostic;
use crate::load::table::{self, Read};
use crate::source::{SourceFile, Span};

/// One answered check item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    Partly,
    No,
    NotApplicable,
    Open,
}

/// One row of a filled sheet: B id, item number (1-based), answer, and where its B is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub b: String,
    pub nr: usize,
    pub answer: Answer,
    pub span: Span,
}

/// The answers of a sheet in file order, with the file they came from.
#[derive(Debug, Clone)]
pub struct Answers {
    pub file: SourceFile,
    pub rows: Vec<Row>,
}

/// Reads the filled sheet at `path` (named relative to `cwd`). Problems with the file,
/// its header or its rows are diagnostics with line and column; the answers are absent
/// when the file cannot be read as a sheet at all. An I/O failure is an error.
pub fn read_answers(cwd: &Path, path: &Path) -> anyhow::Result<(Option<Answers>, Vec<Diagnostic>)> {
    Ok(answers(table::read(cwd, path, &SHEET)?))
}

/// The same, from bytes in memory.
pub fn parse_answers(name: &str, bytes: &[u8]) -> (Option<Answers>, Vec<Diagnostic>) {
    answers(table::parse(name, Path::new(name), bytes, &SHEET))
}

fn answers(read: Read) -> (Option<Answers>, Vec<Diagnostic>) {
    let mut problems = read.problems;
    let Some(table) = read.table else {
        return (None, problems);
    };
    let mut rows = Vec::new();
    for row in &table.rows {
        let nr = row.text("nr");
        let Ok(nr) = nr.parse::<usize>() else {
            problems.push(
                Diagnostic::new(
                    "S001",
                    &table.file,
                    row.span("nr"),
                    crate::t!(
                        "`{nr}` is geen nummer van een controlepunt",
                        "`{nr}` is not the number of a check item"
                    ),
                )
                .with_help(crate::t!(
                    "laat de kolommen `b` en `nr` staan zoals in het lege invulblad",
                    "leave the columns `b` and `nr` as they are in the empty sheet"
                )),
            );
            continue;
        };
        let answer = row.text("antwoord");
        match parse_answer(answer) {
            Some(parsed) => rows.push(Row {
                // Ids are lower case; Excel likes to capitalise a cell.
                b: row.text("b").to_lowercase(),
                nr,
                answer: parsed,
                span: row.span("b"),
            }),
            None => problems.push(
                Diagnostic::new(
                    "S002",
                    &table.file,
                    row.span("antwoord"),
                    crate::t!("`{answer}` is geen antwoord", "`{answer}` is not an answer"),
                )
                .with_help(crate::t!(
                    "antwoord met ja, deels, nee of nvt (niet van toepassing), of laat de cel leeg",
                    "answer with ja, deels, nee or nvt (not applicable), or leave the cell empty"
                )),
            ),
        }
    }
    crate::diagnostics::sort(&mut problems);
    let file = table.file;
    (Some(Answers { file, rows }), problems)
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

#[cfg(test)]
mod tests {
    use super::*;

    type Short = (String, usize, Answer, usize);

    fn sheet(text: &str) -> (Vec<Short>, Vec<String>) {
        let (answers, problems) = parse_answers("score.csv", text.as_bytes());
        let rows = answers.map_or(Vec::new(), |a| {
            a.rows
                .into_iter()
                .map(|r| (r.b, r.nr, r.answer, r.span.line))
                .collect()
        });
        let problems = problems
            .iter()
            .map(|d| {
                format!(
                    "{} {}:{} {}",
                    d.code(),
                    d.span.line,
                    d.span.column,
                    d.message.nl
                )
            })
            .collect();
        (rows, problems)
    }

    #[test]
    fn reads_semicolons_and_commas_and_lenient_answers() {
        let (rows, problems) = sheet(
            "b;nr;controlepunt;antwoord;toelichting\nbereikbaar;1;\"Open; ook 's avonds\";Ja;\nbereikbaar;2;x;deels;\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            rows,
            vec![
                ("bereikbaar".into(), 1, Answer::Yes, 2),
                ("bereikbaar".into(), 2, Answer::Partly, 3)
            ]
        );
        let (rows, _) = sheet("b,nr,controlepunt,antwoord\nbekend,1,x,nvt\n");
        assert_eq!(rows[0].2, Answer::NotApplicable);
    }

    #[test]
    fn a_reordered_header_is_read_by_name() {
        let (rows, problems) = sheet("antwoord;nr;b\nnee;3;bekend\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows, vec![("bekend".into(), 3, Answer::No, 2)]);
    }

    #[test]
    fn a_wrong_answer_is_reported_at_its_cell() {
        let (_, problems) = sheet("b;nr;controlepunt;antwoord\nbereikbaar;1;\"a;b\";misschien\n");
        assert_eq!(problems, vec!["S002 2:20 `misschien` is geen antwoord"]);
    }

    #[test]
    fn a_cell_after_a_multi_line_cell_is_found_on_its_own_line() {
        let (_, problems) =
            sheet("b;nr;controlepunt;antwoord\nbereikbaar;1;\"twee\nregels\";misschien\n");
        assert_eq!(problems, vec!["S002 3:9 `misschien` is geen antwoord"]);
    }
}
