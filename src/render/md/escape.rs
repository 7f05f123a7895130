//! Plain text in Markdown: the one escaping of `templates/md/`. Every `{{ … }}` in a
//! Markdown template passes through [`escape_text`] unless it is marked `|safe`, which
//! only `_md` fields are (Markdown from content, defused with the whole file after).
//! Tightening what Markdown may carry is done here, for every template at once.

use minijinja::value::{Value, ValueKind};
use minijinja::{AutoEscape, Error, ErrorKind, Output, State};

/// The name of the auto-escape mode of the Markdown templates.
pub const MODE: &str = "markdown";

/// `text` as Markdown that shows exactly this text: on one line, and every character
/// that could open Markdown syntax (inline anywhere, or a block at the line start)
/// escaped with a backslash.
pub fn escape_text(text: &str) -> String {
    let line = one_line(text);
    let mut out = String::with_capacity(line.len() + 8);
    for (i, c) in line.char_indices() {
        match c {
            // As entities, so that no viewer, however lax, sees a tag.
            '<' => out.push_str("&lt;"),
            '&' if looks_like_entity(&line[i + 1..]) => out.push_str("&amp;"),
            c if needs_escape(&line, i, c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn needs_escape(line: &str, i: usize, c: char) -> bool {
    match c {
        // Emphasis, code, links, tables, strikethrough, math,
        // headings (also a closing `#` run).
        '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' | '#' => true,
        // Blocks that only open at the start of a line: quote, list, setext underline.
        '>' | '-' | '+' | '=' => i == 0,
        // `12. ` or `3) ` at the start is an ordered list.
        '.' | ')' => i > 0 && i <= 9 && line[..i].bytes().all(|b| b.is_ascii_digit()),
        _ => false,
    }
}

fn looks_like_entity(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

/// Text on one line: line breaks and runs of spaces become one space. A byte order mark
/// goes too: a viewer drops one at the start of a file, and what follows it (`1. `,
/// `- `) would then open a list that the escaping did not see coming.
pub fn one_line(text: &str) -> String {
    text.replace('\u{feff}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `[text](url)` when `url` is a web, mail or relative address; only the text otherwise.
pub fn link(text: &str, url: &str) -> String {
    let url = url.trim();
    if !crate::render::html::is_safe_url(url) || url.is_empty() {
        return escape_text(text);
    }
    format!("[{}]({})", escape_text(text), destination(url))
}

/// A source as a readable link when it is a web address (`[www.unia.be](https://…)`),
/// as text otherwise.
pub fn source(bron: &str) -> String {
    let bron = bron.trim();
    let lower = bron.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        let rest = &bron[bron.find("//").map_or(0, |i| i + 2)..];
        link(rest.trim_end_matches('/'), bron)
    } else {
        escape_text(bron)
    }
}

/// A link destination that cannot end the link or the table cell it sits in.
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' | '(' | ')' | '<' | '>' | '\\' | '`' | '|' | '"' => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c if c.is_whitespace() || c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The formatter of both template sets: plain values are escaped as text (Markdown here,
/// HTML by minijinja), values marked safe are written as they are. A list or an object
/// is a mistake in the template (it would print as `{'tekst': …}`), so it is an error.
pub fn formatter(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    if matches!(
        value.kind(),
        ValueKind::Map | ValueKind::Seq | ValueKind::Iterable
    ) {
        return Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("een lijst of object kan niet als tekst op de pagina: {value}"),
        ));
    }
    let markdown = matches!(state.auto_escape(), AutoEscape::Custom(mode) if mode == MODE);
    if markdown && !value.is_safe() {
        let text = if value.is_none() {
            String::new()
        } else {
            value.to_string()
        };
        return out.write_str(&escape_text(&text)).map_err(Error::from);
    }
    minijinja::escape_formatter(out, state, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_stays_plain() {
        assert_eq!(
            escape_text("Sint-Niklaas en Brugge, 0800 12 800 (gratis)."),
            "Sint-Niklaas en Brugge, 0800 12 800 (gratis)."
        );
    }

    #[test]
    fn markdown_in_text_is_shown_not_followed() {
        assert_eq!(
            escape_text("**vet** [klik](javascript:x) <b> a|b `c` ~d~ $e$ #f"),
            "\\*\\*vet\\*\\* \\[klik\\](javascript:x) &lt;b> a\\|b \\`c\\` \\~d\\~ \\$e\\$ \\#f"
        );
        assert_eq!(escape_text("- lijst"), "\\- lijst");
        assert_eq!(escape_text("> citaat"), "\\> citaat");
        assert_eq!(escape_text("12. genummerd"), "12\\. genummerd");
        assert_eq!(escape_text("2 > 1 - 1"), "2 > 1 - 1");
        assert_eq!(escape_text("&amp; en & "), "&amp;amp; en &");
        assert_eq!(escape_text("een\n\n    twee"), "een twee");
    }

    #[test]
    fn every_escaped_text_renders_as_that_text() {
        let hostile = "*a* _b_ [c](d) <e> `f` ~~g~~ | h \\ &lt; # i ![j](k) 1) l";
        let html = crate::render::html::markdown_to_html(&escape_text(hostile), 0);
        let text = crate::render::html::plain_text(&escape_text(hostile));
        assert_eq!(text, hostile, "{html}");
        assert!(!html.contains("<em>") && !html.contains("<a ") && !html.contains("<code>"));
    }

    #[test]
    fn links_go_only_where_links_may_go() {
        assert_eq!(
            link("Unia [site]", "https://www.unia.be/a b(c)"),
            "[Unia \\[site\\]](https://www.unia.be/a%20b%28c%29)"
        );
        assert_eq!(link("klik", "javascript:alert(1)"), "klik");
        assert_eq!(
            source("https://www.unia.be/"),
            "[www.unia.be](https://www.unia.be/)"
        );
        assert_eq!(source("een boek"), "een boek");
    }
}
