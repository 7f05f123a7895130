//! `onthaal build`: what lands in the output folder, and what never does.

use crate::harness::{Workspace, fixtures, onthaal, tree};

/// The tags of an HTML text (`<…>`), where live attributes would be.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| format!("<{}", rest.split('>').next().unwrap_or(rest)))
        .collect()
}

/// A built page, with the entities minijinja uses for `/` and `'` decoded so that
/// assertions read like the page a browser shows.
fn html(ws: &Workspace, page: &str) -> String {
    std::fs::read_to_string(ws.path().join("dist").join(page))
        .unwrap()
        .replace("&#x2f;", "/")
        .replace("&#x27;", "'")
}

#[test]
fn builds_every_page_and_the_markdown() {
    let ws = Workspace::base();
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let files = tree(&ws.path().join("dist"));
    for page in [
        "index.html",
        "blauwdrukken/index.html",
        "blauwdrukken/proefmodel.html",
        "drempels.html",
        "charter.html",
        "draaiboek.html",
        "faq.html",
        "8bs.html",
        "wegwijzer.html",
        "print.html",
        "toegankelijkheid.html",
        "assets/style.css",
        "assets/search.js",
        "assets/search-index.js",
        "md/handboek.md",
        "md/blauwdrukken/proefmodel.md",
    ] {
        assert!(
            files.contains_key(page),
            "{page} ontbreekt in {:?}",
            files.keys().collect::<Vec<_>>()
        );
    }
    let index = html(&ws, "index.html");
    assert!(index.starts_with("<!doctype html>\n<html lang=\"nl\">"));
    assert!(index.contains(r##"<a class="skip-link" href="#inhoud">"##));
    assert!(index.contains(r#"<main id="inhoud""#));
}

#[test]
fn no_page_asks_anything_from_outside_the_folder() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    for (name, bytes) in tree(&ws.path().join("dist")) {
        if !name.ends_with(".html") {
            continue;
        }
        let page = String::from_utf8(bytes).unwrap();
        for attribute in [" src=\"http", " href=\"//", "url(http", "@import"] {
            assert!(!page.contains(attribute), "{name} bevat {attribute}");
        }
        assert!(
            !page.contains("<link rel=\"stylesheet\" href=\"http"),
            "{name}"
        );
    }
}

#[test]
fn the_blueprint_page_has_a_labelled_diagram_and_a_table() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let page = html(&ws, "blauwdrukken/proefmodel.html");
    assert!(page.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="blueprint-proefmodel-title blueprint-proefmodel-desc""#));
    assert!(
        page.contains("<title id=\"blueprint-proefmodel-title\">Blauwdruk: Proefmodel</title>")
    );
    assert!(page.contains(r#"<th scope="row" id="stap-doorverwijzen">Doorverwijzen"#));
    assert!(page.contains(
        "naar Vlaams Mensenrechteninstituut; met toestemming van de melder; warme overdracht."
    ));
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build", "--out", "een"]).code, 0);
    assert_eq!(ws.run(&["build", "--out", "twee"]).code, 0);
    let (one, two) = (tree(&ws.path().join("een")), tree(&ws.path().join("twee")));
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &one {
        assert!(two[name] == *bytes, "{name} verschilt tussen twee bouwen");
    }
}

#[test]
fn untrusted_content_cannot_inject_script() {
    let ws = Workspace::base();
    let faq = std::fs::read_to_string(ws.path().join("faq/melden.yaml")).unwrap().replace(
        "antwoord: Dat hangt af van het orgaan.",
        "antwoord: \"<script>alert(1)</script> [klik](javascript:alert(2)) <img src=x onerror=alert(3)> ![x](data:image/svg+xml,boom)\"",
    );
    ws.write("faq/melden.yaml", faq);
    let chapter = "---\ntitel: \"<script>alert(4)</script>\"\n---\n\n## Kop {#kop onclick=alert(5)}\n\n<iframe src=\"https://example.org\"></iframe>\n\n![logo](https://example.org/logo.png)\n";
    ws.write("playbook/01-kiezen.md", chapter);
    let blueprint = std::fs::read_to_string(ws.path().join("blueprints/proefmodel.yaml"))
        .unwrap()
        .replace(
            "titel: Proefmodel",
            "titel: \"Proef</title><script>alert(6)</script>\"",
        );
    ws.write("blueprints/proefmodel.yaml", blueprint);
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (name, bytes) in tree(&ws.path().join("dist")) {
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        if name.ends_with(".html") {
            assert!(!text.contains("<script>alert"), "{name}");
            for tag in tags(&text) {
                for live in [
                    "javascript:",
                    "onerror",
                    "onclick",
                    "data:",
                    "<iframe",
                    "<img",
                ] {
                    assert!(!tag.contains(live), "{name}: {tag}");
                }
            }
        }
        if name.ends_with(".md") {
            for raw in ["<script", "<iframe", "<img", "![x]", "![logo]"] {
                assert!(!text.contains(raw), "{name}: {raw}");
            }
        }
        if name == "assets/search-index.js" {
            assert!(
                !text.contains("</script"),
                "de zoekindex kan het script niet sluiten"
            );
        }
    }
}

#[test]
fn a_failing_build_leaves_the_previous_output_untouched() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let before = tree(&ws.path().join("dist"));
    ws.write("blueprints/proefmodel.yaml", "model: [kapot\n");
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("fout[L001]"), "{}", run.stderr);
    assert!(run.stderr.contains("de vorige uitvoer blijft ongewijzigd"));
    assert!(tree(&ws.path().join("dist")) == before);
    let leftovers: Vec<_> = std::fs::read_dir(ws.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".dist"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn refuses_to_write_over_sources_or_foreign_folders() {
    let ws = Workspace::base();
    std::fs::create_dir_all(ws.path().join("eigen")).unwrap();
    ws.write("eigen/belangrijk.txt", "niet weggooien");
    for out in [".", "blueprints", "blueprints/sub", "eigen", ".."] {
        let run = ws.run(&["build", "--out", out]);
        assert_eq!(run.code, 2, "--out {out}: {}", run.stderr);
        assert!(run.stderr.starts_with("fout: "), "{}", run.stderr);
    }
    assert_eq!(ws.read_text("eigen/belangrijk.txt"), "niet weggooien");
    assert!(!ws.path().join("blueprints/index.html").exists());
    assert!(!ws.path().join("blueprints/sub").exists());
}

#[test]
fn check_names_what_is_stale() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    assert_eq!(ws.run(&["build", "--check"]).code, 0);
    ws.write("dist/faq.html", "oud");
    ws.write("dist/extra.html", "weg ermee");
    std::fs::remove_file(ws.path().join("dist/8bs.html")).unwrap();
    let run = ws.run(&["build", "--check"]);
    assert_eq!(run.code, 3, "stale output has its own exit code");
    assert!(run.stderr.contains("ontbreekt: 8bs.html"), "{}", run.stderr);
    assert!(run.stderr.contains("gewijzigd: faq.html"), "{}", run.stderr);
    assert!(
        run.stderr.contains("overbodig: extra.html"),
        "{}",
        run.stderr
    );
    assert_eq!(
        ws.read_text("dist/faq.html"),
        "oud",
        "--check schrijft niets"
    );
}

#[test]
fn check_without_built_output_says_there_is_nothing_to_compare() {
    let ws = Workspace::base();
    let run = ws.run(&["build", "--check", "--out", "gebouwd"]);
    assert_eq!(run.code, 2);
    let folder = ws.path().canonicalize().unwrap().join("gebouwd");
    assert_eq!(
        run.stderr,
        format!(
            "fout: {} bestaat niet, dus --check heeft niets om mee te vergelijken; --check is voor een repository die de gebouwde uitvoer bewaart: bouw eerst met `onthaal build`, of geef met --out de map die je bewaart\n",
            folder.display()
        )
    );
    assert!(!folder.exists(), "--check schrijft niets");
}

#[test]
fn single_file_inlines_everything() {
    let ws = Workspace::base();
    let run = ws.run(&["build", "--single-file", "--out", "los"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = tree(&ws.path().join("los"));
    assert_eq!(
        files
            .keys()
            .filter(|k| !k.starts_with('.'))
            .collect::<Vec<_>>(),
        vec!["handboek.html"]
    );
    let page = String::from_utf8(files["handboek.html"].clone()).unwrap();
    assert!(page.contains("<style>"));
    assert!(page.contains("<svg xmlns="));
    assert!(
        !page.contains("assets/"),
        "geen verwijzing naar losse bestanden"
    );
    assert!(page.contains("Veelgestelde vragen") && page.contains("Modelcharter"));
}

#[test]
fn a_workspace_template_overrides_the_built_in() {
    let ws = Workspace::base();
    ws.write("templates/html/home.html", "{% extends \"base.html\" %}{% block content %}<h1>Eigen start voor {{ frame.site.titel }}</h1>{% endblock %}");
    assert_eq!(ws.run(&["build"]).code, 0);
    assert!(html(&ws, "index.html").contains("<h1>Eigen start voor Proefhandboek</h1>"));
    assert!(
        html(&ws, "faq.html").contains("<h1>Veelgestelde vragen</h1>"),
        "andere sjablonen blijven ingebouwd"
    );
}

#[test]
fn a_workspace_markdown_template_overrides_the_built_in() {
    let ws = Workspace::base();
    ws.write(
        "templates/md/faq.md",
        "# Eigen FAQ voor {{ frame.site.titel }}\n\n{% for a in page.doelgroepen %}- {{ a.naam }}\n{% endfor %}",
    );
    assert_eq!(ws.run(&["build"]).code, 0);
    assert_eq!(
        ws.read_text("dist/md/faq.md"),
        "# Eigen FAQ voor Proefhandboek\n\n- Melder\n- Eerstelijnsmedewerker\n"
    );
    assert!(
        ws.read_text("dist/md/handboek.md")
            .contains("\n## Eigen FAQ voor Proefhandboek\n"),
        "the handbook takes the page as the override makes it"
    );
    assert!(ws.read_text("dist/md/8bs.md").starts_with("# De 8 B's\n"));
}

#[test]
fn a_template_using_an_unknown_value_is_an_error() {
    let ws = Workspace::base();
    ws.write(
        "templates/html/home.html",
        "{% extends \"base.html\" %}{% block content %}{{ bestaat_niet.veld }}{% endblock %}",
    );
    let run = ws.run(&["build", "--color", "never"]);
    assert_eq!(run.code, 1, "a content error, at its place");
    assert!(
        run.stderr.starts_with("fout[T001]: deze waarde bestaat niet in de gegevens van de pagina\n --> templates/html/home.html:1:48\n"),
        "{}",
        run.stderr
    );
    assert!(!ws.path().join("dist").exists());
}

#[test]
fn build_runs_from_a_subfolder_of_the_workspace() {
    let ws = Workspace::base();
    let run = onthaal(&ws.path().join("blueprints"), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(ws.path().join("dist/index.html").exists());
    assert!(fixtures().exists());
}

#[test]
fn the_home_page_opens_with_the_three_answers_then_short_model_cards() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let index = html(&ws, "index.html");
    let tasks: Vec<&str> = index
        .split(r#"<span class="taak-titel">"#)
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap())
        .collect();
    assert_eq!(
        tasks,
        [
            "Waar verwijs ik naar?",
            "Het onthaalgesprek",
            "Veelgestelde vragen"
        ]
    );
    let first_task = index.find("taak-titel").unwrap();
    assert!(
        first_task < index.find("Over dit handboek").unwrap(),
        "answers before the introduction"
    );
    assert!(index.contains(r##"<a class="taak" href="wegwijzer.html#waar-verwijs-ik-naar">"##));
    assert!(
        index.contains(r#"<h3><a href="blauwdrukken/proefmodel.html">Proefmodel</a></h3>"#),
        "{index}"
    );
    assert!(
        index.contains(r#"<p class="card-meta">rol: regisseur en actor</p>"#),
        "{index}"
    );
    assert!(
        !index.contains("Wat het lokaal bestuur in elke fase doet"),
        "phases stay on the model's own page"
    );
    let models = html(&ws, "blauwdrukken/index.html");
    assert!(
        models.contains("<li><strong>Contact</strong></li>"),
        "een fase zonder `vraagt` toont alleen haar naam"
    );
    for link in [
        "charter.html",
        "draaiboek.html",
        "faq.html",
        "8bs.html",
        "wegwijzer.html",
        "print.html",
    ] {
        assert!(index.contains(&format!("<a href=\"{link}\">")), "{link}");
    }
}

#[test]
fn the_barrier_matrix_counts_and_links_the_steps_that_answer_each_barrier() {
    let ws = Workspace::base();
    let barriers = ws.read_text("reference/drempels.yaml").replace(
        "naam: Angst voor repercussies",
        "naam: Angst voor repercussies\n    beschrijving: Wie meldt, is soms bang.",
    );
    ws.write("reference/drempels.yaml", barriers);
    assert_eq!(ws.run(&["build"]).code, 0);
    let matrix = html(&ws, "drempels.html");
    assert!(
        matrix.contains(
            r#"<a href="blauwdrukken/proefmodel.html#stap-binnenstappen">Binnenstappen</a>"#
        ),
        "{matrix}"
    );
    assert!(matrix.contains(
        r#"<a href="blauwdrukken/proefmodel.html#stap-doorverwijzen">Doorverwijzen</a>"#
    ));
    assert_eq!(
        matrix.matches("<th scope=\"row\" id=\"drempel-").count(),
        2,
        "one row per barrier"
    );
    assert!(
        matrix.contains(r#"<td class="sterkte-cel-1" data-label="Proefmodel"><span class="sterkte sterkte-1" aria-hidden="true"><span></span><span></span><span></span></span> <strong class="matrix-aantal">1 stap</strong><span class="matrix-getest"> (0 getest)</span>"#),
        "{matrix}"
    );
    assert!(matrix.contains("<strong>Legende:</strong>"));
    assert!(
        matrix.contains(r#"<span class="matrix-drempel">Angst voor repercussies</span><span class="matrix-uitleg">Wie meldt, is soms bang.</span>"#),
        "the meaning beside the barrier"
    );
}

#[test]
fn the_print_page_holds_the_whole_handbook() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let print = html(&ws, "print.html");
    assert!(print.contains(r#"class="print-page""#));
    for part in [
        "Blauwdrukken",
        "Drempels en modellen",
        "Modelcharter",
        "Draaiboek voor een warm onthaal",
        "Veelgestelde vragen",
        "De 8 B's",
        "Wegwijzer en referentie",
    ] {
        assert!(print.contains(part), "{part} ontbreekt");
    }
    assert!(
        print.contains("Een coördinator"),
        "playbook chapters are in"
    );
    assert!(
        print.contains("[naam van de gemeente]"),
        "charter variables become blanks"
    );
    let ids: Vec<&str> = print
        .split(" id=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        ids.len(),
        unique.len(),
        "every id on the print page is unique"
    );
}

#[test]
fn the_accessibility_statement_says_calmly_what_is_pending_and_warns_the_editor() {
    let ws = Workspace::base();
    let manifest = ws
        .read_text("onthaal.yaml")
        .replace(
            "contact_toegankelijkheid: het onthaal van de dienst Gelijke Kansen\n",
            "",
        )
        .replace("datum: 2026-11-26\n", "");
    ws.write("onthaal.yaml", manifest);
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("waarschuwing[H001]: de toegankelijkheidsverklaring noemt geen contact: `contact_toegankelijkheid` is leeg\n"), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "waarschuwing[H001]: de toegankelijkheidsverklaring heeft geen datum: `datum` is leeg\n"
        ),
        "{}",
        run.stderr
    );
    let page = html(&ws, "toegankelijkheid.html");
    assert!(page.contains("<h1>Toegankelijkheidsverklaring</h1>"));
    assert!(page.contains("WCAG 2.1"));
    for section in [
        "nalevingsstatus",
        "niet-toegankelijk",
        "opstelling",
        "feedback",
        "handhaving",
    ] {
        assert!(
            page.contains(&format!("<h2 id=\"{section}\">")),
            "{section}"
        );
    }
    assert!(page.contains("<p>Waar je een probleem met de toegankelijkheid van dit handboek kan melden, vermeldt Proef hier bij de publicatie.</p>"), "{page}");
    assert!(page.contains("De datum van deze uitgave vermelden we bij de publicatie."));
    for editor_words in [
        "Gegeven ontbreekt",
        "contact_toegankelijkheid",
        "onthaal.yaml",
        "class=\"missing\"",
    ] {
        assert!(!page.contains(editor_words), "{editor_words}");
    }
}

#[test]
fn the_search_index_holds_every_page_by_section_and_the_words_people_use() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let script = ws.read_text("dist/assets/search-index.js");
    let value = |name: &str| -> serde_json::Value {
        let line = script
            .lines()
            .find_map(|l| l.strip_prefix(&format!("window.{name} = ")))
            .unwrap();
        serde_json::from_str(line.strip_suffix(';').unwrap()).unwrap()
    };
    let entries = value("ONTHAAL_ZOEKINDEX");
    let urls: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["u"].as_str().unwrap())
        .collect();
    for url in [
        "index.html",
        "blauwdrukken/proefmodel.html#stap-terugbellen",
        "charter.html#toestemming",
        "draaiboek.html#coordinator",
        "faq.html#vraag-anoniem",
        "8bs.html#b-bereikbaar",
        "wegwijzer.html#waar-verwijs-ik-naar",
        "wegwijzer.html#criterium-huidskleur",
        "drempels.html",
        "toegankelijkheid.html#feedback",
        "bijlagen/kaart.html#eerst",
    ] {
        assert!(urls.contains(&url), "{url} ontbreekt in {urls:?}");
    }
    assert!(
        !urls.iter().any(|u| u.starts_with("print.html")),
        "the print page repeats the others"
    );
    let step = entries
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["u"] == "blauwdrukken/proefmodel.html#stap-terugbellen")
        .unwrap();
    assert_eq!(
        step["s"], "Terugbellen",
        "the badge is no part of the title"
    );
    assert_eq!(step["t"], "Proefmodel");
    assert_eq!(
        value("ONTHAAL_SYNONIEMEN")["huurwoning"],
        serde_json::json!(["Wonen"])
    );
}

#[test]
fn the_wegwijzer_asks_with_nothing_chosen_and_renders_each_answer_once() {
    let ws = Workspace::base();
    let organs = ws.read_text("reference/organen.yaml").replace(
        "naam: Vlaams Mensenrechteninstituut",
        "naam: \"VMRI</script><script>alert(1)</script>\"",
    );
    ws.write("reference/organen.yaml", organs);
    assert_eq!(ws.run(&["build"]).code, 0);
    let page = html(&ws, "wegwijzer.html");
    let data = page
        .split(r#"<script type="application/json" id="wg-keuzes">"#)
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let choices: serde_json::Value = serde_json::from_str(data).unwrap();
    assert_eq!(
        choices,
        serde_json::json!({"huidskleur|werk": 1, "huidskleur|wonen": 0, "taal|werk": 2, "taal|wonen": 0}),
        "2 criteria × 2 domains, each pointing at the answer of its rule (no caveats here)"
    );
    assert_eq!(
        page.matches(r#"<div class="wg-antwoord" data-antwoord=""#)
            .count(),
        3
    );
    assert!(page.contains(r#"<div class="wg-antwoord" data-antwoord="0" hidden>"#));
    assert!(
        page.contains(
            r#"<p class="wg-orgaan">VMRI&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>"#
        ),
        "the name survives as text"
    );
    assert!(page.contains(r#"<p class="wg-orgaan">Geen gelijkheidsorgaan aangewezen</p>"#));
    assert!(!page.contains("<script>alert"), "and never as markup");
    assert!(page.contains(r#"<select id="wg-criterium"><option value="" selected>Kies een grond</option><option value="huidskleur">Huidskleur</option>"#), "{page}");
    assert!(
        page.contains(r#"<optgroup label="Federale materies"><option value="werk">Werk</option>"#)
    );
    assert!(
        !page.contains(r#"" selected>Huidskleur"#) && page.matches(" selected>").count() == 2,
        "nothing is chosen for the reader"
    );
    assert!(page.contains(r#"bel <a href="tel:101">101</a> voor de politie"#));
}

#[test]
fn the_accessibility_statement_gives_the_contact_and_date_from_the_manifest() {
    let ws = Workspace::base();
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.is_empty(),
        "a contact field is no prose: no V007 ({})",
        run.stderr
    );
    let page = html(&ws, "toegankelijkheid.html");
    assert!(
        page.contains("Laat het ons weten: het onthaal van de dienst Gelijke Kansen."),
        "{page}"
    );
    assert!(page.contains("Deze verklaring werd opgesteld op 26 november 2026, voor de versie van het handboek die je nu leest."));
}

#[test]
fn the_wegwijzer_page_introduces_each_body_and_says_calmly_what_is_unknown() {
    let ws = Workspace::base();
    let organs = ws.read_text("reference/organen.yaml").replace(
        "    niveau: vlaams\n",
        "    niveau: vlaams\n    wat: Behandelt meldingen in **Vlaamse** materies.\n    anoniem: false\n    anoniem_toelichting: Een klacht kan niet anoniem.\n",
    );
    ws.write("reference/organen.yaml", organs);
    assert_eq!(ws.run(&["build"]).code, 0);
    let page = html(&ws, "wegwijzer.html");
    assert!(
        page.contains(r#"<h3 id="orgaan-vmri">Vlaams Mensenrechteninstituut</h3>"#),
        "{page}"
    );
    assert!(page.contains("<p>Behandelt meldingen in <strong>Vlaamse</strong> materies.</p>"));
    assert!(page.contains(
        "<p><strong>Anoniem melden:</strong> Anoniem melden kan niet. Een klacht kan niet anoniem.</p>"
    ));
    assert!(page.contains(r#"<li><span class="contact-soort">Website</span> <a class="url" href="https://www.vlaamsmensenrechteninstituut.be">www.vlaamsmensenrechteninstituut.be</a></li>"#), "{page}");
    assert!(page.contains("<p>Dit handboek vermeldt geen telefoonnummer of e-mailadres van Vlaams Mensenrechteninstituut. Op de website staat hoe je Vlaams Mensenrechteninstituut bereikt.</p>"));
    assert!(page.contains("<p>Hoe je Politie bereikt, staat nog niet in dit handboek.</p>"));
    for editor_words in [
        "niet bekend</span></dd>",
        "class=\"missing\"",
        "Gegeven ontbreekt",
    ] {
        assert!(!page.contains(editor_words), "{editor_words}");
    }
}

#[test]
fn without_a_charter_or_checklist_nothing_links_to_them() {
    let ws = Workspace::base();
    std::fs::remove_file(ws.path().join("charters/model.md")).unwrap();
    std::fs::remove_file(ws.path().join("checklist/8b.yaml")).unwrap();
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!ws.path().join("dist/charter.html").exists());
    assert!(!ws.path().join("dist/8bs.html").exists());
    for page in ["index.html", "faq.html", "blauwdrukken/proefmodel.html"] {
        let text = html(&ws, page);
        assert!(
            !text.contains("charter.html") && !text.contains("8bs.html"),
            "{page} links to a page that is not there"
        );
    }
}

#[test]
fn the_single_file_handbook_links_only_within_itself() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build", "--single-file", "--out", "los"]).code, 0);
    let page = std::fs::read_to_string(ws.path().join("los/handboek.html"))
        .unwrap()
        .replace("&#x2f;", "/");
    let hrefs: Vec<&str> = page
        .split(" href=\"")
        .skip(1)
        .map(|r| r.split('"').next().unwrap())
        .collect();
    let ids: Vec<&str> = page
        .split(" id=\"")
        .skip(1)
        .map(|r| r.split('"').next().unwrap())
        .collect();
    for href in hrefs {
        if let Some(anchor) = href.strip_prefix('#') {
            assert!(ids.contains(&anchor), "#{anchor} has no target");
        } else {
            assert!(
                href.starts_with("https://") || href.starts_with("http://"),
                "{href} leaves the file"
            );
        }
    }
    assert!(page.contains(r##"<a href="#proefmodel-stap-binnenstappen">Binnenstappen</a>"##));
}

#[test]
fn a_body_website_that_is_no_web_address_never_becomes_a_link() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/R004"));
    assert_eq!(ws.run(&["validate"]).code, 1, "R004 stops it in CI");
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 1, "and the build refuses");
    assert!(!ws.path().join("dist").exists());
}

#[test]
fn a_model_named_like_a_page_is_refused() {
    let ws = Workspace::base();
    ws.write(
        "onthaal.yaml",
        "titel: Proefhandboek\norganisatie: Proef\nmodellen: [index]\n",
    );
    let blueprint = ws
        .read_text("blueprints/proefmodel.yaml")
        .replace("model: proefmodel", "model: index");
    std::fs::remove_file(ws.path().join("blueprints/proefmodel.yaml")).unwrap();
    ws.write("blueprints/index.yaml", blueprint);
    let run = ws.run(&["validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("fout[B001]: de naam `index` gebruikt het handboek zelf al"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_caveat_that_changes_the_answer_comes_first_with_the_body_of_its_case() {
    let ws = Workspace::base();
    let domains = ws.read_text("reference/domeinen.yaml").replace(
        "  - id: werk\n",
        "  - id: werk\n    voorbehoud:\n      - tekst: Gaat het over een huurwoning? Kijk dan bij wonen.\n        zie: wonen\n        bron: https://www.unia.be\n        herzien: 2026-11-26\n",
    );
    ws.write("reference/domeinen.yaml", domains);
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = html(&ws, "wegwijzer.html");
    assert!(page.contains(r#""huidskleur|werk":1"#), "{page}");
    assert!(page.contains(
        r#"<li>Gaat het over een huurwoning? Kijk dan bij wonen. <strong>In dat geval: Vlaams Mensenrechteninstituut (Wonen).</strong> <span class="bron">Bron: <a class="url" href="https://www.unia.be">www.unia.be</a>, nagekeken op 26 november 2026.</span></li>"#
    ), "{page}");
    assert!(page.contains("Anders: bevoegd orgaan"));
}

#[test]
fn the_print_page_opens_with_a_contents_list_of_its_parts_and_numbers_its_pages() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let print = html(&ws, "print.html");
    let entries: Vec<&str> = print
        .split(r#"<span class="blz" data-doel=""#)
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(
        entries,
        [
            "p-blauwdrukken",
            "p-proefmodel",
            "p-drempels",
            "p-charter",
            "p-draaiboek",
            "p-draaiboek-kiezen",
            "p-draaiboek-voorbereiden",
            "p-bijlagen",
            "p-faq",
            "p-8b",
            "p-referentie"
        ]
    );
    for id in &entries {
        assert!(
            print.contains(&format!(r#" id="{id}""#)),
            "#{id} has a target"
        );
    }
    assert!(print.contains(r#"<script src="assets/afdruk.js"></script>"#));
    assert!(print.contains("<style>@page { @top-left { content: \"Proefhandboek\";"));
    assert!(
        print.contains("counter(page)"),
        "the stylesheet is inlined, page numbers and all"
    );
}
