//! Splitting CSV text into fields that know where they start. csv-core applies the
//! quoting rules (the csv crate's own parser); the csv crate's reader does not tell where
//! a field starts, and a located message needs exactly that. Fields come one at a time,
//! so a row of a million cells costs no memory.

use csv_core::{ReadFieldResult, Reader, ReaderBuilder};

/// One field: its text (quotes removed), the byte range of its raw text, and whether it
/// was quoted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The field ends its record.
    pub last: bool,
}

/// What the scanner found next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scanned {
    Field(Field),
    /// A quoted field that never closes: it ran to the end of the file. The byte offset
    /// is the opening quote.
    Unclosed(usize),
}

pub struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    reader: Reader,
    at_record_start: bool,
    done: bool,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str, delimiter: u8) -> Self {
        Scanner {
            bytes: text.as_bytes(),
            pos: 0,
            reader: ReaderBuilder::new().delimiter(delimiter).build(),
            at_record_start: true,
            done: false,
        }
    }
}

impl Iterator for Scanner<'_> {
    type Item = Scanned;

    fn next(&mut self) -> Option<Scanned> {
        if self.done {
            return None;
        }
        if self.at_record_start {
            // Empty lines between records are skipped, as the csv crate does.
            while self
                .bytes
                .get(self.pos)
                .is_some_and(|b| matches!(b, b'\n' | b'\r'))
            {
                self.pos += 1;
            }
            if self.pos >= self.bytes.len() {
                self.done = true;
                return None;
            }
        }
        let start = self.pos;
        let (text, last) = self.read_field();
        let raw = &self.bytes[start..self.pos];
        let end = start + raw_len(raw, last);
        if raw.first() == Some(&b'"') && !closes(&raw[..end - start]) {
            self.done = true;
            return Some(Scanned::Unclosed(start));
        }
        self.at_record_start = last;
        Some(Scanned::Field(Field {
            text,
            start,
            end,
            last,
        }))
    }
}

impl Scanner<'_> {
    /// Feeds csv-core until it reports the end of a field; an empty input means the end
    /// of the file.
    fn read_field(&mut self) -> (String, bool) {
        let mut out = Vec::new();
        let mut buffer = [0u8; 1024];
        loop {
            let input = &self.bytes[self.pos..];
            let (result, read, written) = self.reader.read_field(input, &mut buffer);
            self.pos += read;
            out.extend_from_slice(&buffer[..written]);
            match result {
                ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
                ReadFieldResult::Field { record_end } => {
                    // Quotes are ASCII, so the field is cut on character boundaries.
                    return (String::from_utf8_lossy(&out).into_owned(), record_end);
                }
                ReadFieldResult::End => return (String::new(), true),
            }
        }
    }
}

/// The length of a field's raw text without the delimiter or line break after it.
fn raw_len(raw: &[u8], last: bool) -> usize {
    if !last {
        return raw.len().saturating_sub(1);
    }
    let mut len = raw.len();
    for terminator in [b'\n', b'\r'] {
        if len > 0 && raw[len - 1] == terminator {
            len -= 1;
        }
    }
    len
}

/// Whether a quoted field's raw text has its closing quote (`""` is a quote inside).
fn closes(raw: &[u8]) -> bool {
    let mut i = 1;
    while i < raw.len() {
        if raw[i] == b'"' {
            if raw.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<(String, usize, usize, bool)> {
        Scanner::new(text, b';')
            .map(|s| match s {
                Scanned::Field(f) => (f.text, f.start, f.end, f.last),
                Scanned::Unclosed(at) => (format!("open@{at}"), at, at, true),
            })
            .collect()
    }

    fn own(v: &[(&str, usize, usize, bool)]) -> Vec<(String, usize, usize, bool)> {
        v.iter()
            .map(|(t, s, e, l)| (t.to_string(), *s, *e, *l))
            .collect()
    }

    #[test]
    fn fields_know_where_they_start_across_quotes_and_line_breaks() {
        assert_eq!(
            fields("a;\"b;\nc\"\r\n\r\nd;\n"),
            own(&[
                ("a", 0, 1, false),
                ("b;\nc", 2, 8, true),
                ("d", 12, 13, false),
                ("", 14, 14, true),
            ])
        );
    }

    #[test]
    fn a_trailing_delimiter_at_the_end_of_the_file_is_an_empty_field() {
        assert_eq!(fields("a;"), own(&[("a", 0, 1, false), ("", 2, 2, true)]));
    }

    #[test]
    fn an_unclosed_quote_is_found_at_its_opening() {
        assert_eq!(
            fields("a;b\nc;\"d\ne;f\n"),
            own(&[
                ("a", 0, 1, false),
                ("b", 2, 3, true),
                ("c", 4, 5, false),
                ("open@6", 6, 6, true),
            ])
        );
        assert_eq!(fields("\"x\"\"")[0].0, "open@0");
        assert_eq!(fields("\"x\"\"\"")[0].0, "x\"");
    }
}
