//! The sections of a model document: a heading with an id and everything up to the next
//! heading of the same or a higher level. Municipal changes and locks name them by id.

use std::ops::Range;

use crate::model::document::Document;

/// One section of a document, as byte ranges in its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub level: u8,
    /// Marked `.vast`: a municipality may not change it.
    pub fixed: bool,
    /// Marked `.samenwerking`: only in the edition of a partnership.
    pub for_partnerships: bool,
    /// The heading line, with its line end.
    pub heading: Range<usize>,
    /// The heading and everything below it, subsections included.
    pub whole: Range<usize>,
}

impl Section<'_> {
    /// What sits below the heading.
    pub fn content(&self) -> Range<usize> {
        self.heading.end..self.whole.end
    }

    /// Whether `other` lies inside this section (or is it).
    pub fn contains(&self, other: &Section<'_>) -> bool {
        self.whole.start <= other.whole.start && other.whole.end <= self.whole.end
    }
}

/// Every section with an id, in document order.
pub fn sections(doc: &Document) -> Vec<Section<'_>> {
    let body = doc.body.as_str();
    let headings = &doc.headings;
    headings
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let id = h.id.as_deref()?;
            let end = headings[i + 1..]
                .iter()
                .find(|next| next.level <= h.level)
                .map_or(body.len(), |next| next.body_range.start);
            let heading_end = line_end(body, h.body_range.start).min(end);
            Some(Section {
                id,
                title: &h.text,
                level: h.level,
                fixed: h.is_fixed(),
                for_partnerships: h.is_for_partnerships(),
                heading: h.body_range.start..heading_end,
                whole: h.body_range.start..end,
            })
        })
        .collect()
}

/// The offset just past the line that holds `from` (its `\n` included).
fn line_end(text: &str, from: usize) -> usize {
    text[from..].find('\n').map_or(text.len(), |i| from + i + 1)
}

/// A section's text as pinned and compared: line ends as `\n`, no trailing blanks on a
/// line, no blank lines at either end. An edit that only moves whitespace is no change.
pub fn normalised(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let first = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    let last = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(first, |i| i + 1);
    let mut out = lines[first..last].join("\n");
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// `sha256:` and the hex digest of a normalised text.
pub fn fingerprint(normalised: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(normalised.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::markdown;
    use crate::source::SourceFile;

    fn doc(body: &str) -> Document {
        let text = format!("---\ntitel: T\n---\n{body}");
        markdown::parse(&SourceFile::new(
            "charters/model.md",
            "charters/model.md",
            text,
        ))
        .unwrap()
    }

    #[test]
    fn a_section_runs_to_the_next_heading_of_its_level_with_its_subsections() {
        let d = doc(
            "intro\n\n## Een {#een}\n\ntekst\n\n### Sub {#sub .vast}\n\nmeer\n\n## Twee {#twee}\n\nslot\n",
        );
        let s = sections(&d);
        let ids: Vec<_> = s.iter().map(|s| (s.id, s.level, s.fixed)).collect();
        assert_eq!(
            ids,
            [("een", 2, false), ("sub", 3, true), ("twee", 2, false)]
        );
        assert_eq!(
            &d.body[s[0].whole.clone()],
            "## Een {#een}\n\ntekst\n\n### Sub {#sub .vast}\n\nmeer\n\n"
        );
        assert_eq!(&d.body[s[0].heading.clone()], "## Een {#een}\n");
        assert_eq!(&d.body[s[1].content()], "\nmeer\n\n");
        assert_eq!(&d.body[s[2].whole.clone()], "## Twee {#twee}\n\nslot\n");
        assert!(s[0].contains(&s[1]) && !s[1].contains(&s[0]) && !s[0].contains(&s[2]));
    }

    #[test]
    fn whitespace_alone_does_not_change_a_fingerprint() {
        let a = normalised("\n## A {#a}  \r\n\r\ntekst\n\n\n");
        assert_eq!(a, "## A {#a}\n\ntekst\n");
        assert_eq!(
            fingerprint(&a),
            fingerprint(&normalised("## A {#a}\n\ntekst"))
        );
        assert_ne!(
            fingerprint(&a),
            fingerprint(&normalised("## A {#a}\n\nTekst"))
        );
        assert!(fingerprint(&a).starts_with("sha256:") && fingerprint(&a).len() == 7 + 64);
    }
}
