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

/// Words of our own Dutch that never occur in an English sentence. Content (ids, names,
/// titles) is quoted or a path, and is taken out first by [`our_words`].
const DUTCH_WORDS: &[&str] = &[
    " het ",
    " een ",
    " niet ",
    " van ",
    " voor ",
    " naar ",
    " de ",
    " en ",
    " te ",
    " met ",
    " bij ",
    " op ",
    " uit ",
    " dit ",
    " deze ",
    " zijn ",
    " kan ",
    " nog ",
    " geen ",
    " wordt ",
    " staat ",
    " hoort ",
    " al ",
    "bestand",
    "regel ",
    "kolom",
    "bedoel je",
    "ontbreekt",
    "ongeldig",
    "moet",
    "nog in te vullen",
    " fout",
    "waarschuwing",
    "gebruik:",
    "opties",
    "opdracht",
];

/// Names (in the fixtures and the examples of the help) that hold a Dutch function word
/// without quotes.
const CONTENT_NAMES: &[&str] = &["buurthuis de brug", "de lijn"];

/// `text` without what is not our own words: `code` and "quoted" spans, paths and file
/// names, fenced code, and with `quoted_lines` indented or diff lines (model text that a
/// diagnostic quotes).
fn our_words(text: &str, quoted_lines: bool) -> String {
    let mut kept = String::new();
    let mut in_fence = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        let quoted_text = ["  ", "+ ", "- "].iter().any(|p| line.starts_with(p));
        if in_fence || (quoted_lines && quoted_text) {
            continue;
        }
        kept.push_str(&strip_quoted(line));
        kept.push('\n');
    }
    let mut words = format!(" {} ", kept.to_lowercase().replace('\n', " "));
    for name in CONTENT_NAMES {
        words = words.replace(name, " ");
    }
    words
        .split(' ')
        .filter(|w| !w.contains('/') && !is_file_name(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_quoted(line: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (None, '`' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn is_file_name(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';', ':', ')', '.']);
    [".yaml", ".md", ".csv", ".lock", ".html", ".json"]
        .iter()
        .any(|e| word.ends_with(e))
}

/// The Dutch words found in `text` (in `what`), as lines for a failure message.
fn dutch_in(what: &str, text: &str) -> Vec<String> {
    find_dutch(what, text, false)
}

/// The same for a diagnostic, whose indented and diff lines quote content.
fn dutch_in_diagnostic(what: &str, text: &str) -> Vec<String> {
    find_dutch(what, text, true)
}

fn find_dutch(what: &str, text: &str, quoted_lines: bool) -> Vec<String> {
    let ours = our_words(text, quoted_lines);
    DUTCH_WORDS
        .iter()
        .filter(|w| ours.contains(&w.to_lowercase()))
        .map(|w| format!("{what}: {w:?} in {text:?}"))
        .collect()
}

#[test]
fn the_dutch_word_check_finds_dutch_and_leaves_content_alone() {
    assert!(!dutch_in("t", "het veld `naam` is leeg").is_empty());
    assert!(!dutch_in("t", "did you mean `x`? bestand y").is_empty());
    assert!(dutch_in("t", "unknown barrier `van de drempel` in reference/de.yaml").is_empty());
    assert!(dutch_in("t", "Buurthuis De Brug: still to be filled in: telefoon").is_empty());
    let quoting = "what changed:\n- Dit is de tekst\n+ Dit is het\nthen pin";
    assert!(dutch_in_diagnostic("t", quoting).is_empty());
    assert!(!dutch_in("t", quoting).is_empty());
}

/// The diagnostics of `validate --format json` in `lang`.
fn diagnostics_in(ws: &Workspace, lang: &str) -> Vec<serde_json::Value> {
    let run = ws.run(&["validate", "--format", "json", "--lang", lang]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", run.stdout, run.stderr));
    report["diagnostics"].as_array().unwrap().clone()
}

#[test]
fn every_fixture_speaks_english_on_request_and_dutch_by_default() {
    let mut failures = Vec::new();
    let mut fixtures_seen = 0;
    for entry in std::fs::read_dir(fixtures().join("invalid")).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let ws = Workspace::with_overlay(&dir);
        let (dutch, english) = (diagnostics_in(&ws, "nl"), diagnostics_in(&ws, "en"));
        assert_eq!(dutch.len(), english.len(), "{name}");
        assert!(!english.is_empty(), "{name}");
        fixtures_seen += 1;
        for (nl, en) in dutch.iter().zip(&english) {
            let code = &en["code"];
            assert_eq!((&nl["code"], &nl["line"]), (code, &en["line"]), "{name}");
            for field in ["message", "help", "title", "summary"] {
                let Some(text) = en[field].as_str() else {
                    continue;
                };
                failures.extend(dutch_in_diagnostic(&format!("{name} {code} {field}"), text));
                if field != "title" && field != "summary" && nl[field] == en[field] {
                    failures.push(format!(
                        "{name} {code} {field} is the same in Dutch: {text:?}"
                    ));
                }
            }
        }
    }
    assert!(fixtures_seen > 90, "{fixtures_seen} fixtures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The subcommands listed under `Commands:` in a help text (without `help`).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn the_help_of_every_command_is_english_on_request() {
    let ws = Workspace::base();
    let mut pending = vec![Vec::<String>::new()];
    let mut failures = Vec::new();
    let mut seen = Vec::new();
    while let Some(path) = pending.pop() {
        let mut args: Vec<&str> = vec!["--lang", "en"];
        args.extend(path.iter().map(String::as_str));
        args.push("--help");
        let run = ws.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        failures.extend(dutch_in(
            &format!("onthaal {}", path.join(" ")),
            &run.stdout,
        ));
        let dutch = ws.run(&args[2..]).stdout;
        if dutch == run.stdout {
            failures.push(format!(
                "onthaal {} --help is the same in Dutch",
                path.join(" ")
            ));
        }
        for sub in subcommands(&run.stdout) {
            pending.push([path.clone(), vec![sub]].concat());
        }
        seen.push(path.join(" "));
    }
    for command in [
        "new municipality",
        "pin",
        "diff",
        "build",
        "zelfevaluatie score",
    ] {
        assert!(seen.iter().any(|s| s == command), "{command} in {seen:?}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_explanation_is_english_on_request() {
    let ws = Workspace::base();
    let mut failures = Vec::new();
    for rule in RULES {
        let english = ws.run(&["explain", rule.code, "--lang", "en"]);
        assert_eq!(english.code, 0, "{}", rule.code);
        failures.extend(dutch_in(rule.code, &english.stdout));
        let dutch = ws.run(&["explain", rule.code]).stdout;
        assert_ne!(dutch, english.stdout, "{}", rule.code);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tool_errors_and_command_summaries_in_english() {
    let ws = Workspace::base();
    let missing = ws.run(&["--lang", "en", "validate", "nergens"]);
    assert_eq!(
        (missing.code, missing.stderr.as_str()),
        (2, "error: nergens does not exist\n")
    );
    let schemas = ws.run(&["--lang", "en", "schema", "--out", "sch"]).stdout;
    assert!(
        schemas.contains(" schemas written to ")
            && schemas.contains("\nIn VS Code (with the YAML extension) you link them in"),
        "{schemas}"
    );
    assert_eq!(ws.run(&["build", "-q"]).code, 0);
    let check = ws.run(&["--lang", "en", "build", "--check"]);
    assert!(
        check.stdout.ends_with(" files, nothing to do\n")
            && check.stdout.contains(" is up to date: "),
        "{}",
        check.stdout
    );
    let dutch = ws.run(&["build", "--check"]).stdout;
    assert!(dutch.ends_with(" bestanden, niets te doen\n"), "{dutch}");
    ws.run(&["zelfevaluatie", "sjabloon", "--out", "a.csv"]);
    let score = ws
        .run(&["--lang", "en", "zelfevaluatie", "score", "a.csv"])
        .stdout;
    assert!(
        score.starts_with("Self-assessment: ")
            && score.contains("score  yes partly   no  n/a  open\n")
            && score.ends_with(" check items are not answered yet.\n"),
        "{score}"
    );
}
