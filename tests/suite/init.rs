//! `onthaal init`: a new handbook from the built-in content that validates and builds as
//! it is, never over someone's files; and help that never points at a file a workspace
//! does not have.

use std::path::Path;

use crate::harness::{onthaal, repository};

#[test]
fn a_new_handbook_validates_and_builds_as_it_is() {
    let parent = tempfile::tempdir().unwrap();
    let run = onthaal(parent.path(), &["init", "nieuw"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let count = onthaal::defaults::files().len();
    assert!(
        run.stdout.starts_with(&format!(
            "nieuw handboek in nieuw: {count} bestanden\n\nVolgende stappen:\n  cd nieuw\n"
        )),
        "{}",
        run.stdout
    );
    let ws = parent.path().join("nieuw");
    let validate = onthaal(&ws, &["validate", "--format", "json"]);
    assert_eq!(validate.code, 0, "{}", validate.stdout);
    let report: serde_json::Value = serde_json::from_str(&validate.stdout).unwrap();
    assert_eq!(report["errors"], 0);
    let build = onthaal(&ws, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(ws.join("dist/index.html").is_file());
    let settings = std::fs::read_to_string(ws.join(".vscode/settings.json")).unwrap();
    assert_eq!(settings, onthaal::schema::vscode_settings("schemas"));
    for schema in onthaal::schema::schemas() {
        let path = ws.join(format!("schemas/{}.schema.json", schema.name));
        assert_eq!(std::fs::read_to_string(path).unwrap(), schema.json);
    }
    let charters: Vec<_> = std::fs::read_dir(ws.join("charters")).unwrap().collect();
    assert_eq!(
        charters.len(),
        1,
        "only the model charter: no municipality yet"
    );
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".notities"), "van iemand").unwrap();
    let run = onthaal(dir.path(), &["init"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "fout: . is niet leeg; `onthaal init` begint alleen in een lege of nieuwe map, zodat het niets overschrijft: kies een andere map, zoals `onthaal init mijn-handboek`\n"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing written"
    );
    std::fs::write(dir.path().join("bestand"), "x").unwrap();
    let on_a_file = onthaal(dir.path(), &["init", "bestand"]);
    assert_eq!(
        on_a_file.stderr,
        "fout: bestand bestaat al en is geen map\n"
    );
}

/// The content files of the repository that a new handbook starts from.
fn repository_content() -> Vec<String> {
    let root = repository();
    let mut found = vec!["onthaal.yaml".to_string(), "charters/model.md".to_string()];
    let folders = [
        "blueprints",
        "checklist",
        "faq",
        "playbook",
        "playbook/bijlagen",
        "reference",
    ];
    for folder in folders {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') && !entry.path().is_dir() {
                found.push(format!("{folder}/{name}"));
            }
        }
    }
    found.sort();
    found
}

#[test]
fn the_built_in_content_is_the_repository_content() {
    let mut embedded: Vec<String> = onthaal::defaults::CONTENT
        .iter()
        .map(|(path, _)| path.to_string())
        .collect();
    embedded.sort();
    assert_eq!(
        embedded,
        repository_content(),
        "add the file to src/defaults.rs (or remove it there)"
    );
}

#[test]
fn help_never_points_at_a_file_a_workspace_lacks() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("onthaal.yaml"),
        "titel: x\norganisatie: y\nmodellen: [a]\n",
    )
    .unwrap();
    let run = onthaal(dir.path(), &["validate"]);
    assert_eq!(run.code, 1);
    assert!(!run.stdout.contains("docs/"), "{}", run.stdout);
    let mut offenders = Vec::new();
    visit(&repository().join("src"), &mut |path, text| {
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if !code.starts_with("//")
                && (code.contains("docs/inhoud") || code.contains("docs/blueprints"))
            {
                offenders.push(format!("{}:{}", path.display(), i + 1));
            }
        }
    });
    assert!(offenders.is_empty(), "{offenders:?}");
}

fn visit(dir: &Path, check: &mut dyn FnMut(&Path, &str)) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, check);
        } else if path.extension().is_some_and(|e| e == "rs") {
            check(&path, &std::fs::read_to_string(&path).unwrap());
        }
    }
}
