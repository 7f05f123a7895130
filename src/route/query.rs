//! Reading free words (`moslim bus De Lijn`): which words name a criterion or a domain,
//! and which words the wegwijzer does not know. Word order, case and accents do not
//! matter; a keyword of several words (`de lijn`) is found as a whole first.

use super::index::{Target, Term};
use crate::keywords::{fold, is_stopword, stem};

/// Words of the query that found something, as typed (folded), with what they found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub text: String,
    pub targets: Vec<Target>,
}

/// What the query says: the groups of words that found something, and the words that
/// found nothing (neither a keyword nor a small word like `op`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    pub groups: Vec<Group>,
    pub unknown: Vec<String>,
}

/// Below this length a keyword is only found whole, never inside a longer word.
const MIN_PART: usize = 5;

pub fn read(terms: &[Term], query: &str) -> Reading {
    let folded = fold(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
    let mut spans = whole_terms(terms, &stems);
    let claimed: Vec<bool> = (0..words.len())
        .map(|i| {
            spans
                .iter()
                .any(|(start, len, _)| (*start..start + len).contains(&i))
        })
        .collect();
    let mut reading = Reading::default();
    for (i, word) in words.iter().enumerate() {
        if claimed[i] || is_stopword(word) {
            continue;
        }
        let parts = part_of_word(terms, &stems[i]);
        if parts.is_empty() {
            reading.unknown.push(word.to_string());
        } else {
            spans.push((i, 1, parts));
        }
    }
    spans.sort_by_key(|(start, _, _)| *start);
    reading.groups = spans
        .into_iter()
        .map(|(start, len, targets)| Group {
            text: words[start..start + len].join(" "),
            targets,
        })
        .collect();
    reading
}

/// Every place where a whole term stands in `stems`; a longer term claims its words
/// before a shorter one (`sociale woning` before `woning`).
fn whole_terms(terms: &[Term], stems: &[String]) -> Vec<(usize, usize, Vec<Target>)> {
    let mut found: Vec<(usize, usize, Target)> = Vec::new();
    for term in terms {
        let n = term.words.len();
        for start in 0..stems.len().saturating_sub(n - 1) {
            if stems[start..start + n] == term.words[..] {
                found.push((start, n, term.target));
            }
        }
    }
    found.sort_by_key(|(start, len, _)| (std::cmp::Reverse(*len), *start));
    let mut spans: Vec<(usize, usize, Vec<Target>)> = Vec::new();
    for (start, len, target) in found {
        if let Some(same) = spans.iter_mut().find(|(s, l, _)| *s == start && *l == len) {
            if !same.2.contains(&target) {
                same.2.push(target);
            }
        } else if !spans
            .iter()
            .any(|(s, l, _)| start < s + l && *s < start + len)
        {
            spans.push((start, len, vec![target]));
        }
    }
    spans
}

/// Targets of one-word terms inside `word`: a compound that ends in one
/// (`basisschool`), or a beginning of one (`sollicit`).
fn part_of_word(terms: &[Term], word: &str) -> Vec<Target> {
    let mut targets: Vec<Target> = Vec::new();
    for term in terms.iter().filter(|t| t.words.len() == 1) {
        let keyword = term.words[0].as_str();
        let ends_in = keyword.len() >= MIN_PART && word.ends_with(keyword);
        let begins = word.len() >= MIN_PART && keyword.starts_with(word);
        if (ends_in || begins) && !targets.contains(&term.target) {
            targets.push(term.target);
        }
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(words: &[&str], target: Target) -> Term {
        Term {
            words: words.iter().map(|w| w.to_string()).collect(),
            target,
        }
    }

    #[test]
    fn a_phrase_claims_its_words_and_small_words_are_skipped() {
        let terms = [
            term(&["de", "lijn"], Target::Domein(0)),
            term(&["bus"], Target::Domein(0)),
            term(&["bus"], Target::Domein(1)),
            term(&["moslim"], Target::Criterium(3)),
            term(&["woning"], Target::Domein(2)),
        ];
        let reading = read(
            &terms,
            "Een moslim op de bus van De Lijn, huurwoningen en xyzzy",
        );
        let texts: Vec<(&str, &[Target])> = reading
            .groups
            .iter()
            .map(|g| (g.text.as_str(), g.targets.as_slice()))
            .collect();
        assert_eq!(
            texts,
            [
                ("moslim", &[Target::Criterium(3)][..]),
                ("bus", &[Target::Domein(0), Target::Domein(1)][..]),
                ("de lijn", &[Target::Domein(0)][..]),
                ("huurwoningen", &[Target::Domein(2)][..]),
            ]
        );
        assert_eq!(reading.unknown, ["xyzzy"]);
    }
}
