//! The offline search index: one entry per section, written as a script (not JSON)
//! because `fetch` does not work from `file://`.

use serde::Serialize;

use crate::model::document::{Document, Heading};

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Page title.
    pub t: String,
    /// Section title.
    pub s: String,
    /// URL relative to the site root.
    pub u: String,
    /// Plain text of the section.
    pub x: String,
}

/// The index as a script that sets `window.ONTHAAL_ZOEKINDEX`.
pub fn index_script(entries: &[Entry]) -> String {
    // `<` only occurs inside JSON strings; as `\u003c` no text can end or open a tag.
    let json = serde_json::to_string(entries)
        .unwrap_or_else(|_| "[]".into())
        .replace('<', "\\u003c");
    format!("window.ONTHAAL_ZOEKINDEX = {json};\n")
}

/// The sections of a document for the index: (anchor id, title, Markdown), cut at the
/// level-two headings the loader found (so a `##` inside a code block is no heading).
/// Text before the first one belongs to the document itself.
pub fn sections(doc: &Document) -> Vec<(String, String, String)> {
    let body = &doc.body;
    let cuts: Vec<&Heading> = doc.headings.iter().filter(|h| h.level <= 2).collect();
    let mut out = Vec::new();
    let first = cuts.first().map_or(body.len(), |h| h.body_range.start);
    if !body[..first].trim().is_empty() {
        out.push((
            String::new(),
            doc.meta.titel.clone(),
            body[..first].to_string(),
        ));
    }
    for (i, heading) in cuts.iter().enumerate() {
        let end = cuts
            .get(i + 1)
            .map_or(body.len(), |next| next.body_range.start);
        let text = body.get(heading.body_range.end..end).unwrap_or_default();
        out.push((
            heading.id.clone().unwrap_or_default(),
            heading.text.clone(),
            text.to_string(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_cannot_be_closed_by_content() {
        let entry = Entry {
            t: "</script><script>alert(1)</script>".into(),
            s: String::new(),
            u: "a.html".into(),
            x: String::new(),
        };
        let script = index_script(&[entry]);
        assert!(!script.contains("</script>"), "{script}");
        assert!(script.starts_with("window.ONTHAAL_ZOEKINDEX = [{"));
    }

    #[test]
    fn sections_follow_the_real_headings() {
        let text = "---\ntitel: T\n---\nintro\n## Doel {#doel .vast}\ntekst\n### Sub\n```\n## geen kop\n```\n  ## Ingesprongen {#in}\nmeer\n";
        let doc = crate::load::markdown::parse(&crate::source::SourceFile::new(
            "a.md",
            "a.md",
            text.into(),
        ))
        .unwrap();
        let found = sections(&doc);
        let titles: Vec<_> = found
            .iter()
            .map(|(id, t, _)| (id.as_str(), t.as_str()))
            .collect();
        assert_eq!(
            titles,
            vec![("", "T"), ("doel", "Doel"), ("in", "Ingesprongen")]
        );
        assert!(
            found[1].2.contains("## geen kop"),
            "a heading in code stays text of its section"
        );
    }
}
