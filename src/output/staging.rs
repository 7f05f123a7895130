//! Writing a build as it is rendered, atomically: each file goes to a hidden sibling
//! folder as it comes, compared with the previous output on the way; at the end the
//! sibling takes the output's place in one step. Files identical to the previous output
//! are hard-linked from it instead of written, and a build whose every file is identical
//! (and whose file set is the same) leaves the previous output completely untouched.
//!
//! ```no_run
//! # fn main() -> anyhow::Result<()> {
//! let out = std::path::Path::new("/tmp/handboek/dist");
//! let mut staging = onthaal::output::Staging::begin(out)?;
//! staging.put("index.html", b"<!doctype html>")?;
//! let written = staging.finish()?; // an error or a drop before this leaves `out` as it was
//! # Ok(()) }
//! ```

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::lock::Lock;
use super::previous::{Compared, Previous};
use super::{MARKER, cannot, safe_relative, swap};

/// What [`Staging::finish`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finished {
    /// Every file was identical and no file went: nothing was written.
    Unchanged { files: usize },
    /// The new output took the old one's place.
    Replaced { files: usize, changed: usize },
}

/// A build being written next to its output folder.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    temporary: PathBuf,
    /// The sibling folder exists (made at the first changed file).
    materialised: bool,
    /// Files identical to the previous output, seen before the sibling existed.
    identical: Vec<PathBuf>,
    /// Every path put so far (a path put twice is a bug, and caught).
    written: BTreeSet<String>,
    changed: usize,
    previous: Previous,
    finished: bool,
    _lock: Lock,
}

impl Staging {
    /// Starts a build into `out` (a checked destination, see
    /// [`check_destination`](super::check_destination)). Waits while another build
    /// writes there, then removes what killed builds left behind.
    pub fn begin(out: &Path) -> anyhow::Result<Staging> {
        let (parent, name) = swap::parent_and_name(out)?;
        fs::create_dir_all(&parent).with_context(|| cannot("aanmaken", "create", &parent))?;
        let lock = Lock::acquire(&parent)?;
        swap::recover(&parent, &name, out)?;
        if fs::symlink_metadata(out).is_ok_and(|m| !m.is_dir()) {
            let shown = out.display();
            bail!(crate::t!("{shown} is geen map", "{shown} is not a folder"));
        }
        let mut staging = Staging {
            out: out.to_path_buf(),
            temporary: parent.join(format!(".{name}.nieuw-{}", std::process::id())),
            materialised: false,
            identical: Vec::new(),
            written: BTreeSet::new(),
            changed: 0,
            previous: Previous::new(out),
            finished: false,
            _lock: lock,
        };
        staging.put(
            MARKER,
            "Gemaakt door `onthaal build`; wordt bij elke bouw vervangen.\n".as_bytes(),
        )?;
        Ok(staging)
    }

    /// Adds the file `relative` (a path like `blauwdrukken/index.html`, never leaving the
    /// output folder) with `bytes`.
    pub fn put(&mut self, relative: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = safe_relative(relative)?;
        if !self.written.insert(relative.to_string()) {
            bail!(crate::t!(
                "de bouw schrijft {relative} twee keer",
                "the build writes {relative} twice"
            ));
        }
        match self.previous.compare(path, bytes) {
            Compared::Same if !self.materialised => self.identical.push(path.to_path_buf()),
            Compared::Same => self.link(path)?,
            Compared::Changed | Compared::Missing => {
                self.changed += 1;
                self.materialise()?;
                let target = self.temporary.join(path);
                make_parent(&target)?;
                fs::write(&target, bytes).with_context(|| cannot("schrijven", "write", &target))?;
            }
        }
        Ok(())
    }

    /// The number of files put so far (the marker included).
    pub fn len(&self) -> usize {
        self.written.len()
    }

    /// Whether nothing was put yet (never true after `begin`: the marker is there).
    pub fn is_empty(&self) -> bool {
        self.written.is_empty()
    }

    /// Puts the new output in place, or leaves the previous one untouched when it is
    /// the same.
    pub fn finish(mut self) -> anyhow::Result<Finished> {
        let files = self.written.len();
        let same_set = || {
            self.previous
                .files()
                .into_iter()
                .eq(self.written.iter().cloned())
        };
        if self.changed == 0 && same_set() {
            self.finished = true;
            return Ok(Finished::Unchanged { files });
        }
        self.materialise()?;
        swap::replace(&self.temporary, &self.out)?;
        self.finished = true;
        Ok(Finished::Replaced {
            files,
            changed: self.changed,
        })
    }

    /// Makes the sibling folder and links into it the identical files seen so far.
    fn materialise(&mut self) -> anyhow::Result<()> {
        if self.materialised {
            return Ok(());
        }
        let _ = fs::remove_dir_all(&self.temporary);
        fs::create_dir(&self.temporary)
            .with_context(|| cannot("aanmaken", "create", &self.temporary))?;
        self.materialised = true;
        for path in std::mem::take(&mut self.identical) {
            self.link(&path)?;
        }
        Ok(())
    }

    /// Hard-links an identical file from the previous output; copies where links are
    /// not possible.
    fn link(&self, relative: &Path) -> anyhow::Result<()> {
        let target = self.temporary.join(relative);
        make_parent(&target)?;
        let source = self.previous.path(relative);
        if fs::hard_link(&source, &target).is_err() {
            fs::copy(&source, &target).with_context(|| cannot("schrijven", "write", &target))?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    /// An error or a panic before `finish`: the sibling goes, the output stays.
    fn drop(&mut self) {
        if !self.finished && self.materialised {
            let _ = fs::remove_dir_all(&self.temporary);
        }
    }
}

fn make_parent(path: &Path) -> anyhow::Result<()> {
    match path.parent() {
        Some(folder) => {
            fs::create_dir_all(folder).with_context(|| cannot("aanmaken", "create", folder))
        }
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_build_dropped_before_finish_leaves_no_trace() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        let mut staging = Staging::begin(&out).unwrap();
        staging.put("a/b.html", b"nieuw").unwrap();
        staging.finish().unwrap();
        let mut staging = Staging::begin(&out).unwrap();
        staging.put("a/b.html", b"anders").unwrap();
        assert!(staging.put("../buiten.html", b"x").is_err());
        assert!(staging.put("a/b.html", b"twee keer").is_err());
        drop(staging);
        assert_eq!(names(dir.path()), vec!["dist"]);
        assert_eq!(fs::read_to_string(out.join("a/b.html")).unwrap(), "nieuw");
    }

    #[test]
    fn files_the_build_no_longer_makes_go_even_when_the_rest_is_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        let mut staging = Staging::begin(&out).unwrap();
        staging.put("a.html", b"a").unwrap();
        staging.put("b.html", b"b").unwrap();
        assert_eq!(
            staging.finish().unwrap(),
            Finished::Replaced {
                files: 3,
                changed: 3
            }
        );
        let mut staging = Staging::begin(&out).unwrap();
        staging.put("a.html", b"a").unwrap();
        assert_eq!(
            staging.finish().unwrap(),
            Finished::Replaced {
                files: 2,
                changed: 0
            }
        );
        assert_eq!(names(&out), vec![MARKER, "a.html"]);
    }
}
