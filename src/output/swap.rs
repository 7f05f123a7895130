//! Putting a finished sibling folder in the output's place, and cleaning up after builds
//! that were killed. Where the system can (Linux), the two folders trade places in one
//! step (`renameat2` with `RENAME_EXCHANGE`), so there is no moment without output; else
//! the old output is moved aside first, and a build killed in between is repaired by the
//! next one.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::atomic::leftovers;
use super::cannot;

/// The folder that holds `out`, and `out`'s own name.
pub fn parent_and_name(out: &Path) -> anyhow::Result<(PathBuf, String)> {
    let parent = out.parent().context(crate::t!(
        "de uitvoermap heeft geen bovenliggende map",
        "the output folder has no parent folder"
    ))?;
    let name = out
        .file_name()
        .context(crate::t!("ongeldige uitvoermap", "invalid output folder"))?
        .to_string_lossy()
        .into_owned();
    Ok((parent.to_path_buf(), name))
}

/// Repairs what a killed build left next to `out` (see [`recover`]), under the lock.
/// Every build runs this first, `--check` and builds with content errors too, so a
/// killed build never leaves the output missing.
pub fn repair(out: &Path) -> anyhow::Result<()> {
    let (parent, name) = parent_and_name(out)?;
    if !parent.is_dir() {
        return Ok(());
    }
    let _lock = super::lock::Lock::acquire(&parent)?;
    recover(&parent, &name, out)
}

/// Under the lock, nothing else writes next to `out`: every sibling a build left is a
/// killed build's. An old output moved aside with no output in its place is put back.
pub fn recover(parent: &Path, name: &str, out: &Path) -> anyhow::Result<()> {
    let moved_aside = leftovers(parent, &format!(".{name}.oud-"));
    if fs::symlink_metadata(out).is_err()
        && let Some((old, _)) = moved_aside.first()
    {
        fs::rename(old, out).with_context(|| cannot("herstellen", "restore", out))?;
    }
    for prefix in [format!(".{name}.nieuw-"), format!(".{name}.oud-")] {
        for (path, _) in leftovers(parent, &prefix) {
            remove(&path);
        }
    }
    Ok(())
}

/// Puts `new` (a folder beside `out`) in `out`'s place; the old output is removed.
pub fn replace(new: &Path, out: &Path) -> anyhow::Result<()> {
    if fs::symlink_metadata(out).is_err() {
        return fs::rename(new, out).with_context(|| cannot("plaatsen", "put in place", out));
    }
    if exchange(new, out).is_ok() {
        // `new` now holds the old output.
        remove(new);
        return Ok(());
    }
    let (parent, name) = parent_and_name(out)?;
    let old = parent.join(format!(".{name}.oud-{}", std::process::id()));
    fs::rename(out, &old).with_context(|| cannot("vervangen", "replace", out))?;
    if let Err(error) = fs::rename(new, out) {
        let _ = fs::rename(&old, out);
        return Err(error).with_context(|| cannot("plaatsen", "put in place", out));
    }
    remove(&old);
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Removes a folder of ours (a link in its place is removed, never followed).
fn remove(path: &Path) {
    if fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        let _ = fs::remove_dir_all(path);
    } else {
        let _ = fs::remove_file(path);
    }
}
