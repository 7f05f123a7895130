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
                    format!("{MANIFEST} noemt geen enkel model"),
                )
                .with_help(
                    "som onder `modellen:` de ids op van de modellen die het handboek beschrijft",
                ),
        );
    }
    check_ids_of_strings(manifest, "modellen", "model", models, out);
    for file in REFERENCE_FILES {
        let name = format!("reference/{file}");
        if !workspace.files.contains(&name) {
            out.push(
                Diagnostic::new("M002", &manifest.file, Span::file_start(), format!("het referentiebestand {name} ontbreekt"))
                    .with_help("de inhoud, de controles en het handboek steunen op dit bestand; voeg het toe (zie docs/inhoud.md)"),
            );
        }
    }
}
