//! Finding the workspace: the folder that holds `onthaal.yaml`.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

pub const MANIFEST: &str = "onthaal.yaml";

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

/// The workspace root: `explicit` when given, else the nearest folder upwards from
/// `start` that holds `onthaal.yaml`.
pub fn discover(explicit: Option<&Path>, start: &Path) -> anyhow::Result<PathBuf> {
    if let Some(dir) = explicit {
        let dir = dir.canonicalize().with_context(|| {
            let dir = dir.display();
            crate::t!(
                "de map {dir} bestaat niet",
                "the folder {dir} does not exist"
            )
        })?;
        if !dir.join(MANIFEST).is_file() {
            let dir = dir.display();
            bail!(crate::t!(
                "in {dir} staat geen {MANIFEST}; kies met --workspace de map waarin {MANIFEST} staat",
                "{dir} holds no {MANIFEST}; choose with --workspace the folder that holds {MANIFEST}"
            ));
        }
        return Ok(dir);
    }
    let start = start.canonicalize().with_context(|| {
        let start = start.display();
        crate::t!("kan {start} niet openen", "cannot open {start}")
    })?;
    start
        .ancestors()
        .find(|dir| dir.join(MANIFEST).is_file())
        .map(Path::to_path_buf)
        .with_context(|| {
            let start = start.display();
            crate::t!(
                "geen {MANIFEST} gevonden in {start} of een map erboven; ga naar de map van het handboek of gebruik --workspace",
                "no {MANIFEST} found in {start} or a folder above it; go to the handbook's folder or use --workspace"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_manifest_in_a_parent_folder() {
        let root = std::env::temp_dir().join(format!("onthaal-ws-{}", std::process::id()));
        let nested = root.join("blueprints/sub");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(root.join(MANIFEST), "titel: x\n").unwrap();
        let found = discover(None, &nested).unwrap();
        assert_eq!(found, root.canonicalize().unwrap());
        assert!(discover(Some(&nested), &nested).is_err());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
