//! The event walk behind the side table: one pass over the YAML events that records the
//! position of every key and value by path, and refuses what serde would accept but
//! editors should not write: duplicate keys, anchors and aliases, a second document,
//! and nesting deeper than [`MAX_DEPTH`].

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScanError, Span as YamlSpan};

use super::SpanIndex;
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::source::{SourceFile, Span};

/// Nesting deeper than this is refused before serde sees it: no real content needs it.
const MAX_DEPTH: usize = 48;

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
pub(super) fn index(file: &SourceFile) -> Result<SpanIndex, Diagnostic> {
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
            crate::t!("het bestand is leeg", "the file is empty"),
        )
        .with_help(crate::t!(
            "vul het bestand in of verwijder het; `onthaal init` in een lege map maakt een volledig voorbeeld van elk bestand",
            "fill in the file or remove it; `onthaal init` in an empty folder makes a complete example of every file"
        )));
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
                    return Err(self.error(
                        "L006",
                        at,
                        crate::t!(
                            "meer dan één YAML-document in dit bestand",
                            "more than one YAML document in this file"
                        ),
                        crate::t!(
                            "een inhoudsbestand bevat één document: verwijder de tweede `---` of zet de inhoud in een apart bestand",
                            "a content file holds one document: delete the second `---` or put the content in a separate file"
                        ),
                    ));
                }
            }
            Event::Alias(_) => {
                return Err(self.error(
                    "L009",
                    at,
                    crate::t!(
                        "aliassen (`*naam`) worden niet ondersteund",
                        "aliases (`*name`) are not supported"
                    ),
                    crate::t!(
                        "schrijf de waarde voluit; zo blijft elke waarde op één plaats en met een positie",
                        "write the value out in full; that way every value stays in one place and has a position"
                    ),
                ));
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
        // Only a value that runs over more lines needs its first line's length; counting
        // that for every value would make a long one-line list quadratic.
        let width = if end.line() == start.line() {
            end.col().saturating_sub(start.col())
        } else {
            let line = self.file.line(start.line());
            line.chars().skip(start.col()).count()
        };
        Span::new(start.line(), start.col() + 1, width.max(1))
    }

    fn refuse_anchor(&self, anchor: usize, at: Span) -> Result<(), Diagnostic> {
        if anchor == 0 {
            return Ok(());
        }
        Err(self.error(
            "L009",
            at,
            crate::t!(
                "ankers (`&naam`) worden niet ondersteund",
                "anchors (`&name`) are not supported"
            ),
            crate::t!(
                "verwijder het anker en schrijf herhaalde waarden voluit",
                "delete the anchor and write repeated values out in full"
            ),
        ))
    }

    fn error(&self, code: &'static str, at: Span, message: Text, help: Text) -> Diagnostic {
        Diagnostic::new(code, self.file, at, message).with_help(help)
    }

    fn scalar(&mut self, text: &str, at: Span) -> Result<(), Diagnostic> {
        // Escapes such as "\e" in quoted YAML make control characters the raw text lacks.
        if let Some(c) = text
            .chars()
            .find(|c| crate::load::text::is_stray_control(*c))
        {
            let code = u32::from(c);
            return Err(self.error(
                "L008",
                at,
                crate::t!(
                    "onzichtbaar stuurteken U+{code:04X} in deze waarde",
                    "invisible control character U+{code:04X} in this value"
                ),
                crate::t!(
                    "verwijder de escape (zoals \\e of \\u202E) uit de tekst",
                    "delete the escape (such as \\e or \\u202E) from the text"
                ),
            ));
        }
        if let Some(Frame::Map {
            pending_key: pending_key @ None,
            seen,
            ..
        }) = self.stack.last_mut()
        {
            if let Some(first) = seen.get(text) {
                let first = first.line;
                let message = crate::t!(
                    "de sleutel `{text}` staat twee keer in hetzelfde blok (eerst op regel {first})",
                    "the key `{text}` appears twice in the same block (first on line {first})"
                );
                return Err(
                    Diagnostic::new("L004", self.file, at, message).with_help(crate::t!(
                        "houd één van beide en voeg hun inhoud samen",
                        "keep one of the two and merge their content"
                    )),
                );
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
                crate::t!(
                    "een sleutel moet gewone tekst zijn, geen lijst of blok",
                    "a key must be plain text, not a list or block"
                ),
                crate::t!(
                    "schrijf de sleutel als tekst gevolgd door `:`",
                    "write the key as text followed by `:`"
                ),
            ));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.error(
                "L010",
                at,
                crate::t!(
                    "de inhoud is dieper genest dan {MAX_DEPTH} niveaus",
                    "the content is nested deeper than {MAX_DEPTH} levels"
                ),
                flatter_help(),
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
        self.index.insert(path.clone(), key, at);
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

fn flatter_help() -> Text {
    crate::t!(
        "maak de structuur vlakker; geen formaat van onthaal heeft zoveel niveaus nodig",
        "make the structure flatter; no format of onthaal needs that many levels"
    )
}

fn syntax_error(file: &SourceFile, error: &ScanError) -> Diagnostic {
    let marker = error.marker();
    // The scanner may point just past the last line of a truncated file.
    let line = marker.line().clamp(1, file.line_count());
    let column = (marker.col() + 1).min(file.line(line).chars().count() + 1);
    if error.info().contains("recursion limit") {
        let message = crate::t!(
            "de inhoud is dieper genest dan de YAML-lezer toelaat",
            "the content is nested deeper than the YAML reader allows"
        );
        return Diagnostic::new("L010", file, Span::new(line, column, 1), message)
            .with_help(flatter_help());
    }
    super::syntax::diagnostic(
        file,
        error.info(),
        super::syntax::offset(file, line, column),
    )
}
