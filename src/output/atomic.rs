//! Writing one file atomically: the bytes go to a hidden file beside it, which then
//! replaces it in one rename. A full disk or a kill leaves the old file as it was.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{cannot, not_a};

/// Writes `bytes` to `path` atomically. `path` must be checked first (see
/// [`check_file`](super::check_file)); a path that is a FIFO, device or folder by now is
/// refused, never written through.
pub fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let (folder, name) = split(path)?;
    if let Ok(meta) = fs::symlink_metadata(path)
        && !(meta.is_file() || meta.file_type().is_symlink())
    {
        anyhow::bail!(not_a(
            path,
            meta.file_type(),
            "gewoon bestand",
            "a regular file"
        ));
    }
    remove_leftovers(folder, &name);
    let temporary = folder.join(format!(".{name}.nieuw-{}", std::process::id()));
    let written = write_new(&temporary, bytes)
        .and_then(|()| fs::rename(&temporary, path).map_err(anyhow::Error::from));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written.with_context(|| cannot("schrijven", "write", path))
}

fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    // On disk before the rename, so a crash cannot leave an empty file in its place.
    file.sync_all()?;
    Ok(())
}

fn split(path: &Path) -> anyhow::Result<(&Path, String)> {
    let name = path
        .file_name()
        .with_context(|| {
            let shown = path.display();
            crate::t!("{shown} is geen bestandsnaam", "{shown} is not a file name")
        })?
        .to_string_lossy()
        .into_owned();
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    Ok((folder, name))
}

/// Removes the hidden files of writes to `name` that were killed: those whose process
/// is gone. A write that is still running is left alone.
fn remove_leftovers(folder: &Path, name: &str) {
    let prefix = format!(".{name}.nieuw-");
    for (path, pid) in leftovers(folder, &prefix) {
        if !process_runs(pid) {
            let _ = fs::remove_file(path);
        }
    }
}

/// Entries of `folder` named `PREFIX<pid>`, with their pid.
pub fn leftovers(folder: &Path, prefix: &str) -> Vec<(PathBuf, u32)> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid = name.strip_prefix(prefix)?.parse().ok()?;
            Some((entry.path(), pid))
        })
        .collect()
}

/// Whether process `pid` still runs (where the system tells; elsewhere assume it does).
fn process_runs(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_leftovers_of_dead_writes_go() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rapport.html");
        fs::write(&path, "oud").unwrap();
        // A pid far above any the system hands out belongs to no process.
        let dead = dir.path().join(".rapport.html.nieuw-4000000000");
        fs::write(&dead, "half").unwrap();
        write_file(&path, b"nieuw").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "nieuw");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("rapport.html")]);
    }

    #[test]
    fn a_fifo_in_its_place_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pijp.csv");
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(made.success());
        let error = write_file(&path, b"x").unwrap_err();
        assert!(format!("{error}").ends_with("is een named pipe (FIFO), geen gewoon bestand"));
    }
}
