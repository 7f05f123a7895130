//! All YAML handling: a typed parse through serde_yaml, and a side table that maps every
//! key path (`stappen[2].fase`) to the position of its key and value, built from an
//! event-level parse of the same text. Positions of semantic errors come from the table.

use std::collections::HashMap;

use serde::de::DeserializeOwned;

mod syntax;
mod walk;

use super::serde_messages::{Problem, describe};
use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span};

/// A parsed YAML document with the positions of its keys and values.
#[derive(Debug, Clone)]
pub struct YamlDoc<T> {
    pub value: T,
    pub spans: SpanIndex,
}

/// Where each key and value of a document stands, by path.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    entries: HashMap<String, Entry>,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    key: Option<Span>,
    value: Span,
}

impl SpanIndex {
    /// The position of the value at `path`, or of the nearest enclosing value that exists.
    pub fn value(&self, path: &str) -> Span {
        self.lookup(path)
            .map(|e| e.value)
            .unwrap_or_else(Span::file_start)
    }

    /// The position of the key at `path` (the value's for list items and the root).
    pub fn key(&self, path: &str) -> Span {
        self.lookup(path)
            .map(|e| e.key.unwrap_or(e.value))
            .unwrap_or_else(Span::file_start)
    }

    /// Whether the document has a value at exactly `path`.
    pub fn has(&self, path: &str) -> bool {
        self.entries.contains_key(path)
    }

    /// Records where the value at `path` (and its key, in a mapping) stands.
    fn insert(&mut self, path: String, key: Option<Span>, value: Span) {
        self.entries.insert(path, Entry { key, value });
    }

    fn lookup(&self, path: &str) -> Option<&Entry> {
        let mut path = path;
        loop {
            if let Some(entry) = self.entries.get(path) {
                return Some(entry);
            }
            path = parent(path)?;
        }
    }
}

/// The path one level up: `a.b[2]` -> `a.b` -> `a` -> ``.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(&path[..cut])
}

/// Parses `file` as one YAML document of type `T`.
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<YamlDoc<T>, Diagnostic> {
    let spans = walk::index(file)?;
    let deserializer = serde_yaml::Deserializer::from_str(&file.text);
    match serde_path_to_error::deserialize::<_, T>(deserializer) {
        Ok(value) => Ok(YamlDoc { value, spans }),
        Err(error) => Err(type_error(file, &spans, error)),
    }
}

fn type_error(
    file: &SourceFile,
    spans: &SpanIndex,
    error: serde_path_to_error::Error<serde_yaml::Error>,
) -> Diagnostic {
    let path = path_string(error.path());
    let inner = error.into_inner();
    let Problem {
        code,
        message,
        help,
        at_key,
    } = describe(&inner.to_string());
    let span = if path.is_empty() {
        inner
            .location()
            .map(|l| Span::new(l.line(), l.column(), 1))
            .unwrap_or_else(|| spans.value(""))
    } else if at_key {
        spans.key(&path)
    } else {
        spans.value(&path)
    };
    if code == "L001" {
        // A syntax error only libyaml found: said and placed like the scanner's, at
        // libyaml's position rather than at the value being read.
        let (line, column) = inner
            .location()
            .map_or((span.line, span.column), |l| (l.line(), l.column()));
        let offset = syntax::offset(file, line, column);
        return syntax::diagnostic(file, &inner.to_string(), offset);
    }
    Diagnostic::new(code, file, span, message).with_help_opt(help)
}

fn path_string(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_walks_up_the_path() {
        assert_eq!(parent("a.b[2].c"), Some("a.b[2]"));
        assert_eq!(parent("a.b[2]"), Some("a.b"));
        assert_eq!(parent("a"), Some(""));
        assert_eq!(parent(""), None);
    }
}
