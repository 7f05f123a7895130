//! Hostile and broken input: never a panic, never a hang, always a position.

use std::io::Read;
use std::process::Stdio;

use onthaal::load::yaml;
use onthaal::model::blueprint::Blueprint;
use onthaal::source::SourceFile;

use crate::harness::{Workspace, command, fixtures};

const BLUEPRINT: &str = "blueprints/proefmodel.yaml";

#[test]
fn a_list_where_a_mapping_belongs_is_a_type_error_at_its_start() {
    let ws = Workspace::base();
    ws.write(BLUEPRINT, "- model: proefmodel\n");
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = &report["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("L002"), Some(1), Some(1))
    );
}

#[test]
fn an_alias_bomb_is_refused_at_the_first_alias() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let (p, n) = (pair[0], pair[1]);
        text.push_str(&format!(
            "{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        ));
    }
    let ws = Workspace::base();
    ws.write(BLUEPRINT, &text);
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["diagnostics"][0]["code"], "L009");
    assert_eq!(report["diagnostics"][0]["line"], 1);
}

#[test]
fn very_deep_nesting_is_refused_without_overflowing_the_stack() {
    let ws = Workspace::base();
    ws.write(
        BLUEPRINT,
        format!("model: {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
    );
    let run = ws.run(&["validate", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("\"L010\""));
}

#[test]
fn a_very_large_file_is_refused() {
    let ws = Workspace::base();
    let line = "# opvulling die het bestand groot maakt\n";
    ws.write(BLUEPRINT, line.repeat(9 * 1024 * 1024 / line.len() + 1));
    let run = ws.run(&["validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("fout[L011]: het bestand is 9,0 MiB groot; de grens is 8 MiB"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("--> blueprints/proefmodel.yaml:1:1"));
}

#[test]
fn a_closed_stdout_is_not_a_crash() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/B008"));
    let mut child = command(ws.path(), &["explain", "B008"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn every_truncation_of_a_blueprint_gives_a_result_not_a_panic() {
    let text = std::fs::read_to_string(fixtures().join("base").join(BLUEPRINT)).unwrap();
    let mut errors = 0;
    for end in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
        let file = SourceFile::new("x.yaml", "x.yaml", text[..end].to_string());
        if let Err(d) = yaml::parse::<Blueprint>(&file) {
            errors += 1;
            assert!(
                d.span.line >= 1 && d.span.line <= file.line_count(),
                "{d:?}"
            );
            assert!(d.span.column >= 1);
        }
    }
    assert!(
        errors > text.len() / 2,
        "most truncations are incomplete blueprints"
    );
}

/// A small deterministic generator, so a failure reproduces without a seed file.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// `text` with a few bytes replaced by bytes that matter to YAML and Markdown.
fn mutate(text: &str, rng: &mut Lcg) -> String {
    const NASTY: &[u8] = b":-[]{}#&*!|>'\"\n\t %@`{{}}\\";
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.next() % 4 {
        let at = (rng.next() as usize) % bytes.len();
        bytes[at] = NASTY[(rng.next() as usize) % NASTY.len()];
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn mutated_blueprints_and_documents_never_panic() {
    let blueprint = std::fs::read_to_string(fixtures().join("base").join(BLUEPRINT)).unwrap();
    let charter = std::fs::read_to_string(fixtures().join("base/charters/model.md")).unwrap();
    let mut rng = Lcg(0x006f_6e74_6861_616c);
    for _ in 0..1500 {
        let file = SourceFile::new("x.yaml", "x.yaml", mutate(&blueprint, &mut rng));
        if let Err(d) = yaml::parse::<Blueprint>(&file) {
            assert!(
                d.span.line >= 1 && d.span.line <= file.line_count() && d.span.column >= 1,
                "{d:?}"
            );
        }
        let file = SourceFile::new(
            "charters/model.md",
            "charters/model.md",
            mutate(&charter, &mut rng),
        );
        if let Err(d) = onthaal::load::markdown::parse(&file) {
            assert!(
                d.span.line >= 1 && d.span.line <= file.line_count(),
                "{d:?}"
            );
        }
    }
}

#[test]
fn hostile_markdown_renders_to_something_safe() {
    let inputs = [
        "> ".repeat(20_000) + "diep",
        "- ".repeat(20_000) + "lijst",
        "*".repeat(50_000),
        "[".repeat(30_000) + &"]".repeat(30_000),
        "<div>".repeat(10_000),
    ];
    for input in inputs {
        let html = onthaal::render::html::markdown_to_html(&input, 0);
        assert!(!html.contains("<div>"), "raw HTML stays text");
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_not_followed() {
    let ws = Workspace::base();
    let secret = ws.path().join("../geheim-onthaal-test.yaml");
    std::fs::write(&secret, "sleutel: AKIA-GEHEIM\n").unwrap();
    std::os::unix::fs::symlink(&secret, ws.path().join("faq/extra.yaml")).unwrap();
    let run = ws.run(&["validate", "--color", "never"]);
    std::fs::remove_file(&secret).unwrap();
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("fout[L013]: het bestand is een symbolische koppeling; onthaal volgt die niet\n --> faq/extra.yaml:1:1\n"), "{}", run.stdout);
    assert!(
        !run.stdout.contains("AKIA"),
        "nothing of the target is shown"
    );
}

#[test]
fn escapes_that_make_control_characters_are_refused_where_they_are() {
    let ws = Workspace::base();
    let text = std::fs::read_to_string(fixtures().join("base").join(BLUEPRINT)).unwrap();
    ws.write(
        BLUEPRINT,
        text.replace(
            "titel: Proefmodel",
            "titel: \"Proef\\e]0;x\\a\\u202Emodel\"",
        ),
    );
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = &report["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("L008"), Some(2), Some(8))
    );
    assert_eq!(d["message"], "onzichtbaar stuurteken U+001B in deze waarde");
}

#[test]
fn old_mac_line_breaks_count_as_lines() {
    let ws = Workspace::base();
    let text = std::fs::read_to_string(fixtures().join("base").join(BLUEPRINT)).unwrap();
    ws.write(
        BLUEPRINT,
        text.replace("kanalen: [telefoon]", "kanalen: [telefon]")
            .replace('\n', "\r"),
    );
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let d = &report["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("V002"), Some(41), Some(15))
    );
}

#[test]
fn a_line_full_of_findings_is_reported_a_hundred_times_at_most() {
    let ws = Workspace::base();
    let chapter = format!(
        "---\ntitel: Kiezen\n---\n\n## Waarom {{#waarom}}\n\n{}\n",
        "TODO ".repeat(20_000)
    );
    ws.write("playbook/01-kiezen.md", chapter);
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let all = report["diagnostics"].as_array().unwrap();
    // The line is over the length limit too (D012, one diagnostic).
    let found: Vec<_> = all.iter().filter(|d| d["code"] == "V004").collect();
    assert_eq!((all.len(), found.len()), (101, 100));
    assert_eq!(
        found[99]["message"],
        "… en nog 19901 keer dezelfde controle in dit bestand"
    );
    assert_eq!(found[1]["column"], 6);
}

#[test]
fn many_unknown_references_are_capped_per_rule_and_file() {
    let ws = Workspace::base();
    let text = std::fs::read_to_string(fixtures().join("base").join(BLUEPRINT)).unwrap();
    let many: Vec<String> = (0..500).map(|i| format!("k{i}")).collect();
    ws.write(
        BLUEPRINT,
        text.replace(
            "kanalen: [telefoon]",
            &format!("kanalen: [{}]", many.join(", ")),
        ),
    );
    let run = ws.run(&["validate", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let v002: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "V002")
        .collect();
    assert_eq!(v002.len(), 101);
    assert!(
        v002.iter()
            .any(|d| d["message"] == "… en nog 400 keer dezelfde controle in dit bestand")
    );
}

/// A chapter of `body` under one heading.
fn chapter(body: &str) -> String {
    format!("---\ntitel: Kiezen\n---\n\n## Kiezen {{#waarom}}\n\n{body}\n")
}

#[test]
fn costly_markdown_is_refused_before_it_is_rendered() {
    let ws = Workspace::base();
    // The wide table of the report: 20,000 columns, 180 rows, 7 MB (21 s and 3 GB once).
    let row = format!("|{}|\n", vec!["x"; 20_000].join("|"));
    let table = format!("{row}|{}\n{}", "---|".repeat(20_000), row.repeat(179));
    ws.write("playbook/01-kiezen.md", chapter(&table));
    let run = crate::harness::onthaal_within(ws.path(), &["build", "--color", "never"], 60);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("fout[D013]: deze tekst is 6,9 MiB groot; de grens is 128 KiB\n --> playbook/01-kiezen.md:5:1\n"),
        "{}",
        run.stderr.chars().take(2000).collect::<String>()
    );
    assert!(!ws.path().join("dist").exists());
    // The same width in a small table: the columns are counted.
    ws.write(
        "playbook/01-kiezen.md",
        chapter(&format!("{row}|{}\n", "---|".repeat(20_000))),
    );
    let run = crate::harness::onthaal_within(ws.path(), &["validate", "--color", "never"], 60);
    assert!(
        run.stdout.contains("fout[D010]: deze tabel heeft 20000 kolommen; de grens is 50\n --> playbook/01-kiezen.md:7:1\n"),
        "{}",
        run.stdout.chars().take(2000).collect::<String>()
    );
    // Within the columns but over the cells: 50 columns, 60 rows; the 2,501st cell
    // opens the 51st row, on line 58.
    let row = format!("|{}|\n", vec!["x"; 50].join("|"));
    ws.write(
        "playbook/01-kiezen.md",
        chapter(&format!("{row}|{}\n{}", "---|".repeat(50), row.repeat(59))),
    );
    let run = crate::harness::onthaal_within(ws.path(), &["validate", "--color", "never"], 60);
    assert!(
        run.stdout.contains("fout[D010]: deze tabel heeft hier meer dan 2500 cellen\n  --> playbook/01-kiezen.md:58:2\n"),
        "{}",
        run.stdout.chars().take(2000).collect::<String>()
    );
    let prose =
        "Een gewone zin over het onthaal, zoals een draaiboek er vele heeft.\n".repeat(2_000);
    ws.write("playbook/01-kiezen.md", chapter(&prose));
    let run = crate::harness::onthaal_within(ws.path(), &["validate", "--color", "never"], 60);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("fout[D013]: deze tekst is 0,1 MiB groot; de grens is 128 KiB\n --> playbook/01-kiezen.md:5:1\n"),
        "{}",
        run.stdout
    );
    let brackets = format!("{}\n", "[".repeat(1_000)).repeat(120);
    let faq = ws.read_text("faq/melden.yaml").replacen(
        "antwoord: Dat hangt af van het orgaan.",
        &format!("antwoord: |\n      Tekst.\n      {}\n", "> ".repeat(20)),
        1,
    );
    ws.write("playbook/01-kiezen.md", chapter(&brackets));
    ws.write("faq/melden.yaml", faq);
    let run = crate::harness::onthaal_within(ws.path(), &["validate", "--color", "never"], 60);
    assert!(
        run.stdout.contains("fout[D011]: lijsten en citaten staan hier meer dan 16 niveaus diep in elkaar (regel 2 van dit veld)\n --> faq/melden.yaml:6:7\n"),
        "{}",
        run.stdout
    );
}
