//! Pages rendered once with placeholders and filled in many times. About 7,500 partner
//! charters differ only in the partner's own fields, so each municipal charter is
//! rendered and sanitised once, with a token where a field goes, and every partner's
//! page is the pieces around the tokens joined with that partner's escaped values.
//!
//! A token is `U+E000 name U+E001` (private-use characters: Markdown, the sanitiser and
//! both escapings leave them alone). In HTML a token inside a tag (an attribute, a link
//! address) is dropped when the pieces are cut: a value is only ever text.

/// Opens and closes a token.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The token for field `name`: `partner.naam`, `gemeente.telefoon`, `rol.toeleider`.
pub fn token(name: &str) -> String {
    format!("{OPEN}{name}{CLOSE}")
}

/// A rendered page cut into text and fields.
#[derive(Debug, Clone)]
pub struct Slotted {
    text: String,
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone)]
enum Piece {
    Text(std::ops::Range<usize>),
    Field(String),
}

impl Slotted {
    /// Cuts rendered HTML; tokens inside a tag are dropped.
    pub fn html(text: String) -> Self {
        Self::cut(text, true)
    }

    /// Cuts rendered Markdown (where links with a token were blanked before rendering).
    pub fn md(text: String) -> Self {
        Self::cut(text, false)
    }

    fn cut(text: String, html: bool) -> Self {
        let mut pieces = Vec::new();
        let mut start = 0;
        let mut in_tag = false;
        let mut quote: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if html {
                match (in_tag, quote, c) {
                    (false, _, '<') => in_tag = true,
                    (true, None, '"' | '\'') => quote = Some(c),
                    (true, Some(q), c) if c == q => quote = None,
                    (true, None, '>') => in_tag = false,
                    _ => {}
                }
            }
            if c != OPEN {
                continue;
            }
            let Some(end) = text[i..].find(CLOSE).map(|e| i + e) else {
                break;
            };
            pieces.push(Piece::Text(start..i));
            if !in_tag {
                pieces.push(Piece::Field(text[i + OPEN.len_utf8()..end].to_string()));
            }
            start = end + CLOSE.len_utf8();
            while chars.peek().is_some_and(|(j, _)| *j < start) {
                chars.next();
            }
        }
        pieces.push(Piece::Text(start..text.len()));
        Slotted { text, pieces }
    }

    /// The page with each field replaced by `value(name)`, already escaped for the
    /// page's format; a field `value` does not know stays empty.
    pub fn fill<'v>(&self, value: &dyn Fn(&str) -> Option<&'v str>) -> String {
        let mut out = String::with_capacity(self.text.len() + 512);
        for piece in &self.pieces {
            match piece {
                Piece::Text(range) => out.push_str(&self.text[range.clone()]),
                Piece::Field(name) => out.push_str(value(name).unwrap_or_default()),
            }
        }
        out
    }

    /// The names of the fields the page holds, in order.
    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Field(name) => Some(name.as_str()),
            Piece::Text(_) => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_text_fields_and_drops_tokens_inside_tags() {
        let t = |n| token(n);
        let page = format!(
            "<p title=\"{}\">Voor {} en <a href=\"{}\">{}</a> a>b</p>",
            t("partner.naam"),
            t("partner.naam"),
            t("partner.email"),
            t("partner.email")
        );
        let slotted = Slotted::html(page);
        assert_eq!(
            slotted.fields().collect::<Vec<_>>(),
            ["partner.naam", "partner.email"]
        );
        let filled = slotted.fill(&|name| match name {
            "partner.naam" => Some("Vzw &quot;Hart&quot;"),
            "partner.email" => Some("x@y.be"),
            _ => None,
        });
        assert_eq!(
            filled,
            "<p title=\"\">Voor Vzw &quot;Hart&quot; en <a href=\"\">x@y.be</a> a>b</p>"
        );
    }

    #[test]
    fn a_quoted_angle_bracket_does_not_end_a_tag_and_markdown_keeps_every_token() {
        let page = format!("<a title=\"a > b {}\">{}</a>", token("x"), token("y"));
        let filled = Slotted::html(page).fill(&|n| Some(if n == "x" { "LEK" } else { "ok" }));
        assert_eq!(filled, "<a title=\"a > b \">ok</a>");
        let md = format!(
            "- {} **Toeleider.** {}",
            token("rol.toeleider"),
            token("missing")
        );
        assert_eq!(
            Slotted::md(md).fill(&|n| (n == "rol.toeleider").then_some("[x]")),
            "- [x] **Toeleider.** "
        );
    }
}
