//! The municipal editions: scaffold, profiles and partners, changes by section id, lock
//! and drift, diff, and the pages `build` writes under `gemeenten/`.

use crate::harness::{Workspace, fixtures};

/// A charter with three plain sections and a fixed one, for the overlay tests.
const CHARTER: &str = "---\ntitel: Modelcharter\nsamenvatting: Kort.\nversie: \"2.0\"\ndatum: 2026-11-29\n---\n\n## Doel {#doel}\n\nDit charter verbindt {{ gemeente.naam }} en {{ partner.naam }}.\n\n## Afspraken {#afspraken}\n\nDe partner onthaalt warm.\n\n- [ ] **Decentraal meldpunt.** Neemt meldingen op.\n- [ ] **Toeleider.** Brengt melders naar het meldpunt.\n\n## Evaluatie {#evaluatie}\n\nJaarlijks.\n\n## Toestemming {#toestemming .vast}\n\nNiets zonder toestemming.\n";

/// A complete profile for `naam`, with `changes` as its `wijzigingen`.
fn profile(naam: &str, slug: &str, changes: &str) -> String {
    format!(
        "naam: {naam}\nmodel: proefmodel\ncontactpunt:\n  dienst: Dienst gelijke kansen\n  adres: Marktplein 1\n  openingsuren: elke werkdag\n  telefoon: 09 000 00 00\n  email: meldpunt@{slug}.example\n  website: https://www.{slug}.example\ncoordinator: Coördinator van {naam}\nondertekening:\n  ondertekenaar: Burgemeester van {naam}\n  beslissing: Collegebeslissing van 5 januari 2026\n  gegevensbescherming: privacy@{slug}.example\npartners: {slug}.partners.csv\nwijzigingen:{changes}\n"
    )
}

const PARTNERS: &str = "naam;soort;contactpersoon;adres;telefoon;e-mail;rol\r\nBuurthuis De Brug;vzw;Contactpersoon De Brug;Dorp 2;09 000 00 01;brug@proef.example;toeleider\r\n";

/// The base workspace with the overlay charter and a municipality per `(naam, slug, changes)`.
fn workspace(profiles: &[(&str, &str, &str)]) -> Workspace {
    let ws = Workspace::base();
    ws.write("charters/model.md", CHARTER);
    for (naam, slug, changes) in profiles {
        ws.write(
            &format!("charters/{slug}.yaml"),
            profile(naam, slug, changes),
        );
        ws.write(&format!("charters/{slug}.partners.csv"), PARTNERS);
    }
    ws
}

fn json(ws: &Workspace) -> Vec<serde_json::Value> {
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect(&run.stdout);
    report["diagnostics"].as_array().unwrap().clone()
}

/// The one diagnostic with `code`; fails, showing what was found, if there are more or none.
fn the_one(ws: &Workspace, code: &str) -> serde_json::Value {
    let found: Vec<_> = json(ws).into_iter().filter(|d| d["code"] == code).collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found.into_iter().next().unwrap()
}

/// Asserts where a finding stands (line, column) and what it says and advises.
fn says(found: &serde_json::Value, (line, column): (u64, u64), message: &str, help: &str) {
    assert_eq!(
        (&found["line"], &found["column"]),
        (&line.into(), &column.into()),
        "{found}"
    );
    assert_eq!(found["message"], message);
    assert_eq!(found["help"], help);
}

fn codes(diagnostics: &[serde_json::Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn new_municipality_writes_a_commented_profile_and_an_empty_partners_file() {
    let ws = Workspace::base();
    let run = ws.run(&[
        "new",
        "municipality",
        "Sint-Niklaas",
        "--model",
        "proefmodel",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(
        "charters/sint-niklaas.yaml en charters/sint-niklaas.partners.csv gemaakt.\n"
    ));
    let csv = std::fs::read(ws.path().join("charters/sint-niklaas.partners.csv")).unwrap();
    assert_eq!(
        csv,
        b"\xef\xbb\xbfnaam;soort;contactpersoon;adres;telefoon;e-mail;rol;ondertekenaar;gegevensbescherming\r\n"
    );
    let profile = ws.read_text("charters/sint-niklaas.yaml");
    for line in [
        "naam: Sint-Niklaas\n",
        "model: proefmodel\n",
        "leden: []\n",
        "  openingsuren: \"\"\n",
        "partners: sint-niklaas.partners.csv\n",
        "wijzigingen: []\n",
    ] {
        assert!(profile.contains(line), "{line:?} ontbreekt in\n{profile}");
    }
    // It validates with warnings only: what is still to be filled in.
    let found = json(&ws);
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|d| d["severity"] == "warning"),
        "{found:?}"
    );
    assert!(codes(&found).iter().all(|c| c == "G009"), "{found:?}");
    let fields: Vec<&str> = found
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(fields.contains(
        &"nog in te vullen: contactpunt: dienst, adres, openingsuren, telefoon, email, website"
    ));
    assert!(fields.contains(&"nog in te vullen: `coordinator`"));
    assert!(
        fields.contains(
            &"charters/sint-niklaas.partners.csv heeft nog geen partners: nog in te vullen"
        )
    );
}

#[test]
fn new_municipality_never_overwrites_and_refuses_what_it_cannot_name() {
    let ws = Workspace::base();
    ws.write("charters/gent.partners.csv", "naam\r\nBestaand\r\n");
    let run = ws.run(&["new", "municipality", "Gent", "--model", "proefmodel"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: charters/gent.partners.csv bestaat al; onthaal overschrijft het niet (kies een andere naam, of verwijder het bestand eerst)\n"
    );
    assert!(!ws.path().join("charters/gent.yaml").exists());
    assert_eq!(
        ws.read_text("charters/gent.partners.csv"),
        "naam\r\nBestaand\r\n"
    );
    let run = ws.run(&["new", "municipality", "Gent", "--model", "proefmodl"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: onbekend model `proefmodl`; bedoel je `proefmodel`?\n"
    );
    let run = ws.run(&["new", "municipality", "!!!", "--model", "proefmodel"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("geen bestandsnaam maken"),
        "{}",
        run.stderr
    );
}

#[test]
fn new_municipality_makes_safe_slugs_and_lists_the_members() {
    let ws = Workspace::base();
    let run = ws.run(&[
        "new",
        "municipality",
        "Streekregisseurs DDS",
        "--model",
        "proefmodel",
        "--member",
        "Berlare",
        "--member",
        "Sint-Gillis-Waas",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let profile = ws.read_text("charters/streekregisseurs-dds.yaml");
    assert!(profile.contains("leden:\n  - naam: Berlare\n"));
    assert!(profile.contains("  - naam: Sint-Gillis-Waas\n"));
    assert!(
        !profile.contains("ondertekening:"),
        "members sign one by one"
    );
    let run = ws.run(&[
        "new",
        "municipality",
        "../../etc/Passwd",
        "--model",
        "proefmodel",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(ws.path().join("charters/etc-passwd.yaml").is_file());
    let found = json(&ws);
    assert!(
        found.iter().all(|d| d["severity"] == "warning"),
        "{found:?}"
    );
}

#[test]
fn a_changed_model_section_is_reported_for_exactly_the_profiles_that_change_it() {
    let ws = workspace(&[
        (
            "Aalst",
            "aalst",
            "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n",
        ),
        (
            "Brugge",
            "brugge",
            "\n  - sectie: evaluatie\n    vervangen: Tweejaarlijks.\n",
        ),
        (
            "Gent",
            "gent",
            "\n  - toevoegen_na: afspraken\n    id: gent-buurtwerk\n    titel: Buurtwerk\n    tekst: Samen met het buurtwerk.\n",
        ),
        ("Leuven", "leuven", " []"),
    ]);
    let run = ws.run(&["pin", "--all"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "charters/aalst.lock: 1 sectie vastgelegd (1 nieuw, 0 bijgewerkt, 0 opgeruimd)\n\
         charters/brugge.lock: 1 sectie vastgelegd (1 nieuw, 0 bijgewerkt, 0 opgeruimd)\n\
         charters/gent.lock: 1 sectie vastgelegd (1 nieuw, 0 bijgewerkt, 0 opgeruimd)\n\
         leuven: geen wijzigingen, niets vast te leggen\n"
    );
    assert!(
        json(&ws)
            .iter()
            .all(|d| d["code"] != "G020" && d["code"] != "G021")
    );
    // VVSG improves one section of the model.
    ws.write(
        "charters/model.md",
        CHARTER.replace(
            "De partner onthaalt warm.",
            "De partner onthaalt warm en discreet.",
        ),
    );
    let drift: Vec<(String, u64, u64)> = json(&ws)
        .iter()
        .filter(|d| d["code"] == "G020")
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        drift,
        [
            ("charters/aalst.yaml".to_string(), 17, 13),
            ("charters/gent.yaml".to_string(), 17, 19)
        ]
    );
    // The help shows what the model changed and the local text.
    let run = ws.run(&["validate", "--color", "never", "charters/aalst.yaml"]);
    assert!(
        run.stdout.contains(
            "           - De partner onthaalt warm.\n           + De partner onthaalt warm en discreet.\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("           jouw aanvulling:\n             Ook op zaterdag.\n"),
        "{}",
        run.stdout
    );
    // After review, pin records the new text and the warning goes.
    let run = ws.run(&["pin", "aalst"]);
    assert_eq!(
        run.stdout,
        "charters/aalst.lock: 1 sectie vastgelegd (0 nieuw, 1 bijgewerkt, 0 opgeruimd)\n"
    );
    let left: Vec<String> = json(&ws)
        .iter()
        .filter(|d| d["code"] == "G020")
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(left, ["charters/gent.yaml"]);
}

#[test]
fn pin_removes_entries_no_change_needs_and_refuses_a_profile_with_errors() {
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n  - sectie: evaluatie\n    schrappen: true\n",
    )]);
    assert_eq!(ws.run(&["pin", "aalst"]).code, 0);
    let lock = ws.read_text("charters/aalst.lock");
    assert!(lock.starts_with("# Geschreven door `onthaal pin aalst`"));
    assert!(lock.contains("  sectie: afspraken\n") && lock.contains("  sectie: evaluatie\n"));
    assert!(lock.contains("  vingerafdruk: sha256:"));
    ws.write(
        "charters/aalst.yaml",
        profile(
            "Aalst",
            "aalst",
            "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n",
        ),
    );
    assert_eq!(the_one(&ws, "G022")["file"], "charters/aalst.lock");
    let run = ws.run(&["pin", "aalst"]);
    assert_eq!(
        run.stdout,
        "charters/aalst.lock: 1 sectie vastgelegd (0 nieuw, 0 bijgewerkt, 1 opgeruimd)\n"
    );
    assert!(!ws.read_text("charters/aalst.lock").contains("evaluatie"));
    // A change to a fixed section: nothing is pinned.
    ws.write(
        "charters/aalst.yaml",
        profile(
            "Aalst",
            "aalst",
            "\n  - sectie: toestemming\n    aanvullen: Behalve hier.\n",
        ),
    );
    let before = ws.read_text("charters/aalst.lock");
    let run = ws.run(&["pin", "aalst", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("fout[G012]"), "{}", run.stderr);
    assert!(
        run.stderr
            .ends_with("aalst: niets vastgelegd; los eerst de fouten in het profiel op\n")
    );
    assert_eq!(ws.read_text("charters/aalst.lock"), before);
    let run = ws.run(&["pin", "alst"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: geen gemeente `alst` in charters/; bedoel je `aalst`?\n"
    );
}

#[test]
fn diff_shows_each_change_and_the_drift_beside_it() {
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n    reden: Het meldpunt is op zaterdag open\n  - sectie: evaluatie\n    schrappen: true\n",
    )]);
    ws.run(&["pin", "aalst"]);
    ws.write(
        "charters/model.md",
        CHARTER.replace("Jaarlijks.", "Elk jaar, met de partners."),
    );
    let run = ws.run(&["diff", "aalst", "--color", "never"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = "\
Aalst (proefmodel) tegenover het model
  charter   aangevuld   afspraken  Afspraken
  charter   geschrapt   evaluatie  Evaluatie  ⚠ model veranderd sinds pin

── charter · afspraken · aangevuld ──
reden: Het meldpunt is op zaterdag open
    - [ ] **Decentraal meldpunt.** Neemt meldingen op.
    - [ ] **Toeleider.** Brengt melders naar het meldpunt.
  + 
  + Ook op zaterdag.

── charter · evaluatie · geschrapt ──
  - ## Evaluatie {#evaluatie}
  - 
  - Elk jaar, met de partners.
het model veranderde deze sectie sinds `onthaal pin` (vastgelegd → nu):
    ## Evaluatie {#evaluatie}
    
  - Jaarlijks.
  + Elk jaar, met de partners.

2 wijzigingen: 1 op een sectie die het model sinds `pin` veranderde, 0 op een sectie die het model niet meer heeft, 0 nog niet vastgelegd
";
    assert_eq!(run.stdout, expected);
    let out = ws.path().join("verslag.md");
    let run = ws.run(&[
        "diff",
        "aalst",
        "--format",
        "md",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.starts_with("# Wijzigingen van Aalst aan het model\n"));
    assert!(
        md.contains("modelcharter versie 2.0 van 2026-11-29")
            && md.contains("Aalst las zijn wijzigingen het laatst na tegen het modelcharter 2.0 van 2026-11-29."),
        "{md}"
    );
    assert!(
        md.contains("| charter | Evaluatie | geschrapt | nee: het model veranderde sindsdien |"),
        "{md}"
    );
    assert!(md.contains("**Reden:** Het meldpunt is op zaterdag open"));
    assert!(
        md.contains("### Wat Aalst aan het einde toevoegt\n\n> Ook op zaterdag.\n"),
        "{md}"
    );
    assert!(md.contains("```diff\n  ## Evaluatie {#evaluatie}\n\n- Jaarlijks.\n+ Elk jaar, met de partners.\n```"), "{md}");
}

#[test]
fn build_writes_the_municipal_pages_and_a_charter_per_partner() {
    let ws = workspace(&[(
        "Proefstad",
        "proefstad",
        "\n  - sectie: evaluatie\n    vervangen: Tweejaarlijks in {{ gemeente.naam }}.\n",
    )]);
    ws.write(
        "charters/proefstad.partners.csv",
        format!("{PARTNERS}Café De Hoek;horeca;;;;;decentraal meldpunt\r\n"),
    );
    let out = ws.path().join("uit");
    let run = ws.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "gemeenten/index",
        "gemeenten/proefstad/index",
        "gemeenten/proefstad/charter",
        "gemeenten/proefstad/draaiboek",
        "gemeenten/proefstad/partners/buurthuis-de-brug",
        "gemeenten/proefstad/partners/cafe-de-hoek",
    ] {
        assert!(out.join(format!("{page}.html")).is_file(), "{page}.html");
        assert!(out.join(format!("md/{page}.md")).is_file(), "md/{page}.md");
    }
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let partner = read("gemeenten/proefstad/partners/buurthuis-de-brug.html");
    assert!(
        partner
            .contains("<title>Charter van Proefstad met Buurthuis De Brug · Proefhandboek</title>")
    );
    assert!(
        partner.contains("<li>☐ decentraal meldpunt</li><li>☑ toeleider</li>"),
        "{partner}"
    );
    assert!(
        partner.contains("☑ <strong>Toeleider.</strong>"),
        "{partner}"
    );
    assert!(partner.contains("Dit charter verbindt Proefstad en Buurthuis De Brug."));
    assert!(partner.contains("<p>Tweejaarlijks in Proefstad.</p>"));
    assert_eq!(partner.matches("class=\"signature\"").count(), 2);
    assert!(partner.contains("<p class=\"signature-for\">Voor Buurthuis De Brug</p>"));
    let cafe = read("gemeenten/proefstad/partners/cafe-de-hoek.html");
    assert!(cafe.contains("<dt>Functionaris voor gegevensbescherming</dt><dd><em class=\"ontbreekt\">nog in te vullen</em></dd>"), "{cafe}");
    let md = read("md/gemeenten/proefstad/partners/cafe-de-hoek.md");
    assert!(
        md.contains("- [x] decentraal meldpunt\n- [ ] toeleider\n"),
        "{md}"
    );
    // The municipality's own charter leaves the partner's fields blank.
    let charter = read("gemeenten/proefstad/charter.html");
    assert!(
        charter.contains("Dit charter verbindt Proefstad en [naam van de partnerorganisatie].")
    );
    assert!(
        charter.contains("<th scope=\"row\">Café De Hoek</th>"),
        "annex lists the partners"
    );
    let index = read("gemeenten/proefstad/index.html");
    assert!(
        index.contains(
            "<a href=\"mailto:meldpunt@proefstad.example\">meldpunt@proefstad.example</a>"
        )
    );
    assert!(index.contains("<a href=\"tel:090000000\">09 000 00 00</a>"));
    // minijinja writes `/` in attributes as `&#x2f;`.
    assert!(
        read("gemeenten/index.html")
            .contains("<a href=\"..&#x2f;gemeenten&#x2f;proefstad&#x2f;index.html\">Proefstad</a>")
    );
    // The same input gives the same bytes.
    let again = ws.path().join("uit2");
    ws.run(&["build", "--out", again.to_str().unwrap()]);
    for page in [
        "gemeenten/proefstad/partners/cafe-de-hoek.html",
        "md/gemeenten/proefstad/charter.md",
    ] {
        assert_eq!(
            read(page),
            std::fs::read_to_string(again.join(page)).unwrap()
        );
    }
}

#[test]
fn a_partnership_makes_every_member_a_party_with_a_signature_block() {
    let ws = workspace(&[]);
    ws.write(
        "charters/streek.yaml",
        "naam: Streek\nmodel: proefmodel\nleden:\n  - naam: Berlare\n    ondertekenaar: Burgemeester van Berlare\n  - naam: Hamme\n  - naam: Zele\npartners: streek.partners.csv\n",
    );
    ws.write("charters/streek.partners.csv", PARTNERS);
    let out = ws.path().join("uit");
    assert_eq!(ws.run(&["build", "--out", out.to_str().unwrap()]).code, 0);
    let page =
        std::fs::read_to_string(out.join("gemeenten/streek/partners/buurthuis-de-brug.html"))
            .unwrap();
    for member in ["Berlare", "Hamme", "Zele", "Buurthuis De Brug"] {
        assert!(
            page.contains(&format!("<p class=\"signature-for\">Voor {member}</p>")),
            "{member}"
        );
    }
    assert!(page.contains("<strong>Hamme</strong>, lokaal bestuur, lid van Streek"));
    assert!(page.contains("Opgemaakt in 4 exemplaren, één voor elke partij."));
    assert!(page.contains(
        "<p>Naam en functie: <span class=\"write-in\">Burgemeester van Berlare</span></p>"
    ));
}

#[test]
fn build_municipality_builds_only_the_named_editions() {
    let ws = workspace(&[("Aalst", "aalst", " []"), ("Brugge", "brugge", " []")]);
    let out = ws.path().join("uit");
    let run = ws.run(&[
        "build",
        "--municipality",
        "brugge",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(" waarschuwingen over de rest van het handboek"),
        "{}",
        run.stderr
    );
    let quiet = ws.run(&[
        "build",
        "-q",
        "--municipality",
        "brugge",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!quiet.stderr.contains("over de rest"), "{}", quiet.stderr);
    assert!(out.join("gemeenten/brugge/charter.html").is_file());
    assert!(!out.join("gemeenten/aalst").exists());
    assert!(
        out.join("index.html").is_file(),
        "the handbook is built too"
    );
    let run = ws.run(&[
        "build",
        "--municipality",
        "brugg",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: geen gemeente `brugg` in charters/; bedoel je `brugge`?\n"
    );
}

#[test]
fn partners_files_from_excel_are_read_as_saved() {
    let ws = workspace(&[("Proefstad", "proefstad", " []")]);
    // Belgian Excel: Windows-1252, `;`, CRLF, a quoted cell with a line break.
    let mut csv = b"Naam;Soort;Contactpersoon;Adres;Telefoon;E-mail;Rol\r\n".to_vec();
    csv.extend(b"Caf\xe9 Ren\xe9;horeca;;\"Markt 1\r\n9999 Proefstad\";;;Toeleider\r\n");
    ws.write("charters/proefstad.partners.csv", csv);
    let out = ws.path().join("uit");
    let run = ws.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page =
        std::fs::read_to_string(out.join("gemeenten/proefstad/partners/cafe-rene.html")).unwrap();
    assert!(page.contains("<strong>Café René</strong>"));
    assert!(page.contains("<li>☑ toeleider</li>"));
    // With commas and a byte order mark, the same.
    ws.write(
        "charters/proefstad.partners.csv",
        "\u{feff}naam,soort,rol\nCafé René,horeca,toeleider\n",
    );
    let run = ws.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        out.join("gemeenten/proefstad/partners/cafe-rene.html")
            .is_file()
    );
}

#[test]
fn municipal_text_and_spreadsheet_cells_never_reach_a_page_as_script_or_a_request() {
    let ws = workspace(&[(
        "Proefstad",
        "proefstad",
        "\n  - sectie: evaluatie\n    vervangen: |\n      Zie [hier](javascript:alert(1)) en [mail]({{partner.email}}) ![x](https://evil.example/x.png)\n",
    )]);
    ws.write(
        "charters/proefstad.partners.csv",
        "naam;soort;contactpersoon;adres;telefoon;e-mail;rol\r\n\"<script>alert(1)</script>\";\"<img src=https://evil.example/y.png>\";javascript:alert(2);\"a\"\"><b>\";;;toeleider\r\n",
    );
    let out = ws.path().join("uit");
    let run = ws.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let folder = out.join("gemeenten/proefstad/partners");
    let page = std::fs::read_dir(&folder)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for bad in [
        "<script>alert",
        "<img",
        "evil.example/y.png\"",
        "javascript:",
        "href=\"&lt;",
        "<b>",
    ] {
        assert!(!html.contains(bad), "{bad} in {}", page.display());
    }
    assert!(!html.contains("src=\"https://evil"));
    let md_page = out
        .join("md/gemeenten/proefstad/partners")
        .join(page.with_extension("md").file_name().unwrap());
    let md = std::fs::read_to_string(md_page).unwrap();
    assert!(
        !md.contains("<script") && !md.contains("<img") && !md.contains("](javascript:"),
        "{md}"
    );
    assert!(
        !md.contains("](<script") && !md.contains("![x](https://evil"),
        "{md}"
    );
}

#[test]
fn conflict_markers_in_a_profile_are_errors_at_their_lines() {
    let ws = workspace(&[("Proefstad", "proefstad", " []")]);
    let text = profile("Proefstad", "proefstad", " []").replace(
        "coordinator:",
        "<<<<<<< HEAD\ncoordinator: A\n=======\ncoordinator: B\n>>>>>>> origin/main\ncoordinator:",
    );
    ws.write("charters/proefstad.yaml", text);
    let found = json(&ws);
    let lines: Vec<u64> = found
        .iter()
        .filter(|d| d["code"] == "L014")
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [10, 12, 14]);
    assert!(fixtures().join("invalid/L014/expected.txt").is_file());
}

#[test]
fn personal_data_in_a_partners_cell_is_found_outside_the_contact_columns() {
    let ws = workspace(&[("Proefstad", "proefstad", " []")]);
    ws.write(
        "charters/proefstad.partners.csv",
        "naam;soort;adres;e-mail\r\nVzw Hart;rekening BE68 5390 0754 7034;mail jan@hart.example;jan@hart.example\r\n",
    );
    let found: Vec<(String, u64, u64)> = json(&ws)
        .iter()
        .filter(|d| d["file"] == "charters/proefstad.partners.csv")
        .filter(|d| d["code"] != "G009")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [("P002".to_string(), 2, 19), ("V007".to_string(), 2, 44)]
    );
}

#[test]
fn pin_writes_a_broken_lock_anew_and_a_removed_section_shows_what_it_said() {
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: evaluatie\n    aanvullen: Ook met de partners.\n",
    )]);
    ws.write("charters/aalst.lock", "versie: 1\nsecties: [\n");
    let run = ws.run(&["pin", "aalst"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "charters/aalst.lock: het oude lockbestand was onleesbaar; 1 sectie opnieuw vastgelegd\n"
    );
    // The model drops the section: the change names nothing any more, and the help
    // recalls how the section began when it was pinned.
    ws.write(
        "charters/model.md",
        CHARTER.replace("## Evaluatie {#evaluatie}\n\nJaarlijks.\n\n", ""),
    );
    assert_eq!(
        the_one(&ws, "G011")["help"],
        "het model schrapte of hernoemde de sectie sinds `onthaal pin`; toen begon ze zo: ## Evaluatie {#evaluatie}"
    );
}

#[test]
fn a_section_for_partnerships_is_left_out_of_a_single_municipality_s_charter() {
    let ws = workspace(&[("Aalst", "aalst", " []")]);
    ws.write(
        "charters/model.md",
        CHARTER.replace(
            "## Evaluatie {#evaluatie}",
            "## Meerdere gemeenten {#samen .samenwerking}\n\nElke gemeente tekent.\n\n## Evaluatie {#evaluatie}",
        ),
    );
    ws.write(
        "charters/streek.yaml",
        "naam: Streek\nmodel: proefmodel\nleden:\n  - naam: Berlare\n  - naam: Zele\n",
    );
    let out = ws.path().join("uit");
    let run = ws.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    assert!(!read("gemeenten/aalst/charter.html").contains("Elke gemeente tekent."));
    assert!(!read("md/gemeenten/aalst/charter.md").contains("Meerdere gemeenten"));
    assert!(read("gemeenten/streek/charter.html").contains("<p>Elke gemeente tekent.</p>"));
    assert!(
        read("charter.html").contains("Elke gemeente tekent."),
        "the model shows it"
    );
}

#[test]
fn a_partners_file_past_a_thousand_rows_is_refused_at_the_row_that_passes_it() {
    let ws = workspace(&[("Proefstad", "proefstad", " []")]);
    let mut csv = String::from("naam;soort\r\n");
    for i in 1..=1001 {
        csv.push_str(&format!("Partner {i};vzw\r\n"));
    }
    ws.write("charters/proefstad.partners.csv", csv);
    let found = the_one(&ws, "G030");
    assert_eq!(found["line"], 1002);
    assert_eq!(
        found["message"],
        "het bestand heeft meer dan 1000 rijen; de rest wordt niet gelezen"
    );
}

#[test]
fn diff_all_lists_every_municipality_and_names_those_to_review() {
    let ws = workspace(&[
        (
            "Aalst",
            "aalst",
            "\n  - sectie: evaluatie\n    schrappen: true\n",
        ),
        ("Brakel", "brakel", " []"),
        (
            "Sint-Niklaas",
            "sint-niklaas",
            "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n",
        ),
    ]);
    ws.run(&["pin", "aalst"]);
    let clean = ws.run(&["diff", "--all", "--color", "never"]);
    assert!(
        clean.stdout.ends_with(
            "3 gemeenten, 1 met wijzigingen om na te lezen: sint-niklaas (`onthaal diff SLUG` toont ze, `onthaal pin SLUG` legt ze daarna vast)\n"
        ),
        "{}",
        clean.stdout
    );
    ws.write(
        "charters/model.md",
        CHARTER.replace("Jaarlijks.", "Elk jaar, met de partners."),
    );
    let run = ws.run(&["diff", "--all", "--color", "never"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "\
gemeente      model       wijzigingen  model veranderd  niet meer in model  niet vastgelegd
Aalst         proefmodel            1                1                   0                0
Brakel        proefmodel            0                0                   0                0
Sint-Niklaas  proefmodel            1                0                   0                1

3 gemeenten, 2 met wijzigingen om na te lezen: aalst, sint-niklaas (`onthaal diff SLUG` toont ze, `onthaal pin SLUG` legt ze daarna vast)
"
    );
    ws.run(&["pin", "--all"]);
    assert!(
        ws.run(&["diff", "--all"])
            .stdout
            .ends_with("\n3 gemeenten, geen wijzigingen om na te lezen\n")
    );
    let refused = ws.run(&["diff", "--all", "--format", "md"]);
    assert_eq!(refused.code, 2);
}

#[test]
fn a_section_added_inside_a_left_out_section_is_an_error_not_lost() {
    // `toevoegen_na` a subsection of a section that another change leaves out or
    // replaces: the place is gone, and the build used to drop the new section silently.
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: afspraken\n    schrappen: true\n  - toevoegen_na: zaterdag\n    id: aalst-extra\n    titel: Extra\n    tekst: Eigen tekst.\n",
    )]);
    ws.write(
        "charters/model.md",
        CHARTER.replace(
            "De partner onthaalt warm.\n",
            "De partner onthaalt warm.\n\n### Zaterdag {#zaterdag}\n\nOok op zaterdag.\n\n### Zondag {#zondag}\n\nNiet op zondag.\n",
        ),
    );
    says(
        &the_one(&ws, "G013"),
        (19, 19),
        "je voegt `aalst-extra` toe na `zaterdag`, maar de wijziging op regel 17 schrapt `afspraken`, waar `zaterdag` in ligt",
        "voeg de nieuwe sectie toe na `afspraken` (`toevoegen_na: afspraken`), of schrap `afspraken` niet",
    );
    // After the section that holds it, the new section is placed and built.
    ws.write(
        "charters/aalst.yaml",
        profile(
            "Aalst",
            "aalst",
            "\n  - sectie: afspraken\n    vervangen: Nieuwe afspraken.\n  - toevoegen_na: afspraken\n    id: aalst-extra\n    titel: Extra\n    tekst: Eigen tekst.\n",
        ),
    );
    assert!(!codes(&json(&ws)).contains(&"G013".to_string()));
    let out = ws.path().join("uit");
    let run = ws.run(&[
        "build",
        "--municipality",
        "aalst",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let md = std::fs::read_to_string(out.join("md/gemeenten/aalst/charter.md")).unwrap();
    assert!(
        md.contains("Nieuwe afspraken.\n\n## Extra\n\nEigen tekst."),
        "{md}"
    );
}

#[test]
fn pin_all_names_a_profile_it_could_not_read() {
    // `pin --all` used to pin the readable profiles, pass over a broken one in silence
    // and exit 0, as if every municipality were pinned.
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n",
    )]);
    ws.write("charters/kapot.yaml", "naam: Kapot\nmodel: [\n");
    let run = ws.run(&["pin", "--all", "--color", "never"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "charters/aalst.lock: 1 sectie vastgelegd (1 nieuw, 0 bijgewerkt, 0 opgeruimd)\n"
    );
    assert!(
        run.stderr.contains("--> charters/kapot.yaml:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .ends_with("kapot: niets vastgelegd; los eerst de fouten in het profiel op\n"),
        "{}",
        run.stderr
    );
    assert!(!ws.path().join("charters/kapot.lock").exists());
}

#[test]
fn a_single_municipality_cannot_change_a_section_only_partnerships_have() {
    // Aalst's charter leaves out the `.samenwerking` section; an addition to it used
    // to land, headless, at the end of the section before it.
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: samen\n    aanvullen: Ook de buurgemeenten.\n",
    )]);
    ws.write(
        "charters/model.md",
        CHARTER.replace(
            "## Evaluatie {#evaluatie}",
            "## Meerdere gemeenten {#samen .samenwerking}\n\nElke gemeente tekent.\n\n## Evaluatie {#evaluatie}",
        ),
    );
    says(
        &the_one(&ws, "G011"),
        (17, 13),
        "de sectie `samen` staat alleen in het charter van een samenwerking van gemeenten (`.samenwerking`), niet in dat van Aalst",
        "schrap deze wijziging; is Aalst een samenwerking, zet dan haar gemeenten bij `leden`",
    );
    // A partnership may change it, and a single municipality may add after it.
    ws.write(
        "charters/aalst.yaml",
        profile(
            "Aalst",
            "aalst",
            "\n  - toevoegen_na: samen\n    id: aalst-extra\n    titel: Extra\n    tekst: Eigen tekst.\n",
        ),
    );
    ws.write(
        "charters/streek.yaml",
        "naam: Streek\nmodel: proefmodel\nleden:\n  - naam: Berlare\n  - naam: Zele\nwijzigingen:\n  - sectie: samen\n    aanvullen: Ook de buurgemeenten.\n",
    );
    assert!(!codes(&json(&ws)).contains(&"G011".to_string()));
}

#[test]
fn diff_all_names_a_profile_it_could_not_read() {
    // The overview after a model update used to leave a broken profile out without a
    // word: `3 gemeenten, geen wijzigingen om na te lezen`, exit 0.
    let ws = workspace(&[("Aalst", "aalst", " []")]);
    ws.write("charters/kapot.yaml", "naam: Kapot\nmodel: [\n");
    let run = ws.run(&["diff", "--all", "--color", "never"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .ends_with("\n1 gemeente, geen wijzigingen om na te lezen\n"),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stderr,
        "fout: charters/kapot.yaml kon niet gelezen worden; `onthaal validate charters/kapot.yaml` toont waarom\n"
    );
}

#[test]
fn a_problem_in_folded_text_is_shown_where_it_stands() {
    // `aanvullen: >` folds its lines into one: positions used to count the folded text
    // as one line and point into the first line of the file.
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: afspraken\n    aanvullen: >\n      Eerste regel van de tekst\n      tweede regel met {{ gemeente.x }} erin.\n\n      Nieuwe alinea <b>vet</b>.\n",
    )]);
    let found: Vec<_> = json(&ws)
        .into_iter()
        .filter(|d| d["code"] == "G017" || d["code"] == "G016")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("G017".to_string(), 20, 27),
            ("G016".to_string(), 22, 21),
            ("G016".to_string(), 22, 27)
        ]
    );
}

#[test]
fn a_partner_with_a_very_long_name_gets_a_charter_with_a_short_file_name() {
    // The file name of a partner's charter is a slug of its name; a name of a few
    // hundred characters (a description pasted into the name cell) used to stop the
    // build with "ongeldige bestandsnaam" after validate had passed.
    let ws = workspace(&[("Proefstad", "proefstad", " []")]);
    let long = "Vereniging ".repeat(30);
    ws.write(
        "charters/proefstad.partners.csv",
        format!("naam;rol\r\n{long}A;toeleider\r\n{long}B;toeleider\r\n"),
    );
    let out = ws.path().join("uit");
    let run = ws.run(&["build", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stem = ["vereniging"; 7].join("-");
    for page in [stem.clone(), format!("{stem}-2")] {
        let path = format!("gemeenten/proefstad/partners/{page}.html");
        assert!(out.join(&path).is_file(), "{path}");
        assert!(
            out.join(format!("md/gemeenten/proefstad/partners/{page}.md"))
                .is_file()
        );
    }
}

#[test]
fn a_heading_in_a_change_takes_no_id_the_edition_already_has() {
    // Two headings with one id are two elements with one id on the page: the table of
    // contents and every link to it reach only the first.
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: evaluatie\n    vervangen: |\n      Eigen.\n\n      ### Doel {#doel}\n\n      ### In Aalst {#aalst-eigen}\n  - sectie: afspraken\n    aanvullen: |\n      ### Nog eens {#aalst-eigen}\n",
    )]);
    let found: Vec<_> = json(&ws)
        .into_iter()
        .filter(|d| d["code"] == "G014")
        .map(|d| {
            (
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (21, 7, "het model heeft al een sectie `doel`".to_string()),
            (
                26,
                7,
                "de wijziging op regel 17 heeft al een kop `aalst-eigen`".to_string()
            )
        ]
    );
    // A replacement may give its own subsection the id of one it takes away.
    ws.write(
        "charters/model.md",
        CHARTER.replace(
            "De partner onthaalt warm.\n",
            "De partner onthaalt warm.\n\n### Zaterdag {#zaterdag}\n\nOok op zaterdag.\n",
        ),
    );
    ws.write(
        "charters/aalst.yaml",
        profile(
            "Aalst",
            "aalst",
            "\n  - sectie: afspraken\n    vervangen: |\n      ### Zaterdag {#zaterdag}\n\n      Niet op zaterdag.\n",
        ),
    );
    assert!(!codes(&json(&ws)).contains(&"G014".to_string()));
}

#[test]
fn a_slug_named_twice_is_pinned_once() {
    // The second `aalst` used to remove the lock the first had just removed, and fail
    // with "het bestand of de map bestaat niet", naming no file.
    let ws = workspace(&[(
        "Aalst",
        "aalst",
        "\n  - sectie: afspraken\n    aanvullen: Ook op zaterdag.\n",
    )]);
    assert_eq!(ws.run(&["pin", "aalst"]).code, 0);
    ws.write("charters/aalst.yaml", profile("Aalst", "aalst", " []"));
    let run = ws.run(&["pin", "aalst", "aalst"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "charters/aalst.lock: verwijderd; er zijn geen wijzigingen meer om vast te leggen\n"
    );
}

#[test]
fn a_partners_file_with_a_capital_extension_is_named_with_the_fix() {
    let ws = workspace(&[("Aalst", "aalst", " []")]);
    let profile = ws.read_text("charters/aalst.yaml");
    let line = profile
        .lines()
        .find(|l| l.starts_with("partners:"))
        .unwrap();
    ws.write(
        "charters/aalst.yaml",
        profile.replacen(line, "partners: Aalst.CSV", 1),
    );
    assert_eq!(
        the_one(&ws, "G005")["message"],
        "het partnerbestand `Aalst.CSV` heeft een extensie in hoofdletters; onthaal leest alleen `.csv`: hernoem het naar `Aalst.csv` en schrijf die naam hier"
    );
}
