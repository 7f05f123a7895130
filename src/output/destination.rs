//! Where output may go. A folder or file path the user names is resolved first (so
//! `dist/../blueprints` and links are seen for what they are), then refused when it is
//! not a folder or regular file, when it is the root or a system folder, when it holds or
//! lies in the handbook's sources, or when it is a non-empty folder onthaal did not make.

use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};

use super::{MARKER, SOURCE_FOLDERS, cannot, not_a};

/// Folders of the system that output never replaces or fills.
const SYSTEM_FOLDERS: &[&str] = &[
    "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/media", "/mnt",
    "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var",
];

/// Folders of the system nothing is ever written in, at any depth.
const SYSTEM_TREES: &[&str] = &[
    "/bin", "/boot", "/dev", "/etc", "/lib", "/proc", "/sbin", "/sys", "/usr",
];

/// Checks that `out` is a safe output folder for the workspace at `root`, and resolves it.
pub fn check_destination(root: &Path, out: &Path) -> anyhow::Result<PathBuf> {
    let out = resolve(out)?;
    refuse_non_folder(&out)?;
    refuse_system(&out)?;
    if root.starts_with(&out) {
        let (shown, dist) = (out.display(), root.join("dist"));
        let dist = dist.display();
        bail!(crate::t!(
            "de uitvoermap {shown} bevat het handboek zelf; kies een eigen map, zoals {dist}",
            "the output folder {shown} holds the handbook itself; choose a folder of its own, such as {dist}"
        ));
    }
    refuse_sources(root, &out, "de uitvoermap")?;
    if is_foreign(&out, |name| name == MARKER)? && !out.join(MARKER).is_file() {
        let shown = out.display();
        bail!(crate::t!(
            "{shown} is niet leeg en werd niet door onthaal gemaakt; kies een lege of nieuwe map",
            "{shown} is not empty and was not made by onthaal; choose an empty or new folder"
        ));
    }
    Ok(out)
}

/// Checks a folder for files of one kind (`schema --out`): it may hold only files that
/// `ours` recognises, so a folder of someone else's is never written into.
pub fn check_folder_for(
    root: &Path,
    out: &Path,
    ours: fn(&str) -> bool,
) -> anyhow::Result<PathBuf> {
    let out = resolve(out)?;
    refuse_non_folder(&out)?;
    refuse_system(&out)?;
    if root.starts_with(&out) {
        let shown = out.display();
        bail!(crate::t!(
            "{shown} bevat het handboek zelf; kies een eigen map",
            "{shown} holds the handbook itself; choose a folder of its own"
        ));
    }
    refuse_sources(root, &out, "de map")?;
    if is_foreign(&out, ours)? {
        let shown = out.display();
        bail!(crate::t!(
            "{shown} bevat andere bestanden dan onthaal er schrijft; kies een lege of nieuwe map",
            "{shown} holds other files than onthaal writes there; choose an empty or new folder"
        ));
    }
    Ok(out)
}

/// Checks a file path the tool is asked to write (`--rapport`, `sjabloon --out`): a
/// regular file or a new one, with `extension`, in an existing folder outside the
/// handbook's sources and the system's folders.
pub fn check_file(root: &Path, path: &Path, extension: &str) -> anyhow::Result<PathBuf> {
    if path.extension().is_none_or(|e| e != extension) {
        let shown = path.display();
        bail!(crate::t!(
            "{shown} moet eindigen op .{extension}",
            "{shown} must end in .{extension}"
        ));
    }
    let file = resolve(path)?;
    let folder = file
        .parent()
        .context(crate::t!("ongeldig bestandspad", "invalid file path"))?;
    if !folder.is_dir() {
        let shown = folder.display();
        bail!(crate::t!(
            "de map {shown} bestaat niet",
            "the folder {shown} does not exist"
        ));
    }
    refuse_system(&file)?;
    refuse_sources(root, &file, "het bestand")?;
    if let Ok(meta) = fs::symlink_metadata(&file)
        && !meta.is_file()
    {
        bail!(not_a(
            &file,
            meta.file_type(),
            "gewoon bestand; kies een bestandsnaam",
            "a regular file; choose a file name"
        ));
    }
    Ok(file)
}

fn refuse_system(path: &Path) -> anyhow::Result<()> {
    let system = SYSTEM_FOLDERS.iter().any(|s| path == Path::new(s))
        || SYSTEM_TREES.iter().any(|s| path.starts_with(s))
        || std::env::var_os("HOME").is_some_and(|home| path == Path::new(&home));
    if system {
        let shown = path.display();
        bail!(crate::t!(
            "{shown} is een systeemmap; kies een eigen map, zoals dist in de map van het handboek",
            "{shown} is a system folder; choose a folder of your own, such as dist in the handbook's folder"
        ));
    }
    Ok(())
}

fn refuse_sources(root: &Path, path: &Path, what: &str) -> anyhow::Result<()> {
    // `what` names the path in Dutch ("de uitvoermap"); English says the path alone.
    if let Ok(inside) = path.strip_prefix(root)
        && let Some(Component::Normal(first)) = inside.components().next()
        && SOURCE_FOLDERS.iter().any(|s| first == *s)
    {
        let (shown, source) = (path.display(), first.to_string_lossy());
        bail!(crate::t!(
            "{what} {shown} ligt in de bronmap {source}; kies een eigen map, zoals dist",
            "{shown} lies in the source folder {source}; choose a folder of its own, such as dist"
        ));
    }
    Ok(())
}

/// A path that exists must be a folder: never a file, FIFO, device or socket (the old
/// swap renamed whatever stood there, `/dev/null` included).
fn refuse_non_folder(out: &Path) -> anyhow::Result<()> {
    match fs::symlink_metadata(out) {
        Ok(meta) if !meta.is_dir() => {
            bail!(not_a(
                out,
                meta.file_type(),
                "map; kies een map",
                "a folder; choose a folder"
            ))
        }
        _ => Ok(()),
    }
}

/// Whether `dir` holds an entry that `ours` does not recognise.
fn is_foreign(dir: &Path, ours: impl Fn(&str) -> bool) -> anyhow::Result<bool> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(false);
    };
    for entry in entries {
        let entry = entry.with_context(|| cannot("lezen", "read", dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(ours(&name) && entry.file_type().is_ok_and(|t| t.is_file())) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The absolute path with everything that exists resolved (links included).
fn resolve(path: &Path) -> anyhow::Result<PathBuf> {
    let path = std::path::absolute(path)?;
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    while fs::symlink_metadata(existing).is_err() {
        let invalid = || crate::t!("ongeldig pad: {}", "invalid path: {}", path.display());
        rest.push(existing.file_name().with_context(invalid)?.to_owned());
        existing = existing.parent().with_context(invalid)?;
    }
    let mut resolved = existing
        .canonicalize()
        .with_context(|| cannot("openen", "open", existing))?;
    for part in rest.iter().rev() {
        if part == ".." || part == "." {
            bail!(crate::t!(
                "het pad mag geen `..` bevatten na een map die nog niet bestaat",
                "the path may not hold `..` after a folder that does not exist yet"
            ));
        }
        resolved.push(part);
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_system_folders_and_devices_are_refused() {
        let root = Path::new("/nergens/handboek");
        for out in [
            "/",
            "/etc",
            "/usr/share/x",
            "/dev/null",
            "/proc/self",
            "/tmp",
        ] {
            assert!(check_destination(root, Path::new(out)).is_err(), "{out}");
        }
        assert!(check_file(root, Path::new("/etc/rapport.html"), "html").is_err());
        assert!(check_file(root, Path::new("/dev/null"), "html").is_err());
    }
}
