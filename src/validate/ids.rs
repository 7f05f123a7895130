//! V001 and V003: ids are well-formed and unique within their list.

use super::common::{article, english};
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::Loaded;

/// Checks a list of ids at `list[i].id`: each well-formed, none twice.
pub fn check_ids<'a, T>(
    loaded: &Loaded<T>,
    list: &str,
    noun: &str,
    ids: impl IntoIterator<Item = &'a str>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: std::collections::HashMap<&str, usize> = Default::default();
    for (i, id) in ids.into_iter().enumerate() {
        let path = format!("{list}[{i}].id");
        check_id_format(loaded, &path, id, out);
        if let Some(first) = seen.get(id) {
            let line = loaded.spans.value(&format!("{list}[{first}].id")).line;
            let name = &loaded.file.name;
            let earlier = crate::diagnostics::earlier(name, line, name);
            let (the, noun_en) = (article(noun), english(noun));
            let message = Text::new(
                format!("{the} {noun} `{id}` bestaat al ({})", earlier.nl),
                format!("the {noun_en} `{id}` already exists ({})", earlier.en),
            );
            out.push(loaded.at_value("V001", &path, message).with_help(crate::t!(
                "geef elke id één keer; hernoem of verwijder de tweede",
                "give each id once; rename or delete the second"
            )));
        } else {
            seen.insert(id, i);
        }
    }
}

/// Checks a list of plain ids at `list[i]`: each well-formed, none twice.
pub fn check_ids_of_strings<T>(
    loaded: &Loaded<T>,
    list: &str,
    noun: &str,
    ids: &[String],
    out: &mut Vec<Diagnostic>,
) {
    for (i, id) in ids.iter().enumerate() {
        let path = format!("{list}[{i}]");
        check_id_format(loaded, &path, id, out);
        if ids[..i].contains(id) {
            let noun_en = english(noun);
            out.push(
                loaded
                    .at_value(
                        "V001",
                        &path,
                        crate::t!(
                            "het {noun} `{id}` staat twee keer in de lijst",
                            "the {noun_en} `{id}` is twice in the list"
                        ),
                    )
                    .with_help(crate::t!(
                        "schrap de tweede vermelding",
                        "delete the second mention"
                    )),
            );
        }
    }
}

pub use crate::model::slug::{is_valid_id, slug};

pub fn check_id_format<T>(loaded: &Loaded<T>, path: &str, id: &str, out: &mut Vec<Diagnostic>) {
    if !is_valid_id(id) {
        out.push(
            loaded
                .at_value(
                    "V003",
                    path,
                    crate::t!(
                        "de id `{id}` heeft niet de vorm van een id",
                        "the id `{id}` does not have the form of an id"
                    ),
                )
                .with_help(crate::t!(
                    "gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld `{}`",
                    "use lowercase letters, digits and hyphens, for example `{}`",
                    slug(id)
                )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_valid_id("warm-meldpunt"));
        assert!(is_valid_id("stap-2"));
        assert!(!is_valid_id("Warm meldpunt"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn slug_makes_an_id_from_text() {
        assert_eq!(slug("Één Warm Meldpunt!"), "een-warm-meldpunt");
    }
}
