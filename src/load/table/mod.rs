//! The one CSV reader: spreadsheets as people save them from Excel, read by column name,
//! with every cell located. Used by the self-assessment sheet and the municipal
//! partners files.
//!
//! # What it accepts
//! `;` or `,` as separator (whichever the header row has more of), UTF-8 with or without
//! a byte order mark, Windows-1252 (Belgian Excel's "CSV (puntkomma)"), CRLF, LF or CR
//! line breaks, and quoted cells holding separators, quotes (`""`) and line breaks
//! (Alt+Enter in Excel). Columns are found by name in the header row (see
//! [`Column`]); their order does not matter and unknown columns are ignored. Rows whose
//! cells are all empty (Excel's `;;;;`) are skipped.
//!
//! # What it reports
//! Each problem becomes a [`Diagnostic`] at a line and column, under one of the caller's
//! rule codes ([`Codes`]): the reader owns the messages (in Dutch and English), the
//! caller owns the codes, so the self-assessment reports S004–S008 and the partners file
//! its own G-codes for the same problems.
//!
//! | problem | code | where |
//! | --- | --- | --- |
//! | a link, FIFO, device or folder; over [`Spec::max_bytes`] (checked before reading); UTF-16; a control character; more than [`Spec::max_rows`] rows | `file` | 1:1, or the character / row |
//! | a required column missing; a column twice | `header` | the header row, at the cell |
//! | a quote that never closes; a row with more or fewer cells than the header | `shape` | the opening quote; the first extra cell or the row's end |
//! | no text at all | `empty` | 1:1 |
//! | a header without rows | `header_only` (`None`: allowed) | the header row |
//! | two rows with the same [`Spec::key`] | `duplicate` | the later row's first key cell |
//!
//! # Example
//! ```
//! use onthaal::load::table::{self, Codes, Column, Spec};
//! const PARTNERS: Spec = Spec {
//!     columns: &[Column::required("naam"), Column::optional("e-mail")],
//!     key: &["naam"],
//!     codes: Codes { file: "S004", header: "S005", shape: "S006", empty: "S007",
//!                    header_only: None, duplicate: "S008" },
//!     ..Spec::DEFAULT
//! };
//! let read = table::parse("p.csv", "p.csv".as_ref(), b"Naam;E-mail\r\nVzw Hart;\r\n", &PARTNERS);
//! let table = read.table.unwrap();
//! assert_eq!(table.rows[0].text("naam"), "Vzw Hart");
//! assert_eq!(table.rows[0].cell("naam").unwrap().span.line, 2);
//! assert!(read.problems.is_empty());
//! ```

mod encoding;
mod formula;
mod header;
mod read;
mod scan;

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span, display_name};

pub use encoding::windows_1252;
pub use formula::{looks_like_formula, spreadsheet_safe};
pub use header::normalise as normalise_column_name;
pub use read::MAX_COLUMNS;

/// A column the caller reads, by its name in the header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// A missing required column is a `header` problem; a missing optional one is not.
    pub required: bool,
}

impl Column {
    pub const fn required(name: &'static str) -> Self {
        Column {
            name,
            required: true,
        }
    }

    pub const fn optional(name: &'static str) -> Self {
        Column {
            name,
            required: false,
        }
    }
}

/// The caller's rule code for each kind of problem (see the table in the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Codes {
    pub file: &'static str,
    pub header: &'static str,
    pub shape: &'static str,
    pub empty: &'static str,
    /// `None` when a header without rows is fine (a partners file not yet filled in).
    pub header_only: Option<&'static str>,
    pub duplicate: &'static str,
}

/// What the caller expects of a file.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub columns: &'static [Column],
    /// Columns that together identify a row; two rows with the same values (ignoring case
    /// and surrounding spaces) are a `duplicate` problem. Empty: no check.
    pub key: &'static [&'static str],
    pub codes: Codes,
    /// Larger files are refused without being read.
    pub max_bytes: u64,
    /// Rows past this many are a `file` problem, and not read.
    pub max_rows: usize,
}

impl Spec {
    /// Limits for a spreadsheet kept by hand: 4 MiB and 10,000 rows are far beyond a
    /// self-assessment (about 30 rows) or a municipality's partners (a few dozen).
    pub const DEFAULT: Spec = Spec {
        columns: &[],
        key: &[],
        codes: Codes {
            file: "L007",
            header: "L007",
            shape: "L007",
            empty: "L005",
            header_only: None,
            duplicate: "L004",
        },
        max_bytes: 4 * 1024 * 1024,
        max_rows: 10_000,
    };
}

/// One cell: its text as written (quotes removed, not trimmed) and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub span: Span,
}

/// One data row: the caller's columns in [`Spec::columns`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line the row starts on.
    pub line: usize,
    /// The row has more or fewer cells than the header (a `shape` problem): its cells
    /// may sit under the wrong column, so callers skip checks on their contents.
    pub ragged: bool,
    columns: &'static [Column],
    cells: Vec<Option<Cell>>,
}

impl Row {
    /// The cell of column `name`; `None` if the header has no such column (an optional
    /// column left out) or the row stops before it.
    pub fn cell(&self, name: &str) -> Option<&Cell> {
        let index = self.columns.iter().position(|c| c.name == name)?;
        self.cells.get(index)?.as_ref()
    }

    /// The trimmed text of column `name`, empty when there is no such cell.
    pub fn text(&self, name: &str) -> &str {
        self.cell(name).map_or("", |c| c.text.trim())
    }

    /// Where to point for column `name`: its cell, or the start of the row.
    pub fn span(&self, name: &str) -> Span {
        self.cell(name)
            .map_or(Span::new(self.line, 1, 1), |c| c.span)
    }
}

/// A file read as a table.
#[derive(Debug, Clone)]
pub struct Table {
    /// The decoded text, for diagnostics: `Diagnostic::new(code, &table.file, cell.span, …)`.
    pub file: SourceFile,
    /// The header row as written, every name located (to say which columns are not read).
    pub header: Vec<Cell>,
    /// `b';'` or `b','`.
    pub delimiter: u8,
    pub rows: Vec<Row>,
}

/// The outcome of reading: the table (absent when the file, its encoding or its header
/// cannot be used) and every problem found, in file order.
#[derive(Debug, Clone)]
pub struct Read {
    pub table: Option<Table>,
    pub problems: Vec<Diagnostic>,
}

/// Reads the file at `path` (named relative to `root` in diagnostics). An I/O failure
/// (missing, no permission) is an error; everything about the file itself is a problem.
pub fn read(root: &Path, path: &Path, spec: &'static Spec) -> anyhow::Result<Read> {
    let name = display_name(root, path);
    match super::file::read_regular(path, spec.max_bytes) {
        Ok(Ok(bytes)) => Ok(parse(&name, path, &bytes, spec)),
        Ok(Err(refusal)) => {
            let file = SourceFile::new(name, path, String::new());
            let problem = Diagnostic::new(
                spec.codes.file,
                &file,
                Span::file_start(),
                refusal.message(),
            )
            .with_help(refusal.help());
            Ok(Read {
                table: None,
                problems: vec![problem],
            })
        }
        Err(error) => Err(anyhow::Error::new(error)
            .context(crate::t!("kan {name} niet lezen", "cannot read {name}"))),
    }
}

/// Reads a table from bytes already in memory (tests, generated input).
pub fn parse(name: &str, path: &Path, bytes: &[u8], spec: &'static Spec) -> Read {
    if bytes.len() as u64 > spec.max_bytes {
        let file = SourceFile::new(name, path, String::new());
        let refusal = super::file::Refusal::TooLarge {
            size: bytes.len() as u64,
            limit: spec.max_bytes,
        };
        let problem = Diagnostic::new(
            spec.codes.file,
            &file,
            Span::file_start(),
            refusal.message(),
        );
        return Read {
            table: None,
            problems: vec![problem],
        };
    }
    match encoding::decode(name.to_string(), path, bytes) {
        Ok(file) => read::rows(file, spec),
        Err(unreadable) => Read {
            table: None,
            problems: vec![
                Diagnostic::new(
                    spec.codes.file,
                    &unreadable.file,
                    unreadable.span,
                    unreadable.message,
                )
                .with_help(unreadable.help),
            ],
        },
    }
}

#[cfg(test)]
mod tests;
