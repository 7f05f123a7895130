//! Rules shared by every format: ids, references, placeholder text, the manifest.

use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::source::{SourceFile, Span};
use crate::suggest::did_you_mean;
use crate::workspace::MANIFEST;

/// The ids a reference may point to, by kind; `None` when the defining file did not load.
pub struct Known {
    pub drempels: Option<Names>,
    pub organen: Option<Names>,
    pub kanalen: Option<Names>,
    pub doelgroepen: Option<Names>,
    pub criteria: Option<Names>,
    pub domeinen: Option<Names>,
    /// Ids of the organs that are equality bodies.
    pub gelijkheidsorganen: Vec<String>,
}

/// A set of known ids of one kind, with the noun and file used in messages.
pub struct Names {
    pub noun: &'static str,
    pub defined_in: String,
    pub ids: Vec<String>,
}

impl Names {
    pub fn new<'a>(
        noun: &'static str,
        defined_in: &str,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        Names {
            noun,
            defined_in: defined_in.to_string(),
            ids: ids.into_iter().map(str::to_string).collect(),
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|known| known == id)
    }

    /// Reports `value` at `path` of `loaded` when it names no known id.
    pub fn check<T>(&self, loaded: &Loaded<T>, path: &str, value: &str, out: &mut Vec<Diagnostic>) {
        if self.contains(value) {
            return;
        }
        let help = match did_you_mean(value, self.ids.iter().map(String::as_str)) {
            Some(near) => format!("bedoel je `{near}`?"),
            None => format!("de bekende waarden staan in {}", self.defined_in),
        };
        out.push(
            loaded
                .at_value("V002", path, format!("onbekende {} `{value}`", self.noun))
                .with_help(help),
        );
    }
}

impl Known {
    pub fn from(workspace: &Workspace) -> Self {
        let r = &workspace.reference;
        let names =
            |noun, file: &str, ids: Option<Vec<&str>>| ids.map(|ids| Names::new(noun, file, ids));
        Known {
            drempels: names(
                "drempel",
                "reference/drempels.yaml",
                r.drempels
                    .as_ref()
                    .map(|l| l.value.drempels.iter().map(|d| d.id.as_str()).collect()),
            ),
            organen: names(
                "orgaan",
                "reference/organen.yaml",
                r.organen
                    .as_ref()
                    .map(|l| l.value.organen.iter().map(|o| o.id.as_str()).collect()),
            ),
            kanalen: names(
                "kanaal",
                "reference/kanalen.yaml",
                r.kanalen
                    .as_ref()
                    .map(|l| l.value.kanalen.iter().map(|k| k.id.as_str()).collect()),
            ),
            doelgroepen: names(
                "doelgroep",
                "reference/doelgroepen.yaml",
                r.doelgroepen
                    .as_ref()
                    .map(|l| l.value.doelgroepen.iter().map(|k| k.id.as_str()).collect()),
            ),
            criteria: names(
                "criterium",
                "reference/criteria.yaml",
                r.criteria
                    .as_ref()
                    .map(|l| l.value.criteria.iter().map(|k| k.id.as_str()).collect()),
            ),
            domeinen: names(
                "domein",
                "reference/domeinen.yaml",
                r.domeinen
                    .as_ref()
                    .map(|l| l.value.domeinen.iter().map(|k| k.id.as_str()).collect()),
            ),
            gelijkheidsorganen: r
                .organen
                .as_ref()
                .map(|l| {
                    l.value
                        .organen
                        .iter()
                        .filter(|o| o.gelijkheidsorgaan)
                        .map(|o| o.id.clone())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// Checks every value of the list at `path` against `names` (skipped when unknown).
pub fn check_refs<T>(
    doc: &Loaded<T>,
    path: &str,
    names: Option<&Names>,
    values: &[String],
    out: &mut Vec<Diagnostic>,
) {
    let Some(names) = names else { return };
    for (j, value) in values.iter().enumerate() {
        names.check(doc, &format!("{path}[{j}]"), value, out);
    }
}

/// Checks a list of ids at `list[i].id`: each well-formed, none twice.
pub fn check_ids<'a, T>(
    loaded: &Loaded<T>,
    list: &str,
    noun: &str,
    ids: impl IntoIterator<Item = &'a str>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        let path = format!("{list}[{i}].id");
        check_id_format(loaded, &path, id, out);
        if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
            let line = loaded.spans.value(&format!("{list}[{first}].id")).line;
            out.push(
                loaded
                    .at_value(
                        "V001",
                        &path,
                        format!("de {noun} `{id}` bestaat al (regel {line})"),
                    )
                    .with_help("geef elke id één keer; hernoem of verwijder de tweede"),
            );
        } else {
            seen.push((id, i));
        }
    }
}

/// Checks a list of plain ids at `list[i]`: each well-formed, none twice.
fn check_ids_of_strings<T>(
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
            out.push(
                loaded
                    .at_value(
                        "V001",
                        &path,
                        format!("het {noun} `{id}` staat twee keer in de lijst"),
                    )
                    .with_help("schrap de tweede vermelding"),
            );
        }
    }
}

/// An id is lowercase words joined by hyphens, so that it is safe in paths and anchors.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub fn check_id_format<T>(loaded: &Loaded<T>, path: &str, id: &str, out: &mut Vec<Diagnostic>) {
    if !is_valid_id(id) {
        out.push(
            loaded
                .at_value(
                    "V003",
                    path,
                    format!("de id `{id}` heeft niet de vorm van een id"),
                )
                .with_help(format!(
                    "gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld `{}`",
                    slug(id)
                )),
        );
    }
}

/// A well-formed id made from free text, for suggestions.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Words that mark unfinished text; matched as whole words.
const PLACEHOLDERS: &[&str] = &["TODO", "FIXME", "XXX", "TBD", "lorem ipsum", "Lorem ipsum"];

/// Reports placeholder words left anywhere in a loaded file.
pub fn check_placeholders(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    for file in workspace.sources() {
        out.extend(placeholders_in(file));
    }
}

pub fn placeholders_in(file: &SourceFile) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for word in PLACEHOLDERS {
        for (offset, _) in file.text.match_indices(word) {
            if !is_whole_word(&file.text, offset, word.len()) {
                continue;
            }
            let span = file.span(offset, offset + word.len());
            found.push(
                Diagnostic::new("V004", file, span, format!("plaatshoudertekst `{word}` in de inhoud"))
                    .with_help("schrijf de tekst af, of laat het veld leeg zodat het handboek zegt dat het ontbreekt"),
            );
        }
    }
    found
}

fn is_whole_word(text: &str, start: usize, len: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[start + len..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The manifest names its models, and every reference file a rule relies on exists.
pub fn check_manifest(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    let Some(manifest) = &workspace.manifest else {
        return;
    };
    let models = &manifest.value.modellen;
    if models.is_empty() {
        out.push(
            manifest
                .at_key(
                    "M001",
                    "modellen",
                    format!("{MANIFEST} noemt geen enkel model"),
                )
                .with_help(
                    "som onder `modellen:` de ids op van de modellen die het handboek beschrijft",
                ),
        );
    }
    check_ids_of_strings(manifest, "modellen", "model", models, out);
    let required = [
        "reference/drempels.yaml",
        "reference/organen.yaml",
        "reference/kanalen.yaml",
        "reference/dimensies.yaml",
    ];
    for name in required {
        if !workspace.files.contains(name) {
            out.push(
                Diagnostic::new("M002", &manifest.file, Span::file_start(), format!("het referentiebestand {name} ontbreekt"))
                    .with_help("de blauwdrukken verwijzen naar de ids in dit bestand; voeg het toe (zie docs/)"),
            );
        }
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
