//! Where and how output is written: atomically, streaming, only when something changed,
//! never over a device or a folder that is not ours, and safe against kills and
//! builds running at the same time.

use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Workspace, command, repository_copy, tree};

/// Inode and modification time of every entry under `dir`, the folder itself included.
fn stamps(dir: &Path) -> BTreeMap<String, (u64, i64, i64)> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        let meta = std::fs::symlink_metadata(&path).unwrap();
        let name = path
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        found.insert(name, (meta.ino(), meta.mtime(), meta.mtime_nsec()));
        if meta.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        }
    }
    found
}

/// The hidden siblings a build leaves next to `dist` (none, when all went well).
fn siblings(ws: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(ws.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".dist"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_rebuild_over_unchanged_output_rewrites_nothing() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let dist = ws.path().join("dist");
    let before = stamps(&dist);
    std::thread::sleep(Duration::from_millis(20));
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let shown = dist.canonicalize().unwrap();
    assert_eq!(
        run.stdout,
        format!(
            "{} is bijgewerkt: 30 bestanden, niets herschreven\n",
            shown.display()
        )
    );
    assert_eq!(
        stamps(&dist),
        before,
        "not a file, not the folder, not an mtime"
    );
    assert!(siblings(&ws).is_empty(), "{:?}", siblings(&ws));
}

#[test]
fn a_changed_build_links_what_did_not_change_and_drops_what_went() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let dist = ws.path().join("dist");
    ws.write("dist/overbodig.html", "weg");
    let before = stamps(&dist);
    let faq = ws
        .read_text("faq/melden.yaml")
        .replacen("antwoord: ", "antwoord: Kort. ", 1);
    ws.write("faq/melden.yaml", faq);
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = stamps(&dist);
    assert!(!after.contains_key("overbodig.html"));
    assert_eq!(
        after["wegwijzer.html"].0, before["wegwijzer.html"].0,
        "linked, not rewritten"
    );
    assert_ne!(after["faq.html"].0, before["faq.html"].0);
    assert!(tree(&dist)["faq.html"].windows(5).any(|w| w == b"Kort."));
    assert!(siblings(&ws).is_empty(), "{:?}", siblings(&ws));
}

#[test]
fn the_leftovers_of_killed_builds_are_removed_by_the_next_build() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    ws.write(".dist.nieuw-4000000001/index.html", "half");
    ws.write(".dist.oud-4000000002/index.html", "oud");
    assert_eq!(ws.run(&["build"]).code, 0);
    assert!(siblings(&ws).is_empty(), "{:?}", siblings(&ws));
}

#[test]
fn an_output_moved_aside_by_a_killed_build_is_put_back() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let built = tree(&ws.path().join("dist"));
    // Killed between the two renames where a system cannot swap folders in one step.
    std::fs::rename(
        ws.path().join("dist"),
        ws.path().join(".dist.oud-4000000003"),
    )
    .unwrap();
    let run = ws.run(&["build", "--check"]);
    assert_eq!(
        run.code, 0,
        "the output is back, and up to date: {}",
        run.stderr
    );
    assert!(tree(&ws.path().join("dist")) == built);
    assert!(siblings(&ws).is_empty(), "{:?}", siblings(&ws));
}

#[test]
fn out_is_never_a_device_fifo_system_folder_or_someone_elses_folder() {
    let ws = Workspace::base();
    let fifo = ws.path().join("pijp");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let fifo_shown = fifo.canonicalize().unwrap();
    let cases = [
        ("/dev/null", "fout: /dev/null is een apparaat, geen map; kies een map\n".to_string()),
        ("pijp", format!("fout: {} is een named pipe (FIFO), geen map; kies een map\n", fifo_shown.display())),
        ("/", "fout: / is een systeemmap; kies een eigen map, zoals dist in de map van het handboek\n".to_string()),
        ("/etc", "fout: /etc is een systeemmap; kies een eigen map, zoals dist in de map van het handboek\n".to_string()),
        ("/usr/share/onthaal", "fout: /usr/share/onthaal is een systeemmap; kies een eigen map, zoals dist in de map van het handboek\n".to_string()),
    ];
    for (out, message) in cases {
        let run = ws.run(&["build", "--out", out]);
        assert_eq!((run.code, run.stderr), (2, message), "--out {out}");
    }
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert!(!Path::new("/usr/share/onthaal").exists());
}

/// Sets the handbook's title, which every page shows.
fn retitle(ws: &Workspace, title: &str) {
    let manifest = ws.read_text("onthaal.yaml");
    let line = manifest.lines().find(|l| l.starts_with("titel:")).unwrap();
    ws.write(
        "onthaal.yaml",
        manifest.replacen(line, &format!("titel: {title}"), 1),
    );
}

fn spawn_build(ws: &Workspace) -> Child {
    command(ws.path(), &["build"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A small generator for kill moments; the seed is printed so a failure can be rerun
/// with `ONTHAAL_KILL_SEED`.
struct Moments(u64);

impl Moments {
    fn below(&mut self, limit: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % limit.max(1)
    }
}

/// Where kills land: first halving the interval in which a build swaps its output in
/// (old output before that moment, new after), then mostly just before that moment,
/// where the files are written, and some anywhere.
struct Aim {
    before: u64,
    after: u64,
}

impl Aim {
    fn next(&mut self, kill: usize, moments: &mut Moments) -> u64 {
        match kill {
            0..8 => (self.before + self.after) / 2,
            k if k % 4 == 0 => moments.below(self.after * 11 / 10),
            _ => self.after.saturating_sub(moments.below(30_000)),
        }
    }

    /// Follows the moment of the swap as the machine gets busier or quieter: a kill
    /// close to the expected swap that still finds the old output means the builds got
    /// slower than the first ones, so the expected moment moves out by a fraction.
    fn learn(&mut self, kill: usize, at: u64, swapped: bool) {
        let near = at + 20_000 >= self.after;
        match (kill < 8, swapped) {
            (true, true) => self.after = at,
            (true, false) if near => (self.before, self.after) = (at, self.after * 3 / 2),
            (true, false) => self.before = at,
            (false, true) => self.after = self.after.min(at),
            (false, false) if near => self.after += self.after / 10,
            (false, false) => {}
        }
    }
}

#[test]
fn builds_killed_at_random_moments_leave_the_old_or_the_new_output() {
    // The repository's own content: big enough that a build takes a while, so kills
    // land in every phase.
    let ws = repository_copy();
    let dist = ws.path().join("dist");
    let titles = ["Handboek A", "Handboek B"];
    let mut outputs = Vec::new();
    let mut longest = Duration::ZERO;
    for title in titles {
        retitle(&ws, title);
        let start = Instant::now();
        let run = ws.run(&["build"]);
        longest = longest.max(start.elapsed());
        assert_eq!(run.code, 0, "{}", run.stderr);
        outputs.push(tree(&dist));
    }
    assert!(outputs[0] != outputs[1], "every page shows the title");
    let seed = std::env::var("ONTHAAL_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| u64::from(std::process::id()) * 2654435761 % 1_000_003);
    let kills: usize = std::env::var("ONTHAAL_KILLS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(24);
    let mut moments = Moments(seed);
    let mut aim = Aim {
        before: 0,
        after: longest.as_micros() as u64,
    };
    let (mut old, mut new, mut interrupted) = (0, 0, 0);
    // The output in place, and the one each build is asked for.
    let (mut shown, mut asked) = (1, 1);
    for kill in 0..kills {
        asked = 1 - shown;
        retitle(&ws, titles[asked]);
        let at = aim.next(kill, &mut moments);
        let mut child = spawn_build(&ws);
        std::thread::sleep(Duration::from_micros(at));
        let _ = child.kill();
        child.wait().unwrap();
        if !siblings(&ws).is_empty() {
            interrupted += 1;
        }
        let found = tree(&dist);
        let swapped = found == outputs[asked];
        assert!(
            swapped || found == outputs[shown],
            "kill {kill} after {at} µs (ONTHAAL_KILL_SEED={seed}): the output is neither the old nor the new build"
        );
        aim.learn(kill, at, swapped);
        if swapped {
            new += 1;
            shown = asked;
        } else {
            old += 1;
        }
    }
    eprintln!(
        "{kills} kills (ONTHAAL_KILL_SEED={seed}; a whole build {} ms, swapped in after about {} ms): {old} left the old output, {new} the new one; {interrupted} killed while writing their sibling folder",
        longest.as_millis(),
        aim.after / 1000
    );
    assert!(
        old > 0 && new > 0,
        "kills before and after the swap: {old} old, {new} new"
    );
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        tree(&dist) == outputs[asked],
        "the next build completes the work"
    );
    assert!(siblings(&ws).is_empty(), "{:?}", siblings(&ws));
}

#[test]
fn builds_at_the_same_time_into_one_folder_all_succeed() {
    let ws = Workspace::base();
    // Without the lock one round in three or so goes wrong: fifteen rounds make a pass
    // without it unlikely (a mutation audit saw five rounds pass once in fifteen runs).
    for round in 0..15 {
        let title = format!("Ronde {round}");
        retitle(&ws, &title);
        let children: Vec<Child> = (0..4).map(|_| spawn_build(&ws)).collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let index = String::from_utf8(tree(&ws.path().join("dist"))["index.html"].clone()).unwrap();
        assert!(index.contains(&title), "round {round}");
        assert!(siblings(&ws).is_empty(), "{:?}", siblings(&ws));
    }
}

/// Runs onthaal with a file size limit and SIGXFSZ ignored, so a write past the limit
/// fails as on a full disk.
fn with_full_disk(ws: &Workspace, args: &str, limit_kib: u32) -> crate::harness::Run {
    let binary = env!("CARGO_BIN_EXE_onthaal");
    let script = format!("trap '' XFSZ; ulimit -f {limit_kib}; exec {binary} {args}");
    std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(ws.path())
        .env("ONTHAAL_TODAY", "2026-11-26")
        .stdin(Stdio::null())
        .output()
        .unwrap()
        .into()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_full_disk_leaves_reports_sheets_and_schemas_as_they_were() {
    let ws = Workspace::base();
    ws.write("ingevuld.csv", "b;nr;antwoord\nbereikbaar;1;ja\n");
    ws.write("rapport.html", "het vorige rapport");
    ws.write("blad.csv", "het vorige blad");
    std::fs::create_dir_all(ws.path().join("schemas")).unwrap();
    ws.write("schemas/faq.schema.json", "het vorige schema");
    let before = names(ws.path());
    for (args, file, old) in [
        (
            "zelfevaluatie score ingevuld.csv --rapport rapport.html",
            "rapport.html",
            "het vorige rapport",
        ),
        (
            "zelfevaluatie sjabloon --out blad.csv",
            "blad.csv",
            "het vorige blad",
        ),
        (
            "schema --out schemas",
            "schemas/faq.schema.json",
            "het vorige schema",
        ),
    ] {
        let run = with_full_disk(&ws, args, 1);
        assert_eq!(run.code, 2, "{args}: {}", run.stderr);
        assert!(
            run.stderr.starts_with("fout: kan ")
                && run
                    .stderr
                    .ends_with(" niet schrijven: het bestand wordt te groot\n"),
            "{args}: the system's cause in Dutch: {}",
            run.stderr
        );
        assert_eq!(ws.read_text(file), old, "{args}");
    }
    assert_eq!(names(ws.path()), before, "no half files beside them");
    assert_eq!(names(&ws.path().join("schemas")), vec!["faq.schema.json"]);
    let run = ws.run(&[
        "zelfevaluatie",
        "score",
        "ingevuld.csv",
        "--rapport",
        "rapport.html",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(ws.read_text("rapport.html").starts_with("<!doctype html>"));
}

#[test]
fn schema_out_refuses_a_folder_that_holds_other_files() {
    let ws = Workspace::base();
    ws.write("eigen/notities.txt", "blijft");
    for out in ["eigen", "/etc", "blueprints"] {
        let run = ws.run(&["schema", "--out", out]);
        assert_eq!(run.code, 2, "{out}: {}", run.stderr);
    }
    let shown: PathBuf = ws.path().canonicalize().unwrap().join("eigen");
    assert_eq!(
        ws.run(&["schema", "--out", "eigen"]).stderr,
        format!(
            "fout: {} bevat andere bestanden dan onthaal er schrijft; kies een lege of nieuwe map\n",
            shown.display()
        )
    );
    assert_eq!(names(&ws.path().join("eigen")), vec!["notities.txt"]);
    assert_eq!(ws.run(&["schema", "--out", "schemas"]).code, 0);
    assert_eq!(
        ws.run(&["schema", "--out", "schemas"]).code,
        0,
        "its own folder again"
    );
}

#[test]
fn a_link_planted_in_the_output_is_never_followed_or_copied() {
    let ws = Workspace::base();
    assert_eq!(ws.run(&["build"]).code, 0);
    let dist = ws.path().join("dist");
    let outside = tempfile::tempdir().unwrap();
    // Same bytes as the build makes, so only a check on the file type tells them apart.
    std::fs::copy(
        dist.join("assets/style.css"),
        outside.path().join("style.css"),
    )
    .unwrap();
    std::fs::copy(dist.join("faq.html"), outside.path().join("faq.html")).unwrap();
    std::fs::remove_file(dist.join("faq.html")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("faq.html"), dist.join("faq.html")).unwrap();
    std::fs::remove_dir_all(dist.join("assets")).unwrap();
    std::fs::create_dir(outside.path().join("assets")).unwrap();
    std::fs::rename(
        outside.path().join("style.css"),
        outside.path().join("assets/style.css"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path().join("assets"), dist.join("assets")).unwrap();
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let faq = std::fs::symlink_metadata(dist.join("faq.html")).unwrap();
    assert!(faq.is_file(), "a file of its own, not the link");
    assert!(
        std::fs::symlink_metadata(dist.join("assets"))
            .unwrap()
            .is_dir()
    );
    let ours = std::fs::metadata(dist.join("assets/style.css")).unwrap();
    let theirs = std::fs::metadata(outside.path().join("assets/style.css")).unwrap();
    assert_ne!(
        ours.ino(),
        theirs.ino(),
        "never a hard link to a file outside"
    );
    assert_eq!(theirs.nlink(), 1);
}
