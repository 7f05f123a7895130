//! The `json` format: one document with every diagnostic and the totals.

use std::io::{self, Write};

use serde::Serialize;

use super::{Diagnostic, Severity, counts};

#[derive(Serialize)]
struct Report<'a> {
    diagnostics: Vec<Entry<'a>>,
    errors: usize,
    warnings: usize,
}

#[derive(Serialize)]
struct Entry<'a> {
    code: &'a str,
    severity: Severity,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    help: Option<&'a str>,
}

pub fn write_json(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let (errors, warnings) = counts(diagnostics);
    let report = Report {
        diagnostics: diagnostics
            .iter()
            .map(|d| Entry {
                code: d.code,
                severity: d.severity,
                message: d.message.get(),
                file: &d.file,
                line: d.span.line,
                column: d.span.column,
                help: d.help.as_ref().map(crate::i18n::Text::get),
            })
            .collect(),
        errors,
        warnings,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
