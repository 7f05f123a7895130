//! The words that find a criterion or a domain: its id, its name and its keywords, each
//! in the comparable form of [`crate::keywords`].

use crate::keywords::normalise;
use crate::model::reference::Keyworded;

/// What a word can point at: a criterion or a domain, by its place in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    Criterium(usize),
    Domein(usize),
}

/// One searchable term: its normalised words (`["de", "lijn"]`) and what it finds.
#[derive(Debug, Clone)]
pub struct Term {
    pub words: Vec<String>,
    pub target: Target,
}

/// Every term of `criteria` and `domeinen`, in file order.
pub fn terms<C: Keyworded, D: Keyworded>(criteria: &[C], domeinen: &[D]) -> Vec<Term> {
    let mut terms = Vec::new();
    add(&mut terms, criteria, Target::Criterium);
    add(&mut terms, domeinen, Target::Domein);
    terms
}

fn add<T: Keyworded>(terms: &mut Vec<Term>, items: &[T], target: fn(usize) -> Target) {
    for (i, item) in items.iter().enumerate() {
        let spoken = item.trefwoorden().iter().map(String::as_str);
        for text in [item.id(), item.naam()].into_iter().chain(spoken) {
            let words = normalise(text);
            let known = terms
                .iter()
                .any(|t: &Term| t.words == words && t.target == target(i));
            if !words.is_empty() && !known {
                terms.push(Term {
                    words,
                    target: target(i),
                });
            }
        }
    }
}
