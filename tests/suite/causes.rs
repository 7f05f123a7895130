//! Errors point at the cause: a misspelt definition is reported once, where it is
//! defined, instead of at every correct use.

use crate::harness::{Workspace, repository_copy};

#[test]
fn a_typo_in_a_reference_id_is_reported_once_at_its_definition() {
    let ws = repository_copy();
    let text = ws.read_text("reference/drempels.yaml");
    let line = 1 + text
        .lines()
        .position(|l| l == "  - id: angst-repercussies")
        .expect("the repository defines angst-repercussies");
    ws.write(
        "reference/drempels.yaml",
        text.replace("id: angst-repercussies", "id: angst-repercusies"),
    );
    let run = ws.run(&["validate", "--color", "never"]);
    assert_eq!(run.code, 1);
    let gutter = " ".repeat(line.to_string().len());
    let expected_start = "fout[V015]: de drempel `angst-repercusies` wordt nergens gebruikt, maar ";
    // The repository's facts still await a check against their sources (V009); the
    // typo is the one error.
    assert_eq!(run.stdout.matches("fout[").count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains(expected_start), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            " verwijzingen noemen `angst-repercussies`\n{gutter}--> reference/drempels.yaml:{line}:9\n"
        )),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(
        "= hulp: bedoel je hier `angst-repercussies`? de verwijzingen staan in blueprints/"
    ));
    let warnings = run.stdout.matches("waarschuwing[").count();
    // The repository's own gaps: facts to check, and the pilots' data to fill in.
    let expected = run.stdout.matches("waarschuwing[V009]").count()
        + run.stdout.matches("waarschuwing[H001]").count()
        + run.stdout.matches("waarschuwing[G009]").count();
    assert_eq!(
        warnings, expected,
        "only the repository's own gaps: V009, H001 and G009"
    );
    assert!(
        run.stdout
            .ends_with(&format!("\n1 fout, {warnings} waarschuwingen\n")),
        "{}",
        run.stdout
    );
}

#[test]
fn two_uses_do_not_outvote_a_definition() {
    let ws = Workspace::base();
    let blueprint = ws.read_text("blueprints/proefmodel.yaml");
    ws.write(
        "blueprints/proefmodel.yaml",
        blueprint.replace("  - id: medewerker", "  - id: medewerkr"),
    );
    let run = ws.run(&["validate", "--color", "never"]);
    assert_eq!(
        run.stdout
            .matches("fout[V002]: onbekende actor `medewerker`")
            .count(),
        2
    );
    assert!(!run.stdout.contains("V015"), "{}", run.stdout);
}
