//! English on request: `--lang en` and `ONTHAAL_LANG=en` for messages, help and
//! explanations; Dutch stays the default.

use crate::harness::{Workspace, command, fixtures};
use onthaal::i18n::Lang;
use onthaal::validate::RULES;

#[test]
fn every_explanation_exists_in_both_languages() {
    let headings = [
        (
            Lang::Nl,
            [
                "## Wat het controleert",
                "## Waarom",
                "## Voorbeeld",
                "## Zo los je het op",
            ],
        ),
        (
            Lang::En,
            ["## What it checks", "## Why", "## Example", "## How to fix"],
        ),
    ];
    for rule in RULES {
        for (lang, expected) in headings {
            let text = rule.explanation_in(lang);
            assert!(
                text.starts_with(&format!("# {}: ", rule.code)),
                "{} {lang:?}",
                rule.code
            );
            let found = headings_outside_code(text);
            assert_eq!(found, expected, "{} {lang:?}", rule.code);
        }
        let warning = rule.doc_en.lines().next().unwrap().ends_with(" (warning)");
        let waarschuwing = rule
            .doc
            .lines()
            .next()
            .unwrap()
            .ends_with(" (waarschuwing)");
        assert_eq!(
            warning, waarschuwing,
            "{}: both say whether it is a warning",
            rule.code
        );
        assert_ne!(
            rule.title_in(Lang::En),
            rule.title_in(Lang::Nl),
            "{}",
            rule.code
        );
    }
}

/// The `## ` headings of a Markdown text, leaving out the examples in code fences.
fn headings_outside_code(text: &str) -> Vec<&str> {
    let mut in_code = false;
    let mut found = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if !in_code && line.starts_with("## ") {
            found.push(line);
        }
    }
    found
}

#[test]
fn messages_and_summaries_come_in_english_on_request() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/V002"));
    let run = ws.run(&["--lang", "en", "validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("error[V002]: unknown barrier `angst-repercussie`\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("= help: did you mean `angst-repercussies`?\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with("1 error, 1 warning\n"),
        "{}",
        run.stdout
    );
    let by_variable: crate::harness::Run = command(ws.path(), &["validate", "--color", "never"])
        .env("ONTHAAL_LANG", "en")
        .output()
        .unwrap()
        .into();
    assert_eq!(by_variable.stdout, run.stdout);
    let dutch = ws.run(&["validate", "--color", "never"]);
    assert!(dutch.stdout.ends_with("1 fout, 1 waarschuwing\n"));
    let json = ws.run(&["validate", "--format", "json", "--lang", "en"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let v002 = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "V002")
        .unwrap();
    assert_eq!(v002["title"], "unknown reference");
    assert_eq!(v002["message"], "unknown barrier `angst-repercussie`");
}

#[test]
fn help_usage_errors_and_explanations_in_english() {
    let ws = Workspace::base();
    let help = ws.run(&["--lang", "en", "--help"]).stdout;
    assert!(help.starts_with("Check and build the handbooks for a warm welcome for victims of discrimination and intimidation\n\nUsage: onthaal [OPTIONS] <COMMAND>\n\nCommands:\n"), "{help}");
    for dutch in [
        "Gebruik",
        "Opties",
        "Opdrachten",
        "Toon ",
        "Controleer de inhoud",
    ] {
        assert!(!help.contains(dutch), "{dutch} in {help}");
    }
    assert!(help.ends_with("Exit codes: 0 clean; 1 content errors (or warnings, with --deny-warnings); 2 wrong use or a read or\nwrite failure; 3 stale output (build --check).\n"), "{help}");
    let build = ws.run(&["help", "build", "--lang=en"]).stdout;
    assert!(
        build.contains("\nUsage: onthaal build [OPTIONS]\n") && build.contains("--out <DIR>"),
        "{build}"
    );
    let wrong = ws.run(&["--lang", "en", "valideer"]);
    assert_eq!(
        wrong.stderr,
        "error: unknown command `valideer`\n  help: did you mean `validate`?\n\nMore help: onthaal --help\n"
    );
    let explain = ws.run(&["explain", "V006", "--lang", "en"]).stdout;
    assert!(explain.starts_with(
        "# V006: not reviewed in the last twelve months (warning)\n\n## What it checks\n"
    ));
    let unknown: crate::harness::Run = command(ws.path(), &["validate"])
        .env("ONTHAAL_LANG", "fr")
        .output()
        .unwrap()
        .into();
    assert_eq!(
        (unknown.code, unknown.stderr.as_str()),
        (2, "fout: ONTHAAL_LANG=`fr` is geen taal; kies nl of en\n")
    );
}
