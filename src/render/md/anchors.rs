//! The anchors GitHub gives the headings of our output, for tables of contents.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::headings::output_options;

/// A heading of our output with the anchor GitHub gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub offset: usize,
    pub level: usize,
    pub text: String,
    pub slug: String,
}

/// Every heading of `text` with its GitHub anchor, duplicates numbered `-1`, `-2`.
pub fn anchors(text: &str) -> Vec<Anchor> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut found: Vec<Anchor> = Vec::new();
    let mut current: Option<Anchor> = None;
    for (event, range) in Parser::new_ext(text, output_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let (offset, level) = (range.start, level as usize);
                let (text, slug) = (String::new(), String::new());
                current = Some(Anchor {
                    offset,
                    level,
                    text,
                    slug,
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(anchor) = current.as_mut() {
                    anchor.text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => found.extend(current.take()),
            _ => {}
        }
    }
    for anchor in &mut found {
        anchor.text = anchor.text.trim().to_string();
        anchor.slug = unique(&mut seen, slug(&anchor.text));
    }
    found
}

/// GitHub's slug: lower case, spaces to `-`, punctuation and symbols dropped.
fn slug(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn unique(seen: &mut BTreeMap<String, usize>, base: String) -> String {
    let mut result = base.clone();
    while seen.contains_key(&result) {
        let count = seen.entry(base.clone()).or_insert(0);
        *count += 1;
        result = format!("{base}-{count}");
    }
    seen.insert(result.clone(), 0);
    result
}

#[cfg(test)]
mod tests {
    use super::anchors;

    #[test]
    fn numbers_duplicate_anchors_like_github() {
        let text = "# Warme overdracht\n\n## Fase 1: Warme overdracht!\n\n### Warme overdracht\n";
        let slugs: Vec<String> = anchors(text).into_iter().map(|a| a.slug).collect();
        assert_eq!(
            slugs,
            [
                "warme-overdracht",
                "fase-1-warme-overdracht",
                "warme-overdracht-1"
            ]
        );
    }
}
