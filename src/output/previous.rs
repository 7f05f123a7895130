//! The previous output, as a build compares against it: only regular files reached
//! through real folders inside it are read (a link planted in the output is never
//! followed, so it cannot make a build read or hard-link a file from elsewhere).

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

/// How a new file compares with the one in the previous output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    Same,
    Changed,
    Missing,
}

#[derive(Debug)]
pub struct Previous {
    root: PathBuf,
    /// Folders inside the output already found to be real folders.
    real_folders: HashSet<PathBuf>,
}

impl Previous {
    pub fn new(root: &Path) -> Self {
        Previous {
            root: root.to_path_buf(),
            real_folders: HashSet::new(),
        }
    }

    /// Compares `bytes` with the file at `relative` (a checked relative path).
    pub fn compare(&mut self, relative: &Path, bytes: &[u8]) -> Compared {
        if !self.reachable(relative) {
            return Compared::Missing;
        }
        let path = self.root.join(relative);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_file() => {
                if meta.len() == bytes.len() as u64 && same_content(&path, bytes) {
                    Compared::Same
                } else {
                    Compared::Changed
                }
            }
            Ok(_) => Compared::Changed,
            Err(_) => Compared::Missing,
        }
    }

    /// The path of an existing file, for a hard link (only after [`Self::compare`] said
    /// `Same`).
    pub fn path(&self, relative: &Path) -> PathBuf {
        self.root.join(relative)
    }

    /// Whether every folder on the way to `relative` is a real folder, not a link.
    fn reachable(&mut self, relative: &Path) -> bool {
        let mut folder = self.root.clone();
        let Some(parent) = relative.parent() else {
            return true;
        };
        for part in parent.components() {
            folder.push(part);
            if self.real_folders.contains(&folder) {
                continue;
            }
            if !fs::symlink_metadata(&folder).is_ok_and(|m| m.is_dir()) {
                return false;
            }
            self.real_folders.insert(folder.clone());
        }
        true
    }

    /// Every entry below the output that is not a folder, as `a/b.html`: files, and
    /// links or other things that do not belong (those count as files to replace).
    pub fn files(&self) -> Vec<String> {
        let mut found = Vec::new();
        walk(&self.root, &self.root, &mut found);
        found.sort();
        found
    }
}

/// Compares a file with `bytes` in pieces, without reading it whole.
fn same_content(path: &Path, bytes: &[u8]) -> bool {
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let mut buffer = [0u8; 64 * 1024];
    let mut offset = 0;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return offset == bytes.len(),
            Ok(n) => {
                if bytes.get(offset..offset + n) != Some(&buffer[..n]) {
                    return false;
                }
                offset += n;
            }
            Err(_) => return false,
        }
    }
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(root, &path, found);
        } else {
            found.push(crate::source::display_name(root, &path));
        }
    }
}
