//! The `human` format: a rustc-style excerpt with a caret, coloured only on request.

use std::io::{self, Write};

use super::{Diagnostic, Severity, counts};
use crate::source::visible;

struct Palette {
    error: &'static str,
    warning: &'static str,
    /// Added lines in a help that compares texts.
    added: &'static str,
    accent: &'static str,
    bold: &'static str,
    reset: &'static str,
}

const COLOUR: Palette = Palette {
    error: "\x1b[1;31m",
    warning: "\x1b[1;33m",
    added: "\x1b[32m",
    accent: "\x1b[1;34m",
    bold: "\x1b[1m",
    reset: "\x1b[0m",
};

const PLAIN: Palette = Palette {
    error: "",
    warning: "",
    added: "",
    accent: "",
    bold: "",
    reset: "",
};

pub fn write_human(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    colour: bool,
) -> io::Result<()> {
    write_human_list(out, diagnostics, colour)?;
    write_summary(out, diagnostics, if colour { &COLOUR } else { &PLAIN })
}

/// The diagnostics without the closing count (`validate -q`).
pub fn write_human_list(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
    colour: bool,
) -> io::Result<()> {
    let p = if colour { &COLOUR } else { &PLAIN };
    // Stderr is unbuffered: one write per piece of a line made thousands of warnings
    // cost more system time than the build that found them.
    let mut buffered = io::BufWriter::new(out);
    for d in diagnostics {
        write_one(&mut buffered, d, p)?;
    }
    buffered.flush()
}

fn write_one(out: &mut dyn Write, d: &Diagnostic, p: &Palette) -> io::Result<()> {
    let level_colour = match d.severity {
        Severity::Error => p.error,
        Severity::Warning => p.warning,
    };
    let gutter = " ".repeat(d.span.line.to_string().len());
    writeln!(
        out,
        "{level_colour}{}[{}]{}{bold}: {}{reset}",
        d.severity.label(),
        d.code(),
        p.reset,
        visible(d.message.get()),
        bold = p.bold,
        reset = p.reset
    )?;
    writeln!(
        out,
        "{gutter}{}--> {reset}{}:{}:{}",
        p.accent,
        visible(&d.file),
        d.span.line,
        d.span.column,
        reset = p.reset
    )?;
    writeln!(out, "{gutter} {}|{}", p.accent, p.reset)?;
    let (shown, caret_column) = (&d.snippet, d.caret);
    writeln!(
        out,
        "{}{} |{} {}",
        p.accent,
        d.span.line,
        p.reset,
        visible(shown)
    )?;
    let pad: String = shown
        .chars()
        .take(caret_column - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let width = d.span.width.min(
        shown
            .chars()
            .count()
            .saturating_sub(caret_column - 1)
            .max(1),
    );
    writeln!(
        out,
        "{gutter} {}|{} {pad}{level_colour}{}{}",
        p.accent,
        p.reset,
        "^".repeat(width),
        p.reset
    )?;
    if let Some(help) = &d.help {
        write_help(out, help.get(), &gutter, p)?;
    }
    writeln!(out)
}

/// `= hulp: …`; a help of several lines (a drift shows texts side by side) continues
/// below, indented, with removed and added lines in red and green.
fn write_help(out: &mut dyn Write, help: &str, gutter: &str, p: &Palette) -> io::Result<()> {
    let label = crate::i18n::pick("hulp", "help");
    let mut lines = help.lines();
    let first = lines.next().unwrap_or_default();
    writeln!(
        out,
        "{gutter} {}= {label}:{} {}",
        p.accent,
        p.reset,
        visible(first)
    )?;
    let indent = " ".repeat(label.chars().count() + 4);
    for line in lines {
        let colour = if line.starts_with("- ") {
            p.error
        } else if line.starts_with("+ ") {
            p.added
        } else {
            ""
        };
        let reset = if colour.is_empty() { "" } else { p.reset };
        writeln!(out, "{gutter} {indent}{colour}{}{reset}", visible(line))?;
    }
    Ok(())
}

fn write_summary(out: &mut dyn Write, diagnostics: &[Diagnostic], p: &Palette) -> io::Result<()> {
    let (errors, warnings) = counts(diagnostics);
    if errors == 0 && warnings == 0 {
        let none = crate::i18n::pick("geen problemen gevonden", "no problems found");
        return writeln!(out, "{}{none}{}", p.bold, p.reset);
    }
    let errors = counted(errors, ("fout", "fouten"), ("error", "errors"));
    let warnings = counted(
        warnings,
        ("waarschuwing", "waarschuwingen"),
        ("warning", "warnings"),
    );
    writeln!(out, "{}{errors}, {warnings}{}", p.bold, p.reset)
}

/// The closing count without colour, for the other human-readable views.
pub(super) fn write_plain_summary(
    out: &mut dyn Write,
    diagnostics: &[Diagnostic],
) -> io::Result<()> {
    write_summary(out, diagnostics, &PLAIN)
}

/// "1 fout", "2 fouten"; "1 error", "2 errors".
pub fn counted(n: usize, nl: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = match crate::i18n::current() {
        crate::i18n::Lang::Nl => nl,
        crate::i18n::Lang::En => en,
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("human.txt", |out, d| super::write_human(out, d, false));
    }
}
