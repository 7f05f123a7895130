//! The offline search index, made from the pages as rendered: one entry per section
//! (a heading or a blueprint step with an id), so every page is found by what it says.
//! Written as a script, not JSON, because `fetch` does not work from `file://`.

mod sections;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::load::Workspace;
pub use sections::{outline, sections};

/// Above this much text, pages are indexed by their titles only: a build of thousands
/// of pages keeps a search index a browser can load.
pub const TEXT_BUDGET: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    /// Page title.
    pub t: String,
    /// Section title.
    pub s: String,
    /// URL relative to the site root.
    pub u: String,
    /// Plain text of the section.
    pub x: String,
    /// The heading level that opens the section (2 for `h2`); 0 for a row or the page.
    #[serde(skip)]
    pub level: u8,
}

/// The index as a script that sets `window.ONTHAAL_ZOEKINDEX` (the entries) and
/// `window.ONTHAAL_SYNONIEMEN` (a word people use → the names it stands for).
pub fn index_script(entries: &[Entry], synonyms: &BTreeMap<String, Vec<String>>) -> String {
    format!(
        "window.ONTHAAL_ZOEKINDEX = {};\nwindow.ONTHAAL_SYNONIEMEN = {};\n",
        inert_json(entries),
        inert_json(synonyms)
    )
}

/// JSON in which `<` only occurs as `\u003c`, so no text can end or open a tag.
fn inert_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c")
}

/// Every keyword (`trefwoorden`) of a criterion or domain with the names it stands for:
/// `racisme` → Zogenaamd ras, Huidskleur, …; `huurwoning` → Wonen.
pub fn synonyms(ws: &Workspace) -> BTreeMap<String, Vec<String>> {
    let r = &ws.reference;
    let criteria = r.criteria.iter().flat_map(|l| &l.value.criteria);
    let domains = r.domeinen.iter().flat_map(|l| &l.value.domeinen);
    let named = criteria
        .map(|c| (&c.naam, &c.trefwoorden))
        .chain(domains.map(|d| (&d.naam, &d.trefwoorden)));
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (naam, words) in named {
        for word in words {
            let names = map.entry(word.trim().to_lowercase()).or_default();
            if !names.contains(naam) {
                names.push(naam.clone());
            }
        }
    }
    map
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
            level: 0,
        };
        let words = BTreeMap::from([("</script>".to_string(), vec!["x".to_string()])]);
        let script = index_script(&[entry], &words);
        assert!(!script.contains("</script>"), "{script}");
        assert!(script.starts_with("window.ONTHAAL_ZOEKINDEX = [{"));
        assert!(script.contains("\nwindow.ONTHAAL_SYNONIEMEN = {\"\\u003c/script>\":[\"x\"]};\n"));
    }
}
