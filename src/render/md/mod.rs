//! The Markdown output (`md/`): the escaping of the md templates, GitHub's heading
//! anchors, heading rewrites, the combined handbook, and the finish every file gets.

mod anchors;
pub mod defuse;
mod escape;
pub mod handbook;
pub mod headings;

#[cfg(test)]
mod tests;

use pulldown_cmark::{Event, Parser, Tag};

pub use anchors::{Anchor, anchors};
pub use escape::{MODE, escape_text, formatter, link, one_line, source};

/// What every Markdown file gets last: no raw HTML or image (content is untrusted here
/// too), no trailing spaces, one blank line between blocks, one final newline.
pub fn finish(text: &str) -> String {
    tidy(&defuse::anywhere(&defuse::defuse_markdown(text)))
}

/// Trailing spaces removed, a run of blank lines outside code made one, no blank
/// lines at the start, exactly one newline at the end.
pub fn tidy(text: &str) -> String {
    let code = code_ranges(text);
    let mut out = String::with_capacity(text.len());
    let mut offset = 0;
    let mut blank_before = true;
    for line in text.split('\n') {
        let in_code = code.iter().any(|r| r.contains(&offset));
        offset += line.len() + 1;
        let line = line.trim_end();
        if line.is_empty() && !in_code {
            if !blank_before {
                out.push('\n');
            }
            blank_before = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
        blank_before = line.is_empty();
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

/// The byte ranges of the code blocks of `text`, where blank lines are content.
pub(crate) fn code_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    Parser::new_ext(text, headings::output_options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::CodeBlock(_)) => Some(range),
            _ => None,
        })
        .collect()
}

/// `a`, `a en b`, `a, b en c`: a list as a Dutch sentence says it.
pub fn dutch_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_string(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} en {}", rest.join(", "), last.as_ref())
        }
    }
}
