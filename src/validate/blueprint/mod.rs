//! Rules for service blueprints (codes B…): the model, its references and its promises.

use super::common::{Known, Names};
use super::ids::{check_id_format, check_ids};
use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::model::blueprint::Blueprint;
use crate::suggest::did_you_mean;

mod flow;
mod steps;

type Doc = Loaded<Blueprint>;

/// Names the site uses for its own pages and sections; a model with such an id would
/// overwrite `blauwdrukken/index.html` or repeat an id on the print page.
const RESERVED_MODELS: &[&str] = &[
    "index",
    "faq",
    "drempels",
    "referentie",
    "8b",
    "blauwdrukken",
    "charter",
    "draaiboek",
];

pub fn check_all(workspace: &Workspace, known: &Known, out: &mut Vec<Diagnostic>) {
    let expected: Vec<&str> = workspace
        .manifest
        .as_ref()
        .map(|m| m.value.modellen.iter().map(String::as_str).collect())
        .unwrap_or_default();
    check_models_present(workspace, out);
    let mut models_seen: Vec<(&str, &Doc)> = Vec::new();
    for doc in &workspace.blueprints {
        check_model_id(doc, &expected, &models_seen, out);
        models_seen.push((&doc.value.model, doc));
        check_blueprint(doc, known, out);
    }
}

fn check_blueprint(doc: &Doc, known: &Known, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    check_ids(
        doc,
        "actoren",
        "actor",
        bp.actoren.iter().map(|a| a.id.as_str()),
        out,
    );
    check_ids(
        doc,
        "fasen",
        "fase",
        bp.fasen.iter().map(|f| f.id.as_str()),
        out,
    );
    check_ids(
        doc,
        "stappen",
        "stap",
        bp.stappen.iter().map(|s| s.id.as_str()),
        out,
    );
    let actors = Names::new(
        "actor",
        crate::t!(
            "`actoren` van deze blauwdruk",
            "`actoren` of this blueprint"
        ),
        bp.actoren.iter().map(|a| a.id.as_str()),
    )
    .located(doc, "actoren");
    let phases = Names::new(
        "fase",
        crate::t!("`fasen` van deze blauwdruk", "`fasen` of this blueprint"),
        bp.fasen.iter().map(|f| f.id.as_str()),
    )
    .located(doc, "fasen");
    for (i, step) in bp.stappen.iter().enumerate() {
        let at = format!("stappen[{i}]");
        phases.check(doc, &format!("{at}.fase"), &step.fase, out);
        steps::check_step_actors(doc, &at, step, &actors, out);
        steps::check_step_references(doc, &at, step, known, out);
        steps::check_step_content(doc, &at, step, out);
    }
    flow::check_phase_order(doc, out);
    flow::check_empty_phases(doc, out);
    flow::check_referral(doc, known, out);
    flow::check_promises(doc, out);
    flow::check_barrier_coverage(doc, known, out);
    super::typos::fold(&actors, out);
    super::typos::fold(&phases, out);
}

/// B001: the model id matches the file name, is one the manifest expects, and is unique.
fn check_model_id(doc: &Doc, expected: &[&str], seen: &[(&str, &Doc)], out: &mut Vec<Diagnostic>) {
    let model = doc.value.model.as_str();
    let stem = doc
        .file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    check_id_format(doc, "model", model, out);
    if RESERVED_MODELS.contains(&model) {
        let message = crate::t!(
            "de naam `{model}` gebruikt het handboek zelf al",
            "the handbook itself already uses the name `{model}`"
        );
        out.push(doc.at_value("B001", "model", message).with_help(crate::t!(
            "kies een andere id voor het model (en hernoem het bestand mee)",
            "choose another id for the model (and rename the file with it)"
        )));
        return;
    }
    if !expected.is_empty() && !expected.contains(&model) {
        let help = match did_you_mean(model, expected.iter().copied()) {
            Some(near) => crate::t!("bedoel je `{near}`?", "did you mean `{near}`?"),
            None => crate::t!(
                "de modellen van dit handboek staan in onthaal.yaml: {}",
                "the models of this handbook are in onthaal.yaml: {}",
                expected.join(", ")
            ),
        };
        out.push(
            doc.at_value(
                "B001",
                "model",
                crate::t!("onbekend model `{model}`", "unknown model `{model}`"),
            )
            .with_help(help),
        );
    } else if let Some((_, first)) = seen.iter().find(|(m, _)| *m == model) {
        out.push(
            doc.at_value(
                "B001",
                "model",
                crate::t!(
                    "het model `{model}` heeft al een blauwdruk in {}",
                    "the model `{model}` already has a blueprint in {}",
                    first.file.name
                ),
            )
            .with_help(crate::t!(
                "elk model heeft precies één blauwdruk",
                "each model has exactly one blueprint"
            )),
        );
    } else if stem != model {
        out.push(
            doc.at_value(
                "B001",
                "model",
                crate::t!(
                    "het model `{model}` staat in een bestand met een andere naam ({stem}.yaml)",
                    "the model `{model}` is in a file with another name ({stem}.yaml)"
                ),
            )
            .with_help(crate::t!(
                "hernoem het bestand naar blueprints/{model}.yaml",
                "rename the file to blueprints/{model}.yaml"
            )),
        );
    }
}

/// B002: every model in the manifest has a blueprint file.
fn check_models_present(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    let Some(manifest) = &workspace.manifest else {
        return;
    };
    for (i, model) in manifest.value.modellen.iter().enumerate() {
        let name = format!("blueprints/{model}.yaml");
        if !workspace.files.contains(&name) {
            out.push(
                manifest
                    .at_value(
                        "B002",
                        &format!("modellen[{i}]"),
                        crate::t!(
                            "het model `{model}` heeft geen blauwdruk",
                            "the model `{model}` has no blueprint"
                        ),
                    )
                    .with_help(crate::t!(
                        "maak {name} aan; `onthaal init` in een lege map toont een volledige blauwdruk per model",
                        "create {name}; `onthaal init` in an empty folder shows a complete blueprint for each model"
                    )),
            );
        }
    }
}
