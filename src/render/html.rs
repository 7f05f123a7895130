//! Markdown to safe HTML. Content is untrusted (municipalities write some of it): raw
//! HTML is shown as text, heading attributes other than a well-formed id are dropped,
//! nesting is capped, and ammonia sanitises the result as a second line of defence.

use std::collections::HashSet;
use std::sync::OnceLock;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::validate::is_valid_id;

/// Deeper nesting than this is flattened: no handbook needs it, and it costs time.
const MAX_NESTING: usize = 24;

/// Renders Markdown to sanitised HTML, shifting headings down by `shift` levels.
pub fn markdown_to_html(markdown: &str, shift: u8) -> String {
    markdown_to_html_with_ids(markdown, shift, "")
}

/// As [`markdown_to_html`], with every heading id and in-page link target prefixed by
/// `prefix-` (for pages that hold several documents, like the print page).
pub fn markdown_to_html_with_ids(markdown: &str, shift: u8, prefix: &str) -> String {
    let events = Parser::new_ext(markdown, crate::markdown::options());
    let events = cap_nesting(neutralise(events, shift, prefix));
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    address_links(&scrollable_tables(&sanitiser().clean(&html).to_string()))
}

/// A link whose text is its own web address gets `class="url"`, so print does not
/// write the address a second time after it. Done after sanitising, on its output.
fn address_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<a href=\"") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let href_end = rest[9..].find('"').map(|i| 9 + i);
        let open_end = rest.find('>');
        let close = rest.find("</a>");
        let (Some(href_end), Some(open_end), Some(close)) = (href_end, open_end, close) else {
            break;
        };
        let href = rest[9..href_end].replace("&amp;", "&");
        let text = rest[open_end + 1..close].replace("&amp;", "&");
        let bare = href
            .split_once("//")
            .map_or(href.as_str(), |(_, b)| b)
            .trim_end_matches('/');
        let is_address =
            href.starts_with("http") && (text == href || text.trim_end_matches('/') == bare);
        if is_address {
            out.push_str("<a class=\"url\"");
            out.push_str(&rest[2..close]);
        } else {
            out.push_str(&rest[..close]);
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// Wide tables scroll inside a focusable region instead of widening the page (WCAG 1.4.10).
/// Done after sanitising: these attributes are ours, not the content's.
fn scrollable_tables(html: &str) -> String {
    html.replace(
        "<table>",
        r#"<div class="table-scroll" tabindex="0" role="region" aria-label="Tabel, horizontaal scrollbaar"><table>"#,
    )
    .replace("</table>", "</table></div>")
}

/// Rewrites the events of untrusted Markdown into ones that are safe to render.
fn neutralise<'a>(
    events: impl Iterator<Item = Event<'a>>,
    shift: u8,
    prefix: &str,
) -> Vec<Event<'a>> {
    let prefixed = |id: &str| -> pulldown_cmark::CowStr<'a> {
        if prefix.is_empty() {
            id.to_string().into()
        } else {
            format!("{prefix}-{id}").into()
        }
    };
    let mut out = Vec::new();
    let mut fixed_section = false;
    for event in events {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => out.push(Event::Text(raw)),
            // A tick box without a label fails WCAG; a printed square serves paper and screen.
            Event::TaskListMarker(done) => {
                out.push(Event::Text(if done { "☑ " } else { "☐ " }.into()))
            }
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                fixed_section = classes.iter().any(|c| c.as_ref() == "vast");
                out.push(Event::Start(Tag::Heading {
                    level: shifted(level, shift),
                    id: id.filter(|id| is_valid_id(id)).map(|id| prefixed(&id)),
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                out.push(Event::End(TagEnd::Heading(shifted(level, shift))));
                if std::mem::take(&mut fixed_section) {
                    out.extend(fixed_note());
                }
            }
            // An image would be a request to wherever it points: show a link instead.
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Image) => out.push(Event::End(TagEnd::Link)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = match dest_url.as_ref() {
                    // `//host/x` and `\\host\x` leave the folder (a network share on Windows).
                    d if d.starts_with("//") || d.starts_with("\\\\") => "#".into(),
                    d if d.starts_with('#') && !prefix.is_empty() => {
                        format!("#{}", prefixed(&d[1..])).into()
                    }
                    _ => dest_url,
                };
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            other => out.push(other),
        }
    }
    out
}

/// The note under a `.vast` heading: a municipality may not change this section.
fn fixed_note<'a>() -> [Event<'a>; 5] {
    [
        Event::Start(Tag::Paragraph),
        Event::Start(Tag::Emphasis),
        Event::Text("Vaste tekst: een gemeente past deze sectie niet aan.".into()),
        Event::End(TagEnd::Emphasis),
        Event::End(TagEnd::Paragraph),
    ]
}

fn shifted(level: pulldown_cmark::HeadingLevel, shift: u8) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::*;
    let levels = [H1, H2, H3, H4, H5, H6];
    let index = (level as usize - 1 + usize::from(shift)).min(5);
    levels[index]
}

/// Drops the tags of anything nested deeper than [`MAX_NESTING`], keeping the text.
fn cap_nesting(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut depth = 0usize;
    let mut kept = Vec::new();
    for event in events {
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth <= MAX_NESTING {
                    kept.push(event);
                }
            }
            Event::End(_) => {
                if depth <= MAX_NESTING {
                    kept.push(event);
                }
                depth = depth.saturating_sub(1);
            }
            _ => kept.push(event),
        }
    }
    kept
}

fn sanitiser() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .rm_tags(["img"])
            .link_rel(Some("noopener noreferrer"))
            .add_tag_attributes("h2", ["id"])
            .add_tag_attributes("h3", ["id"])
            .add_tag_attributes("h4", ["id"])
            .add_tag_attributes("td", ["style"])
            .add_tag_attributes("th", ["style"])
            .add_generic_attributes(["class"])
            .attribute_filter(|element, attribute, value| match (element, attribute) {
                ("td" | "th", "style") => is_alignment(value).then_some(value.into()),
                (_, "class") => None,
                _ => Some(value.into()),
            });
        builder
    })
}

/// pulldown-cmark aligns table cells with `style="text-align: …"`; nothing else passes.
fn is_alignment(value: &str) -> bool {
    matches!(
        value,
        "text-align: left" | "text-align: center" | "text-align: right"
    )
}

/// Links may go to the web, to an e-mail address, or within the handbook.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
            matches!(scheme, "http" | "https" | "mailto")
        }
        _ => true,
    }
}

/// The text of Markdown without its markup, for the search index and descriptions.
/// Entities are decoded (`&lt;` becomes `<`): the result is text, to be escaped wherever
/// it is written, never HTML.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = markdown_to_html(
            "Hallo <script>alert(1)</script> en <img src=x onerror=alert(1)>",
            0,
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn dangerous_urls_lose_their_href() {
        for url in [
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "JaVaScRiPt:alert(1)",
            "vbscript:x",
        ] {
            let html = markdown_to_html(&format!("[klik]({url}) en <{url}>"), 0);
            // The text may still say it; no link may go there.
            assert!(!html.contains("href"), "{html}");
        }
        let html = markdown_to_html("[Unia](https://www.unia.be)", 0);
        assert!(html.contains(r#"href="https://www.unia.be""#), "{html}");
    }

    #[test]
    fn heading_attributes_keep_only_a_valid_id() {
        let html = markdown_to_html(
            "## Privacy {#privacy .vast onclick=x}\n\n## Kop {#Slecht id}",
            1,
        );
        assert!(html.contains(r#"<h3 id="privacy">Privacy</h3>"#), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("vast"), "{html}");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let html = markdown_to_html(&format!("{}diep", "> ".repeat(5000)), 0);
        assert!(
            html.matches("<blockquote>").count() <= MAX_NESTING,
            "{}",
            html.len()
        );
        assert!(html.contains("diep"));
    }

    #[test]
    fn task_lists_and_tables_survive() {
        let html = markdown_to_html("- [ ] punt\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n", 0);
        assert!(html.contains("<li>☐ punt</li>"), "{html}");
        assert!(html.contains(r#"<div class="table-scroll" tabindex="0" role="region" aria-label="Tabel, horizontaal scrollbaar"><table>"#), "{html}");
        assert!(html.contains(r#"style="text-align: right""#), "{html}");
    }

    #[test]
    fn images_become_links_so_no_page_loads_from_outside() {
        let html = markdown_to_html("![logo](https://example.org/logo.png)", 0);
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains(
                r#"<a href="https://example.org/logo.png" rel="noopener noreferrer">logo</a>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn a_fixed_section_says_so_under_its_heading() {
        let html = markdown_to_html(
            "## Privacy {#privacy .vast}\n\nTekst.\n\n## Doel {#doel}\n",
            0,
        );
        assert!(html.starts_with("<h2 id=\"privacy\">Privacy</h2>\n<p><em>Vaste tekst: een gemeente past deze sectie niet aan.</em></p>"), "{html}");
        assert_eq!(html.matches("Vaste tekst").count(), 1);
    }

    #[test]
    fn ids_and_in_page_links_take_a_prefix_and_network_paths_go_nowhere() {
        let html = markdown_to_html_with_ids(
            "## Doel {#doel}\n\n[zie](#doel) [ver](//x.example/a) [d](charter.html#doel)",
            1,
            "charter",
        );
        assert!(html.contains(r#"<h3 id="charter-doel">"#), "{html}");
        assert!(html.contains(r##"<a href="#charter-doel""##), "{html}");
        assert!(
            html.contains(r##"<a href="#" rel="noopener noreferrer">ver</a>"##),
            "{html}"
        );
        assert!(html.contains(r#"href="charter.html#doel""#), "{html}");
    }

    #[test]
    fn a_link_that_shows_its_address_is_marked_for_print() {
        let html = markdown_to_html(
            "<https://www.unia.be> [www.unia.be](https://www.unia.be/) [Unia](https://www.unia.be)",
            0,
        );
        assert_eq!(
            html.matches(r#"<a class="url" href="https://www.unia.be"#)
                .count(),
            2,
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="https://www.unia.be" rel="noopener noreferrer">Unia</a>"#),
            "{html}"
        );
    }

    #[test]
    fn plain_text_strips_markup() {
        assert_eq!(
            plain_text("**Vet** en [link](https://x.be)\n\n- a"),
            "Vet en link a"
        );
    }
}
