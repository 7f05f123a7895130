//! The values of the template variables for one municipality and its partners, and the
//! Markdown of a charter with every variable turned into a token (see `slots`).

use pulldown_cmark::{Event, Parser, Tag};

use super::slots::token;
use crate::model::municipality::{Partner, Profile, Role};
use crate::render::md::escape_text;

/// What a missing value says on a page.
pub const MISSING: &str = "nog in te vullen";

/// `(variable, text)` for every `gemeente.*` and `model.*` variable; empty when the
/// profile does not say.
pub fn municipal(
    p: &Profile,
    model_title: &str,
    versie: &str,
    datum: &str,
) -> Vec<(String, String)> {
    let c = &p.contactpunt;
    let members: Vec<&str> = p.leden.iter().map(|l| l.naam.as_str()).collect();
    let per_member = |field: fn(&crate::model::municipality::Member) -> &str, own: &str| {
        if p.leden.is_empty() {
            return own.trim().to_string();
        }
        if p.leden.iter().all(|l| field(l).trim().is_empty()) {
            return String::new();
        }
        p.leden
            .iter()
            .map(|l| match field(l).trim() {
                "" => format!("{}: {MISSING}", l.naam),
                value => format!("{}: {value}", l.naam),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let gemeenten = if members.is_empty() {
        p.naam.clone()
    } else {
        crate::render::md::dutch_list(&members)
    };
    [
        ("gemeente.naam", p.naam.clone()),
        ("gemeente.gemeenten", gemeenten),
        ("gemeente.dienst", c.dienst.clone()),
        ("gemeente.coordinator", p.coordinator.clone()),
        ("gemeente.telefoon", c.telefoon.clone()),
        ("gemeente.email", c.email.clone()),
        ("gemeente.adres", c.adres.clone()),
        ("gemeente.openingsuren", c.openingsuren.clone()),
        ("gemeente.website", c.website.clone()),
        ("gemeente.model", model_title.to_string()),
        (
            "gemeente.beslissing",
            per_member(|l| &l.beslissing, &p.ondertekening.beslissing),
        ),
        (
            "gemeente.dpo",
            per_member(
                |l| &l.gegevensbescherming,
                &p.ondertekening.gegevensbescherming,
            ),
        ),
        ("model.versie", versie.to_string()),
        ("model.datum", datum.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.trim().to_string()))
    .collect()
}

/// `(field, text)` for every `partner.*` variable and the two role ticks (`rol.*`,
/// "x" or "").
pub fn partner(p: &Partner) -> Vec<(String, String)> {
    let tick = |role| if p.rol == Some(role) { "x" } else { "" };
    [
        ("partner.naam", p.naam.as_str()),
        ("partner.soort", &p.soort),
        ("partner.adres", &p.adres),
        ("partner.contactpersoon", &p.contactpersoon),
        ("partner.email", &p.email),
        ("partner.telefoon", &p.telefoon),
        ("partner.rol", p.rol.map_or("", Role::label)),
        ("partner.dpo", &p.gegevensbescherming),
        ("partner.ondertekenaar", &p.ondertekenaar),
        ("rol.meldpunt", tick(Role::Meldpunt)),
        ("rol.toeleider", tick(Role::Toeleider)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// The partner fields of a charter that no partner fills in: the blanks of the model.
pub fn partner_blanks() -> Vec<(String, String)> {
    crate::model::document::VARIABLES
        .iter()
        .filter(|(name, _)| name.starts_with("partner."))
        .map(|(name, blank)| (name.to_string(), format!("[{blank}]")))
        .chain([("partner.ondertekenaar".to_string(), String::new())])
        .chain(["rol.meldpunt", "rol.toeleider"].map(|r| (r.to_string(), String::new())))
        .collect()
}

/// The prefix of a variable's token in running text (see [`tokenise`]): a missing value
/// there reads `[nog in te vullen: naam van de partnerorganisatie]`, not a bare phrase
/// in the middle of a sentence.
const IN_TEXT: &str = "tekst:";

/// What a missing variable says in running text.
fn missing_in_text(name: &str) -> String {
    let label = crate::model::document::VARIABLES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(name, |(_, label)| label);
    format!("[{MISSING}: {label}]")
}

/// Every value twice: as a field shows it, and as running text shows it (`tekst:` keys).
fn with_text_forms(
    values: &[(String, String)],
) -> impl Iterator<Item = (String, String, bool)> + '_ {
    values.iter().flat_map(|(k, v)| {
        [
            (k.clone(), v.clone(), false),
            (format!("{IN_TEXT}{k}"), v.clone(), true),
        ]
    })
}

/// Values escaped for HTML; a missing one is a calm `nog in te vullen`, a tick a box.
pub fn for_html(values: &[(String, String)]) -> Vec<(String, String)> {
    with_text_forms(values)
        .map(|(k, v, in_text)| {
            let name = k.trim_start_matches(IN_TEXT);
            if in_text && v.is_empty() && !name.starts_with("rol.") {
                let shown = crate::render::svg::text::escape(&missing_in_text(name));
                return (k, format!("<em class=\"ontbreekt\">{shown}</em>"));
            }
            let text = if k.starts_with("rol.") {
                (if v.is_empty() { "☐" } else { "☑" }).to_string()
            } else if v.is_empty() && k.ends_with("ondertekenaar") {
                // A signature block leaves room to write the name by hand.
                String::new()
            } else if v.is_empty() {
                format!("<em class=\"ontbreekt\">{MISSING}</em>")
            } else {
                // The SVG escaping is XML's, which HTML reads the same.
                crate::render::svg::text::escape(&v)
            };
            (k, text)
        })
        .collect()
}

/// Values escaped as Markdown text; a missing one said so, a tick as a task box.
pub fn for_md(values: &[(String, String)]) -> Vec<(String, String)> {
    with_text_forms(values)
        .map(|(k, v, in_text)| {
            let name = k.trim_start_matches(IN_TEXT);
            if in_text && v.is_empty() && !name.starts_with("rol.") {
                let shown = escape_text(&missing_in_text(name));
                return (k, shown);
            }
            let text = if k.starts_with("rol.") {
                (if v.is_empty() { "[ ]" } else { "[x]" }).to_string()
            } else if v.is_empty() && k.ends_with("ondertekenaar") {
                "……………………".to_string()
            } else if v.is_empty() {
                MISSING.to_string()
            } else {
                escape_text(&v)
            };
            (k, text)
        })
        .collect()
}

/// The value of `name` in one of several lists (the first that has it).
pub fn lookup<'v>(lists: &[&'v [(String, String)]], name: &str) -> Option<&'v str> {
    lists.iter().find_map(|list| {
        list.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    })
}

/// The charter's Markdown with every `{{ variable }}` as a token (`tekst:` and its name),
/// the role tick boxes
/// (`- [ ] **Decentraal meldpunt …`) as tokens too, and no token inside a link address.
pub fn tokenise(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}").map(|i| open + i) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&token(&format!(
            "{IN_TEXT}{}",
            rest[open + 2..close].trim()
        )));
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    without_tokens_in_links(&role_ticks(&out))
}

/// `- [ ] **Toeleider.** …` becomes `- <rol.toeleider> **Toeleider.** …`.
fn role_ticks(body: &str) -> String {
    body.split_inclusive('\n')
        .map(|line| {
            let indent = line.len() - line.trim_start().len();
            let item = &line[indent..];
            let Some(rest) = ["- [ ] ", "* [ ] "]
                .iter()
                .find_map(|m| item.strip_prefix(m))
            else {
                return line.to_string();
            };
            let label = rest.trim_start_matches('*').to_lowercase();
            let role = Role::WORDS
                .iter()
                .find(|(word, _)| label.starts_with(word))
                .map(|(_, role)| *role);
            match role {
                Some(role) => {
                    let name = match role {
                        Role::Meldpunt => "rol.meldpunt",
                        Role::Toeleider => "rol.toeleider",
                    };
                    format!("{}- {} {rest}", &line[..indent], token(name))
                }
                None => line.to_string(),
            }
        })
        .collect()
}

/// Drops tokens inside links and images whose address holds one: a value is text, and
/// must never become where a link leads.
fn without_tokens_in_links(body: &str) -> String {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(body, crate::markdown::options()).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = event
            && dest_url.contains('\u{E000}')
        {
            spans.push(range);
        }
    }
    if spans.is_empty() {
        return body.to_string();
    }
    let mut out = String::with_capacity(body.len());
    let mut in_token = false;
    for (i, c) in body.char_indices() {
        let inside = spans.iter().any(|s| s.contains(&i));
        if inside && c == '\u{E000}' {
            in_token = true;
        }
        if !(inside && in_token) {
            out.push(c);
        }
        if c == '\u{E001}' {
            in_token = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_and_role_boxes_become_tokens_but_never_in_a_link_address() {
        let body = "Voor {{ gemeente.naam }}.\n\n- [ ] **Decentraal meldpunt.** Onthaalt.\n  - [ ] **Toeleider.** Brengt.\n- [ ] Iets anders\n\n[mail]({{partner.email}}) en [{{ partner.naam }}](https://x.be)\n";
        let t = tokenise(body);
        assert!(t.contains(&format!("Voor {}.", token("tekst:gemeente.naam"))));
        assert!(t.contains(&format!(
            "- {} **Decentraal meldpunt.**",
            token("rol.meldpunt")
        )));
        assert!(t.contains(&format!("  - {} **Toeleider.**", token("rol.toeleider"))));
        assert!(t.contains("- [ ] Iets anders"));
        assert!(t.contains("[mail]()"), "{t}");
        // A token in the text of a link is text; only its address may not hold one.
        assert!(
            t.contains(&format!("[{}](https://x.be)", token("tekst:partner.naam"))),
            "{t}"
        );
    }

    #[test]
    fn missing_values_read_calmly_and_everything_is_escaped() {
        let values = vec![
            ("partner.naam".to_string(), "<b>Vzw</b> & co".to_string()),
            ("partner.email".to_string(), String::new()),
            ("rol.toeleider".to_string(), "x".to_string()),
        ];
        let html = for_html(&values);
        let get = |list: &[(String, String)], k: &str| lookup(&[list], k).unwrap().to_string();
        assert_eq!(
            get(&html, "partner.naam"),
            "&lt;b&gt;Vzw&lt;/b&gt; &amp; co"
        );
        assert_eq!(
            get(&html, "partner.email"),
            "<em class=\"ontbreekt\">nog in te vullen</em>"
        );
        assert_eq!(
            get(&html, "tekst:partner.email"),
            "<em class=\"ontbreekt\">[nog in te vullen: e-mailadres van de partnerorganisatie]</em>"
        );
        assert_eq!(get(&html, "rol.toeleider"), "☑");
        let md = for_md(&values);
        assert_eq!(get(&md, "partner.naam"), "&lt;b>Vzw&lt;/b> & co");
        assert_eq!(get(&md, "partner.email"), "nog in te vullen");
        assert_eq!(
            get(&md, "tekst:partner.email"),
            "\\[nog in te vullen: e-mailadres van de partnerorganisatie\\]"
        );
        assert_eq!(get(&md, "rol.toeleider"), "[x]");
    }
}
