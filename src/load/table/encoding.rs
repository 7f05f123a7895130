//! The bytes of a spreadsheet file as text: UTF-8 (with or without a byte order mark) or
//! Windows-1252, which Belgian Excel writes for "CSV (puntkomma)". UTF-16 ("Unicode-tekst"
//! in Excel) is recognised and refused: read as either of the others it would be noise.

use std::path::Path;

use crate::i18n::Text;
use crate::load::text::{is_stray_control, lone_cr_to_lf};
use crate::source::{SourceFile, Span};

/// A reason the bytes are not a table, with where it is.
pub struct Unreadable {
    pub file: SourceFile,
    pub span: Span,
    pub message: Text,
    pub help: Text,
}

/// Decodes `bytes`; refuses UTF-16 and stray control characters (a terminal would act
/// on the escape sequences a message quotes).
pub fn decode(name: String, path: &Path, bytes: &[u8]) -> Result<SourceFile, Unreadable> {
    if is_utf16(bytes) {
        return Err(Unreadable {
            file: SourceFile::new(name, path, String::new()),
            span: Span::file_start(),
            message: crate::t!(
                "het bestand is in UTF-16 opgeslagen (in Excel: Unicode-tekst)",
                "the file is saved as UTF-16 (in Excel: Unicode Text)"
            ),
            help: crate::t!(
                "sla het in Excel op als ‘CSV (gescheiden door lijstscheidingsteken)’ of ‘CSV UTF-8’",
                "save it in Excel as ‘CSV (comma delimited)’ or ‘CSV UTF-8’"
            ),
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    // Line numbers count LF; a lone CR (old Mac) breaks a line for csv-core too.
    let text = if text.contains('\r') {
        lone_cr_to_lf(&text)
    } else {
        text
    };
    let file = SourceFile::new(name, path, text);
    match file.text.char_indices().find(|(_, c)| is_stray_control(*c)) {
        Some((offset, c)) => {
            let (line, column) = file.position(offset);
            let code = u32::from(c);
            Err(Unreadable {
                span: Span::new(line, column, 1),
                message: crate::t!(
                    "onzichtbaar stuurteken U+{code:04X} in een cel",
                    "invisible control character U+{code:04X} in a cell"
                ),
                help: crate::t!(
                    "verwijder het teken; het komt vaak mee bij kopiëren uit een ander programma",
                    "remove the character; it often comes along when copying from another program"
                ),
                file,
            })
        }
        None => Ok(file),
    }
}

/// A byte order mark, or (without one) zero bytes in every other place, as ASCII text
/// saved in UTF-16 has.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(512)];
    let zeros = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = sample.len() / 2;
    pairs >= 2 && (zeros(0) * 4 >= pairs * 3 || zeros(1) * 4 >= pairs * 3)
}

/// Excel's "CSV (puntkomma)" is Windows-1252; every byte is one character.
pub fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        other => char::from(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> Result<String, String> {
        decode("t.csv".into(), Path::new("t.csv"), bytes)
            .map(|f| f.text)
            .map_err(|u| format!("{}:{} {}", u.span.line, u.span.column, u.message.nl))
    }

    #[test]
    fn utf8_with_or_without_bom_and_windows_1252_are_read() {
        assert_eq!(text("\u{feff}één".as_bytes()).unwrap(), "één");
        assert_eq!(text("één".as_bytes()).unwrap(), "één");
        assert_eq!(text(b"Caf\xe9 \x80 \x93").unwrap(), "Café € “");
    }

    #[test]
    fn utf16_with_and_without_bom_is_refused() {
        let le: Vec<u8> = "b;nr\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "b;nr\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [[&[0xFF, 0xFE][..], &le].concat(), le, be] {
            assert_eq!(
                text(&bytes).unwrap_err(),
                "1:1 het bestand is in UTF-16 opgeslagen (in Excel: Unicode-tekst)"
            );
        }
    }

    #[test]
    fn an_escape_sequence_is_refused_where_it_is() {
        assert_eq!(
            text(b"b;nr\nx;\x1b[31m\n").unwrap_err(),
            "2:3 onzichtbaar stuurteken U+001B in een cel"
        );
    }
}
