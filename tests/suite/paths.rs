//! Paths stay inside: no folder or file that is a link is followed, and what is not a
//! regular file where content belongs (a FIFO, a folder, a link loop) is reported at once.

use std::os::unix::fs::symlink;

use crate::harness::{Workspace, onthaal_within};

fn validate(ws: &Workspace) -> crate::harness::Run {
    onthaal_within(ws.path(), &["validate", "--color", "never"], 120)
}

fn mkfifo(path: &std::path::Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

#[test]
fn a_source_folder_that_is_a_link_is_not_read() {
    let ws = Workspace::base();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("01-geheim.md"),
        "---\ntitel: Geheim\n---\n\n## Geheim {#geheim}\n\nAKIA-GEHEIM\n",
    )
    .unwrap();
    std::fs::remove_dir_all(ws.path().join("playbook")).unwrap();
    symlink(outside.path(), ws.path().join("playbook")).unwrap();
    let run = validate(&ws);
    assert_eq!(run.code, 1);
    assert!(
        // The charter's annex lives in the folder that is not read: D006 comes first.
        run.stdout.contains("fout[L013]: de map playbook/ is een symbolische koppeling; onthaal volgt die niet\n --> playbook:1:1\n"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("geheim"),
        "nothing in it is read or named"
    );
    let run = onthaal_within(ws.path(), &["build"], 120);
    assert_eq!(run.code, 1);
    assert!(!ws.path().join("dist").exists());
}

#[test]
fn a_template_folder_that_is_a_link_is_refused() {
    let ws = Workspace::base();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("home.html"), "AKIA-GEHEIM").unwrap();
    std::fs::create_dir(ws.path().join("templates")).unwrap();
    symlink(outside.path(), ws.path().join("templates/html")).unwrap();
    let run = validate(&ws);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("fout[L013]: de map templates/html/ is een symbolische koppeling; onthaal volgt die niet\n --> templates/html:1:1\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_fifo_folder_or_link_loop_where_content_belongs_is_reported() {
    let ws = Workspace::base();
    let charter = ws.path().join("charters/model.md");
    std::fs::remove_file(&charter).unwrap();
    mkfifo(&charter);
    let run = validate(&ws);
    assert!(
        run.stdout.contains("fout[L015]: dit is een named pipe (FIFO) en geen gewoon bestand; onthaal leest alleen gewone bestanden\n --> charters/model.md:1:1\n"),
        "{}",
        run.stdout
    );
    std::fs::remove_file(&charter).unwrap();
    std::fs::create_dir(&charter).unwrap();
    let run = validate(&ws);
    assert!(
        run.stdout.contains("fout[L015]: dit is een map en geen gewoon bestand; onthaal leest alleen gewone bestanden\n --> charters/model.md:1:1\n"),
        "{}",
        run.stdout
    );
    std::fs::remove_dir(&charter).unwrap();
    symlink("model.md", &charter).unwrap();
    let run = validate(&ws);
    assert!(
        run.stdout.contains("fout[L013]: het bestand is een symbolische koppeling; onthaal volgt die niet\n --> charters/model.md:1:1\n"),
        "{}",
        run.stdout
    );
    mkfifo(&ws.path().join("faq/pijp.yaml"));
    let run = validate(&ws);
    assert!(
        run.stdout.contains("fout[L015]: dit is een named pipe (FIFO) en geen gewoon bestand; onthaal leest alleen gewone bestanden\n --> faq/pijp.yaml:1:1\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn uitvoer_names_a_folder_of_its_own_inside_or_validate_says_where() {
    let ws = Workspace::base();
    let manifest = ws.read_text("onthaal.yaml");
    for (folder, message) in [
        (
            "\"~\"",
            "`~` wordt niet uitgebreid zoals in een shell: de map zou letterlijk zo heten, in het handboek",
        ),
        ("\".\"", "`.` is de map van het handboek zelf"),
        (
            "faq",
            "`faq` ligt in de bronmap faq; de bouw zou er bronnen overschrijven",
        ),
    ] {
        ws.write("onthaal.yaml", format!("{manifest}uitvoer: {folder}\n"));
        let line = manifest.lines().count() + 1;
        let run = validate(&ws);
        assert_eq!(run.code, 1, "{folder}");
        assert!(
            run.stdout.starts_with(&format!(
                "fout[M005]: {message}\n --> onthaal.yaml:{line}:10\n"
            )),
            "{folder}: {}",
            run.stdout
        );
        let run = onthaal_within(ws.path(), &["build"], 120);
        assert_eq!(run.code, 1, "{folder}: {}", run.stderr);
    }
    assert!(!ws.path().join("~").exists());
    assert!(!ws.path().join("faq/index.html").exists());
}
