//! Every kind of YAML syntax error we can produce, said in Dutch at the character that
//! causes it. The whole output of each case is pinned in
//! tests/fixtures/yaml-errors/expected.txt (`ONTHAAL_BLESS=1` rewrites it).

use crate::harness::{Workspace, check_snapshot, fixtures};

/// (what is wrong, the file `faq/melden.yaml`)
const CASES: &[(&str, &str)] = &[
    (
        "a tab on the line after a plain value (the scanner marks the value)",
        "vragen:\n  - id: a\n    vraag: Wat\n    antwoord: x\n\tdoelgroep: b\n",
    ),
    ("a tab as indentation", "vragen:\n\t- id: a\n"),
    (
        "a line with only a tab (only libyaml refuses it)",
        "vragen:\n  - id: a\n    vraag: b\n  \n\t\n",
    ),
    (
        "a tab right after a colon",
        "vragen:\n  - id: a\n    vraag:\tb\n",
    ),
    (
        "a colon inside a plain value",
        "vragen:\n  - id: a\n    vraag: Wat: is dit\n",
    ),
    ("a colon on the line after its key", "vragen: [a\n  : b]\n"),
    ("a quote that is not closed", "vragen:\n  - id: \"a\n"),
    ("a list that is not closed", "vragen: [a, b\n"),
    ("a list opened at the end of the file", "vragen: [\n"),
    ("a block opened at the end of the file", "vragen: {\n"),
    ("a list item without a comma", "vragen: [a b: c: d]\n"),
    ("a closing bracket without an opening one", "vragen: ]\n"),
    (
        "a key indented differently within a list item",
        "vragen:\n  - id: a\n   vraag: b\n",
    ),
    ("a list item inside a block", "vragen:\n  id: a\n  - b\n"),
    (
        "a key less indented than its block",
        "vragen:\n  - id: a\n vraag: b\n",
    ),
    ("an unknown escape in double quotes", "vragen: \"a\\qb\"\n"),
    ("text after the closing quote", "vragen: \"a\" b\n"),
    ("a character that cannot start a value", "vragen: `a`\n"),
    ("a bad block scalar indicator", "vragen: |0\n  a\n"),
    ("a directive", "%FOO\n---\nvragen: []\n"),
    (
        "content after the document end marker",
        "vragen: []\n... x\n",
    ),
    ("a tag", "vragen: !<a\n"),
];

#[test]
fn every_yaml_syntax_error_is_dutch_and_at_its_cause() {
    let ws = Workspace::base();
    let mut all = String::new();
    for (what, text) in CASES {
        ws.write("faq/melden.yaml", text);
        let run = ws.run(&["validate", "--color", "never", "faq"]);
        assert_eq!(run.code, 1, "{what}");
        all.push_str(&format!("=== {what}\n{}", run.stdout));
    }
    let snapshot = fixtures().join("yaml-errors/expected.txt");
    if let Err(difference) = check_snapshot(&snapshot, &all) {
        panic!("{difference}");
    }
}
