//! Files in the content folders that onthaal does not read, said out loud (M003), so that
//! an editor who saves `faq/nieuw.yml` is not left wondering why nothing changed.

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span, display_name};

/// The reference files that have a meaning; any other name there is not read.
pub const REFERENCE_FILES: &[&str] = &[
    "drempels.yaml",
    "dimensies.yaml",
    "kanalen.yaml",
    "doelgroepen.yaml",
    "organen.yaml",
    "criteria.yaml",
    "domeinen.yaml",
    "bevoegdheden.yaml",
];

/// Folders whose files are read by extension.
const FOLDERS: &[(&str, &str)] = &[
    ("blueprints", "yaml"),
    ("faq", "yaml"),
    ("playbook", "md"),
    (super::ANNEXES, "md"),
];

pub fn unread_files(root: &Path) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (folder, extension) in FOLDERS {
        for entry in entries(&root.join(folder)) {
            // The one subfolder that is read: the annexes of the playbook.
            if root.join(super::ANNEXES) == entry {
                continue;
            }
            let why = if entry.is_dir() {
                Some(crate::t!(
                    "onthaal leest geen submappen; zet de bestanden rechtstreeks in {folder}/, of verwijder de submap",
                    "onthaal reads no subfolders; put the files directly in {folder}/, or delete the subfolder"
                ))
            } else if entry.extension().is_none_or(|e| e != *extension) {
                Some(crate::t!(
                    "onthaal leest in {folder}/ alleen .{extension}-bestanden",
                    "in {folder}/ onthaal reads only .{extension} files"
                ))
            } else {
                None
            };
            found.extend(why.map(|why| unread(root, &entry, why)));
        }
    }
    found.extend(unread_in_charters(root));
    // Folders with one file that matters.
    for (folder, only) in [("checklist", "8b.yaml")] {
        for entry in entries(&root.join(folder)) {
            if entry.file_name().is_none_or(|n| n != only) {
                found.push(unread(
                    root,
                    &entry,
                    crate::t!(
                        "in {folder}/ leest onthaal alleen {only}",
                        "in {folder}/ onthaal reads only {only}"
                    ),
                ));
            }
        }
    }
    for entry in entries(&root.join("reference")) {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !REFERENCE_FILES.contains(&name.as_str()) {
            found.push(unread(
                root,
                &entry,
                crate::t!(
                    "geen bekend referentiebestand; hernoem het naar een van deze namen, of verwijder het: {}",
                    "no known reference file; rename it to one of these names, or delete it: {}",
                    REFERENCE_FILES.join(", ")
                ),
            ));
        }
    }
    found
}

/// In `charters/`: the model charter, the profiles (`.yaml`), their locks (`.lock`) and
/// partners files (`.csv`, checked against the profiles by validate).
fn unread_in_charters(root: &Path) -> Vec<Diagnostic> {
    let dir = root.join("charters");
    let mut found = Vec::new();
    for entry in entries(&dir) {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let extension = entry.extension().map(|e| e.to_string_lossy().into_owned());
        let why = if entry.is_dir() {
            Some(crate::t!(
                "onthaal leest geen submappen in charters/; zet profielen en partnerbestanden rechtstreeks in charters/",
                "onthaal reads no subfolders in charters/; put profiles and partner files directly in charters/"
            ))
        } else if name == "model.md" {
            None
        } else {
            match extension.as_deref() {
                Some("yaml" | "csv") => None,
                Some("lock") => {
                    let profile = entry.with_extension("yaml");
                    (!profile.is_file()).then(|| {
                        crate::t!(
                            "bij dit lockbestand hoort geen profiel {}; verwijder het, of zet het profiel terug",
                            "this lock file belongs to no profile {}; delete it, or restore the profile",
                            display_name(root, &profile)
                        )
                    })
                }
                _ => Some(crate::t!(
                    "in charters/ leest onthaal model.md, profielen (.yaml), hun partnerbestanden (.csv) en lockbestanden (.lock)",
                    "in charters/ onthaal reads model.md, profiles (.yaml), their partner files (.csv) and lock files (.lock)"
                )),
            }
        };
        found.extend(why.map(|why| unread(root, &entry, why)));
    }
    found
}

fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    // A folder that is a link is refused (L013) and not looked into.
    if !std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        return Vec::new();
    }
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|read| read.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| {
        !p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
    });
    paths.sort();
    paths
}

fn unread(root: &Path, path: &Path, why: impl Into<crate::i18n::Text>) -> Diagnostic {
    let file = SourceFile::new(display_name(root, path), path, String::new());
    Diagnostic::new(
        "M003",
        &file,
        Span::file_start(),
        crate::t!("{} wordt niet gelezen", "{} is not read", file.name),
    )
    .with_help(why)
}
