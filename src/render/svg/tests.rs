//! What a reader of the SVG gets: escaped text, a title and summary, one group per
//! phase and per step, the three named lines, and the same bytes every time.

use super::blueprint_svg;
use super::notes::{Numbers, notes};
use crate::model::blueprint::Blueprint;
use crate::render::names::Names;

const HOSTILE: &str = r#"
model: test model"<x>
titel: "Tom & Jerry's <script>alert(\"x\")</script>"
rol: regisseur
samenvatting: Kort.
actoren:
  - {id: medewerker, naam: "Medewerker <b>"}
fasen:
  - {id: onthalen, naam: "Onthaal & luisteren"}
  - {id: overdragen, naam: Overdracht}
stappen:
  - id: binnenstappen
    fase: onthalen
    titel: Binnenstappen
    melder: "Stapt binnen <script>alert('x')</script>"
    frontstage: {actor: medewerker, actie: Verwelkomt de melder.}
    bewijs: ["bord \"Meldpunt\""]
    faalpunten: [{risico: Niemand thuis.}, {risico: Lange wachtrij.}]
    status: getest
  - id: luisteren
    fase: onthalen
    titel: Luisteren
    backstage: {actor: medewerker, actie: Noteert met toestemming.}
    wachtpunt: Wacht op een afspraak.
    status: voorgesteld
  - id: overdracht
    fase: overdragen
    titel: Warme overdracht
    ondersteuning: {actor: orgaan, actie: Neemt over.}
    doorverwijzing: {naar: [vmri, unia], toestemming: true, warm: true}
    status: getest
"#;

fn render(yaml: &str) -> String {
    let bp: Blueprint = serde_yaml::from_str(yaml).expect("test blueprint parses");
    let mut names = Names::default();
    names.organen_kort.insert("vmri".into(), "VMRI".into());
    names.organen_kort.insert("unia".into(), "Unia".into());
    let d = blueprint_svg(&bp, &names.of(&bp), &Numbers::of(&bp));
    format!("{}{}", d.labels, d.body)
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn escapes_every_text_from_the_model() {
    let svg = render(HOSTILE);
    assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<x>"));
    assert!(svg.contains("Tom &amp; Jerry&apos;s &lt;script&gt;alert(&quot;x&quot;)"));
    assert!(svg.contains("alert(&apos;x&apos;)&lt;/script&gt;"));
    assert!(svg.contains("Medewerker &lt;b&gt;"));
    assert!(svg.contains("• bord &quot;Meldpunt&quot;"));
}

#[test]
fn opens_with_an_accessible_root_title_and_desc() {
    let svg = render(HOSTILE);
    let id = "blueprint-test-model--x-";
    let root = format!(r#"role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 "#);
    assert!(svg.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" "#));
    assert_eq!(
        count(&svg, r#"role="img""#),
        1,
        "only the steps' drawing is the image"
    );
    assert!(svg.contains(&root));
    let title = "Blauwdruk: Tom &amp; Jerry&apos;s &lt;script&gt;";
    assert!(svg.contains(&format!(r#"<title id="{id}-title">{title}"#)));
    let desc = "2 fasen en 3 stappen, van links naar rechts in de tijd: Onthaal &amp; \
                luisteren (2 stappen) en Overdracht (1 stap).";
    assert!(svg.contains(&format!(r#"<desc id="{id}-desc">"#)));
    assert!(svg.contains(desc));
    assert!(svg.contains(
        "Doorverwijzing in de stap Warme overdracht (fase Overdracht): met warme overdracht, naar VMRI en Unia."
    ));
    assert!(svg.contains("Gemarkeerd: 2 faalpunten en 1 wachtpunt.</desc>"));
}

#[test]
fn draws_one_group_per_phase_and_per_step() {
    let svg = render(HOSTILE);
    assert_eq!(count(&svg, r#"<g class="phase">"#), 2);
    assert_eq!(count(&svg, r#"<g class="step">"#), 3);
    assert_eq!(count(&svg, r#"class="phase-label""#), 2);
    assert_eq!(count(&svg, r#"class="step-title""#), 3);
}

#[test]
fn draws_the_lanes_in_order_and_three_distinct_lines() {
    let svg = render(HOSTILE);
    let lanes = [
        "Fysiek bewijs",
        "Melder",
        "Zichtbaar voor de melder",
        "Achter de schermen",
        "Ondersteuning",
    ];
    let at: Vec<usize> = lanes
        .iter()
        .map(|l| svg.find(&format!(">{l}<")).unwrap())
        .collect();
    assert!(at.is_sorted(), "lanes out of order: {at:?}");
    for class in [
        "lane-bewijs",
        "lane-melder",
        "lane-frontstage",
        "lane-backstage",
    ] {
        assert_eq!(
            count(&svg, &format!(r#"class="lane {class}""#)),
            2,
            "once in the label column, once behind the steps"
        );
    }
    assert_eq!(count(&svg, r#"<line class="line-interaction""#), 2);
    assert_eq!(count(&svg, r#"<line class="line-visibility""#), 2);
    assert_eq!(count(&svg, r#"<line class="line-internal""#), 2);
    assert_eq!(
        count(&svg, "stroke-dasharray="),
        4,
        "only two lines are dashed, in both drawings"
    );
    for label in [
        "lijn van interactie",
        "zichtbaarheidslijn",
        "lijn van interne interactie",
    ] {
        assert!(svg.contains(label), "missing label {label}");
    }
}

#[test]
fn marks_each_step_in_words_not_only_colour() {
    let svg = render(HOSTILE);
    assert_eq!(count(&svg, r#"<g class="marker status-getest">"#), 2);
    assert_eq!(count(&svg, r#"<g class="marker status-voorgesteld">"#), 1);
    assert!(svg.contains(">faalpunten 1 en 2<"));
    assert!(svg.contains(">wachtpunt 3<"));
    assert!(svg.contains(">naar VMRI, Unia (warm)<"));
    for emoji in ['⚠', '⏳', '✓', '○', '→'] {
        assert!(
            !svg.contains(emoji),
            "{emoji} needs a font that may be missing"
        );
    }
    // Two ticks, a triangle, a clock's hands and an arrow; the other icons are circles.
    assert_eq!(count(&svg, "<path d="), 5, "icons are drawn");
    assert_eq!(count(&svg, "<circle "), 2);
}

#[test]
fn numbers_fail_and_wait_points_for_the_notes_under_the_diagram() {
    let bp: Blueprint = serde_yaml::from_str(HOSTILE).unwrap();
    let found: Vec<(u32, &str, String)> = notes(&bp, &Numbers::of(&bp))
        .into_iter()
        .map(|n| (n.nummer, n.soort, n.stap))
        .collect();
    assert_eq!(
        found,
        [
            (1, "Faalpunt", "Binnenstappen".to_string()),
            (2, "Faalpunt", "Binnenstappen".to_string()),
            (3, "Wachtpunt", "Luisteren".to_string()),
        ]
    );
}

#[test]
fn keeps_every_word_of_a_long_cell() {
    let long = "woord ".repeat(60);
    let svg = render(&HOSTILE.replace("Verwelkomt de melder.", long.trim()));
    assert!(
        !svg.contains('…'),
        "a cell grows instead of ending in an ellipsis"
    );
    assert_eq!(count(&svg, "woord"), 60);
}

#[test]
fn draws_an_arrow_between_every_two_steps() {
    let svg = render(HOSTILE);
    assert_eq!(count(&svg, r#"class="flow-arrow""#), 2);
}

#[test]
fn draws_a_step_in_an_undeclared_phase_under_its_raw_id() {
    let svg = render(&HOSTILE.replace("fase: overdragen", "fase: onbekend"));
    assert_eq!(count(&svg, r#"<g class="phase">"#), 3);
    assert!(svg.contains(">onbekend</tspan>"));
}

#[test]
fn renders_the_same_bytes_every_time() {
    assert_eq!(render(HOSTILE), render(HOSTILE));
}

#[test]
fn renders_the_warm_meldpunt_blueprint() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/blueprints/warm-meldpunt.yaml");
    let yaml = std::fs::read_to_string(path).expect("warm-meldpunt.yaml is readable");
    let bp: Blueprint = serde_yaml::from_str(&yaml).expect("warm-meldpunt parses");
    let d = blueprint_svg(&bp, &Names::default().of(&bp), &Numbers::of(&bp));
    let svg = d.body;
    assert_eq!(count(&svg, r#"<g class="phase">"#), bp.fasen.len());
    assert_eq!(count(&svg, r#"<g class="step">"#), bp.stappen.len());
}
