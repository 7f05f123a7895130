//! From free words to an answer or a question. The criterion and the domain named by the
//! most words win; where words name several with different answers, the wegwijzer asks
//! back instead of guessing. A domain whose caveat points (`zie`) at another domain the
//! words also name gives way to it: "De Lijn" and "uitgescholden" is hate speech.

use super::index::{Target, terms};
use super::query::{Reading, read};
use super::{Answer, Wegwijzer};
use crate::model::reference::{Criterium, Domein};

/// What the wegwijzer makes of a query.
#[derive(Debug, Clone)]
pub struct Understood<'a> {
    pub reading: Reading,
    pub outcome: Outcome<'a>,
}

#[derive(Debug, Clone)]
pub enum Outcome<'a> {
    Answer {
        answer: Answer<'a>,
        /// Other criteria the words named that get the very same answer (`racisme`).
        criteria_alike: Vec<&'a Criterium>,
        /// Other domains the words named that get the very same answer.
        domains_alike: Vec<&'a Domein>,
        /// Domains the words named that gave way to the answer's domain.
        gave_way: Vec<&'a Domein>,
    },
    Ask(Vec<Question<'a>>),
}

/// A question back: which of these did you mean (`word` set), or which one was it
/// (no word named any).
#[derive(Debug, Clone)]
pub enum Question<'a> {
    Criterium {
        word: Option<String>,
        options: Vec<&'a Criterium>,
    },
    Domein {
        word: Option<String>,
        options: Vec<&'a Domein>,
    },
}

impl<'a> Wegwijzer<'a> {
    /// Reads `query` and answers it, or says what is still unclear.
    pub fn ask(&self, query: &str) -> Understood<'a> {
        let reading = read(&terms(self.criteria, self.domeinen), query);
        let (named_domains, gave_way) = self.give_way(best(&reading, domain_of), &reading);
        let named_criteria = best(&reading, criterion_of);
        let domains = or_all(named_domains.clone(), self.domeinen.len());
        let criteria = or_all(named_criteria.clone(), self.criteria.len());
        let mut questions = Vec::new();
        if criteria.len() > 1 && !self.criteria_alike(&criteria, &domains) {
            questions.push(Question::Criterium {
                word: word_for(&reading, &named_criteria, Target::Criterium),
                options: criteria.iter().map(|&i| &self.criteria[i]).collect(),
            });
        }
        if domains.len() > 1 && !self.domains_alike(&domains) {
            questions.push(Question::Domein {
                word: word_for(&reading, &named_domains, Target::Domein),
                options: domains.iter().map(|&i| &self.domeinen[i]).collect(),
            });
        }
        let answer = questions
            .is_empty()
            .then(|| {
                self.answer(
                    &self.criteria[criteria[0]].id,
                    &self.domeinen[domains[0]].id,
                )
            })
            .flatten();
        let outcome = match answer {
            Some(answer) => Outcome::Answer {
                answer,
                criteria_alike: criteria[1..].iter().map(|&i| &self.criteria[i]).collect(),
                domains_alike: domains[1..].iter().map(|&i| &self.domeinen[i]).collect(),
                gave_way: gave_way.iter().map(|&i| &self.domeinen[i]).collect(),
            },
            None => Outcome::Ask(questions),
        };
        Understood { reading, outcome }
    }

    /// Drops the domains whose caveat names another domain the words also named.
    fn give_way(&self, best: Vec<usize>, reading: &Reading) -> (Vec<usize>, Vec<usize>) {
        let mut named: Vec<usize> = reading
            .groups
            .iter()
            .flat_map(|g| g.targets.iter().copied().filter_map(domain_of))
            .collect();
        named.sort_unstable();
        named.dedup();
        let points_to_named = |i: &usize| {
            self.domeinen[*i].voorbehoud.iter().find_map(|v| {
                let zie = v.zie.as_deref()?;
                named.iter().copied().find(|&j| self.domeinen[j].id == zie)
            })
        };
        match best.iter().find_map(points_to_named) {
            Some(instead) => {
                let gave_way = named
                    .iter()
                    .copied()
                    .filter(|i| points_to_named(i) == Some(instead))
                    .collect();
                (vec![instead], gave_way)
            }
            None => (best, Vec::new()),
        }
    }

    /// Whether `criteria` all get the same rule, and no caveat of their own, in every
    /// one of `domains`: then it does not matter which one the words meant.
    fn criteria_alike(&self, criteria: &[usize], domains: &[usize]) -> bool {
        domains.iter().all(|&d| {
            let rule_of = |c: usize| {
                let a = self.answer(&self.criteria[c].id, &self.domeinen[d].id)?;
                let level = a.route.domein.niveau;
                let own = a.route.criterium.voorbehoud.iter();
                let caveat = own.clone().any(|v| v.niveau.is_none_or(|n| n == level));
                (!caveat).then_some(a.route.regel.id.as_str())
            };
            let first = rule_of(criteria[0]);
            first.is_some() && criteria.iter().all(|&c| rule_of(c) == first)
        })
    }

    /// Whether `domains` share a level and none has a caveat: then they answer alike.
    fn domains_alike(&self, domains: &[usize]) -> bool {
        let first = &self.domeinen[domains[0]];
        domains.iter().all(|&d| {
            let domain = &self.domeinen[d];
            domain.niveau == first.niveau && domain.voorbehoud.is_empty()
        })
    }
}

fn criterion_of(t: Target) -> Option<usize> {
    match t {
        Target::Criterium(i) => Some(i),
        Target::Domein(_) => None,
    }
}

fn domain_of(t: Target) -> Option<usize> {
    match t {
        Target::Domein(i) => Some(i),
        Target::Criterium(_) => None,
    }
}

/// `named`, or every index when the words named none: then all are still possible.
fn or_all(named: Vec<usize>, count: usize) -> Vec<usize> {
    if named.is_empty() {
        (0..count).collect()
    } else {
        named
    }
}

/// The items of one kind that the most word groups name, in file order.
fn best(reading: &Reading, pick: fn(Target) -> Option<usize>) -> Vec<usize> {
    let mut scores: std::collections::BTreeMap<usize, usize> = Default::default();
    for group in &reading.groups {
        for i in group.targets.iter().filter_map(|t| pick(*t)) {
            *scores.entry(i).or_default() += 1;
        }
    }
    let top = scores.values().copied().max().unwrap_or(0);
    scores
        .into_iter()
        .filter(|(_, s)| *s == top)
        .map(|(i, _)| i)
        .collect()
}

/// The words that named more than one of `options`, for "wat bedoel je met …?".
fn word_for(reading: &Reading, options: &[usize], kind: fn(usize) -> Target) -> Option<String> {
    if options.len() < 2 {
        return None;
    }
    reading
        .groups
        .iter()
        .find(|g| {
            options
                .iter()
                .filter(|&&i| g.targets.contains(&kind(i)))
                .count()
                > 1
        })
        .map(|g| g.text.clone())
}
