//! From decoded text to rows: the header, then each record checked for its shape, its
//! key and the row limit, keeping only the caller's columns.

use std::collections::HashMap;

use super::header::{HeaderProblem, match_columns};
use super::scan::{Field, Scanned, Scanner};
use super::{Cell, Read, Row, Spec, Table};
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::source::{SourceFile, Span};

/// A header wider than this is not a spreadsheet anyone keeps by hand.
pub const MAX_COLUMNS: usize = 1000;

pub fn rows(file: SourceFile, spec: &'static Spec) -> Read {
    let mut reading = Reading {
        problems: Vec::new(),
        file: &file,
        spec,
    };
    let rows = reading.table();
    let problems = reading.problems;
    Read {
        table: rows.map(|(delimiter, header, rows)| {
            let header = header
                .into_iter()
                .map(|f| Cell {
                    span: file.span(f.start, f.end),
                    text: f.text,
                })
                .collect();
            Table {
                file,
                header,
                delimiter,
                rows,
            }
        }),
        problems,
    }
}

struct Reading<'a> {
    problems: Vec<Diagnostic>,
    file: &'a SourceFile,
    spec: &'static Spec,
}

impl Reading<'_> {
    fn table(&mut self) -> Option<(u8, Vec<Field>, Vec<Row>)> {
        if self.file.text.trim().is_empty() {
            self.problem(
                self.spec.codes.empty,
                Span::file_start(),
                crate::t!("het bestand is leeg", "the file is empty"),
                crate::t!(
                    "begin van een kopregel met de namen van de kolommen, en zet daaronder één rij per regel",
                    "start with a header row naming the columns, and put one row per line below it"
                ),
            );
            return None;
        }
        let delimiter = detect_delimiter(self.file.line(1));
        let mut scanner = Scanner::new(&self.file.text, delimiter);
        let header = self.header(&mut scanner)?;
        let (mapping, header_problems) = match_columns(&header, self.spec.columns);
        let usable = header_problems.is_empty();
        for problem in header_problems {
            self.header_problem(&header, problem);
        }
        let rows = self.body(&mut scanner, &header, &mapping);
        if usable
            && rows.is_empty()
            && self.problems.is_empty()
            && let Some(code) = self.spec.codes.header_only
        {
            let width = self.file.line(1).chars().count();
            self.problem(
                code,
                Span::new(1, 1, width),
                crate::t!(
                    "het bestand heeft een kopregel maar geen rijen",
                    "the file has a header row but no rows"
                ),
                crate::t!(
                    "zet onder de kopregel één rij per regel",
                    "put one row per line below the header row"
                ),
            );
        }
        usable.then_some((delimiter, header, rows))
    }

    /// The header row's fields; `None` (with a problem) if it cannot be read.
    fn header(&mut self, scanner: &mut Scanner) -> Option<Vec<Field>> {
        let mut header = Vec::new();
        for scanned in scanner.by_ref() {
            let field = self.field(scanned)?;
            let last = field.last;
            header.push(field);
            if header.len() > MAX_COLUMNS {
                let span = self.span(&header[MAX_COLUMNS]);
                self.problem(
                    self.spec.codes.shape,
                    span,
                    crate::t!(
                        "de kopregel heeft meer dan {MAX_COLUMNS} kolommen",
                        "the header row has more than {MAX_COLUMNS} columns"
                    ),
                    crate::t!(
                        "houd alleen de kolommen van het sjabloon",
                        "keep only the columns of the template"
                    ),
                );
                return None;
            }
            if last {
                break;
            }
        }
        Some(header)
    }

    fn body(
        &mut self,
        scanner: &mut Scanner,
        header: &[Field],
        mapping: &[Option<usize>],
    ) -> Vec<Row> {
        let mut rows = Vec::new();
        let mut keys: HashMap<Vec<String>, usize> = HashMap::new();
        let width = header.len();
        let mut row = RowBuilder::new(self.spec.columns.len(), width);
        for scanned in scanner.by_ref() {
            let Some(field) = self.field(scanned) else {
                break;
            };
            row.add(&field, mapping.get(row.count).copied().flatten(), self.file);
            if !field.last {
                continue;
            }
            let done = std::mem::replace(&mut row, RowBuilder::new(self.spec.columns.len(), width));
            if done.blank {
                continue;
            }
            if rows.len() == self.spec.max_rows {
                let limit = self.spec.max_rows;
                self.problem(
                    self.spec.codes.file,
                    Span::new(done.line, 1, 1),
                    crate::t!(
                        "het bestand heeft meer dan {limit} rijen; de rest wordt niet gelezen",
                        "the file has more than {limit} rows; the rest is not read"
                    ),
                    crate::t!(
                        "splits de tabel over meerdere bestanden",
                        "split the table over several files"
                    ),
                );
                break;
            }
            self.check_shape(&done, header.len());
            let ragged = done.count != header.len();
            let mut row = done.finish(self.spec.columns);
            row.ragged = ragged;
            self.check_key(&row, &mut keys);
            rows.push(row);
        }
        rows
    }

    fn field(&mut self, scanned: Scanned) -> Option<Field> {
        match scanned {
            Scanned::Field(field) => Some(field),
            Scanned::Unclosed(at) => {
                let (line, column) = self.file.position(at);
                self.problem(
                    self.spec.codes.shape,
                    Span::new(line, column, 1),
                    crate::t!(
                        "dit aanhalingsteken opent een cel die nergens sluit; de rest van het bestand zou erin verdwijnen",
                        "this quote opens a cell that never closes; the rest of the file would disappear into it"
                    ),
                    crate::t!(
                        "sluit de cel met een tweede \", of schrijf een aanhalingsteken in de tekst dubbel (\"\")",
                        "close the cell with a second \", or double a quote inside the text (\"\")"
                    ),
                );
                None
            }
        }
    }

    fn check_shape(&mut self, row: &RowBuilder, expected: usize) {
        if row.count == expected {
            return;
        }
        let count = row.count;
        let span = row.extra.unwrap_or(row.end);
        self.problem(
            self.spec.codes.shape,
            span,
            crate::t!(
                "deze rij heeft {count} cellen, de kopregel {expected}",
                "this row has {count} cells, the header row {expected}"
            ),
            crate::t!(
                "kijk na of een cel een scheidingsteken bevat dat tussen aanhalingstekens hoort",
                "check whether a cell holds a separator that belongs between quotes"
            ),
        );
    }

    fn check_key(&mut self, row: &Row, keys: &mut HashMap<Vec<String>, usize>) {
        if self.spec.key.is_empty() {
            return;
        }
        let key: Vec<String> = self
            .spec
            .key
            .iter()
            .map(|k| row.text(k).to_lowercase())
            .collect();
        if key.iter().all(String::is_empty) {
            return;
        }
        match keys.get(&key) {
            Some(&first) => {
                let names = listed(self.spec.key, " en ");
                let names_en = listed(self.spec.key, " and ");
                self.problem(
                    self.spec.codes.duplicate,
                    row.span(self.spec.key[0]),
                    crate::t!(
                        "dubbele rij: dezelfde {names} als de rij op regel {first}",
                        "duplicate row: the same {names_en} as the row on line {first}"
                    ),
                    crate::t!("houd één van de twee rijen", "keep one of the two rows"),
                );
            }
            None => {
                keys.insert(key, row.line);
            }
        }
    }

    fn header_problem(&mut self, header: &[Field], problem: HeaderProblem) {
        let code = self.spec.codes.header;
        match problem {
            HeaderProblem::Missing { column, near } => {
                let span = near.map_or_else(
                    || Span::new(1, 1, self.file.line(1).chars().count()),
                    |at| self.span(&header[at]),
                );
                let help = match near {
                    Some(at) => {
                        let found = header[at].text.trim();
                        crate::t!(
                            "bedoel je `{found}`? Noem de kolom `{column}`",
                            "did you mean `{found}`? Name the column `{column}`"
                        )
                    }
                    None => crate::t!(
                        "voeg de kolom `{column}` toe aan de kopregel (de eerste regel)",
                        "add the column `{column}` to the header row (the first line)"
                    ),
                };
                self.problem(
                    code,
                    span,
                    crate::t!(
                        "de kolom `{column}` ontbreekt",
                        "the column `{column}` is missing"
                    ),
                    help,
                );
            }
            HeaderProblem::Duplicate { column, at, first } => {
                let first = first + 1;
                let span = self.span(&header[at]);
                self.problem(
                    code,
                    span,
                    crate::t!("de kolom `{column}` staat twee keer in de kopregel (ook als kolom {first})", "the column `{column}` appears twice in the header row (also as column {first})"),
                    crate::t!("houd één kolom `{column}`", "keep one column `{column}`"),
                );
            }
        }
    }

    fn span(&self, field: &Field) -> Span {
        self.file.span(field.start, field.end)
    }

    fn problem(&mut self, code: &'static str, span: Span, message: Text, help: Text) {
        self.problems
            .push(Diagnostic::new(code, self.file, span, message).with_help(help));
    }
}

/// `a`, `b` en `c`: names in backticks, the last joined by `and`.
fn listed(names: &[&str], and: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// The separator of a file: `;` unless the header row has more commas than semicolons.
fn detect_delimiter(header: &str) -> u8 {
    let count = |c: char| header.chars().filter(|&x| x == c).count();
    if count(',') > count(';') { b',' } else { b';' }
}

/// A row being read: the caller's cells, how many cells it has, and where it ends.
struct RowBuilder {
    line: usize,
    cells: Vec<Option<Cell>>,
    count: usize,
    blank: bool,
    /// The header's width, and the first cell past it.
    width: usize,
    extra: Option<Span>,
    end: Span,
}

impl RowBuilder {
    fn new(columns: usize, width: usize) -> Self {
        RowBuilder {
            line: 0,
            cells: vec![None; columns],
            count: 0,
            blank: true,
            width,
            extra: None,
            end: Span::file_start(),
        }
    }

    fn add(&mut self, field: &Field, column: Option<usize>, file: &SourceFile) {
        if self.count == 0 {
            self.line = file.line_of(field.start);
        }
        let span = file.span(field.start, field.end);
        if self.count == self.width {
            self.extra = Some(span);
        }
        self.count += 1;
        self.blank &= field.text.trim().is_empty();
        if let Some(column) = column {
            self.cells[column] = Some(Cell {
                text: field.text.clone(),
                span,
            });
        }
        self.end = if field.end > field.start {
            let (line, column) = file.position(field.end);
            Span::new(line, column, 1)
        } else {
            span
        };
    }

    fn finish(self, columns: &'static [super::Column]) -> Row {
        Row {
            line: self.line,
            ragged: false,
            columns,
            cells: self.cells,
        }
    }
}
