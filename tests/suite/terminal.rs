//! What reaches the terminal and the machines that read the output: no escape sequence
//! from an argument, a read failure in JSON when JSON was asked, and a word written
//! with a dash taken for what it is.

use crate::harness::Workspace;

#[test]
fn an_escape_sequence_in_an_argument_never_reaches_the_terminal() {
    let ws = Workspace::base();
    let run = ws.run(&["explain", "\u{1b}[31mROOD\u{1b}]0;titel\u{7}"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: onbekende code `\u{fffd}[31mROOD\u{fffd}]0;titel\u{fffd}`; `onthaal explain` zonder code toont alle controles\n"
    );
    let run = ws.run(&["validate", "--format", "\u{1b}[2J\u{202e}"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("fout: ongeldige waarde `\u{fffd}[2J\u{fffd}` voor --format"),
        "{}",
        run.stderr
    );
    ws.write("faq/\u{1b}[31mrood.txt", "x");
    let run = ws.run(&["validate", "--color", "never"]);
    assert!(
        !run.stdout.contains('\u{1b}'),
        "a file name is shown without its escape: {}",
        run.stdout
    );
    assert!(
        run.stdout.contains(" --> faq/\u{fffd}[31mrood.txt:1:1\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_read_failure_comes_as_json_when_json_was_asked() {
    let ws = Workspace::base();
    let run = ws.run(&[
        "validate",
        "--format",
        "json",
        "--workspace",
        "bestaat-niet",
    ]);
    assert_eq!(run.code, 2);
    let failure: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        failure,
        serde_json::json!({"error": {"exit_code": 2, "message": "de map bestaat-niet bestaat niet"}})
    );
    let run = ws.run(&["zelfevaluatie", "score", "weg.csv", "--format", "json"]);
    assert_eq!(run.code, 2);
    let failure: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        failure["error"]["message"],
        "kan weg.csv niet lezen: het bestand of de map bestaat niet"
    );
}

#[test]
fn a_word_with_a_dash_is_no_request_for_help() {
    let ws = Workspace::base();
    let run = ws.run(&["route", "-huidskleur", "wonen"]);
    assert_eq!((run.code, run.stdout.as_str()), (2, ""));
    assert_eq!(
        run.stderr,
        "fout: onbekende optie `-huidskleur`; bedoel je het woord `huidskleur`? Schrijf het zonder streepje\n"
    );
    assert_eq!(
        ws.run(&["validate", "-qv"]).code,
        2,
        "a cluster of real flags is still read"
    );
    assert_eq!(ws.run(&["validate", "-h"]).code, 0);
}
