//! All YAML handling: a typed parse through serde_yaml, and a side table that maps every
//! key path (`stappen[2].fase`) to the position of its key and value, built from an
//! event-level parse of the same text. Positions of semantic errors come from the table.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScanError, Span as YamlSpan};
use serde::de::DeserializeOwned;

use super::serde_messages::{Problem, describe};
use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span};

/// Nesting deeper than this is refused before serde sees it: no real content needs it.
const MAX_DEPTH: usize = 48;

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
        self.lookup(path).map(|e| e.value).unwrap_or_default_span()
    }

    /// The position of the key at `path` (the value's for list items and the root).
    pub fn key(&self, path: &str) -> Span {
        self.lookup(path)
            .map(|e| e.key.unwrap_or(e.value))
            .unwrap_or_default_span()
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

trait OrFileStart {
    fn unwrap_or_default_span(self) -> Span;
}

impl OrFileStart for Option<Span> {
    fn unwrap_or_default_span(self) -> Span {
        self.unwrap_or_else(Span::file_start)
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
    let spans = index(file)?;
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

/// One open collection while walking the events.
enum Frame {
    Map {
        path: String,
        pending_key: Option<(String, Span)>,
        seen: HashMap<String, Span>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

/// Walks the events of `file` once: checks the structure and records every position.
fn index(file: &SourceFile) -> Result<SpanIndex, Diagnostic> {
    let mut parser = Parser::new_from_str(&file.text);
    let mut walk = Walk {
        file,
        stack: Vec::new(),
        index: SpanIndex::default(),
        documents: 0,
        root_seen: false,
    };
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| syntax_error(file, &e))?;
        walk.event(event, span)?;
    }
    if !walk.root_seen {
        return Err(Diagnostic::new(
            "L005",
            file,
            Span::file_start(),
            "het bestand is leeg".into(),
        )
        .with_help("vul het bestand in volgens het formaat in docs/, of verwijder het"));
    }
    Ok(walk.index)
}

struct Walk<'a> {
    file: &'a SourceFile,
    stack: Vec<Frame>,
    index: SpanIndex,
    documents: usize,
    root_seen: bool,
}

impl Walk<'_> {
    fn event(&mut self, event: Event<'_>, span: YamlSpan) -> Result<(), Diagnostic> {
        let at = self.span(span);
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(self.error("L006", at, "meer dan één YAML-document in dit bestand", "een inhoudsbestand bevat één document: verwijder de tweede `---` of zet de inhoud in een apart bestand"));
                }
            }
            Event::Alias(_) => {
                return Err(self.error("L009", at, "aliassen (`*naam`) worden niet ondersteund", "schrijf de waarde voluit; zo blijft elke waarde op één plaats en met een positie"));
            }
            Event::Scalar(text, _, anchor, _) => {
                self.refuse_anchor(anchor, at)?;
                self.scalar(&text, at)?;
            }
            Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                self.refuse_anchor(anchor, at)?;
                let is_map = matches!(event, Event::MappingStart(..));
                self.open(is_map, at)?;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.after_value();
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn span(&self, span: YamlSpan) -> Span {
        let (start, end) = (span.start, span.end);
        let rest = self.file.line(start.line()).chars().count();
        let width = end.index().saturating_sub(start.index());
        let width = width.min(rest.saturating_sub(start.col())).max(1);
        Span::new(start.line(), start.col() + 1, width)
    }

    fn refuse_anchor(&self, anchor: usize, at: Span) -> Result<(), Diagnostic> {
        if anchor == 0 {
            return Ok(());
        }
        Err(self.error(
            "L009",
            at,
            "ankers (`&naam`) worden niet ondersteund",
            "verwijder het anker en schrijf herhaalde waarden voluit",
        ))
    }

    fn error(&self, code: &'static str, at: Span, message: &str, help: &str) -> Diagnostic {
        Diagnostic::new(code, self.file, at, message.into()).with_help(help)
    }

    fn scalar(&mut self, text: &str, at: Span) -> Result<(), Diagnostic> {
        if let Some(Frame::Map {
            pending_key: pending_key @ None,
            seen,
            ..
        }) = self.stack.last_mut()
        {
            if let Some(first) = seen.get(text) {
                let message = format!(
                    "de sleutel `{text}` staat twee keer in deze mapping (eerst op regel {})",
                    first.line
                );
                return Err(Diagnostic::new("L004", self.file, at, message)
                    .with_help("houd één van beide en voeg hun inhoud samen"));
            }
            seen.insert(text.to_string(), at);
            *pending_key = Some((text.to_string(), at));
            return Ok(());
        }
        if self.stack.is_empty() && is_null(text) {
            return Ok(());
        }
        self.record(at);
        self.after_value();
        Ok(())
    }

    fn open(&mut self, is_map: bool, at: Span) -> Result<(), Diagnostic> {
        if let Some(Frame::Map {
            pending_key: None, ..
        }) = self.stack.last()
        {
            return Err(self.error(
                "L001",
                at,
                "een sleutel moet gewone tekst zijn, geen lijst of mapping",
                "schrijf de sleutel als tekst gevolgd door `:`",
            ));
        }
        if self.stack.len() >= MAX_DEPTH {
            let message = format!("de inhoud is dieper genest dan {MAX_DEPTH} niveaus");
            return Err(self.error(
                "L010",
                at,
                &message,
                "maak de structuur vlakker; geen formaat van onthaal heeft zoveel niveaus nodig",
            ));
        }
        let path = self.record(at);
        self.stack.push(if is_map {
            Frame::Map {
                path,
                pending_key: None,
                seen: HashMap::new(),
            }
        } else {
            Frame::Seq { path, next: 0 }
        });
        Ok(())
    }

    /// Records the value that starts at `at` under its path, and returns the path.
    fn record(&mut self, at: Span) -> String {
        self.root_seen = true;
        let (path, key) = match self.stack.last() {
            None => (String::new(), None),
            Some(Frame::Seq { path, next }) => (format!("{path}[{next}]"), None),
            Some(Frame::Map {
                path, pending_key, ..
            }) => {
                let (name, key_span) = pending_key.clone().unwrap_or_default();
                let joined = if path.is_empty() {
                    name
                } else {
                    format!("{path}.{name}")
                };
                (joined, Some(key_span))
            }
        };
        self.index
            .entries
            .insert(path.clone(), Entry { key, value: at });
        path
    }

    /// A value in the innermost collection is complete: move to the next slot.
    fn after_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Seq { next, .. }) => *next += 1,
            Some(Frame::Map { pending_key, .. }) => *pending_key = None,
            None => {}
        }
    }
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn syntax_error(file: &SourceFile, error: &ScanError) -> Diagnostic {
    let marker = error.marker();
    // The scanner may point just past the last line of a truncated file.
    let line = marker.line().clamp(1, file.line_count());
    let column = (marker.col() + 1).min(file.line(line).chars().count() + 1);
    if error.info().contains("recursion limit") {
        let message = "de inhoud is dieper genest dan de YAML-lezer toelaat".to_string();
        return Diagnostic::new("L010", file, Span::new(line, column, 1), message).with_help(
            "maak de structuur vlakker; geen formaat van onthaal heeft zoveel niveaus nodig",
        );
    }
    let span = Span::new(line, column, 1);
    Diagnostic::new(
        "L001",
        file,
        span,
        format!("ongeldige YAML: {}", super::serde_messages::scan_message(error.info())),
    )
    .with_help("controleer de inspringing, de `:` na elke sleutel en de aanhalingstekens rond tekst met `:` of `#`")
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
