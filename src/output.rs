//! Writing the built files: only inside the output folder, atomically (a failed build
//! leaves the previous output as it was), and never over a folder we did not make.

use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};

use crate::render::Files;

/// The file that marks a folder as made by `onthaal build`, so a rebuild may replace it.
pub const MARKER: &str = ".onthaal-build";

/// Folders of a workspace that hold sources; output never goes in or over them.
pub const SOURCE_FOLDERS: &[&str] = &[
    "blueprints",
    "charters",
    "faq",
    "playbook",
    "checklist",
    "reference",
    "templates",
    "src",
    "docs",
    "tests",
    "assets",
    ".git",
    ".ci",
];

/// Checks that `out` is a safe place for the output of the workspace at `root`.
pub fn check_destination(root: &Path, out: &Path) -> anyhow::Result<PathBuf> {
    let out = absolute(out)?;
    if root.starts_with(&out) {
        bail!(
            "de uitvoermap {} bevat het handboek zelf; kies een eigen map, zoals {}",
            out.display(),
            root.join("dist").display()
        );
    }
    if let Ok(inside) = out.strip_prefix(root)
        && let Some(Component::Normal(first)) = inside.components().next()
        && SOURCE_FOLDERS.iter().any(|s| first == *s)
    {
        bail!(
            "de uitvoermap {} ligt in de bronmap {}; kies een eigen map, zoals dist",
            out.display(),
            first.to_string_lossy()
        );
    }
    if out.is_file() {
        bail!("{} is een bestand, geen map", out.display());
    }
    if out.is_dir() && !out.join(MARKER).is_file() && fs::read_dir(&out)?.next().is_some() {
        bail!(
            "{} is niet leeg en werd niet door onthaal gemaakt; kies een lege of nieuwe map",
            out.display()
        );
    }
    Ok(out)
}

fn absolute(path: &Path) -> anyhow::Result<PathBuf> {
    let path = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()?.join(path)
    };
    // Resolve what exists, so `dist/../blueprints` is seen for what it is.
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        rest.push(
            existing
                .file_name()
                .context("ongeldige uitvoermap")?
                .to_owned(),
        );
        existing = existing.parent().context("ongeldige uitvoermap")?;
    }
    let mut resolved = existing.canonicalize()?;
    for part in rest.iter().rev() {
        if part == ".." || part == "." {
            bail!("de uitvoermap mag geen `..` bevatten na een map die nog niet bestaat");
        }
        resolved.push(part);
    }
    Ok(resolved)
}

/// Writes `files` into `out`: first into a sibling folder, then swapped in.
pub fn write_atomically(out: &Path, files: &Files) -> anyhow::Result<()> {
    let parent = out
        .parent()
        .context("de uitvoermap heeft geen bovenliggende map")?;
    let name = out
        .file_name()
        .context("ongeldige uitvoermap")?
        .to_string_lossy()
        .into_owned();
    fs::create_dir_all(parent)
        .with_context(|| format!("kan {} niet aanmaken", parent.display()))?;
    let staging = parent.join(format!(".{name}.nieuw-{}", std::process::id()));
    let result = write_all(&staging, files).and_then(|()| swap(&staging, out, parent, &name));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

fn write_all(dir: &Path, files: &Files) -> anyhow::Result<()> {
    let _ = fs::remove_dir_all(dir);
    fs::create_dir_all(dir)?;
    fs::write(
        dir.join(MARKER),
        "Gemaakt door `onthaal build`; wordt bij elke bouw vervangen.\n",
    )?;
    for (relative, bytes) in files {
        let path = dir.join(safe_relative(relative)?);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        fs::write(&path, bytes)
            .with_context(|| format!("kan {} niet schrijven", path.display()))?;
    }
    Ok(())
}

fn swap(staging: &Path, out: &Path, parent: &Path, name: &str) -> anyhow::Result<()> {
    let old = parent.join(format!(".{name}.oud-{}", std::process::id()));
    if out.exists() {
        fs::rename(out, &old).with_context(|| format!("kan {} niet vervangen", out.display()))?;
    }
    if let Err(error) = fs::rename(staging, out) {
        let _ = fs::rename(&old, out);
        return Err(error).with_context(|| format!("kan {} niet plaatsen", out.display()));
    }
    let _ = fs::remove_dir_all(&old);
    Ok(())
}

/// A built path must stay inside the output folder: relative, without `..`.
fn safe_relative(relative: &str) -> anyhow::Result<&Path> {
    let path = Path::new(relative);
    if path.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(path)
    } else {
        bail!("weigert te schrijven buiten de uitvoermap: {relative}")
    }
}

/// The files in `out` that differ from `files`: changed, missing or extra.
pub fn differences(out: &Path, files: &Files) -> anyhow::Result<Vec<String>> {
    let mut found = Vec::new();
    for (relative, bytes) in files {
        match fs::read(out.join(safe_relative(relative)?)) {
            Ok(existing) if existing == *bytes => {}
            Ok(_) => found.push(format!("gewijzigd: {relative}")),
            Err(_) => found.push(format!("ontbreekt: {relative}")),
        }
    }
    if out.is_dir() {
        for extra in list_files(out, out)? {
            if extra != MARKER && !files.contains_key(&extra) {
                found.push(format!("overbodig: {extra}"));
            }
        }
    }
    Ok(found)
}

fn list_files(root: &Path, dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(list_files(root, &path)?);
        } else {
            out.push(crate::source::display_name(root, &path));
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_output_are_refused() {
        assert!(safe_relative("a/b.html").is_ok());
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("a/../../x").is_err());
    }
}
