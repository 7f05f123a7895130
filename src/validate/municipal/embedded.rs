//! Positions inside a YAML text value: a change's Markdown sits in a block scalar
//! (`vervangen: |`), so a problem on its third line is on the third line below the key.

use crate::load::Loaded;
use crate::source::{SourceFile, Span};

/// Maps byte offsets in the text of the value at a path to positions in the file.
pub struct Embedded<'a> {
    file: &'a SourceFile,
    /// The value's own position (where its text starts).
    at: Span,
    /// For a block scalar: the file line of the text's first line and its indentation.
    block: Option<(usize, usize)>,
    /// For a quoted scalar: one column for the quote.
    quote: usize,
    /// A block that folds its lines into one (`>`, or plain text below its key), so
    /// that a line of the text is no line of the file.
    folded: bool,
}

impl<'a> Embedded<'a> {
    pub fn new<T>(loaded: &'a Loaded<T>, path: &str) -> Self {
        let file = &loaded.file;
        let at = loaded.spans.value(path);
        let before: String = file.line(at.line).chars().take(at.column - 1).collect();
        let rest: String = file.line(at.line).chars().skip(at.column - 1).collect();
        // A block scalar (`|`, `>`) starts on the line below its key: the text begins a line.
        let block = before
            .trim()
            .is_empty()
            .then_some((at.line, at.column - 1))
            .filter(|_| !rest.starts_with('"') && !rest.starts_with('\''));
        let quote = usize::from(rest.starts_with('"') || rest.starts_with('\''));
        let header = file.line(at.line.saturating_sub(1));
        let indicator = header.split(" #").next().unwrap_or_default().trim_end();
        let folded = !indicator
            .rsplit([' ', ':'])
            .next()
            .is_some_and(|last| last.starts_with('|'));
        Embedded {
            file,
            at,
            block,
            quote,
            folded,
        }
    }

    /// The position of `text[start..end]` in the file (clipped to one line).
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let start = start.min(text.len());
        let before = &text[..start];
        let line_in_text = before.matches('\n').count();
        let column_in_line = before
            .rsplit('\n')
            .next()
            .unwrap_or_default()
            .chars()
            .count();
        let width = text[start..end.clamp(start, text.len())]
            .lines()
            .next()
            .unwrap_or_default()
            .chars()
            .count();
        match self.block {
            Some((first, _)) if self.folded => self.unfolded(first, before, width),
            Some((first, indent)) => {
                let line = (first + line_in_text).min(self.file.line_count());
                Span::new(line, indent + column_in_line + 1, width)
            }
            // A plain or quoted scalar on several lines is folded: keep to its start.
            None if line_in_text > 0 => self.at,
            None => Span::new(
                self.at.line,
                self.at.column + self.quote + column_in_line,
                width,
            ),
        }
    }

    /// The position in a folded block of the character after `before`: folding only
    /// changes white space, so count the other characters from the block's first line.
    fn unfolded(&self, first: usize, before: &str, width: usize) -> Span {
        let mut left = before.chars().filter(|c| !c.is_whitespace()).count();
        for line in first..=self.file.line_count() {
            let text = self.file.line(line);
            for (column, c) in text.chars().enumerate() {
                if c.is_whitespace() {
                    continue;
                }
                if left == 0 {
                    let room = text.chars().count() - column;
                    return Span::new(line, column + 1, width.min(room));
                }
                left -= 1;
            }
        }
        self.at
    }

    pub fn file(&self) -> &SourceFile {
        self.file
    }
}
