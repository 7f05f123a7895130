//! V015: a misspelt id where it is defined. When several references name the same
//! missing id and a defined id that nothing uses is one edit away, the definition is
//! the likely typo: one diagnostic there replaces an error at every use.

use std::collections::BTreeMap;

use super::common::{Names, article, english};
use crate::diagnostics::Diagnostic;

/// From this many references on, agreeing uses outvote a lone definition.
const MANY: usize = 3;

/// Codes that report the misspelt definition as unanswered: the same cause again.
const FOLLOWS: &[&str] = &["B008", "C003"];

/// Replaces the V002 errors of each misspelt definition in `names` by one V015 there.
pub fn fold(names: &Names, out: &mut Vec<Diagnostic>) {
    let Some((file, spans)) = &names.definitions else {
        return;
    };
    let seen = names.seen.borrow();
    let mut by_value: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for (value, diagnostic) in &seen.misses {
        by_value.entry(value).or_default().push(diagnostic);
    }
    for (used, uses) in by_value.into_iter().filter(|(_, uses)| uses.len() >= MANY) {
        let mut near = names
            .ids
            .iter()
            .enumerate()
            .filter(|(_, id)| !seen.used.contains(*id) && strsim::osa_distance(id, used) == 1);
        let (Some((i, defined)), None) = (near.next(), near.next()) else {
            continue;
        };
        let defined_quoted = format!("`{defined}`");
        let follows =
            |d: &Diagnostic| FOLLOWS.contains(&d.code()) && d.message.nl.contains(&defined_quoted);
        out.retain(|d| !(uses.contains(&d) || follows(d)));
        let (noun, noun_en, the) = (names.noun, english(names.noun), article(names.noun));
        let n = uses.len();
        let (places, more) = summary(&uses);
        let (more_nl, more_en) = match more {
            0 => (String::new(), String::new()),
            more => (
                format!(" en nog {more} bestanden"),
                format!(" and {more} more files"),
            ),
        };
        out.push(
            Diagnostic::new(
                "V015",
                file,
                spans[i],
                crate::t!(
                    "{the} {noun} `{defined}` wordt nergens gebruikt, maar {n} verwijzingen noemen `{used}`",
                    "the {noun_en} `{defined}` is used nowhere, but {n} references name `{used}`"
                ),
            )
            .with_help(crate::t!(
                "bedoel je hier `{used}`? de verwijzingen staan in {places}{more_nl}",
                "did you mean `{used}` here? the references are in {places}{more_en}"
            )),
        );
    }
}

/// "blueprints/a.yaml (3×, 30, 41, 52), faq/b.yaml:9" for at most five files, and how
/// many files more.
fn summary(uses: &[&Diagnostic]) -> (String, usize) {
    let mut files: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for d in uses {
        files.entry(&d.file).or_default().push(d.span.line);
    }
    let parts: Vec<String> = files
        .iter()
        .take(5)
        .map(|(file, lines)| match lines.as_slice() {
            [line] => format!("{file}:{line}"),
            lines => format!("{file} ({}×, {})", lines.len(), lines_list(lines)),
        })
        .collect();
    (parts.join(", "), files.len().saturating_sub(5))
}

/// "30, 41, 52, …": the first few lines where a file uses the id.
fn lines_list(lines: &[usize]) -> String {
    let mut shown: Vec<String> = lines.iter().take(4).map(ToString::to_string).collect();
    if lines.len() > 4 {
        shown.push("…".into());
    }
    shown.join(", ")
}
