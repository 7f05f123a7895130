//! What a reader of the Markdown files gets, checked on the `base` fixture: the files,
//! the blueprint steps, the barrier table, the documents, the FAQ and the checklist.

use std::collections::BTreeMap;
use std::path::Path;

use pulldown_cmark::{Event, Parser};

use super::anchors::anchors;
use crate::load::{Workspace, load};
use crate::render::{render_files, templates::Templates};

fn fixture() -> Workspace {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base");
    let (ws, _diagnostics) = load(&root).expect("the base fixture loads");
    ws
}

/// Every Markdown file the build makes, by path.
fn markdown_files(ws: &Workspace) -> BTreeMap<String, String> {
    let templates = Templates::load(&ws.root).expect("built-in templates load");
    let files = render_files(ws, &templates).expect("the fixture renders");
    files
        .into_iter()
        .filter(|(path, _)| path.starts_with("md/"))
        .map(|(path, bytes)| (path, String::from_utf8(bytes).unwrap()))
        .collect()
}

fn file(ws: &Workspace, path: &str) -> String {
    markdown_files(ws)
        .remove(path)
        .unwrap_or_else(|| panic!("{path} is rendered"))
}

/// The body rows of the first table in `text`.
fn table_rows(text: &str) -> Vec<&str> {
    let table = text.lines().skip_while(|l| !l.starts_with('|'));
    table.take_while(|l| l.starts_with('|')).skip(2).collect()
}

fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("missing: {needle}"))
}

#[test]
fn renders_one_file_per_part_an_index_and_the_handbook() {
    let files: Vec<String> = markdown_files(&fixture()).into_keys().collect();
    let expected = [
        "md/8bs.md",
        "md/bijlagen/kaart.md",
        "md/blauwdrukken/proefmodel.md",
        "md/charter.md",
        "md/draaiboek.md",
        "md/drempels.md",
        "md/faq.md",
        "md/handboek.md",
        "md/index.md",
        "md/referentie.md",
    ];
    assert_eq!(files, expected);
}

#[test]
fn index_links_to_every_other_file() {
    let files = markdown_files(&fixture());
    let index = &files["md/index.md"];
    assert!(index.starts_with("# Proefhandboek\n\n"));
    for path in files.keys().filter(|p| *p != "md/index.md") {
        let target = format!("]({})", path.strip_prefix("md/").unwrap());
        assert!(index.contains(&target), "index links to {path}");
    }
}

#[test]
fn blueprint_lists_its_steps_in_order_with_lanes_and_referral() {
    let page = file(&fixture(), "md/blauwdrukken/proefmodel.md");
    let order = [
        "## Fase 1: Contact",
        "### Binnenstappen",
        "## Fase 2: Opvolging",
    ];
    let order = order
        .iter()
        .chain(&["### Doorverwijzen", "### Terugbellen"]);
    let positions: Vec<usize> = order
        .map(|h| position(&page, &format!("\n{h}\n")))
        .collect();
    assert!(
        positions.is_sorted(),
        "headings in file order: {positions:?}"
    );
    let step = &page[position(&page, "### Doorverwijzen")..position(&page, "### Terugbellen")];
    let expected = "### Doorverwijzen\n\n\
        - **Melder:** Geeft toestemming om de melding door te geven.\n\
        - **Achter de schermen:** Medewerker: Geeft de melding door.\n\
        - **Drempels:** Angst voor repercussies\n\
        - **Faalpunten:**\n  - De melder haakt af. → De medewerker belt na een week.\n\
        - **Doorverwijzing:** naar Vlaams Mensenrechteninstituut; met toestemming van de \
        melder; warme overdracht.\n\
        - **Status:** voorgesteld, nog niet getest in de piloot\n\n";
    assert_eq!(step, expected);
    assert!(page.contains("- **Zichtbaar voor de melder:** Medewerker: Verwelkomt de melder.\n"));
    assert!(page.contains("- **Kanalen:** Fysiek\n"));
}

#[test]
fn barrier_table_has_one_row_per_barrier_and_a_column_per_model() {
    let mut ws = fixture();
    let mut second = ws.blueprints[0].clone();
    second.value.model = "tweede".into();
    second.value.titel = "Tweede".into();
    second
        .value
        .stappen
        .iter_mut()
        .for_each(|s| s.drempels.retain(|d| d == "onbekendheid"));
    ws.blueprints.push(second);
    let page = file(&ws, "md/drempels.md");
    assert!(page.contains("| Drempel | Proefmodel | Tweede |\n|---|:---:|:---:|\n"));
    let expected = [
        "| Onbekendheid met meldpunten | 1 (1 getest) | 1 (1 getest) |",
        "| Angst voor repercussies | 1 (0 getest) |  |",
    ];
    assert_eq!(table_rows(&page), expected);
}

#[test]
fn a_pipe_in_a_name_does_not_break_the_table() {
    let mut ws = fixture();
    let drempels = &mut ws.reference.drempels.as_mut().unwrap().value.drempels;
    drempels[1].naam = "Angst | repercussies".into();
    let page = file(&ws, "md/drempels.md");
    assert_eq!(
        table_rows(&page)[1],
        "| Angst \\| repercussies | 1 (0 getest) |"
    );
}

#[test]
fn charter_has_placeholders_no_attributes_and_marks_fixed_sections() {
    let page = file(&fixture(), "md/charter.md");
    assert!(
        page.starts_with("# Modelcharter\n\nEen kort charter.\n\nVersie 1\\.0 van 2026-11-26.")
    );
    assert!(page.contains("\n\n## Doel\n\n"));
    assert!(page.contains(
        "Dit charter verbindt [naam van de gemeente] en [naam van de partnerorganisatie]."
    ));
    assert!(!page.contains("{{") && !page.contains("{#"));
    let note = "> Vaste tekst: een gemeente past deze sectie niet aan.";
    assert!(page.contains(&format!(
        "## Toestemming\n\n{note}\n\nNiets zonder toestemming."
    )));
    assert_eq!(
        page.matches(note).count(),
        1,
        "only the .vast section has the note"
    );
}

#[test]
fn playbook_puts_chapters_in_order_with_sections_one_level_down() {
    let page = file(&fixture(), "md/draaiboek.md");
    let order = [
        "# Draaiboek voor een warm onthaal\n",
        "- [Een model kiezen](#een-model-kiezen)\n- [Voorbereiden](#voorbereiden)\n",
        "\n## Een model kiezen\n\n### Waarom een model\n",
        "\n## Voorbereiden\n\n### Een coördinator\n",
    ];
    let positions: Vec<usize> = order.iter().map(|h| position(&page, h)).collect();
    assert!(positions.is_sorted());
    assert!(!page.contains("{#"));
}

#[test]
fn faq_shows_each_question_once_under_its_theme_with_its_audiences() {
    let page = file(&fixture(), "md/faq.md");
    assert!(page.contains(
        "\n## Melden\n\n### Kan ik anoniem melden?\n\n*Voor: melder.*\n\nDat hangt af van het orgaan.\n"
    ), "{page}");
    assert!(page.contains(
        "### Welk bewijs helpt?\n\n*Voor: melder, eerstelijnsmedewerker.*\n\nAlles wat toont wat er gebeurde.\n\n\
         Nagekeken op 26 november 2026.\n"
    ));
    assert_eq!(page.matches("### Welk bewijs helpt?").count(), 1);
}

#[test]
fn checklist_points_are_task_list_items() {
    let page = file(&fixture(), "md/8bs.md");
    assert!(page.starts_with("# De 8 B's\n\nEen werkversie.\n\n## Bereikbaar\n\n"));
    assert!(page.contains("\n- [ ] Eerste punt.\n- [ ] Tweede punt.\n- [ ] Derde punt.\n"));
    assert_eq!(page.lines().filter(|l| l.starts_with("- [ ] ")).count(), 24);
    assert_eq!(page.lines().filter(|l| l.starts_with("## ")).count(), 8);
}

#[test]
fn reference_tables_say_what_is_unknown_and_cite_their_source() {
    let page = file(&fixture(), "md/referentie.md");
    assert!(page.contains("| Orgaan | Niveau | Anoniem melden | Telefoon | Bron | Nazicht |"));
    assert!(page.contains(
        "| Politie |  | onbekend | niet bekend | [www.brugge.be](https://www.brugge.be) | nagekeken op 26 november 2026 |"
    ));
    assert!(page.contains(
        "| Huidskleur | zogenaamd raciaal |\n| Taal | ander |\n\n\
        Bron: [www.unia.be](https://www.unia.be), nagekeken op 26 november 2026.\n"
    ));
    assert!(page.contains("| federaal | Huidskleur | Politie |"));
}

#[test]
fn handbook_has_one_title_and_a_contents_list_that_links_to_real_anchors() {
    let page = file(&fixture(), "md/handboek.md");
    let found = anchors(&page);
    assert_eq!(found.iter().filter(|a| a.level == 1).count(), 1);
    assert_eq!(found[0].text, "Proefhandboek");
    let contents = &page[position(&page, "## Inhoud")..position(&page, "## Blauwdruk")];
    let links: Vec<&str> = contents
        .lines()
        .filter_map(|l| l.split("](#").nth(1))
        .collect();
    assert_eq!(links.len(), 23, "{contents}");
    for link in links {
        let slug = link.trim_end_matches(')');
        assert!(
            found.iter().any(|a| a.slug == slug),
            "no heading for #{slug}"
        );
    }
    assert!(page.contains("\n#### Doorverwijzen\n") && page.contains("\n#### Waarom een model\n"));
}

#[test]
fn every_file_is_clean_markdown_without_html_or_trailing_spaces() {
    for (path, text) in markdown_files(&fixture()) {
        assert!(
            text.ends_with('\n') && !text.ends_with("\n\n"),
            "{path} ends with one newline"
        );
        assert!(
            text.lines().all(|l| l == l.trim_end()),
            "{path} has trailing spaces"
        );
        let options = super::headings::output_options();
        let html = Parser::new_ext(&text, options)
            .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
        assert!(!html, "{path} has raw HTML");
    }
}

#[test]
fn the_same_workspace_gives_the_same_files() {
    let ws = fixture();
    assert_eq!(markdown_files(&ws), markdown_files(&ws));
    assert_eq!(markdown_files(&ws), markdown_files(&fixture()));
}

#[test]
fn text_from_content_stays_text_in_markdown() {
    let mut ws = fixture();
    let step = &mut ws.blueprints[0].value.stappen[0];
    step.titel = "**Vet** [klik](javascript:alert(1)) <img src=x>".into();
    step.melder = Some("- geen lijst | geen cel\n\n# geen kop".into());
    let page = file(&ws, "md/blauwdrukken/proefmodel.md");
    assert!(
        page.contains("\n### \\*\\*Vet\\*\\* \\[klik\\](javascript:alert(1)) &lt;img src=x>\n")
    );
    assert!(page.contains("\n- **Melder:** \\- geen lijst \\| geen cel \\# geen kop\n"));
    let html = crate::render::html::markdown_to_html(&page, 0);
    assert!(
        html.contains("<h3>**Vet** [klik](javascript:alert(1)) &lt;img src=x&gt;</h3>"),
        "{html}"
    );
}

#[test]
fn a_phone_number_reads_as_a_number_with_its_note() {
    let mut ws = fixture();
    let organ = &mut ws.reference.organen.as_mut().unwrap().value.organen[0];
    organ.telefoon = "0800 12 800".into();
    organ.telefoon_toelichting = "Gratis nummer.".into();
    let page = file(&ws, "md/referentie.md");
    assert!(
        page.contains(
            "| Vlaams Mensenrechteninstituut | Vlaams | onbekend | 0800 12 800 (Gratis nummer.) |"
        ),
        "{page}"
    );
}
