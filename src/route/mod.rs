//! The wegwijzer: which body handles a report, for a protected criterion in a domain.
//! The first competence rule for the domain's level that covers the criterion decides;
//! `validate` (R001) makes sure every pair meets one. Caveats (`voorbehoud`) on the rule,
//! the criterion, the domain and the body travel with the answer, so that no reader
//! gets a plain answer where the sources leave the case open.

mod ask_text;
pub mod index;
pub mod query;
mod resolve;
pub mod text;

use crate::load::Reference;
use crate::model::reference::{Criterium, Domein, NOG_NA_TE_KIJKEN, Orgaan, Regel, Voorbehoud};
use crate::validate::Date;
pub use resolve::{Outcome, Question, Understood};

/// The answer for one criterion in one domain.
#[derive(Debug, Clone, Copy)]
pub struct Route<'a> {
    pub criterium: &'a Criterium,
    pub domein: &'a Domein,
    pub regel: &'a Regel,
    /// `None` when the rule says `geen`: the law assigns no body.
    pub orgaan: Option<&'a Orgaan>,
}

/// A route with everything a worker must know before giving it to a melder.
#[derive(Debug, Clone)]
pub struct Answer<'a> {
    pub route: Route<'a>,
    /// The rule's caveats: the sources leave this case open.
    pub open: &'a [Voorbehoud],
    /// The caveats of the criterion (at this level), the domain and the body.
    pub notes: Vec<Note<'a>>,
}

/// A caveat, and when it names another domain (`zie`), the answer that holds in its case.
#[derive(Debug, Clone)]
pub struct Note<'a> {
    pub voorbehoud: &'a Voorbehoud,
    pub instead: Option<Route<'a>>,
}

impl<'a> Answer<'a> {
    /// The caveats whose case leads to another body: to check before the answer holds.
    pub fn turns(&self) -> Vec<&Note<'a>> {
        self.notes.iter().filter(|n| self.changes(n)).collect()
    }

    /// The other caveats: things to know with the answer.
    pub fn remarks(&self) -> Vec<&Note<'a>> {
        self.notes.iter().filter(|n| !self.changes(n)).collect()
    }

    fn changes(&self, note: &Note) -> bool {
        let body = |r: &Route| r.orgaan.map(|o| o.id.clone());
        note.instead
            .is_some_and(|other| body(&other) != body(&self.route))
    }
}

/// The reference data the wegwijzer needs, when all of it loaded.
#[derive(Debug, Clone, Copy)]
pub struct Wegwijzer<'a> {
    pub criteria: &'a [Criterium],
    pub domeinen: &'a [Domein],
    pub regels: &'a [Regel],
    pub organen: &'a [Orgaan],
}

impl<'a> Wegwijzer<'a> {
    pub fn from(reference: &'a Reference) -> Option<Self> {
        Some(Wegwijzer {
            criteria: &reference.criteria.as_ref()?.value.criteria,
            domeinen: &reference.domeinen.as_ref()?.value.domeinen,
            regels: &reference.bevoegdheden.as_ref()?.value.regels,
            organen: &reference.organen.as_ref()?.value.organen,
        })
    }

    /// The route for criterion id `criterium` in domain id `domein`.
    pub fn route(&self, criterium: &str, domein: &str) -> Option<Route<'a>> {
        let criterium = self.criteria.iter().find(|c| c.id == criterium)?;
        let domein = self.domeinen.iter().find(|d| d.id == domein)?;
        let regel = self
            .regels
            .iter()
            .find(|r| r.niveau == domein.niveau && r.criteria.covers(&criterium.id))?;
        let orgaan = self.organen.iter().find(|o| o.id == regel.orgaan);
        Some(Route {
            criterium,
            domein,
            regel,
            orgaan,
        })
    }

    /// The route with its caveats, in the order a worker needs them: the criterion's,
    /// the domain's, then the body's.
    pub fn answer(&self, criterium: &str, domein: &str) -> Option<Answer<'a>> {
        let route = self.route(criterium, domein)?;
        let level = route.domein.niveau;
        let criterion_notes = route
            .criterium
            .voorbehoud
            .iter()
            .filter(|v| v.niveau.is_none_or(|n| n == level));
        let body_notes = route.orgaan.map_or(&[][..], |o| &o.voorbehoud[..]);
        let notes = criterion_notes
            .chain(&route.domein.voorbehoud)
            .chain(body_notes)
            .map(|voorbehoud| Note {
                voorbehoud,
                instead: voorbehoud
                    .zie
                    .as_deref()
                    .and_then(|other| self.route(criterium, other)),
            })
            .collect();
        Some(Answer {
            route,
            open: &route.regel.voorbehoud,
            notes,
        })
    }

    /// Every criterion × domain pair that resolves, in file order.
    pub fn all(&self) -> Vec<Route<'a>> {
        self.criteria
            .iter()
            .flat_map(|c| self.domeinen.iter().map(move |d| (c, d)))
            .filter_map(|(c, d)| self.route(&c.id, &d.id))
            .collect()
    }
}

/// How the handbook states a review date: `nagekeken op 26 november 2026`, or
/// `nog na te kijken` when nobody has compared the fact with its source yet.
pub fn checked(herzien: &str) -> String {
    let text = herzien.trim();
    match Date::parse(text) {
        Some(date) => format!("nagekeken op {}", date.dutch()),
        None if text == NOG_NA_TE_KIJKEN || text.is_empty() => NOG_NA_TE_KIJKEN.to_string(),
        None => text.to_string(),
    }
}

/// `nog na te kijken` -> `Nog na te kijken`, for the start of a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests;
