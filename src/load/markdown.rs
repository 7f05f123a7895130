//! Markdown documents: YAML front matter (through the YAML module, with positions) and
//! the headings and template variables of the body.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::yaml;
use crate::diagnostics::Diagnostic;
use crate::model::document::{Document, Heading, Meta, Variable};
use crate::source::{SourceFile, Span};

/// Parses a Markdown document with front matter.
pub fn parse(file: &SourceFile) -> Result<Document, Diagnostic> {
    parse_with_spans(file).map(|(document, _)| document)
}

/// Parses a Markdown document, with the positions of its front matter values (the
/// lines are the file's own), so that rules can point at `bijlagen[1]`.
pub fn parse_with_spans(file: &SourceFile) -> Result<(Document, yaml::SpanIndex), Diagnostic> {
    let (front, body_offset) = split_front_matter(file)?;
    let only_comments = front
        .text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if only_comments {
        let message = crate::t!("de front matter is leeg", "the front matter is empty");
        return Err(
            Diagnostic::new("D004", file, Span::file_start(), message).with_help(crate::t!(
                "zet tussen de twee regels `---` minstens `titel: …`",
                "put at least `titel: …` between the two `---` lines"
            )),
        );
    }
    let front_doc = yaml::parse::<Meta>(&front)?;
    let (meta, title_span) = (front_doc.value, front_doc.spans.value("titel"));
    let spans = front_doc.spans;
    let body = file.text[body_offset..].to_string();
    let headings = headings(file, &body, body_offset);
    let variables = variables(file, &body, body_offset);
    let document = Document {
        id: document_id(file),
        meta,
        title_span,
        body,
        body_offset,
        headings,
        variables,
    };
    Ok((document, spans))
}

/// A document made by the municipal overlay from model text and local changes: it has
/// no file of its own, so its positions count from the start of `body`.
pub fn composed(id: &str, meta: Meta, body: String) -> Document {
    let file = SourceFile::new(id, id, body);
    let headings = headings(&file, &file.text, 0);
    let variables = variables(&file, &file.text, 0);
    Document {
        id: id.to_string(),
        meta,
        title_span: Span::file_start(),
        body: file.text,
        body_offset: 0,
        headings,
        variables,
    }
}

/// The front matter as its own YAML source with the same line numbers as the file,
/// and the byte offset where the body starts.
fn split_front_matter(file: &SourceFile) -> Result<(SourceFile, usize), Diagnostic> {
    let text = &file.text;
    let missing = || {
        Diagnostic::new(
            "D004",
            file,
            Span::file_start(),
            crate::t!(
                "het document begint niet met front matter",
                "the document does not start with front matter"
            ),
        )
        .with_help(crate::t!(
            "begin met `---`, een regel `titel: …` en opnieuw `---`",
            "start with `---`, a line `titel: …` and `---` again"
        ))
    };
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
        .ok_or_else(missing)?;
    let start = text.len() - rest.len();
    let end = find_closing(rest).ok_or_else(|| {
        Diagnostic::new(
            "D004",
            file,
            Span::new(1, 1, 3),
            crate::t!(
                "de front matter wordt niet afgesloten",
                "the front matter is not closed"
            ),
        )
        .with_help(crate::t!(
            "zet na de laatste regel van de front matter een regel met alleen `---`",
            "after the last line of the front matter, put a line with only `---`"
        ))
    })?;
    let front_text = format!("\n{}", &rest[..end]);
    let after = &rest[end..];
    let closing_len = after.find('\n').map_or(after.len(), |i| i + 1);
    let front = SourceFile::new(file.name.clone(), file.path.clone(), front_text);
    Ok((front, start + end + closing_len))
}

/// The offset in `rest` of the line that closes the front matter (`---`).
fn find_closing(rest: &str) -> Option<usize> {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

fn headings(file: &SourceFile, body: &str, body_offset: usize) -> Vec<Heading> {
    let mut found = Vec::new();
    let mut current: Option<Heading> = None;
    for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                let start = body_offset + range.start;
                current = Some(Heading {
                    level: level as u8,
                    text: String::new(),
                    id: id.map(|i| i.to_string()),
                    classes: classes.iter().map(|c| c.to_string()).collect(),
                    span: file.span(start, start + range.len()),
                    body_range: range.clone(),
                });
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = current.as_mut() {
                    heading.text.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => found.extend(current.take()),
            _ => {}
        }
    }
    for heading in &mut found {
        heading.text = heading.text.trim().to_string();
    }
    found
}

/// Every `{{ name }}` in the body, with the position of the name.
fn variables(file: &SourceFile, body: &str, body_offset: usize) -> Vec<Variable> {
    variable_offsets(body)
        .into_iter()
        .map(|(start, end, name)| Variable {
            name: name.to_string(),
            span: file.span(body_offset + start, body_offset + end),
        })
        .collect()
}

/// Every `{{ name }}` in `text`: the byte range of the name (trimmed) and the name.
pub fn variable_offsets(text: &str) -> Vec<(usize, usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find("{{").map(|i| from + i) {
        let Some(close) = text[open..].find("}}").map(|i| open + i) else {
            break;
        };
        let inner = &text[open + 2..close];
        let name = inner.trim();
        let start = open + 2 + (inner.len() - inner.trim_start().len());
        found.push((start, start + name.len(), name));
        from = close + 2;
    }
    found
}

/// `playbook/05-doorverwijzen.md` -> `doorverwijzen`.
fn document_id(file: &SourceFile) -> String {
    let stem = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let without_number = stem.trim_start_matches(|c: char| c.is_ascii_digit());
    without_number
        .strip_prefix('-')
        .unwrap_or(without_number)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Result<Document, Diagnostic> {
        parse(&SourceFile::new(
            "playbook/02-voorbereiden.md",
            "playbook/02-voorbereiden.md",
            text.into(),
        ))
    }

    #[test]
    fn reads_front_matter_headings_and_variables() {
        let d = doc(
            "---\ntitel: Voorbereiden\n---\n\n## Doel {#doel .vast}\n\nVoor {{ gemeente.naam }}.\n",
        )
        .unwrap();
        assert_eq!(d.id, "voorbereiden");
        assert_eq!(d.meta.titel, "Voorbereiden");
        assert_eq!(d.headings.len(), 1);
        let h = &d.headings[0];
        assert_eq!(
            (h.level, h.text.as_str(), h.id.as_deref()),
            (2, "Doel", Some("doel"))
        );
        assert!(h.is_fixed());
        assert_eq!((h.span.line, h.span.column), (5, 1));
        assert_eq!(d.variables[0].name, "gemeente.naam");
        assert_eq!(
            (d.variables[0].span.line, d.variables[0].span.column),
            (7, 9)
        );
    }

    #[test]
    fn front_matter_errors_keep_file_lines() {
        let err = doc("---\ntitel: x\nfoo: y\n---\n").unwrap_err();
        assert_eq!((err.code(), err.span.line, err.span.column), ("L003", 3, 1));
        let err = doc("## Geen front matter\n").unwrap_err();
        assert_eq!(err.code(), "D004");
        let err = doc("---\ntitel: x\n\n## Kop\n").unwrap_err();
        assert_eq!(err.message.nl, "de front matter wordt niet afgesloten");
        let err = doc("---\n# alleen commentaar\n---\n").unwrap_err();
        assert_eq!(err.message.nl, "de front matter is leeg");
    }
}
