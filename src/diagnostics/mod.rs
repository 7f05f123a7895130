//! One diagnostic model for every stage, and the emitters that print it.

mod github;
mod human;
mod json;

use crate::source::{SourceFile, Span};

pub use github::write_github;
pub use human::write_human;
pub use json::write_json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The Dutch word shown to editors.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "fout",
            Severity::Warning => "waarschuwing",
        }
    }
}

/// A problem in the content: a rule code, where it is, what is wrong and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The file as shown to the user, relative to the workspace root.
    pub file: String,
    pub span: Span,
    /// The offending source line, for the caret excerpt.
    pub snippet: String,
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic at `span` in `file`, with the severity its rule has in the registry.
    pub fn new(code: &'static str, file: &SourceFile, span: Span, message: String) -> Self {
        Diagnostic {
            code,
            severity: crate::validate::severity_of(code),
            message,
            file: file.name.clone(),
            snippet: file.line(span.line).to_string(),
            span,
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// Where an earlier occurrence stands, said the same way in every message:
/// "eerst op regel 5" in the same file, "eerst in faq/melden.yaml, regel 5" in another.
pub fn earlier(file: &str, line: usize, here: &str) -> String {
    if file == here {
        format!("eerst op regel {line}")
    } else {
        format!("eerst in {file}, regel {line}")
    }
}

/// Sort diagnostics by file and position so that every run prints the same order.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.span, a.code, &a.message).cmp(&(&b.file, b.span, b.code, &b.message))
    });
}

/// How many errors and warnings a list holds.
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}
