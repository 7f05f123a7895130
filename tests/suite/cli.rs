//! The command line as users and CI see it: formats, exit codes, colour, explain.

use crate::harness::{Workspace, fixtures, onthaal};

fn broken() -> Workspace {
    Workspace::with_overlay(&fixtures().join("invalid/V002"))
}

#[test]
fn json_format_is_one_document_with_positions_and_totals() {
    let run = broken().run(&["validate", "--format", "json"]);
    assert_eq!(run.code, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let all = report["diagnostics"].as_array().unwrap();
    let first = all.iter().find(|d| d["code"] == "V002").unwrap();
    assert_eq!(first["code"], "V002");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "blueprints/proefmodel.yaml");
    assert_eq!(first["line"], 30);
    assert_eq!(first["column"], 16);
    assert_eq!(
        (&first["end_line"], &first["end_column"]),
        (&30.into(), &33.into())
    );
    assert_eq!(first["title"], "onbekende verwijzing");
    assert_eq!(
        first["summary"],
        "Of een verwijzing naar een id (actor, fase, drempel, kanaal, orgaan, doelgroep, criterium, domein) bestaat."
    );
    assert_eq!(first["documentation"], "onthaal explain V002");
    assert_eq!(first["help"], "bedoel je `angst-repercussies`?");
    assert_eq!(report["errors"], 1);
    assert_eq!(report["warnings"], 1);
    assert_eq!(all.len(), 2);
}

#[test]
fn github_format_annotates_the_line() {
    let run = broken().run(&["validate", "--format", "github"]);
    let line = run.stdout.lines().find(|l| l.contains("V002")).unwrap();
    assert_eq!(
        line,
        "::error file=blueprints/proefmodel.yaml,line=30,endLine=30,col=16,endColumn=33,title=V002::onbekende drempel `angst-repercussie`%0Ahulp: bedoel je `angst-repercussies`?"
    );
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("::warning file=blueprints/proefmodel.yaml,line=16,"))
    );
}

#[test]
fn warnings_pass_unless_denied() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/B008"));
    assert_eq!(ws.run(&["validate"]).code, 0);
    assert_eq!(ws.run(&["validate", "--deny-warnings"]).code, 1);
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let ws = broken();
    assert!(
        ws.run(&["validate", "--color", "always"])
            .stdout
            .contains("\x1b[1;31m")
    );
    // Not a terminal: no colour by default.
    assert!(!ws.run(&["validate"]).stdout.contains('\x1b'));
    let run: crate::harness::Run = crate::harness::command(ws.path(), &["validate"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
        .into();
    assert!(!run.stdout.contains('\x1b'));
}

#[test]
fn paths_limit_the_report_to_those_files() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/B002"));
    assert_eq!(ws.run(&["validate", "blueprints"]).code, 0);
    let run = ws.run(&["validate", "onthaal.yaml"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("[B002]"));
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let run = Workspace::base().run(&["validate", "bestaat-niet.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("bestaat-niet.yaml bestaat niet"),
        "{}",
        run.stderr
    );
}

#[test]
fn no_workspace_is_an_error_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let run = onthaal(dir.path(), &["validate"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("geen onthaal.yaml gevonden"),
        "{}",
        run.stderr
    );
}

#[test]
fn workspace_flag_points_elsewhere() {
    let ws = broken();
    let elsewhere = tempfile::tempdir().unwrap();
    let run = onthaal(
        elsewhere.path(),
        &["validate", "--workspace", ws.path().to_str().unwrap()],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("[V002]"));
}

#[test]
fn explain_prints_the_rule_in_dutch() {
    let run = Workspace::base().run(&["explain", "b004"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("# B004: faalpunt zonder opvang\n"));
    assert!(run.stdout.contains("## Zo los je het op"));
}

#[test]
fn explain_of_an_unknown_code_says_how_to_list_them() {
    let run = Workspace::base().run(&["explain", "X999"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: onbekende code `X999`; `onthaal explain` zonder code toont alle controles\n"
    );
}

#[test]
fn explain_without_a_code_lists_every_rule() {
    let run = Workspace::base().run(&["explain"]);
    assert_eq!(run.stdout.lines().count(), onthaal::validate::RULES.len());
    assert!(run.stdout.contains("B008  waarschuwing"));
}

#[test]
fn usage_errors_are_explained_in_dutch_with_exit_2() {
    let ws = Workspace::base();
    let cases = [
        (
            &["validate", "--formaat", "json"][..],
            "fout: onbekende optie `--formaat`\n  hulp: bedoel je `--format`?\n",
        ),
        (
            &["validate", "--format", "xml"][..],
            "fout: ongeldige waarde `xml` voor --format <FORMAAT>; mogelijk: human, json, github, sarif, gitlab, junit\n",
        ),
        (
            &["valideer"][..],
            "fout: onbekende opdracht `valideer`\n  hulp: bedoel je `validate`?\n",
        ),
        (
            &["explain", "B001", "B002"][..],
            "fout: onverwacht argument `B002`\n",
        ),
        (
            &[][..],
            "fout: geef een opdracht: init, validate, build, serve, new, pin, diff, route, zelfevaluatie, schema, explain, help, completions of man\n",
        ),
    ];
    for (args, expected) in cases {
        let run = ws.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.starts_with(expected), "{args:?}: {}", run.stderr);
        assert!(run.stderr.ends_with("Meer uitleg: onthaal --help\n"));
    }
}

#[test]
fn help_speaks_dutch() {
    let run = Workspace::base().run(&["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Gebruik:"));
    assert!(run.stdout.contains("Controleer de inhoud"));
}

#[test]
fn schema_writes_one_file_per_yaml_format() {
    let ws = Workspace::base();
    let run = ws.run(&["schema", "--out", "editor"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut names: Vec<String> = std::fs::read_dir(ws.path().join("editor"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), onthaal::schema::schemas().len());
    assert!(names.contains(&"blueprint.schema.json".to_string()));
    assert!(
        run.stdout
            .contains(r#""./editor/blueprint.schema.json": "blueprints/*.yaml""#),
        "{}",
        run.stdout
    );
}

#[test]
fn the_committed_schemas_match_the_model() {
    let repo = crate::harness::repository();
    for schema in onthaal::schema::schemas() {
        let committed = std::fs::read_to_string(
            repo.join("schemas")
                .join(format!("{}.schema.json", schema.name)),
        )
        .unwrap_or_default();
        assert!(
            committed == schema.json,
            "schemas/{}.schema.json is verouderd: voer `cargo run -- schema` uit",
            schema.name
        );
    }
    let settings = std::fs::read_to_string(repo.join(".vscode/settings.json")).unwrap();
    assert_eq!(settings, onthaal::schema::vscode_settings("schemas"));
}

#[test]
fn review_dates_are_judged_against_the_given_day() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/V006"));
    let stale = ws.run(&["validate", "--deny-warnings"]);
    assert_eq!(stale.code, 1, "ONTHAAL_TODAY=2026-11-26 from the harness");
    // The base content was reviewed on 2026-11-26: before that day, that lies in the future;
    // the fixture's 2025-10-01 is then less than twelve months ago.
    let run = ws.run(&["--today", "2026-09-30", "validate"]);
    assert_eq!(run.code, 1, "--today wins over ONTHAAL_TODAY");
    assert!(
        run.stdout.starts_with(
            "fout[V005]: de datum in `herzien` (26 november 2026) ligt in de toekomst\n"
        ),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("V006"), "{}", run.stdout);
    let after = ws.run(&["validate", "--today", "2026-10-02"]);
    assert!(
        after.stdout.contains("waarschuwing[V006]"),
        "{}",
        after.stdout
    );
    let wrong = ws.run(&["validate", "--today", "1 juni"]);
    assert_eq!(
        (wrong.code, wrong.stderr.as_str()),
        (2, "fout: --today `1 juni` is geen datum (JJJJ-MM-DD)\n")
    );
    let run: crate::harness::Run = crate::harness::command(ws.path(), &["validate"])
        .env("ONTHAAL_TODAY", "morgen")
        .output()
        .unwrap()
        .into();
    assert_eq!(
        run.stderr,
        "fout: ONTHAAL_TODAY=`morgen` is geen datum (JJJJ-MM-DD)\n"
    );
}

#[test]
fn help_lists_the_exit_codes() {
    let run = Workspace::base().run(&["--help"]);
    assert!(run.stdout.ends_with(
        "Exitcodes: 0 in orde; 1 fouten in de inhoud (of waarschuwingen, met --deny-warnings); 2 verkeerd\ngebruik of een lees- of schrijffout; 3 verouderde uitvoer (build --check).\n"
    ), "{}", run.stdout);
}
