//! Turns serde's and the YAML scanner's English messages into our own diagnostics, in
//! Dutch and English.

use crate::i18n::Text;
use crate::suggest::did_you_mean;

/// A deserialisation problem, in our words, with the code of its rule.
pub struct Problem {
    pub code: &'static str,
    pub message: Text,
    pub help: Option<Text>,
    /// Whether the position is that of the key (unknown field) rather than the value.
    pub at_key: bool,
}

/// Describes serde's message `raw` (with serde_yaml's " at line …" suffix) in our words.
pub fn describe(raw: &str) -> Problem {
    let text = strip_location(raw);
    if let Some(rest) = text.strip_prefix("unknown field ") {
        let what = Text::new("onbekend veld", "unknown field");
        return unknown("L003", what, rest, Text::new("velden", "fields"));
    }
    if let Some(rest) = text.strip_prefix("unknown variant ") {
        let what = Text::new("onbekende waarde", "unknown value");
        return unknown("L002", what, rest, Text::new("waarden", "values"));
    }
    if let Some(rest) = text.strip_prefix("missing field ") {
        let field = first_quoted(rest);
        return Problem {
            code: "L012",
            message: crate::t!(
                "het verplichte veld {field} ontbreekt",
                "the required field {field} is missing"
            ),
            help: Some(crate::t!(
                "voeg het veld toe; `onthaal schema` beschrijft de velden van elk formaat, voor aanvulling in je editor",
                "add the field; `onthaal schema` describes the fields of every format, for completion in your editor"
            )),
            at_key: true,
        };
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        return wrong_type(rest);
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        return wrong_type(rest);
    }
    Problem {
        code: "L001",
        message: crate::t!("ongeldige YAML: {text}", "invalid YAML: {text}"),
        help: None,
        at_key: false,
    }
}

fn unknown(code: &'static str, what: Text, rest: &str, plural: Text) -> Problem {
    let quoted = quoted_words(rest);
    let (given, allowed) = quoted.split_first().map_or(("", &[][..]), |(g, a)| (*g, a));
    let help = match did_you_mean(given, allowed.iter().copied()) {
        Some(near) => crate::t!("bedoel je `{near}`?", "did you mean `{near}`?"),
        None if allowed.is_empty() => crate::t!(
            "hier zijn geen velden toegestaan",
            "no fields are allowed here"
        ),
        None => {
            let (list, nl, en) = (backticked(allowed), plural.nl, plural.en);
            crate::t!("toegestane {nl}: {list}", "allowed {en}: {list}")
        }
    };
    Problem {
        code,
        message: what.map(|what| format!("{what} `{given}`")),
        help: Some(help),
        at_key: code == "L003",
    }
}

fn wrong_type(rest: &str) -> Problem {
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
    let (found, expected) = (found_kind(found), expected_kind(expected));
    Problem {
        code: "L002",
        message: Text::new(
            format!(
                "verkeerd type: hier staat {}, maar verwacht wordt {}",
                found.nl, expected.nl
            ),
            format!(
                "wrong type: found {}, but expected {}",
                found.en, expected.en
            ),
        ),
        help: Some(type_help(&expected)),
        at_key: false,
    }
}

/// What serde found, named in both languages (with the value it saw, if any).
fn found_kind(found: &str) -> Text {
    let kinds = [
        ("string", "tekst", "text"),
        ("sequence", "een lijst", "a list"),
        ("map", "een blok (sleutel: waarde)", "a block (key: value)"),
        ("unit", "een lege waarde", "an empty value"),
        ("boolean", "een ja/nee-waarde", "a yes/no value"),
        ("integer", "een getal", "a number"),
        ("floating point", "een getal", "a number"),
    ];
    let (serde, nl, en) = kinds
        .into_iter()
        .find(|(serde, _, _)| found.starts_with(serde))
        .unwrap_or(("", "een andere waarde", "another value"));
    match found.split_once(' ') {
        Some((_, shown)) if serde != "unit" && !shown.is_empty() => {
            let shown = shown.replace('"', "`");
            crate::t!("{nl} {shown}", "{en} {shown}")
        }
        _ => Text::new(nl, en),
    }
}

/// What serde expected, as one of a few kinds in both languages.
struct Expected {
    nl: &'static str,
    en: &'static str,
    help_nl: &'static str,
    help_en: &'static str,
}

const SCHEMA_HELP: (&str, &str) = (
    "`onthaal schema` beschrijft de vorm van elk veld, voor aanvulling in je editor",
    "`onthaal schema` describes the shape of every field, for completion in your editor",
);

fn expected_kind(expected: &str) -> Expected {
    let kind = |nl, en, (help_nl, help_en): (&'static str, &'static str)| Expected {
        nl,
        en,
        help_nl,
        help_en,
    };
    if expected.contains("`alle`") {
        kind(
            "`alle` of een lijst van criteria",
            "`alle` or a list of criteria",
            (
                "schrijf `criteria: alle` of een lijst zoals `[geslacht]`",
                "write `criteria: alle` or a list such as `[geslacht]`",
            ),
        )
    } else if expected.contains("sequence") {
        kind(
            "een lijst",
            "a list",
            (
                "schrijf een lijst als `[a, b]` of met een `- ` per regel",
                "write a list as `[a, b]` or with a `- ` on each line",
            ),
        )
    } else if expected.contains("bool") {
        kind(
            "`true` of `false`",
            "`true` or `false`",
            (
                "schrijf `true` (ja) of `false` (nee)",
                "write `true` (yes) or `false` (no)",
            ),
        )
    } else if expected.starts_with("struct") || expected.contains("map") {
        kind(
            "een blok (sleutel: waarde)",
            "a block (key: value)",
            (
                "schrijf velden als `sleutel: waarde` op ingesprongen regels",
                "write fields as `key: value` on indented lines",
            ),
        )
    } else if expected.contains("integer") || expected.starts_with('u') || expected.starts_with('i')
    {
        kind("een geheel getal", "a whole number", SCHEMA_HELP)
    } else if expected.contains("string") || expected.contains("char") {
        kind(
            "tekst",
            "text",
            (
                "schrijf gewone tekst, zonder [ ] of een - ervoor; begint de tekst met [, { of -, of staat er ': ' in, zet ze dan tussen aanhalingstekens",
                "write plain text, without [ ] or a - before it; if the text starts with [, { or -, or holds ': ', put it in quotes",
            ),
        )
    } else if expected.contains("variant") || expected.starts_with("enum") {
        kind(
            "één van de toegestane waarden",
            "one of the allowed values",
            SCHEMA_HELP,
        )
    } else {
        kind("een andere waarde", "another value", SCHEMA_HELP)
    }
}

fn type_help(expected: &Expected) -> Text {
    Text::new(expected.help_nl, expected.help_en)
}

/// Serde_yaml puts the path before the message and " at line L column C" after it;
/// both are reported separately.
fn strip_location(raw: &str) -> &str {
    let text = raw.find(" at line ").map_or(raw, |i| &raw[..i]);
    match text.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest,
        _ => text,
    }
}

fn quoted_words(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

fn first_quoted(text: &str) -> String {
    quoted_words(text)
        .first()
        .map_or_else(|| text.to_string(), |w| format!("`{w}`"))
}

fn backticked(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_suggests_the_nearest_name() {
        let p = describe(
            "stappen[0]: unknown field `fsae`, expected one of `id`, `fase`, `titel` at line 3 column 5",
        );
        assert_eq!(p.code, "L003");
        assert_eq!(
            p.message,
            Text::new("onbekend veld `fsae`", "unknown field `fsae`")
        );
        assert_eq!(
            p.help,
            Some(Text::new("bedoel je `fase`?", "did you mean `fase`?"))
        );
        assert!(p.at_key);
    }

    #[test]
    fn wrong_type_is_explained_in_dutch() {
        let p = describe("invalid type: string \"fysiek\", expected a sequence");
        assert_eq!(p.code, "L002");
        assert_eq!(
            p.message,
            Text::new(
                "verkeerd type: hier staat tekst `fysiek`, maar verwacht wordt een lijst",
                "wrong type: found text `fysiek`, but expected a list"
            )
        );
    }

    #[test]
    fn missing_field_names_the_field() {
        let p = describe("missing field `melder`");
        assert_eq!(p.code, "L012");
        assert_eq!(p.message.nl, "het verplichte veld `melder` ontbreekt");
        assert_eq!(p.message.en, "the required field `melder` is missing");
    }
}
