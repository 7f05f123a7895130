//! V004: placeholder words (TODO, lorem ipsum, …) left in any content file.

use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
use crate::source::SourceFile;

/// Words that mark unfinished text; matched as whole words.
const PLACEHOLDERS: &[&str] = &["TODO", "FIXME", "XXX", "TBD", "lorem ipsum", "Lorem ipsum"];

/// Reports placeholder words left anywhere in a loaded file.
pub fn check_placeholders(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    for file in workspace.sources() {
        out.extend(placeholders_in(file));
    }
}

pub fn placeholders_in(file: &SourceFile) -> Vec<Diagnostic> {
    let mut hits: Vec<(usize, &str)> = PLACEHOLDERS
        .iter()
        .flat_map(|word| {
            file.text
                .match_indices(word)
                .map(move |(offset, _)| (offset, *word))
        })
        .filter(|(offset, word)| is_whole_word(&file.text, *offset, word.len()))
        .collect();
    hits.sort_unstable();
    crate::diagnostics::first_hits(hits.into_iter(), |(offset, word)| {
        let span = file.span(offset, offset + word.len());
        let message = crate::t!(
            "plaatshoudertekst `{word}` in de inhoud",
            "placeholder text `{word}` in the content"
        );
        Diagnostic::new("V004", file, span, message).with_help(crate::t!(
            "schrijf de tekst af; ken je een gegeven nog niet en is het veld niet verplicht, laat het dan leeg",
            "finish the text; if you do not know a fact yet and the field is not required, leave it empty"
        ))
    })
}

fn is_whole_word(text: &str, start: usize, len: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[start + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_as_whole_words_only() {
        let file = SourceFile::new(
            "a.yaml",
            "a.yaml",
            "a: TODO\nb: TODOS en XXXL\nc: lorem ipsum\n".into(),
        );
        let found: Vec<_> = placeholders_in(&file)
            .into_iter()
            .map(|d| (d.span.line, d.span.column))
            .collect();
        assert_eq!(found, vec![(1, 4), (3, 4)]);
    }
}
