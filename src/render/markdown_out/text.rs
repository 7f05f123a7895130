//! Small Markdown writing helpers: blocks, list items, tables, Dutch lists and dates.

/// Markdown blocks separated by one blank line.
#[derive(Debug, Default)]
pub struct Blocks(Vec<String>);

impl Blocks {
    /// Adds a block; blank content is skipped so optional fields leave no gap.
    pub fn push(&mut self, block: impl AsRef<str>) {
        let block = block.as_ref().trim_matches('\n');
        if !block.trim().is_empty() {
            self.0.push(block.to_string());
        }
    }

    /// Adds an ATX heading; a title never spans lines in the output.
    pub fn heading(&mut self, level: usize, text: &str) {
        self.push(format!("{} {}", "#".repeat(level), one_line(text)));
    }

    /// The blocks as a file: no trailing spaces, exactly one final newline.
    pub fn finish(self) -> String {
        tidy(&self.0.join("\n\n"))
    }
}

/// Removes trailing whitespace from every line and ends the text with one newline.
pub fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut out = lines.join("\n").trim_end().to_string();
    out.push('\n');
    out
}

/// Text on one line: line breaks become spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A bullet `- **label:** text`; later lines are indented so they stay in the item.
pub fn item(label: &str, text: &str) -> String {
    indent_rest(&format!("- **{label}:** {}", text.trim()), "  ")
}

/// A plain bullet, with its continuation lines indented by `indent`.
pub fn bullet(text: &str, indent: &str) -> String {
    indent_rest(
        &format!("{indent}- {}", text.trim()),
        &format!("{indent}  "),
    )
}

/// Every line after the first gets `prefix`; empty lines stay empty.
pub fn indent_rest(text: &str, prefix: &str) -> String {
    let mut lines = text.lines();
    let mut out = lines.next().unwrap_or_default().to_string();
    for line in lines {
        out.push('\n');
        if !line.trim().is_empty() {
            out.push_str(prefix);
            out.push_str(line);
        }
    }
    out
}

/// A GFM table; `centered[i]` centres column `i` (for check marks).
pub fn table(header: &[String], centered: &[bool], rows: &[Vec<String>]) -> String {
    let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    let mut out = vec![line(header.iter().map(|h| cell(h)).collect())];
    let rule = (0..header.len()).map(|i| match centered.get(i) {
        Some(true) => ":---:",
        _ => "---",
    });
    out.push(format!("|{}|", rule.collect::<Vec<_>>().join("|")));
    out.extend(
        rows.iter()
            .map(|row| line(row.iter().map(|c| cell(c)).collect())),
    );
    out.join("\n")
}

/// A table cell: on one line, with `|` escaped so it cannot end the cell.
pub fn cell(text: &str) -> String {
    one_line(text).replace('|', "\\|")
}

/// `a`, `a en b`, `a, b en c`.
pub fn dutch_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_string(),
        [rest @ .., last] => format!("{} en {last}", rest.join(", ")),
    }
}

/// `2026-11-26` as `26 november 2026`; one formatter for HTML and Markdown.
pub use crate::render::lists::dutch_date;

/// A link whose text cannot break out of the brackets.
pub fn link(text: &str, target: &str) -> String {
    // The backslash first, or it would escape the bracket that closes the link text.
    let text = one_line(text)
        .replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]");
    format!("[{text}]({target})")
}

/// A source as a readable link when it is a web address, as written otherwise.
pub fn source(bron: &str) -> String {
    let bron = bron.trim();
    match bron
        .strip_prefix("https://")
        .or_else(|| bron.strip_prefix("http://"))
    {
        Some(rest) => link(rest.trim_end_matches('/'), bron),
        None => bron.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_iso_dates_in_dutch() {
        assert_eq!(dutch_date("2026-11-26"), "26 november 2026");
        assert_eq!(dutch_date("2025-01-05"), "5 januari 2025");
        assert_eq!(dutch_date("2026-13-01"), "2026-13-01");
        assert_eq!(dutch_date("binnenkort"), "binnenkort");
    }

    #[test]
    fn joins_lists_the_dutch_way() {
        assert_eq!(dutch_list(&[]), "");
        assert_eq!(dutch_list(&["a"]), "a");
        assert_eq!(dutch_list(&["a", "b", "c"]), "a, b en c");
    }

    #[test]
    fn escapes_pipes_and_line_breaks_in_cells() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        let t = table(
            &["x".into(), "y".into()],
            &[false, true],
            &[vec!["1|2".into(), String::new()]],
        );
        assert_eq!(t, "| x | y |\n|---|:---:|\n| 1\\|2 |  |");
    }

    #[test]
    fn keeps_multi_line_text_inside_its_list_item() {
        assert_eq!(
            item("Melder", "een\n\ntwee\n"),
            "- **Melder:** een\n\n  twee"
        );
        assert_eq!(tidy("a  \n\n\nb\n\n"), "a\n\n\nb\n");
    }
}
