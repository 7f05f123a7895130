//! Templates of the workspace are untrusted: read like content, bounded in steps, depth
//! and output, and every failure a located error with exit 1 that leaves the previous
//! output as it was.

use std::os::unix::fs::symlink;

use crate::harness::{Run, Workspace, onthaal_within, tree};

/// Builds once with the built-in templates, then with `home.html` as given: the second
/// build must fail without touching the first one's output.
fn build_with_home(template: &str) -> Run {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let before = tree(&ws.path().join("dist"));
    ws.write("templates/html/home.html", template);
    let run = onthaal_within(ws.path(), &["build", "--color", "never"], 120);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        tree(&ws.path().join("dist")) == before,
        "the previous output is untouched"
    );
    assert!(run.stderr.ends_with(
        "bouw afgebroken: los eerst de fouten op; de vorige uitvoer blijft ongewijzigd\n"
    ));
    run
}

#[test]
fn a_template_that_is_a_link_is_never_read() {
    let ws = Workspace::base();
    std::fs::create_dir_all(ws.path().join("templates/html")).unwrap();
    symlink("/etc/passwd", ws.path().join("templates/html/home.html")).unwrap();
    let run = ws.run(&["validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("fout[L013]: het bestand is een symbolische koppeling; onthaal volgt die niet\n --> templates/html/home.html:1:1\n"),
        "{}",
        run.stdout
    );
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(!ws.path().join("dist").exists());
    assert!(!run.stderr.contains("root:"));
}

#[test]
fn a_template_that_never_finishes_is_stopped_where_it_loops() {
    let run = build_with_home(
        "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
    );
    assert!(
        run.stderr.starts_with("fout[T002]: het sjabloon werkt te lang of nest te diep (meer dan 2000000 stappen of 100 niveaus)\n --> templates/html/home.html:1:41\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_macro_that_calls_itself_is_stopped_at_the_call() {
    let run = build_with_home("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}");
    assert!(
        run.stderr.starts_with("fout[T002]: het sjabloon werkt te lang of nest te diep (meer dan 2000000 stappen of 100 niveaus)\n --> templates/html/home.html:1:20\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn recursion_stops_at_a_hundred_levels_not_at_minijinjas_own_five_hundred() {
    // A macro call costs minijinja several levels (the call, the `if`, the output): 40
    // calls pass its own limit of 500 but not ours of 100, and 10 pass both.
    let calls = |depth: u32| {
        format!(
            "{{% macro f(n) %}}{{% if n < {depth} %}}{{{{ f(n + 1) }}}}{{% endif %}}{{% endmacro %}}{{{{ f(0) }}}}"
        )
    };
    let ws = Workspace::base();
    ws.write("templates/html/home.html", calls(10));
    let shallow = ws.run(&["build"]);
    assert_eq!(shallow.code, 0, "{}", shallow.stderr);
    let run = build_with_home(&calls(40));
    assert!(run.stderr.starts_with("fout[T002]: "), "{}", run.stderr);
}

#[test]
fn a_page_that_grows_too_large_is_stopped() {
    let line = "x".repeat(4000);
    let run = build_with_home(&format!(
        "{{% for a in range(20000) %}}{line}{{{{ a }}}}{{% endfor %}}"
    ));
    assert!(
        run.stderr.starts_with(
            "fout[T003]: de pagina wordt groter dan 32 MiB\n --> templates/html/home.html:1:1\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_syntax_error_is_reported_by_validate_in_dutch() {
    let ws = Workspace::base();
    ws.write(
        "templates/md/faq.md",
        "# Vragen\n\n{% for v in vragen %}\n{{ v.vraag }}\n",
    );
    let run = ws.run(&["validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "fout[T001]: syntaxfout in het sjabloon: het einde van het sjabloon staat hier onverwacht; verwacht: het einde van het blok (%})\n --> templates/md/faq.md:4:12\n  |\n4 | {{ v.vraag }}\n  |            ^^\n  = hulp: kijk het sjabloon na op deze plaats; `onthaal explain T001` zegt wat een sjabloon mag\n\n1 fout, 0 waarschuwingen\n"
    );
}

#[test]
fn an_unknown_filter_is_named() {
    let run = build_with_home(
        "{% extends \"base.html\" %}{% block content %}{{ frame.site.titel | onbekend }}{% endblock %}",
    );
    assert!(
        run.stderr
            .starts_with("fout[T001]: onbekende filter `onbekend`\n --> templates/html/home.html:"),
        "{}",
        run.stderr
    );
}
