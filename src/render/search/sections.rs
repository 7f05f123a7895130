//! A rendered page cut into search entries: the text of `<main>`, split at every
//! `h2`–`h4` and table row heading (`th`) that has an id, so a result links to the
//! place itself. Reads only HTML our own templates and sanitiser wrote.

use super::Entry;

/// Elements whose text is not what the page says: drawings, scripts, menus, repeated
/// table labels.
const SKIPPED: &[&str] = &["svg", "script", "style", "nav", "caption", "thead"];
/// Classes whose text is a label for the eye or the ear alone.
const SKIPPED_CLASSES: &[&str] = &["badge", "visually-hidden"];
const BOUNDARIES: &[&str] = &["h2", "h3", "h4", "th"];
const VOID: &[&str] = &["br", "hr", "img", "input", "meta", "link", "wbr", "col"];

/// The `h2` headings with an id of `<main>`: (id, text), for a page's contents list.
pub fn outline(html: &str) -> Vec<(String, String)> {
    sections(html, "", "")
        .into_iter()
        .filter_map(|e| Some((e.u.strip_prefix('#')?.to_string(), e.s, e.level)))
        .filter(|(_, _, level)| *level == 2)
        .map(|(id, s, _)| (id, s))
        .collect()
}

/// The entries of the page at `path` (from the site root) called `title`.
pub fn sections(html: &str, path: &str, title: &str) -> Vec<Entry> {
    let main = html
        .find("<main")
        .and_then(|start| Some(start..start + html[start..].find("</main>")?))
        .map_or(html, |range| &html[range]);
    let mut cut = Cutter::new(path, title);
    let mut rest = main;
    while let Some(open) = rest.find('<') {
        cut.text(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        cut.tag(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    cut.text(rest);
    cut.finish()
}

/// The state of one page: the entries so far and the one being filled.
struct Cutter<'a> {
    path: &'a str,
    title: &'a str,
    done: Vec<Entry>,
    current: Entry,
    /// Inside a skipped element: its name and how deep the same name nests.
    skipping: Option<(String, usize)>,
    /// Inside the boundary element that names the current entry.
    naming: Option<String>,
}

impl<'a> Cutter<'a> {
    fn new(path: &'a str, title: &'a str) -> Self {
        Cutter {
            path,
            title,
            done: Vec::new(),
            current: entry(title, title, path.to_string()),
            skipping: None,
            naming: None,
        }
    }

    fn text(&mut self, raw: &str) {
        if self.skipping.is_some() || raw.is_empty() {
            return;
        }
        let text = decode(raw);
        if self.naming.is_some() {
            self.current.s.push_str(&text);
        } else {
            self.current.x.push_str(&text);
        }
    }

    fn tag(&mut self, inside: &str) {
        let end = inside.starts_with('/');
        let body = inside.trim_start_matches('/');
        let name: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some((skipped, depth)) = &mut self.skipping {
            if *skipped == name && !VOID.contains(&name.as_str()) {
                if end {
                    *depth -= 1;
                } else if !inside.ends_with('/') {
                    *depth += 1;
                }
                if *depth == 0 {
                    self.skipping = None;
                }
            }
            return;
        }
        if end {
            if self.naming.as_deref() == Some(name.as_str()) {
                self.naming = None;
            }
            self.space();
            return;
        }
        let class = attribute(body, "class");
        let skip_class = class
            .split_whitespace()
            .any(|c| SKIPPED_CLASSES.contains(&c));
        if SKIPPED.contains(&name.as_str()) || skip_class {
            if !VOID.contains(&name.as_str()) && !inside.ends_with('/') {
                self.skipping = Some((name, 1));
            }
            return;
        }
        let id = attribute(body, "id");
        if BOUNDARIES.contains(&name.as_str()) && !id.is_empty() {
            self.start(&id, level(&name));
            self.naming = Some(name);
        } else {
            self.space();
        }
    }

    /// Ends the current entry and starts the one at `#id`.
    fn start(&mut self, id: &str, level: u8) {
        let mut next = entry(self.title, "", format!("{}#{id}", self.path));
        next.level = level;
        let previous = std::mem::replace(&mut self.current, next);
        self.keep(previous);
    }

    fn space(&mut self) {
        let target = if self.naming.is_some() {
            &mut self.current.s
        } else {
            &mut self.current.x
        };
        if !target.ends_with(' ') {
            target.push(' ');
        }
    }

    fn keep(&mut self, mut e: Entry) {
        e.s = one_line(&e.s);
        e.x = one_line(&e.x);
        if !e.x.is_empty() || (!e.s.is_empty() && e.u.contains('#')) {
            self.done.push(e);
        }
    }

    fn finish(mut self) -> Vec<Entry> {
        let last = std::mem::replace(&mut self.current, entry("", "", String::new()));
        self.keep(last);
        self.done
    }
}

fn entry(t: &str, s: &str, u: String) -> Entry {
    Entry {
        t: t.to_string(),
        s: s.to_string(),
        u,
        x: String::new(),
        level: 0,
    }
}

/// `h3` → 3; a row heading is no heading level.
fn level(name: &str) -> u8 {
    name.strip_prefix('h')
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The value of `name="…"` in a start tag, decoded; empty when absent.
fn attribute(tag: &str, name: &str) -> String {
    let needle = format!(" {name}=\"");
    tag.find(&needle)
        .and_then(|at| {
            let value = &tag[at + needle.len()..];
            Some(decode(&value[..value.find('"')?]))
        })
        .unwrap_or_default()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The entities minijinja, ammonia and pulldown-cmark write.
fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sections;

    #[test]
    fn cuts_at_headings_with_ids_and_keeps_only_what_the_page_says() {
        let html = r##"<header><nav>Start</nav></header><main id="inhoud"><h1>FAQ</h1>
<p>Inleiding &amp; meer.</p><nav class="toc"><a href="#a">A</a></nav>
<h2 id="anoniem">Kan ik <em>anoniem</em> melden?</h2><p>Ja,&#x2f;nee.</p>
<svg><text>schema</text></svg><h3>Zonder id</h3><p>blijft hier</p>
<table><caption>Stappen</caption><thead><tr><th scope="col">Stap</th></tr></thead>
<tr><th scope="row" id="stap-bellen">Bellen <span class="badge">getest</span></th><td>Belt.<br>Twee</td></tr></table>
</main><footer>Voet</footer>"##;
        let found = sections(html, "faq.html", "Veelgestelde vragen");
        let simple: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|e| (e.s.as_str(), e.u.as_str(), e.x.as_str()))
            .collect();
        assert_eq!(
            simple,
            [
                ("Veelgestelde vragen", "faq.html", "FAQ Inleiding & meer."),
                (
                    "Kan ik anoniem melden?",
                    "faq.html#anoniem",
                    "Ja,/nee. Zonder id blijft hier"
                ),
                ("Bellen", "faq.html#stap-bellen", "Belt. Twee"),
            ]
        );
        assert!(found.iter().all(|e| e.t == "Veelgestelde vragen"));
    }
}
