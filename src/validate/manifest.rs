//! M001 and M002: the manifest names its models, and the reference files exist.

use super::ids::check_ids_of_strings;
use crate::diagnostics::Diagnostic;
use crate::load::Workspace;
use crate::load::unread::REFERENCE_FILES;
use crate::source::Span;
use crate::workspace::MANIFEST;

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
                    crate::t!(
                        "{MANIFEST} noemt geen enkel model",
                        "{MANIFEST} names no model"
                    ),
                )
                .with_help(crate::t!(
                    "som onder `modellen:` de ids op van de modellen die het handboek beschrijft",
                    "list under `modellen:` the ids of the models the handbook describes"
                )),
        );
    }
    check_ids_of_strings(manifest, "modellen", "model", models, out);
    super::output_folder::check(manifest, out);
    if !is_language_tag(&manifest.value.taal) {
        out.push(
            manifest
                .at_value(
                    "M004",
                    "taal",
                    crate::t!(
                        "`{}` is geen taalcode",
                        "`{}` is not a language code",
                        manifest.value.taal
                    ),
                )
                .with_help(crate::t!(
                    "gebruik een taalcode zoals `nl` of `nl-BE`; schermlezers kiezen er hun uitspraak mee",
                    "use a language code such as `nl` or `nl-BE`; screen readers choose their pronunciation by it"
                )),
        );
    }
    for file in REFERENCE_FILES {
        let name = format!("reference/{file}");
        if !workspace.files.contains(&name) {
            out.push(
                Diagnostic::new(
                    "M002",
                    &manifest.file,
                    Span::file_start(),
                    crate::t!(
                        "het referentiebestand {name} ontbreekt",
                        "the reference file {name} is missing"
                    ),
                )
                    .with_help(crate::t!(
                        "de inhoud, de controles en het handboek steunen op dit bestand; voeg het toe (`onthaal init` in een lege map maakt alle referentiebestanden)",
                        "the content, the checks and the handbook rely on this file; add it (`onthaal init` in an empty folder makes every reference file)"
                    )),
            );
        }
    }
}

/// A BCP 47 tag of the simple kind: `nl`, `nl-BE`, `fr`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::is_language_tag;

    #[test]
    fn language_tags_are_short_codes() {
        assert!(is_language_tag("nl") && is_language_tag("nl-BE"));
        assert!(
            !is_language_tag("Nederlands")
                && !is_language_tag("")
                && !is_language_tag("nl\"><script>")
        );
    }
}
