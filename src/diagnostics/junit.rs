//! The `junit` format: JUnit XML, which nearly every CI shows as a test report. One test
//! suite per file, one failing test case per diagnostic; a clean run is one passing case.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{Diagnostic, Severity};

pub fn write_junit(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let mut by_file: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diagnostics {
        by_file.entry(&d.file).or_default().push(d);
    }
    let total = diagnostics.len();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="onthaal" tests="{}" failures="{total}" errors="0">"#,
        total.max(1)
    )?;
    if by_file.is_empty() {
        writeln!(
            out,
            r#"  <testsuite name="onthaal" tests="1" failures="0" errors="0">"#
        )?;
        writeln!(
            out,
            r#"    <testcase name="validate" classname="onthaal"/>"#
        )?;
        writeln!(out, "  </testsuite>")?;
    }
    for (file, found) in by_file {
        let n = found.len();
        let file = escape(file);
        writeln!(
            out,
            r#"  <testsuite name="{file}" tests="{n}" failures="{n}" errors="0">"#
        )?;
        for d in found {
            write_case(out, &file, d)?;
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(out, "</testsuites>")
}

fn write_case(out: &mut dyn Write, file: &str, d: &Diagnostic) -> io::Result<()> {
    let (line, column) = (d.span.line, d.span.column);
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let message = escape(d.message.get());
    let help = d.help.as_ref().map_or(String::new(), |h| {
        format!(
            "\n{}{}",
            crate::i18n::pick("hulp: ", "help: "),
            escape(h.get())
        )
    });
    writeln!(
        out,
        r#"    <testcase name="{code}" classname="{file}" file="{file}" line="{line}">"#,
        code = d.code()
    )?;
    writeln!(
        out,
        r#"      <failure type="{kind}" message="{message}">{file}:{line}:{column}: {message}{help}</failure>"#
    )?;
    writeln!(out, "    </testcase>")
}

/// Text fit for an XML attribute or element; characters XML 1.0 forbids become `�`.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\n' => escaped.push_str("&#10;"),
            c if c.is_control() && c != '\t' => escaped.push('\u{fffd}'),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("junit.xml", super::write_junit);
    }

    #[test]
    fn a_clean_run_is_one_passing_case() {
        let mut out = Vec::new();
        super::write_junit(&mut out, &[]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(r#"<testcase name="validate" classname="onthaal"/>"#));
        assert!(text.contains(r#"tests="1" failures="0""#));
    }
}
