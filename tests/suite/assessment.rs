//! `onthaal zelfevaluatie`: the sheet, reading what Excel writes, the score and the report.

use crate::harness::{Run, Workspace, command, onthaal_within};

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
        page.contains(
            r##"<rect class="balk-score" x="170" y="4" width="400" height="22" fill="#0d4455"/>"##
        ),
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

/// Runs `score` on a sheet at `path` (not written by the test) with a time limit.
fn score_path(ws: &Workspace, path: &str) -> Run {
    onthaal_within(
        ws.path(),
        &["zelfevaluatie", "score", path, "--color", "never"],
        120,
    )
}

#[test]
fn a_sheet_that_is_not_a_regular_file_or_too_large_is_refused_unread() {
    let ws = Workspace::base();
    let run = score_path(&ws, "/dev/zero");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "fout[S004]: dit is een apparaat en geen gewoon bestand; onthaal leest alleen gewone bestanden\n --> /dev/zero:1:1\n  |\n1 | \n  | ^\n  = hulp: geef een gewoon bestand op, zoals een editor of Excel het opslaat\n\n1 fout, 0 waarschuwingen\n"
    );
    let made = std::process::Command::new("mkfifo")
        .arg(ws.path().join("pijp.csv"))
        .status()
        .unwrap();
    assert!(made.success());
    let run = score_path(&ws, "pijp.csv");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("fout[S004]: dit is een named pipe (FIFO) en geen gewoon bestand; onthaal leest alleen gewone bestanden\n --> pijp.csv:1:1\n"),
        "{}",
        run.stderr
    );
    ws.write("groot.csv", vec![b'a'; 5 * 1024 * 1024]);
    let run = score_path(&ws, "groot.csv");
    assert!(
        run.stderr.starts_with(
            "fout[S004]: het bestand is 5 MiB groot; de grens is 4 MiB\n --> groot.csv:1:1\n"
        ),
        "{}",
        run.stderr
    );
    let utf16: Vec<u8> = "\u{feff}b;nr;antwoord\r\nbereikbaar;1;ja\r\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let run = score(&ws, &utf16, &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("fout[S004]: het bestand is in UTF-16 opgeslagen (in Excel: Unicode-tekst)\n --> ingevuld.csv:1:1\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_reordered_header_is_read_by_name_and_a_missing_column_is_named() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"Toelichting;Antwoord;Nr;B;eigen notities\n;ja;1;bereikbaar;x\n;ja;2;Bereikbaar;\n",
        &["--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let scores: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        (scores[0]["ja"].as_u64(), scores[0]["open"].as_u64()),
        (Some(2), Some(1))
    );
    let run = score(&ws, b"b;nummer;antwoord\nbereikbaar;1;ja\n", &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "fout[S005]: de kolom `nr` ontbreekt\n --> ingevuld.csv:1:1\n  |\n1 | b;nummer;antwoord\n  | ^^^^^^^^^^^^^^^^^\n  = hulp: voeg de kolom `nr` toe aan de kopregel (de eerste regel)\n\n1 fout, 0 waarschuwingen\n"
    );
    let run = score(&ws, b"b;nr;antwoord;Antwoord\nbereikbaar;1;ja;nee\n", &[]);
    assert!(
        run.stderr.starts_with("fout[S005]: de kolom `antwoord` staat twee keer in de kopregel (ook als kolom 3)\n --> ingevuld.csv:1:15\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unclosed_quote_is_reported_at_the_quote_instead_of_losing_answers() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"b;nr;controlepunt;antwoord\nbereikbaar;1;\"Open ook 's avonds;ja\nbereikbaar;2;x;ja\n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "fout[S006]: dit aanhalingsteken opent een cel die nergens sluit; de rest van het bestand zou erin verdwijnen\n --> ingevuld.csv:2:14\n  |\n2 | bereikbaar;1;\"Open ook 's avonds;ja\n  |              ^\n  = hulp: sluit de cel met een tweede \", of schrijf een aanhalingsteken in de tekst dubbel (\"\")\n\n1 fout, 0 waarschuwingen\n"
    );
    let run = score(
        &ws,
        b"b;nr;controlepunt;antwoord\nbereikbaar;1;x;ja;nee\n",
        &[],
    );
    assert!(
        run.stderr.starts_with(
            "fout[S006]: deze rij heeft 5 cellen, de kopregel 4\n --> ingevuld.csv:2:19\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn an_empty_or_header_only_sheet_is_reported() {
    let ws = Workspace::base();
    let run = score(&ws, b"", &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("fout[S007]: het bestand is leeg\n --> ingevuld.csv:1:1\n"),
        "{}",
        run.stderr
    );
    let run = score(
        &ws,
        b"\xef\xbb\xbfb;nr;controlepunt;antwoord;toelichting\r\n;;;;\r\n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "fout[S007]: het bestand heeft een kopregel maar geen rijen\n --> ingevuld.csv:1:1\n  |\n1 | b;nr;controlepunt;antwoord;toelichting\n  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  = hulp: zet onder de kopregel één rij per regel\n\n1 fout, 0 waarschuwingen\n"
    );
}

#[test]
fn a_check_item_answered_twice_is_reported() {
    let ws = Workspace::base();
    let run = score(
        &ws,
        b"antwoord;nr;b\nja;1;bereikbaar\nnee;1;Bereikbaar \n",
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "fout[S008]: dubbele rij: dezelfde `b` en `nr` als de rij op regel 2\n --> ingevuld.csv:3:7\n  |\n3 | nee;1;Bereikbaar \n  |       ^^^^^^^^^^^\n  = hulp: houd één van de twee rijen\n\n1 fout, 0 waarschuwingen\n"
    );
}
