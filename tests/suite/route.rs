//! `onthaal route`: the desk cases of the content issue, answered end to end from the
//! words a frontline worker would type, and the keyword matching behind them.

use crate::harness::{Workspace, check_snapshot, fixtures, onthaal, repository};

/// `route` on the repository's own reference data.
fn route(words: &[&str]) -> crate::harness::Run {
    let mut args = vec!["route"];
    args.extend_from_slice(words);
    onthaal(&repository(), &args)
}

/// The whole answer, pinned in `tests/fixtures/route/<name>.txt`.
fn pinned(name: &str, words: &[&str]) -> String {
    let run = route(words);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = fixtures().join("route").join(format!("{name}.txt"));
    if let Err(diff) = check_snapshot(&path, &run.stdout) {
        panic!("{diff}");
    }
    run.stdout
}

#[test]
fn a_flat_refused_for_skin_colour_goes_to_the_vmri_with_how_to_hand_over() {
    let out = pinned("huidskleur-huurwoning", &["huidskleur", "huurwoning"]);
    assert!(out.starts_with("Gelezen: huidskleur → Huidskleur · huurwoning → Wonen\n\n"));
    assert!(out.contains("\n→ Vlaams Mensenrechteninstituut (VMRI)\n"));
    assert!(out.contains("samen\n    met de melder het onlineformulier invullen"));
    assert!(out.contains("  anoniem melden: nee\n"));
}

#[test]
fn a_pregnant_worker_goes_to_the_igvm_with_what_to_weigh() {
    let out = pinned("zwanger-werk", &["zwanger", "werk"]);
    assert!(out.starts_with("Gelezen: zwanger → Geslacht · werk → Werk en werkvloer\n\n"));
    assert!(out.contains("\n→ Instituut voor de Gelijkheid van Vrouwen en Mannen (IGVM)\n"));
    assert!(out.contains(
        "Het IGVM behandelt geen anonieme klachten. Is de melder bang voor de gevolgen,"
    ));
    assert!(out.contains("Werkt de melder bij een\n    overheid"));
}

#[test]
fn a_muslim_on_a_de_lijn_bus_first_asks_who_did_it() {
    let out = pinned("moslim-bus-de-lijn", &["moslim", "bus", "De", "Lijn"]);
    let check = out.find("Ga eerst na of dit zo is").unwrap();
    let unia = out
        .find("    In dat geval → Unia (Haatspraak en haatmisdrijven)\n")
        .unwrap();
    let vmri = out
        .find("\nAnders → Vlaams Mensenrechteninstituut (VMRI)\n")
        .unwrap();
    assert!(check < unia && unia < vmri, "{out}");
}

#[test]
fn a_fellow_passenger_who_insults_is_hate_speech_even_on_de_lijn() {
    let run = route(&[
        "uitgescholden",
        "op",
        "de",
        "bus",
        "van",
        "De",
        "Lijn",
        "moslim",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut lines = run.stdout.lines().skip(2);
    assert_eq!(
        lines.next(),
        Some(
            "Geloof of levensbeschouwing in het domein Haatspraak en haatmisdrijven (federale materie)"
        )
    );
    assert_eq!(
        lines.next(),
        Some("Je noemde ook Openbaar vervoer van De Lijn, maar wat je beschrijft valt hieronder:")
    );
    assert!(run.stdout.contains("\n→ Unia\n"), "{}", run.stdout);
}

#[test]
fn case_accents_plurals_and_word_order_do_not_matter() {
    let answer = |words: &[&str]| {
        let run = route(words);
        assert_eq!(run.code, 0, "{}", run.stderr);
        // The first line repeats the words as typed; the answer follows.
        run.stdout.split_once("\n\n").unwrap().1.to_string()
    };
    let plain = answer(&["huidskleur", "huurwoning"]);
    assert_eq!(answer(&["HUURWONINGEN", "Huidskleur"]), plain);
    assert_eq!(answer(&["racisme", "café"]), answer(&["Racisme", "cafes"]));
    assert_eq!(
        answer(&["zwangere", "werkneemster"]),
        answer(&["zwanger", "werk"])
    );
    assert_eq!(
        answer(&["homo's", "kotten"]),
        answer(&["seksuele-geaardheid", "wonen"])
    );
}

#[test]
fn an_ambiguous_word_is_asked_back_with_the_options_and_a_command() {
    let run = route(&["moslim", "bus"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Gelezen: moslim → Geloof of levensbeschouwing · bus → Openbaar vervoer van De Lijn / Openbaar vervoer van NMBS, MIVB of TEC\n\n\
         Welk domein bedoel je met ‘bus’? De antwoorden verschillen.\n  \
         openbaar-vervoer-de-lijn        Openbaar vervoer van De Lijn\n  \
         openbaar-vervoer-nmbs-mivb-tec  Openbaar vervoer van NMBS, MIVB of TEC\n\
         Bijvoorbeeld: onthaal route moslim openbaar-vervoer-de-lijn\n\n"
    );
    let run = route(&["accent", "winkel"]);
    assert!(run.stdout.contains("Welk kenmerk bedoel je met ‘accent’? De antwoorden verschillen.\n  afkomst  Afkomst\n  taal     Taal\n"));
}

#[test]
fn a_word_for_criteria_with_one_answer_needs_no_question() {
    let run = route(&["racisme", "horeca"]);
    assert_eq!(
        run.stdout.lines().nth(2),
        Some(
            "Zogenaamd ras, Huidskleur, Nationaliteit, Afkomst of Nationale of etnische afstamming in het domein Horeca (federale materie)"
        )
    );
    assert_eq!(run.stdout.lines().nth(3), Some("→ Unia"));
}

#[test]
fn a_case_the_sources_leave_open_gets_no_plain_answer() {
    let run = route(&["vakbond", "school"]);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[3],
        "Geen sluitend antwoord: de bronnen laten dit geval open."
    );
    assert!(lines.contains(&"→ vraag het eerst na bij: Vlaams Mensenrechteninstituut (VMRI)"));
    assert!(!lines.contains(&"→ Vlaams Mensenrechteninstituut (VMRI)"));
}

#[test]
fn a_missing_domain_is_asked_for() {
    let run = route(&["zwanger"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("\nWaar gebeurde het? Noem het domein, bijvoorbeeld:\n  wonen ")
    );
    assert!(
        run.stdout
            .ends_with("Bijvoorbeeld: onthaal route zwanger wonen\n\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn ids_still_work_and_the_source_says_when_it_was_checked() {
    let run = Workspace::base().run(&["route", "huidskleur", "wonen"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut lines = run.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("Gelezen: huidskleur → Huidskleur · wonen → Wonen")
    );
    assert_eq!(
        lines.nth(1),
        Some("Huidskleur in het domein Wonen (Vlaamse materie)")
    );
    assert_eq!(lines.next(), Some("→ Vlaams Mensenrechteninstituut"));
    assert!(run.stdout.contains(
        "Bron: https://www.vlaamsmensenrechteninstituut.be (nagekeken op 26 november 2026, regel `vlaams`)"
    ));
}

#[test]
fn no_body_assigned_is_said_plainly() {
    let run = Workspace::base().run(&["route", "taal", "werk"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("\n→ geen gelijkheidsorgaan aangewezen\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn unrecognised_words_are_a_usage_error_with_a_suggestion() {
    let run = Workspace::base().run(&["route", "werkgevr"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: geen enkel woord herkend: `werkgevr`; bedoel je `werkgever`?\n"
    );
    let run = Workspace::base().run(&["route"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("Gebruik: onthaal route WOORD…"));
    assert!(run.stdout.contains("  huidskleur "));
    assert!(run.stdout.contains("  werk "));
}

#[test]
fn route_refuses_to_answer_from_overlapping_rules() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/R003"));
    let run = ws.run(&["route", "taal", "werk"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("fout[R003]"), "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with("de wegwijzer antwoordt pas als de referentiegegevens in orde zijn\n")
    );
}

#[test]
fn the_wegwijzer_page_shows_the_same_caveats_as_route() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let run = onthaal(&repository(), &["build", "--out", site.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(site.join("wegwijzer.html")).unwrap();
    let keys = page.split("id=\"wg-keuzes\">").nth(1).unwrap();
    let keys: serde_json::Value =
        serde_json::from_str(keys.split("</script>").next().unwrap()).unwrap();
    // De Lijn and NMBS differ, though both were one "openbaar vervoer" before.
    let de_lijn = &keys["geloof-of-levensbeschouwing|openbaar-vervoer-de-lijn"];
    let trein = &keys["geloof-of-levensbeschouwing|openbaar-vervoer-nmbs-mivb-tec"];
    assert!(
        de_lijn.is_u64() && trein.is_u64() && de_lijn != trein,
        "{keys}"
    );
    let answer = |index: &serde_json::Value| {
        let start = format!("data-antwoord=\"{index}\"");
        let from = page.find(&start).unwrap() + start.len();
        let rest = &page[from..];
        // Up to the next answer, or the end of the answers.
        let end = rest
            .find("data-antwoord=")
            .or_else(|| rest.find("wg-politie"))
            .unwrap();
        rest[..end].to_string()
    };
    let de_lijn = answer(de_lijn);
    assert!(de_lijn.contains("Ga eerst na of dit zo is, want dan verandert het antwoord"));
    assert!(
        de_lijn.contains("<strong>In dat geval: Unia (Haatspraak en haatmisdrijven).</strong>")
    );
    assert!(de_lijn.contains("Anders: bevoegd orgaan"));
    let open = answer(&keys["syndicale-overtuiging|onderwijs-en-vorming"]);
    assert!(open.contains("Geen sluitend antwoord: de bronnen laten dit geval open"));
    assert!(open.contains("Vraag het eerst na bij"));
    assert!(!answer(trein).contains("Ga eerst na"));
}
