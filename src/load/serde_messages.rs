//! Turns serde's and the YAML scanner's English messages into Dutch diagnostics.

use crate::suggest::did_you_mean;

/// A deserialisation problem, in Dutch, with the code of its rule.
pub struct Problem {
    pub code: &'static str,
    pub message: String,
    pub help: Option<String>,
    /// Whether the position is that of the key (unknown field) rather than the value.
    pub at_key: bool,
}

/// Describes serde's message `raw` (with serde_yaml's " at line …" suffix) in Dutch.
pub fn describe(raw: &str) -> Problem {
    let text = strip_location(raw);
    if let Some(rest) = text.strip_prefix("unknown field ") {
        return unknown("L003", "onbekend veld", rest, "velden");
    }
    if let Some(rest) = text.strip_prefix("unknown variant ") {
        return unknown("L002", "onbekende waarde", rest, "waarden");
    }
    if let Some(rest) = text.strip_prefix("missing field ") {
        return Problem {
            code: "L012",
            message: format!("het verplichte veld {} ontbreekt", first_quoted(rest)),
            help: Some(
                "voeg het veld toe; `onthaal schema` beschrijft de velden van elk formaat, voor aanvulling in je editor"
                    .into(),
            ),
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
        message: format!("ongeldige YAML: {text}"),
        help: None,
        at_key: false,
    }
}

fn unknown(code: &'static str, what: &str, rest: &str, plural: &str) -> Problem {
    let quoted = quoted_words(rest);
    let (given, allowed) = quoted.split_first().map_or(("", &[][..]), |(g, a)| (*g, a));
    let help = match did_you_mean(given, allowed.iter().copied()) {
        Some(near) => format!("bedoel je `{near}`?"),
        None if allowed.is_empty() => "hier zijn geen velden toegestaan".into(),
        None => format!("toegestane {plural}: {}", backticked(allowed)),
    };
    Problem {
        code,
        message: format!("{what} `{given}`"),
        help: Some(help),
        at_key: code == "L003",
    }
}

fn wrong_type(rest: &str) -> Problem {
    let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
    Problem {
        code: "L002",
        message: format!(
            "verkeerd type: hier staat {}, maar verwacht wordt {}",
            found_in_dutch(found),
            expected_in_dutch(expected)
        ),
        help: Some(type_help(expected).into()),
        at_key: false,
    }
}

fn found_in_dutch(found: &str) -> String {
    let kinds = [
        ("string", "tekst"),
        ("sequence", "een lijst"),
        ("map", "een blok (sleutel: waarde)"),
        ("unit", "een lege waarde"),
        ("boolean", "een ja/nee-waarde"),
        ("integer", "een getal"),
        ("floating point", "een getal"),
    ];
    let name = kinds
        .iter()
        .find(|(english, _)| found.starts_with(english))
        .map_or("een andere waarde", |(_, dutch)| dutch);
    match found.split_once(' ') {
        Some((_, shown)) if name != "een lege waarde" && !shown.is_empty() => {
            format!("{name} {}", shown.replace('"', "`"))
        }
        _ => name.to_string(),
    }
}

fn expected_in_dutch(expected: &str) -> &'static str {
    if expected.contains("`alle`") {
        "`alle` of een lijst van criteria"
    } else if expected.contains("sequence") {
        "een lijst"
    } else if expected.contains("bool") {
        "`true` of `false`"
    } else if expected.starts_with("struct") || expected.contains("map") {
        "een blok (sleutel: waarde)"
    } else if expected.contains("integer") || expected.starts_with('u') || expected.starts_with('i')
    {
        "een geheel getal"
    } else if expected.contains("string") || expected.contains("char") {
        "tekst"
    } else if expected.contains("variant") || expected.starts_with("enum") {
        "één van de toegestane waarden"
    } else {
        "een andere waarde"
    }
}

fn type_help(expected: &str) -> &'static str {
    match expected_in_dutch(expected) {
        "`alle` of een lijst van criteria" => {
            "schrijf `criteria: alle` of een lijst zoals `[geslacht]`"
        }
        "een lijst" => "schrijf een lijst als `[a, b]` of met een `- ` per regel",
        "`true` of `false`" => "schrijf `true` (ja) of `false` (nee)",
        "een blok (sleutel: waarde)" => {
            "schrijf velden als `sleutel: waarde` op ingesprongen regels"
        }
        "tekst" => {
            "schrijf gewone tekst, zonder [ ] of een - ervoor; begint de tekst met [, { of -, of staat er ': ' in, zet ze dan tussen aanhalingstekens"
        }
        _ => "`onthaal schema` beschrijft de vorm van elk veld, voor aanvulling in je editor",
    }
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
        assert_eq!(p.message, "onbekend veld `fsae`");
        assert_eq!(p.help.as_deref(), Some("bedoel je `fase`?"));
        assert!(p.at_key);
    }

    #[test]
    fn wrong_type_is_explained_in_dutch() {
        let p = describe("invalid type: string \"fysiek\", expected a sequence");
        assert_eq!(p.code, "L002");
        assert_eq!(
            p.message,
            "verkeerd type: hier staat tekst `fysiek`, maar verwacht wordt een lijst"
        );
    }

    #[test]
    fn missing_field_names_the_field() {
        let p = describe("missing field `melder`");
        assert_eq!(p.code, "L012");
        assert_eq!(p.message, "het verplichte veld `melder` ontbreekt");
    }
}
