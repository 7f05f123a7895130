//! The Markdown output cannot carry raw HTML or load anything from elsewhere, in any
//! viewer. Two passes: one over pulldown-cmark's reading (raw HTML escaped, images made
//! links, unsafe destinations removed), then one that does not trust any reading at all,
//! because viewers disagree (GitHub reads footnotes, splits table cells before code
//! spans, and draws `geojson` blocks as maps with tiles from elsewhere): every `<` that
//! could open a tag becomes `&lt;`, every `![` loses its image, a destination with a
//! script scheme goes, a code block that a viewer would draw is plain text, and an
//! attribute block at the end of a line (`{#id onclick=…}`, which viewers with heading
//! attributes would put on the heading) is text.

use pulldown_cmark::{Event, Parser, Tag};

use crate::render::html::is_safe_url;

/// Markdown that stays Markdown (the md/ output) but cannot carry raw HTML or load an
/// image: raw HTML is escaped so it reads as text, and `![…](…)` becomes a link.
pub fn defuse_markdown(markdown: &str) -> String {
    // Escaping an HTML block can reveal Markdown inside it (an image), so repeat until
    // nothing changes; each pass only removes constructs, so this ends quickly.
    let mut text = markdown.to_string();
    for _ in 0..8 {
        let next = defuse_once(&text);
        if next == text {
            break;
        }
        text = next;
    }
    text
}

fn defuse_once(markdown: &str) -> String {
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    let mut parser = Parser::new_ext(markdown, crate::markdown::options()).into_offset_iter();
    for (event, range) in parser.by_ref() {
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                let raw = &markdown[range.clone()];
                edits.extend(
                    raw.match_indices('<')
                        .map(|(i, _)| (range.start + i, 1, "&lt;")),
                );
            }
            Event::Start(Tag::Image { ref dest_url, .. })
            | Event::Start(Tag::Link { ref dest_url, .. })
                if !is_safe_url(dest_url) =>
            {
                edits.push(unsafe_destination(markdown, range, dest_url));
            }
            Event::Start(Tag::Image { .. }) if markdown[range.clone()].starts_with('!') => {
                edits.push((range.start, 1, ""));
            }
            _ => {}
        }
    }
    // `[text][1]` with `[1]: javascript:…` keeps its destination in the definition.
    for (_, definition) in parser.reference_definitions().iter() {
        if !is_safe_url(&definition.dest) {
            edits.push(unsafe_destination(
                markdown,
                definition.span.clone(),
                &definition.dest,
            ));
        }
    }
    apply(markdown, edits)
}

/// The edit that takes away an unsafe destination: the URL becomes `#`; when the source
/// spells it otherwise (with entities), the whole construct goes.
fn unsafe_destination<'a>(
    markdown: &str,
    range: std::ops::Range<usize>,
    dest: &str,
) -> (usize, usize, &'a str) {
    match markdown[range.clone()].find(dest) {
        Some(i) => (range.start + i, dest.len(), "#"),
        None => (range.start, range.len(), "\\[link verwijderd\\]"),
    }
}

/// Applies non-overlapping edits (start, length, replacement); overlapping ones are
/// dropped, the first wins.
fn apply(markdown: &str, mut edits: Vec<(usize, usize, &str)>) -> String {
    edits.sort_unstable();
    let mut out = String::with_capacity(markdown.len());
    let mut at = 0;
    for (start, len, replacement) in edits {
        if start < at {
            continue;
        }
        out.push_str(&markdown[at..start]);
        out.push_str(replacement);
        at = start + len;
    }
    out.push_str(&markdown[at..]);
    out
}

/// Code blocks that GitHub and other viewers draw instead of showing: a diagram, a map
/// (its tiles load from elsewhere), a 3D model, a formula.
const DRAWN: &[&str] = &["mermaid", "geojson", "topojson", "stl", "math", "plantuml"];

/// Schemes whose link would run or carry something instead of going to a page.
const SCRIPT_SCHEMES: &[&str] = &["javascript:", "vbscript:", "data:", "file:"];

/// The pass that trusts no reading: whatever a viewer makes of the text, no tag, image,
/// script link or drawn block remains.
pub fn anywhere(markdown: &str) -> String {
    // A lone CR breaks a line for a viewer too.
    let markdown = &markdown.replace("\r\n", "\n").replace('\r', "\n");
    // Heading attributes are pulldown-cmark's reading; in what it reads as code they are
    // text already (a `diff` of a section shows its `{#id}`).
    let code = super::code_ranges(markdown);
    let mut out = String::with_capacity(markdown.len());
    let mut offset = 0;
    for (i, line) in markdown.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line_start = offset;
        offset += line.len() + 1;
        let line = plain_fence(line);
        if code.iter().any(|r| r.contains(&line_start)) {
            out.push_str(&line);
        } else {
            out.push_str(&no_attributes(&line));
        }
    }
    let out = no_tags_or_images(&out);
    no_script_destinations(&out)
}

fn no_tags_or_images(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('<', Some(next)) if next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?') => {
                out.push_str("&lt;");
            }
            ('!', Some('[')) => out.push_str("!\\"),
            _ => out.push(c),
        }
    }
    out
}

/// A line ending in `{…}` keeps it as text: its last `}` as `&#125;` shows `}` in every
/// viewer, and none reads the block as heading attributes (pulldown-cmark still does
/// after `\{`). Every line outside code, because a heading hides in a list item, a quote
/// or under a setext line.
fn no_attributes(line: &str) -> std::borrow::Cow<'_, str> {
    let kept = line.trim_end();
    if kept.ends_with('}') && kept.contains('{') {
        format!("{}&#125;{}", &kept[..kept.len() - 1], &line[kept.len()..]).into()
    } else {
        line.into()
    }
}

/// A fence line (``` or ~~~, after a quote's `>` and indentation) whose info string names
/// a drawn block gets `text` instead.
fn plain_fence(line: &str) -> std::borrow::Cow<'_, str> {
    let start = line.len() - line.trim_start_matches([' ', '\t', '>']).len();
    let rest = &line[start..];
    let fence = rest.len() - rest.trim_start_matches(['`', '~']).len();
    if fence < 3 {
        return line.into();
    }
    let info = rest[fence..].trim_start();
    let word: String = info
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_ascii_lowercase();
    if DRAWN.contains(&word.as_str()) {
        let at = line.len() - info.len();
        format!("{}text{}", &line[..at], &info[word.len()..]).into()
    } else {
        line.into()
    }
}

/// `](javascript:…)`, `]: data:…`: the destination becomes `#`, however it is spaced
/// or cased.
fn no_script_destinations(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (i, _) in lower.match_indices(']') {
        if i < at {
            continue;
        }
        let after = &lower[i + 1..];
        // `\]` is the character itself, no link's end.
        let escaped = lower[..i].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1;
        if escaped || !after.starts_with(['(', ':']) {
            continue;
        }
        let opener = 1;
        let gap = after[opener..].len() - after[opener..].trim_start().len();
        let dest = &after[opener + gap..];
        if let Some(scheme) = SCRIPT_SCHEMES.iter().find(|s| dest.starts_with(*s)) {
            let begin = i + 1 + opener + gap;
            out.push_str(&text[at..begin]);
            out.push('#');
            at = begin + scheme.len();
            // The rest of the destination stays, harmless as a fragment.
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_reading_leaves_a_tag_an_image_a_script_link_or_a_drawn_block() {
        assert_eq!(
            anywhere("[^1]: <img src=x onerror=alert(1)>\n"),
            "[^1]: &lt;img src=x onerror=alert(1)>\n"
        );
        assert_eq!(
            anywhere("| `a | ![x](https://ver.example/p.png) | b` |"),
            "| `a | !\\[x](https://ver.example/p.png) | b` |"
        );
        assert_eq!(
            anywhere("[klik]( JavaScript:alert(1))"),
            "[klik]( #alert(1))"
        );
        assert_eq!(anywhere("[a]: data:text/html,x"), "[a]: #text/html,x");
        assert_eq!(
            anywhere("\\[a\\](javascript:x)"),
            "\\[a\\](javascript:x)",
            "text, no link"
        );
        assert_eq!(
            anywhere("> ```GeoJSON\n> [4, 51]\n> ```"),
            "> ```text\n> [4, 51]\n> ```"
        );
        assert_eq!(anywhere("a < b en 3<4, `x`"), "a < b en 3<4, `x`");
        assert_eq!(
            anywhere("## Kop {#kop onclick=x}"),
            "## Kop {#kop onclick=x&#125;"
        );
        assert_eq!(
            anywhere("- ## Kop {#k onclick=x}\r"),
            "- ## Kop {#k onclick=x&#125;\n"
        );
        assert_eq!(
            anywhere("```diff\n## Doel {#doel}\n```"),
            "```diff\n## Doel {#doel}\n```"
        );
    }

    #[test]
    fn markdown_output_keeps_markdown_but_defuses_html_and_images() {
        let md = "# Kop\n\nTekst met <b onclick=x>vet</b> en ![beeld](https://x.org/a.png).\n\n<script>alert(1)</script> ![x](a.png)\n";
        let out = defuse_markdown(md);
        assert_eq!(
            out,
            "# Kop\n\nTekst met &lt;b onclick=x>vet&lt;/b> en [beeld](https://x.org/a.png).\n\n&lt;script>alert(1)&lt;/script> [x](a.png)\n"
        );
        let html = crate::render::html::markdown_to_html(&out, 0);
        assert!(
            !html.contains("<script") && !html.contains("<b ") && !html.contains("<img"),
            "{html}"
        );
    }
}
