//! The machine formats of `validate` as CI tools read them: SARIF checked against the
//! official SARIF 2.1.0 schema (vendored in tests/schemas/), GitLab and JUnit parsed.

use crate::harness::{Workspace, fixtures, repository};

fn broken() -> Workspace {
    Workspace::with_overlay(&fixtures().join("invalid/V002"))
}

/// The SARIF 2.1.0 schema as published by OASIS (tests/schemas/sarif-schema-2.1.0.json).
fn sarif_schema() -> (boon::Schemas, boon::SchemaIndex) {
    let path = repository().join("tests/schemas/sarif-schema-2.1.0.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler.add_resource("sarif-schema.json", schema).unwrap();
    let index = compiler.compile("sarif-schema.json", &mut schemas).unwrap();
    (schemas, index)
}

#[test]
fn sarif_output_is_valid_against_the_official_schema() {
    let run = broken().run(&["validate", "--format", "sarif"]);
    assert_eq!(run.code, 1);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let (schemas, index) = sarif_schema();
    if let Err(error) = schemas.validate(&log, index) {
        panic!("SARIF is ongeldig: {error:#}\n{}", run.stdout);
    }
    let results = log["runs"][0]["results"].as_array().unwrap();
    let result = results.iter().find(|r| r["ruleId"] == "V002").unwrap();
    assert_eq!(result["ruleId"], "V002");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endColumn"]
        ),
        (&30.into(), &16.into(), &33.into())
    );
}

#[test]
fn the_schema_check_rejects_a_broken_sarif_log() {
    let (schemas, index) = sarif_schema();
    let broken = serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]});
    assert!(
        schemas.validate(&broken, index).is_err(),
        "a run without tool"
    );
}

#[test]
fn gitlab_report_has_a_fingerprint_and_lines_per_issue() {
    let run = broken().run(&["validate", "--format", "gitlab"]);
    assert_eq!(run.code, 1);
    let issues: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let issue = issues.iter().find(|i| i["check_name"] == "V002").unwrap();
    assert_eq!(
        issue["description"],
        "V002: onbekende drempel `angst-repercussie`"
    );
    assert_eq!(issue["severity"], "major");
    assert_eq!(issue["location"]["path"], "blueprints/proefmodel.yaml");
    assert_eq!(issue["location"]["positions"]["begin"]["line"], 30);
    assert_eq!(issue["fingerprint"].as_str().unwrap().len(), 16);
}

#[test]
fn junit_report_has_a_failing_case_per_diagnostic() {
    let run = broken().run(&["validate", "--format", "junit"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"onthaal\" tests=\"2\" failures=\"2\" errors=\"0\">\n"));
    assert!(run.stdout.contains(
        "<testcase name=\"V002\" classname=\"blueprints/proefmodel.yaml\" file=\"blueprints/proefmodel.yaml\" line=\"30\">\n      <failure type=\"error\" message=\"onbekende drempel `angst-repercussie`\">blueprints/proefmodel.yaml:30:16: onbekende drempel `angst-repercussie`\nhulp: bedoel je `angst-repercussies`?</failure>"
    ));
    let clean = Workspace::base().run(&["validate", "--format", "junit"]);
    assert_eq!(clean.code, 0);
    assert!(
        clean
            .stdout
            .contains("<testcase name=\"validate\" classname=\"onthaal\"/>")
    );
}
