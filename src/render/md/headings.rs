//! Headings rewritten in Markdown text: found with the parser so that `#` lines inside
//! code blocks are left alone, then demoted or cleaned of `{#id .class}`.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

/// The note under a section a municipality may not change.
pub const FIXED_NOTE: &str = "> Vaste tekst: een gemeente past deze sectie niet aan.";

/// A heading as found: where it is, its level, and its source text without markers.
struct Found {
    range: Range<usize>,
    level: usize,
    content: String,
    has_attributes: bool,
    fixed: bool,
}

/// Options for reading our own output: `{#id}` is left as text, as a git web view does.
pub fn output_options() -> Options {
    crate::markdown::options().difference(Options::ENABLE_HEADING_ATTRIBUTES)
}

/// Every heading of `text` one level or more deeper (at most `######`).
pub fn demote(text: &str, by: usize) -> String {
    rewrite(text, output_options(), |h| atx(h.level + by, &h.content))
}

/// A source document's body for output: attribute blocks removed, headings `shift`
/// levels deeper, and a note under every `.vast` section.
pub fn clean_document(body: &str, shift: usize) -> String {
    rewrite(body, crate::markdown::options(), |h| {
        let mut content = h.content.as_str();
        if h.has_attributes
            && let Some(open) = content.rfind('{')
        {
            content = content[..open].trim_end();
        }
        let heading = atx(h.level + shift, content);
        if h.fixed {
            format!("{heading}\n\n{FIXED_NOTE}")
        } else {
            heading
        }
    })
}

fn atx(level: usize, content: &str) -> String {
    format!("{} {}", "#".repeat(level.min(6)), content)
}

/// Replaces every heading with `f(heading)`, keeping the line break that ended it.
fn rewrite(text: &str, options: Options, f: impl Fn(&Found) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    for heading in scan(text, options) {
        let source = &text[heading.range.clone()];
        let kept = source.trim_end();
        out.push_str(&text[done..heading.range.start]);
        out.push_str(&f(&heading));
        out.push_str(&source[kept.len()..]);
        done = heading.range.end;
    }
    out.push_str(&text[done..]);
    out
}

fn scan(text: &str, options: Options) -> Vec<Found> {
    let mut found = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if let Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) = event
        {
            found.push(Found {
                content: content(&text[range.clone()]),
                range,
                level: level as usize,
                has_attributes: id.is_some() || !classes.is_empty() || !attrs.is_empty(),
                fixed: classes.iter().any(|c| c.as_ref() == "vast"),
            });
        }
    }
    found
}

/// The text of an ATX (`## Titel ##`) or setext (`Titel` + `---`) heading.
fn content(source: &str) -> String {
    let source = source.trim();
    if let Some(rest) = source.strip_prefix('#') {
        let rest = rest.trim_start_matches('#').trim();
        let without_closing = rest.trim_end_matches('#');
        return match without_closing.strip_suffix(' ') {
            Some(text) => text.trim_end().to_string(),
            None if without_closing.is_empty() => String::new(),
            None => rest.to_string(),
        };
    }
    let lines: Vec<&str> = source.lines().collect();
    let text = &lines[..lines.len().saturating_sub(1)];
    text.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{FIXED_NOTE, clean_document, demote};

    #[test]
    fn demotes_atx_and_setext_headings_but_not_code() {
        let text = "# Een\n\n```\n# geen kop\n```\n\nTwee\n---\n\n## Drie ##\n";
        assert_eq!(
            demote(text, 1),
            "## Een\n\n```\n# geen kop\n```\n\n### Twee\n\n### Drie\n"
        );
    }

    #[test]
    fn strips_attributes_and_marks_fixed_sections() {
        let body = "## Doel {#doel}\n\nTekst.\n\n## Privacy {#privacy .vast}\n";
        assert_eq!(
            clean_document(body, 1),
            format!("### Doel\n\nTekst.\n\n### Privacy\n\n{FIXED_NOTE}\n")
        );
    }
}
