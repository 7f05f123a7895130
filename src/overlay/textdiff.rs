//! Line differences between two texts (the `similar` crate's Myers diff), for drift
//! help, `onthaal diff` and the review document.

use similar::{Algorithm, ChangeTag, capture_diff_slices};

/// One line of a difference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// The lines of `old` and `new`, with what was removed and added between them.
pub fn lines<'a>(old: &'a str, new: &'a str) -> Vec<Line<'a>> {
    let old: Vec<&'a str> = old.lines().collect();
    let new: Vec<&'a str> = new.lines().collect();
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    for op in capture_diff_slices(Algorithm::Myers, &old, &new) {
        for change in op.iter_changes(&old, &new) {
            let text = change.value();
            out.push(match change.tag() {
                ChangeTag::Equal => Line::Same(text),
                ChangeTag::Delete => Line::Removed(text),
                ChangeTag::Insert => Line::Added(text),
            });
        }
    }
    out
}

/// Only the changed lines with `context` unchanged lines around each, `…` for the gaps.
pub fn hunks<'a>(all: &[Line<'a>], context: usize) -> Vec<Option<Line<'a>>> {
    let changed: Vec<bool> = all.iter().map(|l| !matches!(l, Line::Same(_))).collect();
    let near = |i: usize| {
        let from = i.saturating_sub(context);
        let to = (i + context + 1).min(all.len());
        changed[from..to].iter().any(|c| *c)
    };
    let mut out = Vec::new();
    let mut skipped = false;
    for (i, line) in all.iter().enumerate() {
        if near(i) {
            if skipped && !out.is_empty() {
                out.push(None);
            }
            skipped = false;
            out.push(Some(*line));
        } else {
            skipped = true;
        }
    }
    out
}

/// A difference as plain text lines: `- old`, `+ new`, `  same`, `  …`; a line that
/// changed in a few words is one line `~ …` with `[-removed-]{+added+}`, as
/// `git diff --word-diff` shows prose.
pub fn plain(old: &str, new: &str, context: usize, max_lines: usize) -> Vec<String> {
    let all = lines(old, new);
    let shown = hunks(&all, context);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < shown.len() {
        if let (Some(Line::Removed(a)), Some(Some(Line::Added(b)))) = (shown[i], shown.get(i + 1))
            && let Some(words) = word_line(a, b)
        {
            out.push(format!("~ {words}"));
            i += 2;
            continue;
        }
        out.push(match shown[i] {
            None => "  …".to_string(),
            Some(Line::Same(t)) => format!("  {}", shortened(t)),
            Some(Line::Removed(t)) => format!("- {t}"),
            Some(Line::Added(t)) => format!("+ {t}"),
        });
        i += 1;
    }
    if out.len() > max_lines {
        let more = out.len() - max_lines;
        out.truncate(max_lines);
        out.push(format!("  … (+{more})"));
    }
    out
}

/// Characters of an unchanged line shown around a change: enough to recognise it.
const CONTEXT_CHARS: usize = 80;

/// An unchanged line, cut after [`CONTEXT_CHARS`] characters.
fn shortened(line: &str) -> String {
    match line.char_indices().nth(CONTEXT_CHARS) {
        Some((at, _)) => format!("{}…", line[..at].trim_end()),
        None => line.to_string(),
    }
}

/// Words kept on each side of a change inside a long line.
const WORDS_AROUND: usize = 6;

/// `old` and `new` as one line with the changed words marked, when most words stayed.
fn word_line(old: &str, new: &str) -> Option<String> {
    let a = tokens(old);
    let b = tokens(new);
    let ops = capture_diff_slices(Algorithm::Myers, &a, &b);
    // Most words must stay for the marks to help; spaces do not count as words.
    let words = |tokens: &[&str]| tokens.iter().filter(|t| !t.trim().is_empty()).count();
    let same: usize = ops
        .iter()
        .filter(|op| op.tag() == similar::DiffTag::Equal)
        .map(|op| words(&a[op.old_range()]))
        .sum();
    if same * 3 < words(&a).max(words(&b)) * 2 {
        return None;
    }
    let mut out = String::new();
    for (n, op) in ops.iter().enumerate() {
        let old_part = a[op.old_range()].concat();
        let new_part = b[op.new_range()].concat();
        match op.tag() {
            similar::DiffTag::Equal => {
                out.push_str(&shorten(&a[op.old_range()], n == 0, n + 1 == ops.len()))
            }
            similar::DiffTag::Delete => out.push_str(&format!("[-{old_part}-]")),
            similar::DiffTag::Insert => out.push_str(&format!("{{+{new_part}+}}")),
            similar::DiffTag::Replace => out.push_str(&format!("[-{old_part}-]{{+{new_part}+}}")),
        }
    }
    Some(out)
}

/// An unchanged run of tokens, cut to the words near the changes around it.
fn shorten(run: &[&str], first: bool, last: bool) -> String {
    let keep = WORDS_AROUND * 2;
    if run.len() <= keep * 2 {
        return run.concat();
    }
    let head = if first { "" } else { &run[..keep].concat() };
    let tail = if last {
        String::new()
    } else {
        run[run.len() - keep..].concat()
    };
    format!("{head}…{tail}")
}

/// Words and the spaces between them, so that joining them gives the text back.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|s| s != space) {
            out.push(&text[start..i]);
            start = i;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_changed_lines_with_context_and_gaps() {
        let old = "a\nb\nc\nd\ne\nf\ng\n";
        let new = "a\nB\nc\nd\ne\nf\nG\n";
        assert_eq!(
            plain(old, new, 1, 50),
            ["  a", "- b", "+ B", "  c", "  …", "  f", "- g", "+ G"]
        );
        assert_eq!(plain(old, new, 0, 2), ["- b", "+ B", "  … (+3)"]);
        assert!(plain("x\n", "x\n", 2, 10).is_empty());
    }

    #[test]
    fn a_line_changed_in_a_few_words_is_marked_inside_the_line() {
        let old = "De coördinator bezorgt de partner een actueel overzicht.\n";
        let new = "De coördinator bezorgt de partner elk jaar een actueel overzicht.\n";
        assert_eq!(
            plain(old, new, 1, 10),
            ["~ De coördinator bezorgt de partner {+elk jaar +}een actueel overzicht."]
        );
        let long_old = format!("{} oud {}", "a ".repeat(30).trim(), "b ".repeat(30).trim());
        let long_new = format!(
            "{} nieuw {}",
            "a ".repeat(30).trim(),
            "b ".repeat(30).trim()
        );
        let line = &plain(&long_old, &long_new, 0, 10)[0];
        assert!(line.starts_with("~ …") && line.ends_with("…"), "{line}");
        assert!(line.contains("[-oud-]{+nieuw+}"), "{line}");
        // Lines with little in common stay a removed and an added line.
        assert_eq!(
            plain("een twee drie\n", "vier vijf zes\n", 0, 10),
            ["- een twee drie", "+ vier vijf zes"]
        );
    }
}
