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

#[test]
fn a_review_date_is_stated_or_said_to_be_missing() {
    assert_eq!(checked("2026-11-26"), "nagekeken op 26 november 2026");
    assert_eq!(checked("nog na te kijken"), "nog na te kijken");
    assert_eq!(checked(""), "nog na te kijken");
}
