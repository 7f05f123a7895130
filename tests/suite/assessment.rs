//! `onthaal zelfevaluatie`: the sheet, reading what Excel writes, the score and the report.

use crate::harness::{Run, Workspace, command};

fn score(ws: &Workspace, sheet: &[u8], extra: &[&str]) -> Run {
    ws.write("ingevuld.csv", sheet);
    let mut args = vec!["zelfevaluatie", "score", "ingevuld.csv", "--color", "never"];
    args.extend_from_slice(extra);
    command(ws.path(), &args).output().unwrap().into()
}

#[test]
fn the_template_has_a_row_per_check_item_and_opens_in_excel() {
    let run = Workspace::base().run(&["zelfevaluatie", "sjabloon"]);
    assert_eq!(run.code, 0);
    let mut lines = run.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("\u{feff}b;nr;controlepunt;antwoord;toelichting")
    );
    assert_eq!(lines.next(), Some("bereikbaar;1;Eerste punt.;;"));
    assert_eq!(run.stdout.lines().count(), 1 + 8 * 3);
}

#[test]
fn a_filled_excel_sheet_in_windows_1252_is_scored_per_b() {
    let ws = Workspace::base();
    let sheet = b"b;nr;controlepunt;antwoord;toelichting\r\nbereikbaar;1;Eerste punt.;ja;caf\xe9\r\nbereikbaar;2;Tweede punt.;deels;\r\nbereikbaar;3;Derde punt.;nvt;\r\nbekend;1;Eerste punt.;NEE;\r\n";
    let run = score(&ws, sheet, &["--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let scores: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let first = &scores[0];
    assert_eq!(
        (first["id"].as_str(), first["procent"].as_u64()),
        (Some("bereikbaar"), Some(75))
    );
    assert_eq!(
        (
            first["ja"].as_u64(),
            first["deels"].as_u64(),
            first["nvt"].as_u64()
        ),
        (Some(1), Some(1), Some(1))
    );
    assert_eq!(scores[1]["procent"], 0);
    assert_eq!(scores[1]["open"], 2);
    assert!(scores[2]["procent"].is_null(), "nothing answered, no score");
}

#[test]
fn unreadable_rows_are_reported_with_line_and_column() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"b;nr;controlepunt;antwoord\nbereikbaar;een;x;ja\n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with(
            "fout[S001]: `een` is geen nummer van een controlepunt\n --> ingevuld.csv:2:12\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_answer_is_reported_at_its_cell() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"b;nr;controlepunt;antwoord\nbereikbaar;1;\"a;b\";misschien\n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("fout[S002]: `misschien` is geen antwoord\n --> ingevuld.csv:2:20\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_row_from_an_older_checklist_is_reported() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"b;nr;controlepunt;antwoord\ntoegankelijk;1;oud;ja\nbereikbaar;9;oud;ja\n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "fout[S003]: controlepunt 1 van `toegankelijk` staat niet (meer) in de 8 B's\n --> ingevuld.csv:2:1\n"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(
        "fout[S003]: controlepunt 9 van `bereikbaar` staat niet (meer) in de 8 B's\n --> ingevuld.csv:3:1\n"
    ));
}

#[test]
fn the_report_is_one_page_with_a_chart_and_the_same_numbers_in_a_table() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"b;nr;controlepunt;antwoord\nbereikbaar;1;x;ja\n",
        &["--rapport", "rapport.html"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = ws.read_text("rapport.html");
    assert!(page.contains("<style>"), "self-contained");
    assert!(!page.contains("assets/"));
    assert!(
        page.contains(r##"<rect x="170" y="4" width="400" height="22" fill="#0d4455"/>"##),
        "100% is a full bar"
    );
    assert!(page.contains("<th scope=\"row\">Bereikbaar</th><td>100%</td>"));
    let refused = score(
        &ws,
        b"b;nr;controlepunt;antwoord\n",
        &["--rapport", "onthaal.yaml"],
    );
    assert_eq!(refused.code, 2);
    assert!(
        ws.read_text("onthaal.yaml").starts_with("titel:"),
        "a source is never overwritten"
    );
}

#[test]
fn a_check_item_that_looks_like_a_formula_stays_text_in_excel() {
    let ws = Workspace::base();
    let checklist = ws.read_text("checklist/8b.yaml").replacen(
        "      - Eerste punt.",
        "      - \"=HYPERLINK(\\\"https://x.example\\\";\\\"klik\\\")\"",
        1,
    );
    ws.write("checklist/8b.yaml", checklist);
    let run = ws.run(&["zelfevaluatie", "sjabloon"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let row = run.stdout.lines().nth(1).unwrap();
    assert!(row.starts_with("bereikbaar;1;\"'=HYPERLINK("), "{row}");
}

#[test]
fn a_report_never_lands_in_a_source_folder_even_by_a_detour() {
    let ws = Workspace::base();
    std::fs::create_dir_all(ws.path().join("templates/html")).unwrap();
    for target in ["blueprints/../templates/html/home.html", "faq/rapport.html"] {
        let run = score(&ws, b"b;nr;controlepunt;antwoord\n", &["--rapport", target]);
        assert_eq!(run.code, 2, "{target}");
    }
    assert!(!ws.path().join("templates/html/home.html").exists());
    assert!(!ws.path().join("faq/rapport.html").exists());
}
