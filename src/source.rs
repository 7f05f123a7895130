//! Source files and positions: byte offsets and character columns, counted once per file.

use std::path::{Path, PathBuf};

/// A 1-based line and column (in characters) with the width of the offending text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    /// How many characters the caret underlines; at least 1.
    pub width: usize,
}

impl Span {
    pub fn new(line: usize, column: usize, width: usize) -> Self {
        Span {
            line,
            column,
            width: width.max(1),
        }
    }

    /// The very start of a file, for problems that have no better place.
    pub fn file_start() -> Self {
        Span::new(1, 1, 1)
    }
}

/// A loaded text file: its path relative to the workspace root, its text and a line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as shown to the user (relative to the workspace root, with `/`).
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, path: impl Into<PathBuf>, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            name: name.into(),
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// The 1-based line and character column of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..floor_char_boundary(&self.text, offset)]
            .chars()
            .count();
        (line + 1, column + 1)
    }

    /// The byte offset of a 1-based line and character column (the end of the text if
    /// there is no such place).
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return self.text.len();
        };
        self.text[start..]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(self.text.len(), |(at, _)| start + at)
    }

    /// The 1-based line of a byte offset, without counting the column.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset.min(self.text.len()))
    }

    /// A span for the bytes `start..end`, clipped to the first line.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let (line, column) = self.position(start);
        let wanted = self.text[floor_char_boundary(&self.text, start)
            ..floor_char_boundary(&self.text, end.max(start))]
            .chars()
            .count();
        // Clip to the line, counting no further than the width wanted.
        let available = self
            .line(line)
            .chars()
            .skip(column - 1)
            .take(wanted)
            .count();
        Span::new(line, column, available.max(1))
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The user-facing name of `path` relative to `root`, with forward slashes.
pub fn display_name(root: &Path, path: &Path) -> String {
    let Ok(relative) = path.strip_prefix(root) else {
        return path.display().to_string();
    };
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Control characters other than tab and line breaks have no place in content, nor do
/// the invisible marks that turn text around (they can make a line read otherwise than
/// it is).
pub fn is_stray_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` safe to print on one terminal line: control characters (an escape sequence
/// would recolour or rewrite the screen, a line break fake another message) and marks
/// that turn text around become `�`; tabs stay.
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c != '\t' && (c.is_control() || is_stray_control(c)) {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// [`visible`] for text of several lines: the line breaks stay.
pub fn visible_lines(text: &str) -> String {
    text.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let file = SourceFile::new("a.yaml", "a.yaml", "één: x\nb: ü\n".to_string());
        assert_eq!(file.position(0), (1, 1));
        let x = file.text.find('x').unwrap();
        assert_eq!(file.position(x), (1, 6));
        let u = file.text.find('ü').unwrap();
        assert_eq!(file.position(u), (2, 4));
        assert_eq!(file.line(2), "b: ü");
        assert_eq!(file.line(9), "");
    }

    #[test]
    fn span_is_clipped_to_its_line() {
        let file = SourceFile::new("a", "a", "abc\ndef\n".to_string());
        assert_eq!(file.span(1, 6), Span::new(1, 2, 2));
    }
}
