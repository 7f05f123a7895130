//! The Markdown of a change (G015-G017) follows the model's rules: every heading has an
//! id and sits below the section it belongs to, no raw HTML, and only the variables the
//! profile and its partners fill in.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use super::embedded::Embedded;
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::model::document::variable_names;
use crate::model::municipality::Target;
use crate::model::slug::slug;
use crate::suggest::did_you_mean;
use crate::t;

/// Checks the change text at `path` of a profile; `level` is the level of the section
/// it lands in (its headings must be deeper). Returns the ids of its headings, with
/// where each heading stands in `text`.
pub fn check(
    place: &Embedded<'_>,
    text: &str,
    level: u8,
    target: Target,
    out: &mut Vec<Diagnostic>,
) -> Vec<(String, Range<usize>)> {
    let at = |code, start: usize, end: usize, message: Text| {
        Diagnostic::new(code, place.file(), place.span(text, start, end), message)
    };
    let mut ids = Vec::new();
    for (event, range) in Parser::new_ext(text, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level: h, id, .. }) => {
                if let Some(id) = &id {
                    ids.push((id.to_string(), range.clone()));
                }
                let h = h as u8;
                let line = text[range.clone()].lines().next().unwrap_or_default();
                if id.is_none() {
                    let words = line.trim_start_matches('#').trim();
                    let suggestion = slug(words);
                    // At the level the next message asks for, so both say the same.
                    let hashes = "#".repeat(usize::from(h.max(level + 1)));
                    out.push(
                        at(
                            "G015",
                            range.start,
                            range.end,
                            t!("kop zonder id", "heading without an id"),
                        )
                        .with_help(t!(
                            "geef de kop een vaste id, zoals `{hashes} {words} {{#{suggestion}}}`",
                            "give the heading a fixed id, such as `{hashes} {words} {{#{suggestion}}}`"
                        )),
                    );
                }
                if h <= level {
                    let wanted = "#".repeat(usize::from(level) + 1);
                    out.push(
                        at(
                            "G015",
                            range.start,
                            range.end,
                            t!(
                                "een kop van niveau {h} hoort niet in een sectie van niveau {level}",
                                "a level {h} heading does not belong in a level {level} section"
                            ),
                        )
                        .with_help(t!(
                            "begin koppen in deze tekst met `{wanted}`; een nieuwe sectie van het niveau van het model voeg je toe met `toevoegen_na`",
                            "start headings in this text with `{wanted}`; add a new section at the model's level with `toevoegen_na`"
                        )),
                    );
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let shown: String = html.trim().chars().take(40).collect();
                out.push(
                    at(
                        "G016",
                        range.start,
                        range.end,
                        t!("ruwe HTML `{shown}` in een wijziging", "raw HTML `{shown}` in a change"),
                    )
                    .with_help(t!(
                        "schrijf Markdown: **vet**, [link](https://…), lijsten met `-`; HTML wordt niet gepubliceerd",
                        "write Markdown: **bold**, [link](https://…), lists with `-`; HTML is not published"
                    )),
                );
            }
            _ => {}
        }
    }
    check_variables(text, target, &at, out);
    ids
}

/// G017: `{{ gemeente.* }}` and `{{ model.* }}` everywhere, `{{ partner.* }}` only in the charter.
fn check_variables(
    text: &str,
    target: Target,
    at: &dyn Fn(&'static str, usize, usize, Text) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    let allowed = |name: &str| target == Target::Charter || !name.starts_with("partner.");
    for (start, end, name) in crate::load::markdown::variable_offsets(text) {
        if variable_names().any(|v| v == name) && allowed(name) {
            continue;
        }
        let (message, help) = if variable_names().any(|v| v == name) {
            (
                t!(
                    "`{{{{ {name} }}}}` hoort niet in het draaiboek",
                    "`{{{{ {name} }}}}` does not belong in the playbook"
                ),
                t!(
                    "het draaiboek is er één per gemeente, niet per partner; gebruik `gemeente.*`",
                    "the playbook is one per municipality, not per partner; use `gemeente.*`"
                ),
            )
        } else {
            let known: Vec<&str> = variable_names().filter(|v| allowed(v)).collect();
            let help = match did_you_mean(name, known.iter().copied()) {
                Some(near) => t!("bedoel je `{near}`?", "did you mean `{near}`?"),
                None => t!(
                    "bekende variabelen: {}",
                    "known variables: {}",
                    known.join(", ")
                ),
            };
            (
                t!(
                    "onbekende sjabloonvariabele `{name}`",
                    "unknown template variable `{name}`"
                ),
                help,
            )
        };
        out.push(at("G017", start, end, message).with_help(help));
    }
}
