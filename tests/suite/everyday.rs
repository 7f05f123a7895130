//! The everyday command line: help as a command, global options anywhere, -q and -v,
//! completions, the manual page, usage words in Dutch, no progress line when piped.

use crate::harness::{Workspace, fixtures};

/// Every command and subcommand, as words after `onthaal`.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["validate"],
    &["build"],
    &["route"],
    &["zelfevaluatie"],
    &["zelfevaluatie", "sjabloon"],
    &["zelfevaluatie", "score"],
    &["schema"],
    &["explain"],
    &["help"],
    &["completions"],
    &["man"],
];

#[test]
fn help_as_a_command_is_the_same_as_the_help_flag() {
    let ws = Workspace::base();
    for words in COMMANDS {
        let mut flag: Vec<&str> = words.to_vec();
        flag.push("--help");
        let mut command = vec!["help"];
        command.extend_from_slice(words);
        let (by_flag, by_command) = (ws.run(&flag), ws.run(&command));
        assert_eq!((by_flag.code, by_command.code), (0, 0), "{words:?}");
        assert_eq!(by_flag.stdout, by_command.stdout, "{words:?}");
    }
    let unknown = ws.run(&["help", "bouw"]);
    assert_eq!(
        (unknown.code, unknown.stderr.as_str()),
        (
            2,
            "fout: onbekende opdracht `bouw`; `onthaal help` toont alle opdrachten\n"
        )
    );
}

#[test]
fn help_speaks_dutch_everywhere() {
    let ws = Workspace::base();
    for words in COMMANDS {
        let mut args: Vec<&str> = words.to_vec();
        args.push("--help");
        let help = ws.run(&args).stdout;
        let name = ["onthaal"]
            .iter()
            .chain(words.iter())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            help.contains(&format!("\nGebruik: {name} ")),
            "{words:?}: {help}"
        );
        for english in [
            "[OPTIONS]",
            "Usage:",
            "Print help",
            "Options:",
            "Arguments:",
            "<COMMAND>",
            "<FORMAT>",
        ] {
            assert!(!help.contains(english), "{words:?} says {english}: {help}");
        }
        assert!(help.contains("\nAlgemene opties:\n"), "{words:?}: {help}");
    }
    let top = ws.run(&["--help"]).stdout;
    assert!(
        top.contains("\nGebruik: onthaal [OPTIES] <OPDRACHT>\n"),
        "{top}"
    );
}

#[test]
fn global_options_go_before_or_after_the_command() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/V002"));
    let before = ws.run(&["--color", "always", "validate"]);
    let after = ws.run(&["validate", "--color", "always"]);
    assert!(before.stdout.contains("\x1b[1;31m"));
    assert_eq!(before.stdout, after.stdout);
    let elsewhere = Workspace::base();
    let path = ws.path().to_str().unwrap();
    let run = elsewhere.run(&["--workspace", path, "-q", "validate"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("fout[V002]: onbekende drempel"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("1 fout, 1 waarschuwing"));
}

#[test]
fn quiet_leaves_out_summaries_and_confirmations() {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/B008"));
    let quiet = ws.run(&["validate", "-q"]);
    assert!(quiet.stdout.starts_with("waarschuwing[B008]"));
    assert!(
        !quiet.stdout.contains("0 fouten, 1 waarschuwing"),
        "{}",
        quiet.stdout
    );
    let clean = Workspace::base();
    assert_eq!(clean.run(&["-q", "validate"]).stdout, "");
    let build = clean.run(&["build", "--quiet"]);
    assert_eq!(
        (build.code, build.stdout.as_str(), build.stderr.as_str()),
        (0, "", "")
    );
}

#[test]
fn verbose_says_which_handbook_and_how_long() {
    let ws = Workspace::base();
    let run = ws.run(&["-v", "build"]);
    assert_eq!(run.code, 0);
    let root = ws.path().canonicalize().unwrap();
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines[0], format!("handboek: {}", root.display()));
    assert!(
        lines[1].starts_with("16 inhoudsbestanden gelezen en gecontroleerd in "),
        "{}",
        run.stderr
    );
    assert!(
        lines[2].starts_with("klaar in ") && lines[2].ends_with(" ms"),
        "{}",
        run.stderr
    );
    assert!(
        !ws.run(&["-q", "-v", "build"]).stderr.is_empty(),
        "-q and -v conflict"
    );
}

#[test]
fn a_piped_build_shows_no_progress_line() {
    let run = Workspace::base().run(&["build"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr, "",
        "nothing on stderr when it is not a terminal"
    );
    assert!(!run.stdout.contains('\r'));
}

#[test]
fn completions_for_every_shell() {
    let ws = Workspace::base();
    let markers = [
        ("bash", "complete -F _onthaal"),
        ("zsh", "#compdef onthaal"),
        ("fish", "complete -c onthaal"),
        ("powershell", "Register-ArgumentCompleter"),
    ];
    for (shell, marker) in markers {
        let run = ws.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(run.stdout.contains(marker), "{shell}: {}", run.stdout);
        assert!(run.stdout.contains("zelfevaluatie"), "{shell}");
    }
    let bash = ws.run(&["completions", "bash"]).stdout;
    let script = ws.path().join("onthaal.bash");
    std::fs::write(&script, bash).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .unwrap();
    assert!(syntax.success(), "bash -n accepts the script");
    assert_eq!(ws.run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn the_manual_page_is_roff_from_the_same_help() {
    let ws = Workspace::base();
    let run = ws.run(&["man"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("\n.TH onthaal 1 "), "{}", run.stdout);
    assert!(run.stdout.contains("Controleer en bouw de handboeken"));
    assert!(run.stdout.contains("zelfevaluatie"));
    let pages = ws.run(&["man", "--out", "man"]);
    assert_eq!(pages.code, 0, "{}", pages.stderr);
    for page in [
        "onthaal.1",
        "onthaal-build.1",
        "onthaal-zelfevaluatie-score.1",
    ] {
        let text = ws.read_text(&format!("man/{page}"));
        assert!(text.contains(".TH onthaal"), "{page}");
    }
}

#[test]
fn statistics_count_the_findings_per_rule_most_first() {
    let ws = crate::harness::repository_copy();
    // One error among the repository's warnings: a body nobody defined.
    let rules = ws.read_text("reference/bevoegdheden.yaml");
    ws.write(
        "reference/bevoegdheden.yaml",
        rules.replacen("orgaan: vmri", "orgaan: vmrii", 1),
    );
    let listed: serde_json::Value =
        serde_json::from_str(&ws.run(&["validate", "--format", "json"]).stdout).unwrap();
    let mut counts: std::collections::BTreeMap<(String, String, String), usize> =
        Default::default();
    for d in listed["diagnostics"].as_array().unwrap() {
        let key = |k: &str| d[k].as_str().unwrap().to_string();
        *counts
            .entry((key("code"), key("severity"), key("title")))
            .or_default() += 1;
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    assert!(
        rows.len() >= 3 && rows[0].1 > rows[rows.len() - 1].1,
        "{rows:?}"
    );
    assert!(rows.iter().any(|((_, severity, _), _)| severity == "error"));
    let width = rows[0].1.to_string().len();
    let label = |s: &str| if s == "error" { "fout" } else { "waarschuwing" };
    let expected: String = rows
        .iter()
        .map(|((code, severity, title), n)| {
            format!("{n:>width$}  {code}  {:<12}  {title}\n", label(severity))
        })
        .collect();
    let run = ws.run(&["validate", "--statistics"]);
    assert_eq!(run.code, 1);
    let cut = run.stdout.trim_end().rfind('\n').unwrap() + 1;
    let (table, summary) = run.stdout.split_at(cut);
    assert_eq!(table, expected);
    assert!(summary.starts_with("1 fout, "), "{summary}");
    let refused = ws.run(&["validate", "--statistics", "--format", "json"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
}

#[test]
fn a_build_with_many_findings_points_at_the_counts_per_rule() {
    const HINT: &str =
        "(zoveel meldingen overzie je beter per controle: `onthaal validate --statistics`)\n";
    let many = crate::harness::repository_copy();
    let run = many.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let summary = run.stderr.find(" waarschuwingen\n").unwrap();
    assert!(
        run.stderr[summary..].contains(HINT),
        "{}",
        &run.stderr[summary..]
    );
    assert!(!many.run(&["build", "-q"]).stderr.contains(HINT));
    let few = Workspace::with_overlay(&fixtures().join("invalid/B008"));
    let run = few.run(&["build"]);
    assert!(run.stderr.contains("1 waarschuwing\n"), "{}", run.stderr);
    assert!(!run.stderr.contains(HINT));
}
