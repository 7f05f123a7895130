//! The CI recipes are run, not only shown: the GitHub workflow and the GitLab job are
//! parsed, and every `onthaal` command in them runs on the repository's content as
//! the recipe has it (through `sh`, with the redirections); docs/ci.md shows them as they are.

use std::path::Path;
use std::process::Command;

use crate::harness::{Workspace, repository, repository_copy};

fn yaml(name: &str) -> (String, serde_yaml::Value) {
    let text = std::fs::read_to_string(repository().join(name)).unwrap();
    let value = serde_yaml::from_str(&text).unwrap();
    (text, value)
}

/// The lines of a list of shell commands (`run: |` may hold several).
fn lines(value: &serde_yaml::Value) -> Vec<String> {
    let texts: Vec<&str> = match value {
        serde_yaml::Value::String(one) => vec![one],
        serde_yaml::Value::Sequence(many) => many.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    };
    texts
        .iter()
        .flat_map(|t| t.lines())
        .map(str::to_string)
        .collect()
}

/// Runs each `onthaal …` line with `sh` in `ws`, the built binary first on the PATH.
fn run_onthaal_lines(ws: &Workspace, commands: &[String]) -> usize {
    let binary = Path::new(env!("CARGO_BIN_EXE_onthaal"));
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = 0;
    for line in commands.iter().filter(|l| l.starts_with("onthaal ")) {
        let status = Command::new("sh")
            .args(["-c", line])
            .current_dir(ws.path())
            .env("PATH", &path)
            .env("ONTHAAL_TODAY", "2026-11-26")
            .env_remove("NO_COLOR")
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "`{line}` failed:\n{}{}",
            String::from_utf8_lossy(&status.stdout),
            String::from_utf8_lossy(&status.stderr)
        );
        ran += 1;
    }
    ran
}

#[test]
fn the_github_workflow_validates_builds_and_keeps_the_site() {
    let (_, workflow) = yaml(".github/workflows/onthaal.yml");
    let steps = workflow["jobs"]["handboek"]["steps"].as_sequence().unwrap();
    let commands: Vec<String> = steps.iter().flat_map(|s| lines(&s["run"])).collect();
    assert!(commands.contains(&"cargo install --locked --path .".to_string()));
    assert!(commands.contains(&"onthaal validate --format github".to_string()));
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-artifact@"))
        })
        .expect("the site is uploaded");
    let ws = repository_copy();
    assert_eq!(run_onthaal_lines(&ws, &commands), 2);
    let site = upload["with"]["path"].as_str().unwrap();
    assert!(
        ws.path().join(site).join("index.html").is_file(),
        "the uploaded folder holds the site"
    );
}

#[test]
fn the_gitlab_job_reports_builds_and_keeps_the_site() {
    let (_, pipeline) = yaml(".gitlab-ci.yml");
    let job = &pipeline["handboek"];
    let mut commands = lines(&job["before_script"]);
    commands.extend(lines(&job["script"]));
    assert!(commands.contains(&"cargo install --locked --path .".to_string()));
    let ws = repository_copy();
    assert_eq!(run_onthaal_lines(&ws, &commands), 4);
    let reports = &job["artifacts"]["reports"];
    let quality = ws.read_text(reports["codequality"].as_str().unwrap());
    let issues: Vec<serde_json::Value> = serde_json::from_str(&quality).unwrap();
    assert!(issues.iter().all(|i| i["fingerprint"].is_string()));
    let junit = ws.read_text(reports["junit"].as_str().unwrap());
    assert!(
        junit.starts_with(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"onthaal\""
        )
    );
    for kept in job["artifacts"]["paths"].as_sequence().unwrap() {
        assert!(
            ws.path()
                .join(kept.as_str().unwrap())
                .join("index.html")
                .is_file()
        );
    }
    let image = job["image"].as_str().unwrap();
    let cargo_toml = std::fs::read_to_string(repository().join("Cargo.toml")).unwrap();
    let rust_version = cargo_toml
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .map(|v| v.trim_end_matches('"'))
        .unwrap();
    assert_eq!(image, format!("docker.io/library/rust:{rust_version}"));
}

#[test]
fn the_ci_guide_shows_the_recipes_as_they_are() {
    let guide = std::fs::read_to_string(repository().join("docs/ci.md")).unwrap();
    for file in [".github/workflows/onthaal.yml", ".gitlab-ci.yml"] {
        let (text, _) = yaml(file);
        assert!(
            guide.contains(&format!("```yaml\n{text}```")),
            "docs/ci.md shows {file} as it is"
        );
    }
}
