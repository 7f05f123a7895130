//! The offline search index: one entry per section, written as a script (not JSON)
//! because `fetch` does not work from `file://`.

use serde::Serialize;

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

/// Splits a Markdown body at its `##` headings: (id, title, section markdown).
pub fn sections(body: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for line in body.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            let (title, id) = match heading.rfind("{#") {
                Some(i) => (
                    heading[..i].trim(),
                    heading[i + 2..].split([' ', '}']).next().unwrap_or(""),
                ),
                None => (heading.trim(), ""),
            };
            out.push((id.to_string(), title.to_string(), String::new()));
        } else if let Some(last) = out.last_mut() {
            last.2.push_str(line);
            last.2.push('\n');
        }
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
    fn sections_split_at_level_two() {
        let found = sections("intro\n## Doel {#doel .vast}\ntekst\n### Sub\nmeer\n## Einde\n");
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].0.as_str(), found[0].1.as_str()), ("doel", "Doel"));
        assert_eq!(found[0].2, "tekst\n### Sub\nmeer\n");
        assert_eq!(found[1].0, "");
    }
}
