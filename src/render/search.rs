//! The offline search index: one entry per section, written as a script (not JSON)
//! because `fetch` does not work from `file://`.

use serde::Serialize;

use crate::load::Workspace;
use crate::model::document::{Document, Heading};
use crate::render::html::plain_text;

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

/// One entry per step, section, question and B.
pub fn entries(ws: &Workspace) -> Vec<Entry> {
    let mut entries = Vec::new();
    let entry = |t: &str, s: &str, u: String, x: String| Entry {
        t: t.to_string(),
        s: s.to_string(),
        u,
        x,
    };
    for bp in &ws.blueprints {
        let bp = &bp.value;
        for s in &bp.stappen {
            let text = [
                s.melder.clone().unwrap_or_default(),
                s.frontstage
                    .as_ref()
                    .map(|a| a.actie.clone())
                    .unwrap_or_default(),
                s.backstage
                    .as_ref()
                    .map(|a| a.actie.clone())
                    .unwrap_or_default(),
            ]
            .join(" ");
            entries.push(entry(
                &bp.titel,
                &s.titel,
                format!("blauwdrukken/{}.html#stap-{}", bp.model, s.id),
                text,
            ));
        }
    }
    let documents = ws
        .charter
        .iter()
        .map(|c| ("charter.html", c))
        .chain(ws.playbook.iter().map(|c| ("draaiboek.html", c)));
    for (page, doc) in documents {
        for (id, title, body) in sections(&doc.value) {
            let anchor = if id.is_empty() {
                String::new()
            } else {
                format!("#{id}")
            };
            entries.push(entry(
                &doc.value.meta.titel,
                &title,
                format!("{page}{anchor}"),
                plain_text(&body),
            ));
        }
    }
    for f in &ws.faq {
        for v in &f.value.vragen {
            let first = v.doelgroepen.first().cloned().unwrap_or_default();
            entries.push(entry(
                "Veelgestelde vragen",
                &v.vraag,
                format!("faq.html#{first}-{}", v.id),
                plain_text(&v.antwoord),
            ));
        }
    }
    if let Some(c) = &ws.checklist {
        for b in &c.value.criteria {
            entries.push(entry(
                &c.value.titel,
                &b.naam,
                format!("8bs.html#b-{}", b.id),
                format!(
                    "{} {}",
                    plain_text(&b.beschrijving),
                    b.controlepunten.join(" ")
                ),
            ));
        }
    }
    entries
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
