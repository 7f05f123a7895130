//! What the operating system said, in the user's language instead of its English:
//! `kan dist niet schrijven: de schijf is vol`, not `No space left on device (os error 28)`.

use std::io::{Error, ErrorKind};

use crate::i18n::pick;

/// The cause of an I/O failure in words: Dutch, or English with `--lang en`.
pub fn in_words(error: &Error) -> String {
    let (nl, en) = match error.kind() {
        ErrorKind::NotFound => (
            "het bestand of de map bestaat niet",
            "the file or folder does not exist",
        ),
        ErrorKind::PermissionDenied => ("geen toegang", "permission denied"),
        ErrorKind::AlreadyExists => ("bestaat al", "already exists"),
        ErrorKind::IsADirectory => ("is een map", "is a folder"),
        ErrorKind::NotADirectory => (
            "een deel van het pad is geen map",
            "part of the path is not a folder",
        ),
        ErrorKind::DirectoryNotEmpty => ("de map is niet leeg", "the folder is not empty"),
        ErrorKind::StorageFull => ("de schijf is vol", "the disk is full"),
        ErrorKind::QuotaExceeded => ("je schijfquotum is op", "your disk quota is used up"),
        ErrorKind::FileTooLarge => ("het bestand wordt te groot", "the file grows too large"),
        ErrorKind::ReadOnlyFilesystem => (
            "het bestandssysteem is alleen-lezen",
            "the file system is read-only",
        ),
        ErrorKind::CrossesDevices => (
            "dat kan niet over twee bestandssystemen heen",
            "that cannot cross two file systems",
        ),
        ErrorKind::TooManyLinks => (
            "te veel koppelingen naar dit bestand",
            "too many links to this file",
        ),
        ErrorKind::InvalidFilename => (
            "ongeldige bestandsnaam (te lang of met verboden tekens)",
            "invalid file name (too long or with forbidden characters)",
        ),
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => {
            ("het is in gebruik", "it is busy")
        }
        ErrorKind::Interrupted => ("onderbroken", "interrupted"),
        ErrorKind::TimedOut => ("duurde te lang", "timed out"),
        ErrorKind::OutOfMemory => ("het geheugen is op", "out of memory"),
        ErrorKind::Unsupported => ("wordt hier niet ondersteund", "is not supported here"),
        ErrorKind::InvalidData => ("ongeldige gegevens", "invalid data"),
        ErrorKind::UnexpectedEof => ("het bestand houdt te vroeg op", "the file ends too early"),
        ErrorKind::BrokenPipe => ("de uitvoer werd gesloten", "the output was closed"),
        ErrorKind::AddrInUse => ("de poort is al in gebruik", "the port is already in use"),
        ErrorKind::AddrNotAvailable => (
            "dat adres is er niet op deze computer",
            "that address is not available on this computer",
        ),
        ErrorKind::StaleNetworkFileHandle => (
            "het netwerkbestand is niet meer geldig",
            "the network file handle is stale",
        ),
        _ => return unknown(error),
    };
    pick(nl, en).to_string()
}

/// A failure without a kind of its own: its number, which a search finds, and for a
/// loop of links (no stable kind yet) its meaning.
fn unknown(error: &Error) -> String {
    match error.raw_os_error() {
        Some(40) => pick(
            "een lus van symbolische koppelingen",
            "a loop of symbolic links",
        )
        .to_string(),
        Some(code) => format!("{} {code}", pick("systeemfout", "system error")),
        None => pick(
            "onbekende fout bij lezen of schrijven",
            "unknown error while reading or writing",
        )
        .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_are_said_in_dutch() {
        assert_eq!(in_words(&Error::from_raw_os_error(28)), "de schijf is vol");
        assert_eq!(
            in_words(&Error::from_raw_os_error(27)),
            "het bestand wordt te groot"
        );
        assert_eq!(
            in_words(&Error::from_raw_os_error(40)),
            "een lus van symbolische koppelingen"
        );
        assert_eq!(
            in_words(&Error::from_raw_os_error(30)),
            "het bestandssysteem is alleen-lezen"
        );
        assert_eq!(in_words(&Error::from_raw_os_error(5)), "systeemfout 5");
    }
}
