//! `controles` in onthaal.yaml: rules switched off or made errors, for every file or per path.

use crate::harness::{Workspace, fixtures};

/// The B008 fixture (one warning in blueprints/proefmodel.yaml) with `controles` added.
fn with_settings(settings: &str) -> Workspace {
    let ws = Workspace::with_overlay(&fixtures().join("invalid/B008"));
    let manifest = ws.read_text("onthaal.yaml");
    ws.write("onthaal.yaml", format!("{manifest}controles:\n{settings}"));
    ws
}

#[test]
fn an_ignored_rule_is_not_reported() {
    let run = with_settings("  negeren: [B008]\n").run(&["validate"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "geen problemen gevonden\n")
    );
}

#[test]
fn a_warning_listed_as_error_fails_validation() {
    let run = with_settings("  als_fout: [b008]\n").run(&["validate"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("fout[B008]: "), "{}", run.stdout);
    assert!(run.stdout.ends_with("1 fout, 0 waarschuwingen\n"));
}

#[test]
fn rules_per_path_apply_only_to_matching_files() {
    let elsewhere = "  per_pad:\n    - pad: \"faq/*.yaml\"\n      negeren: [B008]\n";
    let run = with_settings(elsewhere).run(&["validate"]);
    assert!(
        run.stdout.starts_with("waarschuwing[B008]: "),
        "{}",
        run.stdout
    );
    let here = "  per_pad:\n    - pad: \"blueprints/**\"\n      negeren: [B008]\n";
    assert_eq!(with_settings(here).run(&["validate"]).code, 0);
    let strict = "  per_pad:\n    - pad: \"blueprints/proef*.yaml\"\n      als_fout: [B008]\n";
    assert_eq!(with_settings(strict).run(&["validate"]).code, 1);
}

#[test]
fn a_load_error_stays_even_when_listed() {
    let ws = with_settings("  negeren: [L001, B008]\n");
    ws.write("faq/melden.yaml", "vragen: [\n");
    let run = ws.run(&["validate"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("fout[M011]: `L001` kan niet uitgeschakeld worden")
    );
    assert!(run.stdout.contains("fout[L001]"));
}
