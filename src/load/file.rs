//! Opening a file the tool reads: only a regular file, never a link, a pipe, a device or
//! a folder, and never more than a limit (the limit is checked before reading, and the
//! read stops at it, so `/dev/zero` or a file that grows cannot exhaust memory).

use std::fs::{File, FileType};
use std::io::{self, Read};
use std::path::Path;

use crate::i18n::Text;

/// Why a path was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A symbolic link (a link loop is one too): content is what is in the folder itself.
    Symlink,
    /// Not a regular file; the text names what it is ("een map", "een named pipe (FIFO)").
    NotRegular(Text),
    /// Larger than the limit, in bytes (the size is what was seen, at least limit + 1).
    TooLarge { size: u64, limit: u64 },
}

/// Reads `path` if it is a regular file of at most `limit` bytes. An I/O failure
/// (missing, no permission) is the outer error; a file that must not be read is a
/// [`Refusal`].
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Result<Vec<u8>, Refusal>> {
    let meta = std::fs::symlink_metadata(path)?;
    if let Some(refusal) = refusal(meta.file_type(), meta.len(), limit) {
        return Ok(Err(refusal));
    }
    let file = open_without_blocking(path)?;
    // The path may have been swapped since the check: look at what was opened.
    let meta = file.metadata()?;
    if let Some(refusal) = refusal(meta.file_type(), meta.len(), limit) {
        return Ok(Err(refusal));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let size = bytes.len() as u64;
    if size > limit {
        return Ok(Err(Refusal::TooLarge { size, limit }));
    }
    Ok(Ok(bytes))
}

fn refusal(kind: FileType, size: u64, limit: u64) -> Option<Refusal> {
    if kind.is_symlink() {
        Some(Refusal::Symlink)
    } else if !kind.is_file() {
        Some(Refusal::NotRegular(describe(kind)))
    } else if size > limit {
        Some(Refusal::TooLarge { size, limit })
    } else {
        None
    }
}

/// What a path is, in words an editor knows.
pub fn describe(kind: FileType) -> Text {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return crate::t!("een named pipe (FIFO)", "a named pipe (FIFO)");
        }
        if kind.is_block_device() || kind.is_char_device() {
            return crate::t!("een apparaat", "a device");
        }
        if kind.is_socket() {
            return crate::t!("een socket", "a socket");
        }
    }
    if kind.is_dir() {
        crate::t!("een map", "a folder")
    } else if kind.is_symlink() {
        crate::t!("een symbolische koppeling", "a symbolic link")
    } else if kind.is_file() {
        crate::t!("een bestand", "a file")
    } else {
        crate::t!("geen gewoon bestand", "not a regular file")
    }
}

/// Opens for reading without following a final link and without waiting for a writer
/// (a FIFO put in place after the check would otherwise block forever).
fn open_without_blocking(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// A size in mebibytes as the messages show it: `4,7 MiB`, or `8 MiB` when whole.
pub fn mebibytes(size: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if size.is_multiple_of(MIB) {
        return format!("{} MiB", size / MIB);
    }
    let tenths = size * 10 / MIB;
    format!("{},{} MiB", tenths / 10, tenths % 10)
}

impl Refusal {
    /// What is wrong, in both languages.
    pub fn message(&self) -> Text {
        match self {
            Refusal::Symlink => crate::t!(
                "het bestand is een symbolische koppeling; onthaal volgt die niet",
                "the file is a symbolic link; onthaal does not follow it"
            ),
            Refusal::NotRegular(what) => Text::new(
                format!(
                    "dit is {} en geen gewoon bestand; onthaal leest alleen gewone bestanden",
                    what.nl
                ),
                format!(
                    "this is {} and not a regular file; onthaal only reads regular files",
                    what.en
                ),
            ),
            Refusal::TooLarge { size, limit } => crate::t!(
                "het bestand is {} groot; de grens is {}",
                "the file is {} in size; the limit is {}",
                mebibytes(*size),
                mebibytes(*limit)
            ),
        }
    }

    /// How to fix it.
    pub fn help(&self) -> Text {
        match self {
            Refusal::Symlink => crate::t!(
                "zet het bestand zelf op die plaats, niet een koppeling naar elders",
                "put the file itself in that place, not a link to elsewhere"
            ),
            Refusal::NotRegular(_) => crate::t!(
                "geef een gewoon bestand op, zoals een editor of Excel het opslaat",
                "give a regular file, as an editor or Excel saves it"
            ),
            Refusal::TooLarge { .. } => crate::t!(
                "kijk na of dit het juiste bestand is, of splits het over meerdere bestanden",
                "check that this is the right file, or split it over several files"
            ),
        }
    }
}
