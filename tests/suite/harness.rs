//! Shared helpers: temporary workspaces built from fixtures, and running the binary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary copy of the base fixture with `overlay` laid over it.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn base() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        copy_tree(&fixtures().join("base"), dir.path());
        Workspace { dir }
    }

    /// The base with the files of `overlay` copied over it; `_verwijder` lists files to delete.
    pub fn with_overlay(overlay: &Path) -> Self {
        let ws = Workspace::base();
        copy_tree(overlay, ws.path());
        let removals = ws.path().join("_verwijder");
        if removals.exists() {
            for line in std::fs::read_to_string(&removals).unwrap().lines() {
                std::fs::remove_file(ws.path().join(line)).unwrap();
            }
            std::fs::remove_file(removals).unwrap();
        }
        let _ = std::fs::remove_file(ws.path().join("expected.txt"));
        ws
    }

    pub fn read_text(&self, name: &str) -> String {
        std::fs::read_to_string(self.path().join(name)).unwrap()
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) {
        let path = self.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }

    /// Runs `onthaal ARGS` in this workspace.
    pub fn run(&self, args: &[&str]) -> Run {
        onthaal(self.path(), args)
    }
}

pub fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The repository's own content in a temporary folder.
pub fn repository_copy() -> Workspace {
    let ws = Workspace::base();
    for entry in std::fs::read_dir(ws.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            std::fs::remove_dir_all(path).unwrap();
        }
    }
    // The content folders (the templates stay the built-in ones).
    for folder in onthaal::load::folders::READ_FOLDERS
        .iter()
        .filter(|f| !f.starts_with("templates"))
    {
        std::fs::create_dir_all(ws.path().join(folder)).unwrap();
        copy_tree(&repository().join(folder), &ws.path().join(folder));
    }
    std::fs::copy(
        repository().join("onthaal.yaml"),
        ws.path().join("onthaal.yaml"),
    )
    .unwrap();
    ws
}

/// What a run printed and how it ended.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }
}

pub fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_onthaal"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("ONTHAAL_TODAY", "2026-11-26")
        .stdin(Stdio::null());
    command
}

/// Runs `onthaal ARGS` in `dir`, failing the test when it runs longer than `seconds`
/// (a reader that blocks on a FIFO must not hang the suite).
pub fn onthaal_within(dir: &Path, args: &[&str], seconds: u64) -> Run {
    let mut child = command(dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("onthaal runs");
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(seconds) {
            child.kill().unwrap();
            panic!("`onthaal {}` still runs after {seconds} s", args.join(" "));
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.wait_with_output().unwrap().into()
}

pub fn onthaal(dir: &Path, args: &[&str]) -> Run {
    command(dir, args).output().expect("onthaal runs").into()
}

/// Compares `actual` with the snapshot at `path`; `ONTHAAL_BLESS=1` rewrites it.
pub fn check_snapshot(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("ONTHAAL_BLESS").is_some() {
        std::fs::write(path, actual).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(path).map_err(|_| {
        format!(
            "{} ontbreekt (ONTHAAL_BLESS=1 maakt hem aan)",
            path.display()
        )
    })?;
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "{} wijkt af\n--- verwacht\n{expected}\n--- gekregen\n{actual}",
            path.display()
        ))
    }
}

/// Every file under `dir` (relative path -> bytes).
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}
