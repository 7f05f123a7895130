//! The `github` format: workflow commands that annotate the lines in a pull request.

use std::io::{self, Write};

use super::{Diagnostic, Severity};

pub fn write_github(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    for d in diagnostics {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut message = d.message.get().to_string();
        if let Some(help) = &d.help {
            message.push_str(crate::i18n::pick("\nhulp: ", "\nhelp: "));
            message.push_str(help.get());
        }
        // A span never crosses a line, so column and end column share the line.
        writeln!(
            out,
            "::{level} file={},line={},endLine={},col={},endColumn={},title={}::{}",
            escape_property(&d.file),
            d.span.line,
            d.span.line,
            d.span.column,
            d.span.column + d.span.width,
            escape_property(d.code()),
            escape_data(&message),
        )?;
    }
    Ok(())
}

/// Escapes the message part of a workflow command.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, which also may not hold `:` or `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("github.txt", write_github);
    }

    #[test]
    fn properties_escape_separators() {
        assert_eq!(escape_property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(escape_data("x\ny"), "x%0Ay");
    }
}
