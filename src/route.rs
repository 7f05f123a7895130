//! The wegwijzer: which body handles a report, for a protected criterion in a domain.
//! The first competence rule for the domain's level that covers the criterion decides;
//! `validate` (R001) makes sure every pair meets one.

use crate::load::Reference;
use crate::model::reference::{Criterium, Domein, Orgaan, Regel};

/// The answer for one criterion in one domain.
#[derive(Debug, Clone, Copy)]
pub struct Route<'a> {
    pub criterium: &'a Criterium,
    pub domein: &'a Domein,
    pub regel: &'a Regel,
    /// `None` when the rule says `geen`: the law assigns no body.
    pub orgaan: Option<&'a Orgaan>,
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

    /// Every criterion × domain pair that resolves, in file order.
    pub fn all(&self) -> Vec<Route<'a>> {
        self.criteria
            .iter()
            .flat_map(|c| self.domeinen.iter().map(move |d| (c, d)))
            .filter_map(|(c, d)| self.route(&c.id, &d.id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Reference {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
        crate::load::load(&root).unwrap().0.reference
    }

    #[test]
    fn a_flemish_domain_goes_to_the_vmri_for_every_criterion() {
        let reference = reference();
        let w = Wegwijzer::from(&reference).unwrap();
        for criterium in ["huidskleur", "taal"] {
            let route = w.route(criterium, "wonen").unwrap();
            assert_eq!(route.orgaan.map(|o| o.id.as_str()), Some("vmri"));
            assert_eq!(route.regel.id, "vlaams");
        }
    }

    #[test]
    fn geen_means_no_body_and_unknown_ids_mean_no_route() {
        let reference = reference();
        let w = Wegwijzer::from(&reference).unwrap();
        let route = w.route("taal", "werk").unwrap();
        assert!(route.orgaan.is_none());
        assert_eq!(route.regel.orgaan, "geen");
        assert!(w.route("taal", "maan").is_none());
        assert_eq!(w.all().len(), 4);
    }
}
