//! One diagnostic model for every stage, and the emitters that print it.

mod github;
mod gitlab;
mod human;
mod json;
mod junit;
mod sarif;
#[cfg(test)]
mod snapshot;
mod statistics;

use crate::i18n::Text;
pub use crate::rules::Severity;
use crate::rules::{self, Rule};
use crate::source::{SourceFile, Span};

pub use github::write_github;
pub use gitlab::write_gitlab;
pub use human::{counted, write_human, write_human_list};
pub use json::write_json;
pub use junit::write_junit;
pub use sarif::write_sarif;
pub use statistics::write_statistics;

/// A problem in the content: a rule code, where it is, what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule this finding is reported under.
    pub rule: &'static Rule,
    /// The rule's severity, or what the workspace's `controles` made of it.
    pub severity: Severity,
    pub message: Text,
    /// The file as shown to the user, relative to the workspace root.
    pub file: String,
    pub span: Span,
    /// The offending source line, cut to a window around the column for the caret
    /// excerpt (a content line can be megabytes long).
    pub snippet: String,
    /// The caret's 1-based column within `snippet`.
    pub caret: usize,
    pub help: Option<Text>,
}

impl Diagnostic {
    /// A diagnostic at `span` in `file`, with the severity its rule has in the registry.
    pub fn new(
        code: &'static str,
        file: &SourceFile,
        span: Span,
        message: impl Into<Text>,
    ) -> Self {
        let (snippet, caret) = window(file.line(span.line), span.column);
        let rule = rules::of(code);
        Diagnostic {
            rule,
            severity: rule.severity,
            message: message.into(),
            file: file.name.clone(),
            snippet,
            caret,
            span,
            help: None,
        }
    }

    /// The rule's code, such as `V002`.
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    pub fn with_help(mut self, help: impl Into<Text>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<impl Into<Text>>) -> Self {
        self.help = help.map(Into::into);
        self
    }
}

/// At most this many characters of a long line are kept around the caret.
const WINDOW: usize = 100;

/// The part of `line` around `column` (1-based) that fits the window, with `…` where it
/// was cut, and the caret's column in it. The work is bounded by the column, not the line.
fn window(line: &str, column: usize) -> (String, usize) {
    if line.len() <= WINDOW {
        return (line.to_string(), column);
    }
    let start = column.saturating_sub(WINDOW / 2 + 1);
    let mut shown: String = line.chars().skip(start).take(WINDOW + 1).collect();
    if shown.chars().count() > WINDOW {
        shown = shown.chars().take(WINDOW).collect();
        shown.push('…');
    }
    if start == 0 {
        return (shown, column);
    }
    (format!("…{shown}"), column - start + 1)
}

/// Where an earlier occurrence stands, said the same way in every message:
/// "eerst op regel 5" in the same file, "eerst in faq/melden.yaml, regel 5" in another.
pub fn earlier(file: &str, line: usize, here: &str) -> Text {
    if file == here {
        crate::t!("eerst op regel {line}", "first on line {line}")
    } else {
        crate::t!(
            "eerst in {file}, regel {line}",
            "first in {file}, line {line}"
        )
    }
}

/// How a user reads the whole explanation of a rule.
pub fn explain_command(code: &str) -> String {
    format!("onthaal explain {code}")
}

/// Sort diagnostics by file and position so that every run prints the same order.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.span, a.code(), &a.message).cmp(&(&b.file, b.span, b.code(), &b.message))
    });
}

/// Most diagnostics a rule reports in one file; a thousand of the same help nobody.
pub const PER_RULE_AND_FILE: usize = 100;

/// Keeps the first hundred diagnostics of each rule in each file of a sorted list, and
/// says how many more there were.
pub fn cap(sorted: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut kept: Vec<Diagnostic> = Vec::with_capacity(sorted.len().min(1000));
    let mut counts: std::collections::HashMap<(String, &'static str), usize> = Default::default();
    // The first diagnostic past the limit stands for all of them, with their number.
    let mut overflow: std::collections::BTreeMap<(String, &'static str), (Diagnostic, usize)> =
        Default::default();
    for d in sorted {
        let key = (d.file.clone(), d.code());
        let count = counts.entry(key.clone()).or_default();
        *count += 1;
        if *count <= PER_RULE_AND_FILE {
            kept.push(d);
        } else {
            overflow.entry(key).or_insert((d, 0)).1 += 1;
        }
    }
    for (mut d, more) in overflow.into_values() {
        d.message = crate::t!(
            "… en nog {more} keer dezelfde controle in dit bestand",
            "… and {more} more of the same check in this file"
        );
        d.help = None;
        kept.push(d);
    }
    sort(&mut kept);
    kept
}

/// For rules that find many hits cheaply but place each one at a cost: builds the
/// diagnostics of the first hits only, and one line for the rest, within the cap.
pub fn first_hits<T>(
    hits: impl Iterator<Item = T>,
    mut build: impl FnMut(T) -> Diagnostic,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut rest = 0;
    let mut last = None;
    for hit in hits {
        if found.len() < PER_RULE_AND_FILE - 1 {
            found.push(build(hit));
        } else {
            rest += 1;
            last.get_or_insert(hit);
        }
    }
    if let Some(hit) = last {
        let mut summary = build(hit);
        summary.message = crate::t!(
            "… en nog {rest} keer dezelfde controle in dit bestand",
            "… and {rest} more of the same check in this file"
        );
        summary.help = None;
        found.push(summary);
    }
    found
}

/// How many errors and warnings a list holds.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = "x".repeat(300) + "^" + &"y".repeat(300);
        let (shown, column) = window(&line, 301);
        assert_eq!(shown.chars().nth(column - 1), Some('^'));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(window("kort", 2), ("kort".to_string(), 2));
        let (shown, column) = window(&"é".repeat(200), 3);
        assert_eq!((shown.chars().count(), column), (101, 3));
    }
}
