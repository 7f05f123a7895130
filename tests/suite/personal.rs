//! The personal-data guard: a national register number or an account pasted into any
//! content file is an error at its place; numbers whose check does not hold are not.

use crate::harness::Workspace;

/// `(code, file, line, column)` of every diagnostic of `run`'s JSON.
fn found(ws: &Workspace) -> Vec<(String, String, u64, u64)> {
    let run = ws.run(&["validate", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn edit(ws: &Workspace, file: &str, from: &str, to: &str) {
    let text = ws.read_text(file);
    assert!(text.contains(from), "{file}: {from}");
    ws.write(file, text.replacen(from, to, 1));
}

#[test]
fn personal_numbers_are_found_in_every_kind_of_content_file() {
    let ws = Workspace::base();
    edit(
        &ws,
        "blueprints/proefmodel.yaml",
        "model: proefmodel\n",
        "# dossier 850730 033 28\nmodel: proefmodel\n",
    );
    edit(
        &ws,
        "charters/model.md",
        "samenvatting: Een kort charter.",
        "samenvatting: Een kort charter. Rekening be68539007547034.",
    );
    edit(
        &ws,
        "reference/domeinen.yaml",
        "naam: Wonen",
        "naam: Wonen (melder 01010100126)",
    );
    assert_eq!(
        found(&ws),
        vec![
            ("P001".into(), "blueprints/proefmodel.yaml".into(), 1, 11),
            ("P002".into(), "charters/model.md".into(), 6, 42),
            ("P001".into(), "reference/domeinen.yaml".into(), 3, 25),
        ]
    );
}

#[test]
fn numbers_whose_check_does_not_hold_are_left_alone() {
    let ws = Workspace::base();
    edit(
        &ws,
        "charters/model.md",
        "samenvatting: Een kort charter.",
        "samenvatting: Een kort charter, bestelling 85073003329, code BE68 5390 1754 7035.",
    );
    assert_eq!(found(&ws), vec![]);
}
