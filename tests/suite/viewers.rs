//! How viewers show our Markdown: a CommonMark reader (pulldown-cmark with the
//! extensions viewers commonly add: footnotes, tables, strikethrough, task lists, heading
//! attributes; raw HTML passed through) and a GFM reader (comrak, GitHub's cmark-gfm
//! rules, raw HTML passed through and no tag filter: the laxest viewer), and a scan of
//! their HTML for anything live: a tag outside plain text markup, a handler or style
//! attribute, anything that loads (src), or a script or data link.

/// The tags plain Markdown makes; anything else came from raw HTML.
const PLAIN: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "a",
    "em",
    "strong",
    "del",
    "s",
    "code",
    "pre",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
    "input",
    "sup",
    "section",
    "div",
    "span",
];

pub fn commonmark(markdown: &str) -> String {
    let mut html = String::new();
    use pulldown_cmark::Options;
    let options = Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let parser = pulldown_cmark::Parser::new_ext(markdown, options);
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

pub fn gfm(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.tasklist = true;
    options.extension.autolink = true;
    options.extension.footnotes = true;
    options.render.r#unsafe = true;
    comrak::markdown_to_html(markdown, &options)
}

/// Every live part of `html`, as found (empty when it is inert).
pub fn live(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            if !rest.starts_with(['!', '?']) {
                continue;
            }
            found.push(snippet(html, at));
            continue;
        }
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if !PLAIN.contains(&name.as_str()) || live_attribute(&name, tag) {
            found.push(snippet(html, at));
        }
    }
    found
}

fn live_attribute(name: &str, tag: &str) -> bool {
    // A table column's alignment is the one style plain Markdown writes.
    let lower = tag
        .to_ascii_lowercase()
        .replace("style=\"text-align: left\"", "")
        .replace("style=\"text-align: center\"", "")
        .replace("style=\"text-align: right\"", "");
    let keys = lower
        .split(|c: char| c.is_whitespace() || c == '"' || c == '\'')
        .filter_map(|part| part.split_once('=').map(|(key, _)| key));
    for key in keys {
        if key.starts_with("on")
            || matches!(
                key,
                "src" | "srcset" | "style" | "background" | "formaction" | "poster"
            )
        {
            return true;
        }
    }
    for (at, _) in lower.match_indices("href=") {
        let rest = &lower[at + 5..];
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or_default(),
            _ => rest
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or_default(),
        };
        let value: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect();
        if ["javascript:", "vbscript:", "data:", "file:"]
            .iter()
            .any(|s| value.starts_with(s))
        {
            return true;
        }
    }
    name == "input" && !(lower.contains("type=\"checkbox\"") && lower.contains("disabled"))
}

fn snippet(html: &str, at: usize) -> String {
    html[at..].chars().take(80).collect()
}

#[test]
fn the_scan_sees_what_is_live() {
    for live_html in [
        "<img src=x>",
        "<p onclick=\"x\">",
        "<a href=\"javascript:alert(1)\">",
        "<a href=\" JaVa\tscript:x\">",
        "<svg>",
        "<!-- x -->",
        "<input type=\"text\">",
    ] {
        assert!(!live(live_html).is_empty(), "{live_html}");
    }
    let inert = "<p>a &lt;img&gt; <a href=\"https://x.be\">x</a> <input type=\"checkbox\" disabled=\"\" /></p>";
    assert_eq!(live(inert), Vec::<String>::new());
}
