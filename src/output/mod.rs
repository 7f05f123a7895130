//! Everything the tool writes: a build streamed into a sibling folder and swapped in
//! atomically (`Staging`), compared without writing (`Comparison`, for `--check`), and
//! single files written beside and renamed (`write_file`). Only inside the output, never
//! over a folder or file that is not ours, never through a link, FIFO or device.

mod atomic;
mod compare;
mod destination;
mod lock;
mod previous;
mod staging;
mod swap;

use std::path::{Component, Path};

use anyhow::bail;

use crate::i18n::Text;

pub use atomic::write_file;
pub use compare::Comparison;
pub use destination::{check_destination, check_file, check_folder_for};
pub use staging::{Finished, Staging};
pub use swap::repair;

/// Where a build hands its files, one at a time: a [`Staging`] writes them, a
/// [`Comparison`] compares them.
pub trait Sink {
    fn put(&mut self, relative: &str, bytes: &[u8]) -> anyhow::Result<()>;
}

impl Sink for Staging {
    fn put(&mut self, relative: &str, bytes: &[u8]) -> anyhow::Result<()> {
        Staging::put(self, relative, bytes)
    }
}

/// The file that marks a folder as made by `onthaal build`, so a rebuild may replace it.
pub const MARKER: &str = ".onthaal-build";

pub use crate::workspace::SOURCE_FOLDERS;

/// A built path must stay inside the output folder: relative, without `..`, not empty.
fn safe_relative(relative: &str) -> anyhow::Result<&Path> {
    let path = Path::new(relative);
    if !relative.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(path)
    } else {
        bail!(crate::t!(
            "weigert te schrijven buiten de uitvoermap: {relative}",
            "refuses to write outside the output folder: {relative}"
        ))
    }
}

/// The context of an I/O failure on `path`: `kan X niet schrijven` / `cannot write X`.
fn cannot(nl_verb: &str, en_verb: &str, path: &Path) -> Text {
    let shown = path.display();
    Text::new(
        format!("kan {shown} niet {nl_verb}"),
        format!("cannot {en_verb} {shown}"),
    )
}

/// `X is een named pipe (FIFO), geen map`: what stands at a path where something else
/// belongs.
fn not_a(path: &Path, kind: std::fs::FileType, nl: &str, en: &str) -> Text {
    let what = crate::load::file::describe(kind);
    let shown = path.display();
    Text::new(
        format!("{shown} is {}, geen {nl}", what.nl),
        format!("{shown} is {}, not {en}", what.en),
    )
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
        assert!(safe_relative("").is_err());
        assert!(safe_relative("./x").is_err());
    }
}
