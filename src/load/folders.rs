//! The workspace's folders, checked before anything in them is read: a source folder or
//! template folder must be a real folder in the workspace, never a link that could lead
//! anywhere on the machine, and never a file or FIFO where a folder belongs.

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::load::file::describe;
use crate::source::{SourceFile, Span, display_name};

/// Every folder onthaal reads from, relative to the workspace root.
pub const READ_FOLDERS: &[&str] = &[
    "blueprints",
    "charters",
    "checklist",
    "faq",
    "playbook",
    "reference",
    "templates",
    "templates/html",
    "templates/md",
];

/// The folder `relative` of `root` if it may be read; `None` when it is absent or
/// refused (with the diagnostic in `problems`).
pub fn folder(root: &Path, relative: &str, problems: &mut Vec<Diagnostic>) -> Option<PathBuf> {
    let path = root.join(relative);
    // A link anywhere on the way (templates/ for templates/html) is refused at its own
    // folder, so a folder below a refused one is not read either.
    if let Some((parent, _)) = relative.rsplit_once('/')
        && !fs::symlink_metadata(root.join(parent)).is_ok_and(|m| m.is_dir())
    {
        return None;
    }
    let meta = fs::symlink_metadata(&path).ok()?;
    if meta.is_dir() {
        return Some(path);
    }
    let file = SourceFile::new(display_name(root, &path), &path, String::new());
    let (code, message, help) = if meta.file_type().is_symlink() {
        (
            "L013",
            crate::t!(
                "de map {relative}/ is een symbolische koppeling; onthaal volgt die niet",
                "the folder {relative}/ is a symbolic link; onthaal does not follow it"
            ),
            crate::t!(
                "zet de bestanden zelf in {relative}/ in plaats van een koppeling naar elders",
                "put the files themselves in {relative}/ instead of a link to elsewhere"
            ),
        )
    } else {
        let what = describe(meta.file_type());
        (
            "L015",
            crate::i18n::Text::new(
                format!("{relative} is {} en geen map", what.nl),
                format!("{relative} is {} and not a folder", what.en),
            ),
            crate::t!(
                "maak van {relative} een map met de bestanden erin, of haal het weg",
                "make {relative} a folder holding the files, or remove it"
            ),
        )
    };
    problems.push(Diagnostic::new(code, &file, Span::file_start(), message).with_help(help));
    None
}

/// Every read folder of `root` checked once: the diagnostics of those refused.
pub fn check_all(root: &Path) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for relative in READ_FOLDERS {
        folder(root, relative, &mut problems);
    }
    problems
}
