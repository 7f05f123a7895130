//! Merge conflict markers (L014): a `git pull` that ended in a conflict leaves
//! `<<<<<<<`, `=======` and `>>>>>>>` lines in a file. In Markdown `=======` even makes
//! a heading, so they would be published; they are refused wherever they stand.

use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, Span};

/// A diagnostic for every conflict marker line in `file`.
pub fn markers(file: &SourceFile) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (number, line) in file.text.lines().enumerate() {
        let Some(kind) = marker(line) else {
            continue;
        };
        let span = Span::new(number + 1, 1, line.trim_end().chars().count().clamp(1, 7));
        found.push(
            Diagnostic::new(
                "L014",
                file,
                span,
                crate::t!(
                    "conflictmarkering `{kind}` van een mislukte samenvoeging",
                    "conflict marker `{kind}` left by a failed merge"
                ),
            )
            .with_help(crate::t!(
                "kies tussen de twee versies, verwijder de regels met <<<<<<<, ======= en >>>>>>> en bewaar het bestand",
                "choose between the two versions, delete the <<<<<<<, ======= and >>>>>>> lines and save the file"
            )),
        );
    }
    found
}

/// The marker a line is, if it is one: `<<<<<<< HEAD`, `=======` alone, `>>>>>>> main`,
/// and `|||||||` of the diff3 style.
fn marker(line: &str) -> Option<&'static str> {
    let line = line.trim_end_matches(['\r', '\n']);
    let with_label = |prefix: &str| {
        line.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    if with_label("<<<<<<<") {
        Some("<<<<<<<")
    } else if with_label(">>>>>>>") {
        Some(">>>>>>>")
    } else if with_label("|||||||") {
        Some("|||||||")
    } else if line.trim_end() == "=======" {
        Some("=======")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::marker;

    #[test]
    fn recognises_the_markers_git_writes_and_nothing_else() {
        assert_eq!(marker("<<<<<<< HEAD"), Some("<<<<<<<"));
        assert_eq!(marker("<<<<<<<"), Some("<<<<<<<"));
        assert_eq!(marker("======="), Some("======="));
        assert_eq!(marker("=======  \r"), Some("======="));
        assert_eq!(marker(">>>>>>> origin/main"), Some(">>>>>>>"));
        assert_eq!(marker("||||||| merged common ancestors"), Some("|||||||"));
        // A setext heading of another length, or text that merely starts alike, is content.
        assert_eq!(marker("========"), None);
        assert_eq!(marker("===="), None);
        assert_eq!(marker("<<<<<<<<"), None);
        assert_eq!(marker("tekst ======="), None);
        assert_eq!(marker(" ======="), None);
    }
}
