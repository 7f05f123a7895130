//! The `json` format: one document with every diagnostic, its rule and the totals.

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
    /// A span never crosses a line: the end is on the same line, one past the last character.
    end_line: usize,
    end_column: usize,
    help: Option<&'a str>,
    /// The rule's title and the first line of its explanation.
    title: &'a str,
    summary: &'a str,
    /// Where the whole explanation is: the command that prints it.
    documentation: String,
}

pub fn write_json(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let (errors, warnings) = counts(diagnostics);
    let report = Report {
        diagnostics: diagnostics.iter().map(entry).collect(),
        errors,
        warnings,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

fn entry(d: &Diagnostic) -> Entry<'_> {
    Entry {
        code: d.code(),
        severity: d.severity,
        message: d.message.get(),
        file: &d.file,
        line: d.span.line,
        column: d.span.column,
        end_line: d.span.line,
        end_column: d.span.column + d.span.width,
        help: d.help.as_ref().map(crate::i18n::Text::get),
        title: d.rule.title(),
        summary: d.rule.summary(),
        documentation: super::explain_command(d.code()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("json.json", super::write_json);
    }
}
