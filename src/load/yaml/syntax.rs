//! YAML syntax errors in words an editor understands, at the character that causes
//! them. The scanners (saphyr-parser, and libyaml behind serde_yaml) say it in English
//! and sometimes at the start of the value before the culprit; each kind they produce
//! is matched here by its English text.

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::source::{SourceFile, Span};

/// Where the culprit is, relative to the scanner's position.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// At the scanner's position.
    Marker,
    /// At the first tab from the start of the scanner's line on (the scanner may mark
    /// the value before it, or the character after it).
    NextTab,
    /// At the start of the scanner's line (a directive: the whole line is wrong).
    LineStart,
}

/// One kind of error: what the scanner says (any of the phrases), and what we say.
struct Kind {
    phrases: &'static [&'static str],
    place: Place,
    nl: &'static str,
    en: &'static str,
    help_nl: &'static str,
    help_en: &'static str,
}

const INDENT_HELP_NL: &str =
    "zet elke sleutel van hetzelfde blok in dezelfde kolom, en spring in met spaties";
const INDENT_HELP_EN: &str =
    "put every key of one block in the same column, and indent with spaces";

static KINDS: &[Kind] = &[
    Kind {
        phrases: &[
            "found a tab",
            "tabs disallowed",
            "tab cannot be used",
            "tab character",
        ],
        place: Place::NextTab,
        nl: "een tab in de inspringing; YAML aanvaardt alleen spaties",
        en: "a tab in the indentation; YAML accepts only spaces",
        help_nl: "vervang de tab door spaties (twee per niveau)",
        help_en: "replace the tab with spaces (two per level)",
    },
    Kind {
        phrases: &["illegal placement of ':'"],
        place: Place::Marker,
        nl: "een `:` staat op een andere regel dan de sleutel ervoor",
        en: "a `:` is on another line than the key before it",
        help_nl: "zet de sleutel en de `:` op dezelfde regel, of zet de tekst tussen aanhalingstekens",
        help_en: "put the key and the `:` on the same line, or put the text in quotes",
    },
    Kind {
        phrases: &["':' must be followed by"],
        place: Place::NextTab,
        nl: "na een `:` hoort een spatie",
        en: "a `:` must be followed by a space",
        help_nl: "zet een spatie na de `:`, of zet de tekst tussen aanhalingstekens",
        help_en: "put a space after the `:`, or put the text in quotes",
    },
    Kind {
        phrases: &["mapping values are not allowed", "found unexpected ':'"],
        place: Place::Marker,
        nl: "een `:` staat op een plaats waar geen sleutel kan beginnen",
        en: "a `:` stands where no key can begin",
        help_nl: "staat er `: ` in een tekst, zet de tekst dan tussen aanhalingstekens: `vraag: \"Wat: is dit?\"`",
        help_en: "if the text holds `: `, put it in quotes: `vraag: \"Wat: is dit?\"`",
    },
    Kind {
        phrases: &["expected '-' indicator"],
        place: Place::Marker,
        nl: "deze regel springt anders in dan de rest van het lijstelement erboven",
        en: "this line is indented differently from the rest of the list item above",
        help_nl: "zet elke sleutel van een lijstelement in dezelfde kolom als de eerste, net na de `- `; een nieuw element begint met `- `",
        help_en: "put every key of a list item in the same column as the first, just after the `- `; a new item starts with `- `",
    },
    Kind {
        phrases: &["block sequence entries are not allowed"],
        place: Place::Marker,
        nl: "een lijstelement (`- `) staat op een plaats waar dat niet kan",
        en: "a list item (`- `) stands where it cannot",
        help_nl: "elke `- ` van dezelfde lijst staat in dezelfde kolom; een lijst onder een sleutel begint op een nieuwe regel",
        help_en: "every `- ` of one list stands in the same column; a list under a key starts on a new line",
    },
    Kind {
        // `[a b: c]` is read as a `{ }` inside the list: one message for both.
        phrases: &["expected ',' or ']'", "expected ',' or '}'"],
        place: Place::Marker,
        nl: "een lijst of blok tussen haakjes (`[ ]` of `{ }`) mist een komma of wordt niet gesloten",
        en: "a list or block in brackets (`[ ]` or `{ }`) lacks a comma or is not closed",
        help_nl: "scheid de elementen met `, ` en sluit met `]` of `}`; tekst met `:` of `#` zet je tussen aanhalingstekens",
        help_en: "separate the items with `, ` and close with `]` or `}`; put text with `:` or `#` in quotes",
    },
    Kind {
        phrases: &["misplaced bracket"],
        place: Place::Marker,
        nl: "een `]` of `}` zonder `[` of `{` ervoor",
        en: "a `]` or `}` without a `[` or `{` before it",
        help_nl: "verwijder het haakje, of zet de tekst tussen aanhalingstekens",
        help_en: "remove the bracket, or put the text in quotes",
    },
    Kind {
        phrases: &[
            "while scanning a quoted scalar",
            "found unexpected end of stream",
            "unexpected eof",
            "unexpected document indicator",
        ],
        place: Place::Marker,
        nl: "de aanhalingstekens die hier openen, worden niet gesloten",
        en: "the quotes that open here are not closed",
        help_nl: "sluit de tekst met hetzelfde aanhalingsteken als waarmee ze begint",
        help_en: "close the text with the same quote it starts with",
    },
    Kind {
        phrases: &["escape", "hexadecimal number"],
        place: Place::Marker,
        nl: "een `\\` tussen dubbele aanhalingstekens begint een ongeldige escape",
        en: "a `\\` in double quotes starts an invalid escape",
        help_nl: "schrijf `\\\\` voor een backslash, of zet de tekst tussen enkele aanhalingstekens",
        help_en: "write `\\\\` for a backslash, or put the text in single quotes",
    },
    Kind {
        phrases: &["trailing content after double-quoted"],
        place: Place::Marker,
        nl: "na de aanhalingstekens staat nog tekst",
        en: "there is more text after the quotes",
        help_nl: "zet de hele tekst tussen de aanhalingstekens",
        help_en: "put the whole text between the quotes",
    },
    Kind {
        phrases: &["unexpected character", "cannot start any token"],
        place: Place::Marker,
        nl: "een waarde kan niet met dit teken beginnen",
        en: "a value cannot begin with this character",
        help_nl: "zet de tekst tussen aanhalingstekens, zoals `\"@gemeente\"`",
        help_en: "put the text in quotes, such as `\"@gemeente\"`",
    },
    Kind {
        phrases: &["block scalar"],
        place: Place::Marker,
        nl: "ongeldige aanduiding na `|` of `>`",
        en: "invalid indicator after `|` or `>`",
        help_nl: "schrijf `|` of `>` (eventueel `|-`) en de tekst ingesprongen op de regels eronder",
        help_en: "write `|` or `>` (or `|-`) and the text indented on the lines below",
    },
    Kind {
        phrases: &[
            "directive",
            "document end marker",
            "document start",
            "%YAML",
            "%TAG",
        ],
        place: Place::LineStart,
        nl: "een YAML-richtlijn (`%`) of documentmarkering (`---`, `...`) hoort niet in een inhoudsbestand",
        en: "a YAML directive (`%`) or document marker (`---`, `...`) does not belong in a content file",
        help_nl: "verwijder de regel; begint een tekst met `%`, zet ze dan tussen aanhalingstekens",
        help_en: "remove the line; if a text starts with `%`, put it in quotes",
    },
    Kind {
        phrases: &["anchor", "alias", "tag", "handle"],
        place: Place::Marker,
        nl: "een `&`, `*` of `!` aan het begin van een waarde",
        en: "a `&`, `*` or `!` at the start of a value",
        help_nl: "zet de tekst tussen aanhalingstekens; onthaal gebruikt geen ankers, aliassen of tags",
        help_en: "put the text in quotes; onthaal uses no anchors, aliases or tags",
    },
    Kind {
        phrases: &[
            "did not find expected key",
            "simple key expect",
            "could not find expected ':'",
        ],
        place: Place::Marker,
        nl: "hier werd een sleutel verwacht (`naam: waarde`)",
        en: "a key was expected here (`name: value`)",
        help_nl: INDENT_HELP_NL,
        help_en: INDENT_HELP_EN,
    },
    Kind {
        phrases: &[
            "invalid indentation",
            "did not find expected",
            "expected node content",
        ],
        place: Place::Marker,
        nl: "ongeldige inspringing",
        en: "invalid indentation",
        help_nl: INDENT_HELP_NL,
        help_en: INDENT_HELP_EN,
    },
];

/// Anything the table does not know.
static OTHER: Kind = Kind {
    phrases: &[],
    place: Place::Marker,
    nl: "de structuur klopt hier niet",
    en: "the structure is wrong here",
    help_nl: "controleer de inspringing, de `:` na elke sleutel en de aanhalingstekens rond tekst met `:` of `#`",
    help_en: "check the indentation, the `:` after every key and the quotes around text with `:` or `#`",
};

/// A file that ends inside `[` or `{`: the scanner only says it expected more.
static UNCLOSED: Kind = Kind {
    phrases: &[],
    place: Place::Marker,
    nl: "het bestand eindigt voor de lijst of het blok tussen haakjes (`[ ]` of `{ }`) gesloten is",
    en: "the file ends before the list or block in brackets (`[ ]` or `{ }`) is closed",
    help_nl: "sluit met `]` of `}`; begint een tekst met `[` of `{`, zet ze dan tussen aanhalingstekens",
    help_en: "close it with `]` or `}`; if a text starts with `[` or `{`, put it in quotes",
};

fn kind_of(info: &str) -> &'static Kind {
    KINDS
        .iter()
        .find(|k| k.phrases.iter().any(|p| info.contains(p)))
        .unwrap_or(&OTHER)
}

/// The L001 diagnostic for the scanner's message `info` at byte `offset` of `file`.
pub fn diagnostic(file: &SourceFile, info: &str, offset: usize) -> Diagnostic {
    // In block context a missing value at the end is an empty one; only an open flow
    // collection still expects a node when the file ends.
    let at_end = offset >= file.text.trim_end().len();
    let kind = if at_end && info.contains("did not find expected node content") {
        &UNCLOSED
    } else {
        kind_of(info)
    };
    let line_start = file.text[..offset.min(file.text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let offset = match kind.place {
        Place::NextTab => file.text[line_start..]
            .find('\t')
            .map_or(offset, |tab| line_start + tab),
        Place::LineStart => line_start,
        Place::Marker => offset,
    };
    Diagnostic::new("L001", file, place(file, offset), message(kind))
        .with_help(Text::new(kind.help_nl, kind.help_en))
}

fn message(kind: &Kind) -> Text {
    Text::new(
        format!("ongeldige YAML: {}", kind.nl),
        format!("invalid YAML: {}", kind.en),
    )
}

/// The span at `offset`; past the last character (a file that ends too soon) it is the
/// last character of the content, so the caret stands on a visible line.
fn place(file: &SourceFile, offset: usize) -> Span {
    let content_end = file.text.trim_end_matches(['\n', '\r', ' ']).len();
    if offset >= content_end && content_end > 0 {
        let last = file.text[..content_end]
            .char_indices()
            .last()
            .map_or(0, |(i, _)| i);
        return file.span(last, content_end);
    }
    file.span(offset, offset + 1)
}

/// The byte offset of a 1-based line and character column.
pub fn offset(file: &SourceFile, line: usize, column: usize) -> usize {
    let text = file.line(line);
    // `line` is a slice of the file's text: its start is where it lies in the text.
    let start = (text.as_ptr() as usize)
        .checked_sub(file.text.as_ptr() as usize)
        .filter(|start| *start <= file.text.len())
        .unwrap_or(file.text.len());
    let within = text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    start + within
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words_in_both_languages() {
        for kind in KINDS.iter().chain([&OTHER]) {
            for text in [kind.nl, kind.en, kind.help_nl, kind.help_en] {
                assert!(!text.is_empty());
            }
        }
        assert!(std::ptr::eq(
            kind_of("while scanning a plain scalar, found a tab"),
            &KINDS[0]
        ));
        assert!(std::ptr::eq(kind_of("iets nieuws"), &OTHER));
    }
}
