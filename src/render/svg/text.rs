//! Text for SVG: XML escaping, and wrapping by character count.

/// Escapes `text` for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids these; one would make the whole document unreadable.
            '\u{FFFE}' | '\u{FFFF}' => {}
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Wraps `text` into at most `max_lines` lines of at most `width` characters.
/// Words longer than a line are cut; text that does not fit ends in an ellipsis.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace().flat_map(|w| chunks(w, width)) {
        let used = line.chars().count();
        if used > 0 && used + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    clip(lines, width, max_lines)
}

/// Keeps the first `max_lines` lines; the last kept one ends in "…" if any were dropped.
pub fn clip(mut lines: Vec<String>, width: usize, max_lines: usize) -> Vec<String> {
    if lines.len() <= max_lines {
        return lines;
    }
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        *last = format!("{}…", room_for_ellipsis(last, width));
    }
    lines
}

/// `line` shortened to leave one character free, at a word boundary when there is one.
fn room_for_ellipsis(line: &str, width: usize) -> &str {
    if line.chars().count() < width {
        return line;
    }
    let cut = line
        .char_indices()
        .nth(width.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let kept = &line[..cut];
    kept.rfind(' ')
        .map_or(kept, |space| &kept[..space])
        .trim_end()
}

fn chunks(word: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    chars.chunks(width).map(|c| c.iter().collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::{escape, wrap};

    #[test]
    fn escapes_markup_and_both_quotes() {
        let hostile = r#"<script>alert("x" & 'y')</script>"#;
        assert_eq!(
            escape(hostile),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;"
        );
    }

    #[test]
    fn drops_control_characters_xml_forbids() {
        assert_eq!(escape("a\u{0}b\u{1b}c\td"), "abc\td");
    }

    #[test]
    fn wraps_at_word_boundaries() {
        let lines = wrap("een twee drie vier vijf", 9, 6);
        assert_eq!(lines, ["een twee", "drie vier", "vijf"]);
    }

    #[test]
    fn cuts_words_longer_than_a_line() {
        let lines = wrap("aaaaaaaaaaaaaaaaaaaaaaaaa b", 10, 6);
        assert_eq!(lines, ["aaaaaaaaaa", "aaaaaaaaaa", "aaaaa b"]);
    }

    #[test]
    fn ends_in_an_ellipsis_when_text_does_not_fit() {
        let lines = wrap("een twee drie vier vijf zes", 9, 2);
        assert_eq!(lines, ["een twee", "drie…"]);
    }

    #[test]
    fn empty_or_blank_text_has_no_lines() {
        assert!(wrap("", 10, 6).is_empty());
        assert!(wrap(" \n\t ", 10, 6).is_empty());
        assert!(wrap("tekst", 10, 0).is_empty());
    }
}
