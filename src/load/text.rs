//! Reading a content file as text: size, encoding and stray control characters.

use std::path::Path;

use super::file::{Refusal, read_regular};
use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span, display_name};

/// Larger files are refused: no handbook source is anywhere near this size.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The outcome of reading one file: text to parse, or a diagnostic about the bytes.
pub type Read = Result<SourceFile, Diagnostic>;

/// Reads `path`; an I/O failure is a tool error, a file that is no regular file or too
/// large, and bad bytes, are content diagnostics.
pub fn read(root: &Path, path: &Path) -> anyhow::Result<Read> {
    let name = display_name(root, path);
    // A link could point anywhere on the machine (a CI runner's secrets), a FIFO would
    // block and a device never end: content is a regular file in the folder itself.
    let bytes = match read_regular(path, MAX_FILE_BYTES) {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(refusal)) => return Ok(Err(refused(name, path, &refusal))),
        Err(error) => {
            return Err(anyhow::Error::new(error)
                .context(crate::t!("kan {name} niet lezen", "cannot read {name}")));
        }
    };
    Ok(decode(name, path, bytes))
}

/// The diagnostic for a path that is not read: L013 for a link (a link loop is one
/// too), L015 for a folder, FIFO, device or socket, L011 for a file over the limit.
pub fn refused(name: String, path: &Path, refusal: &Refusal) -> Diagnostic {
    let file = SourceFile::new(name, path, String::new());
    let code = match refusal {
        Refusal::Symlink => "L013",
        Refusal::NotRegular(_) => "L015",
        Refusal::TooLarge { .. } => "L011",
    };
    Diagnostic::new(code, &file, Span::file_start(), refusal.message()).with_help(refusal.help())
}

/// Checks the bytes of a file and turns them into a [`SourceFile`].
pub fn decode(name: String, path: &Path, bytes: Vec<u8>) -> Read {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let file = SourceFile::new(name, path, String::new());
        return Err(encoding_error(
            &file,
            Span::file_start(),
            crate::t!(
                "het bestand is in UTF-16 opgeslagen",
                "the file is saved in UTF-16"
            ),
        ));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            // Everything before `offset` is valid UTF-8, so it is the same bytes in `lossy`.
            let file = SourceFile::new(name, path, lossy);
            let (line, column) = file.position(offset);
            let byte = error.as_bytes()[offset];
            let message = crate::t!(
                "het bestand is geen geldige UTF-8: byte 0x{byte:02X} kan hier niet staan",
                "the file is not valid UTF-8: byte 0x{byte:02X} cannot stand here"
            );
            return Err(encoding_error(&file, Span::new(line, column, 1), message));
        }
    };
    // Old Mac files break lines with a lone CR; the YAML reader counts those as lines too.
    let text = if text.contains('\r') {
        lone_cr_to_lf(&text)
    } else {
        text
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    let file = SourceFile::new(name, path, text);
    match file.text.char_indices().find(|(_, c)| is_stray_control(*c)) {
        Some((offset, c)) => {
            let (line, column) = file.position(offset);
            let code = u32::from(c);
            let message = crate::t!(
                "onzichtbaar stuurteken U+{code:04X} in de tekst",
                "invisible control character U+{code:04X} in the text"
            );
            Err(
                Diagnostic::new("L008", &file, Span::new(line, column, 1), message).with_help(
                    crate::t!(
                        "verwijder het teken; het komt vaak mee bij kopiëren uit een tekstverwerker",
                        "delete the character; it often comes along when copying from a word processor"
                    ),
                ),
            )
        }
        None => Ok(file),
    }
}

/// Old Mac files break lines with a lone CR; counted as a line break like LF.
pub fn lone_cr_to_lf(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

fn encoding_error(file: &SourceFile, span: Span, message: crate::i18n::Text) -> Diagnostic {
    Diagnostic::new("L007", file, span, message).with_help(crate::t!(
        "sla het bestand op als UTF-8 (in de meeste editors: Opslaan als > Codering > UTF-8)",
        "save the file as UTF-8 (in most editors: Save as > Encoding > UTF-8)"
    ))
}

pub use crate::source::is_stray_control;

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_str(bytes: &[u8]) -> Read {
        decode("x.yaml".into(), Path::new("x.yaml"), bytes.to_vec())
    }

    #[test]
    fn invalid_utf8_is_reported_where_it_is() {
        let err = decode_str(b"a: 1\nb: caf\xE9\n").unwrap_err();
        assert_eq!((err.code(), err.span.line, err.span.column), ("L007", 2, 7));
    }

    #[test]
    fn utf16_is_recognised() {
        let err = decode_str(&[0xFF, 0xFE, b'a', 0]).unwrap_err();
        assert_eq!(err.code(), "L007");
        assert!(err.message.nl.contains("UTF-16"));
    }

    #[test]
    fn control_characters_are_reported_where_they_are() {
        let err = decode_str("a: één\u{7}\n".as_bytes()).unwrap_err();
        assert_eq!((err.code(), err.span.line, err.span.column), ("L008", 1, 7));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let file = decode_str("\u{feff}a: 1\n".as_bytes()).unwrap();
        assert_eq!(file.text, "a: 1\n");
    }
}
