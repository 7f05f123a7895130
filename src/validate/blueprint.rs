//! Rules for service blueprints (codes B…): the model, its references and its promises.

use std::collections::BTreeSet;

use super::common::{Known, Names, check_id_format, check_ids, check_refs};
use crate::diagnostics::Diagnostic;
use crate::load::{Loaded, Workspace};
use crate::model::blueprint::{Blueprint, Kenmerk, Stap};
use crate::suggest::did_you_mean;

type Doc = Loaded<Blueprint>;

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
        "`actoren` van deze blauwdruk",
        bp.actoren.iter().map(|a| a.id.as_str()),
    );
    let phases = Names::new(
        "fase",
        "`fasen` van deze blauwdruk",
        bp.fasen.iter().map(|f| f.id.as_str()),
    );
    for (i, step) in bp.stappen.iter().enumerate() {
        let at = format!("stappen[{i}]");
        phases.check(doc, &format!("{at}.fase"), &step.fase, out);
        check_step_actors(doc, &at, step, &actors, out);
        check_step_references(doc, &at, step, known, out);
        check_step_content(doc, &at, step, out);
    }
    check_phase_order(doc, out);
    check_empty_phases(doc, out);
    check_referral(doc, known, out);
    check_promises(doc, out);
    check_barrier_coverage(doc, known, out);
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
    if !expected.is_empty() && !expected.contains(&model) {
        let help = match did_you_mean(model, expected.iter().copied()) {
            Some(near) => format!("bedoel je `{near}`?"),
            None => format!(
                "de modellen van dit handboek staan in onthaal.yaml: {}",
                expected.join(", ")
            ),
        };
        out.push(
            doc.at_value("B001", "model", format!("onbekend model `{model}`"))
                .with_help(help),
        );
    } else if let Some((_, first)) = seen.iter().find(|(m, _)| *m == model) {
        out.push(
            doc.at_value(
                "B001",
                "model",
                format!(
                    "het model `{model}` heeft al een blauwdruk in {}",
                    first.file.name
                ),
            )
            .with_help("elk model heeft precies één blauwdruk"),
        );
    } else if stem != model {
        out.push(
            doc.at_value(
                "B001",
                "model",
                format!(
                    "het model `{model}` staat in een bestand met een andere naam ({stem}.yaml)"
                ),
            )
            .with_help(format!("hernoem het bestand naar blueprints/{model}.yaml")),
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
                        format!("het model `{model}` heeft geen blauwdruk"),
                    )
                    .with_help(format!("maak {name} aan (zie docs/blueprints.md)")),
            );
        }
    }
}

fn check_step_actors(doc: &Doc, at: &str, step: &Stap, actors: &Names, out: &mut Vec<Diagnostic>) {
    let lanes = [
        ("frontstage", &step.frontstage),
        ("backstage", &step.backstage),
        ("ondersteuning", &step.ondersteuning),
    ];
    for (lane, action) in lanes {
        if let Some(action) = action {
            actors.check(doc, &format!("{at}.{lane}.actor"), &action.actor, out);
        }
    }
}

fn check_step_references(
    doc: &Doc,
    at: &str,
    step: &Stap,
    known: &Known,
    out: &mut Vec<Diagnostic>,
) {
    let lists = [
        (&known.drempels, "drempels", &step.drempels),
        (&known.kanalen, "kanalen", &step.kanalen),
    ];
    for (names, field, values) in lists {
        check_refs(doc, &format!("{at}.{field}"), names.as_ref(), values, out);
    }
    if let Some(referral) = &step.doorverwijzing {
        check_refs(
            doc,
            &format!("{at}.doorverwijzing.naar"),
            known.organen.as_ref(),
            &referral.naar,
            out,
        );
    }
}

/// B003, B004, B009: each step has a melder action, each fail point a mitigation, and a
/// referral happens only with consent.
fn check_step_content(doc: &Doc, at: &str, step: &Stap, out: &mut Vec<Diagnostic>) {
    if step.melder.as_deref().is_none_or(|m| m.trim().is_empty()) {
        out.push(
            doc.at_key(
                "B003",
                &format!("{at}.id"),
                format!(
                    "de stap `{}` beschrijft niet wat de melder doet of ervaart",
                    step.id
                ),
            )
            .with_help("voeg `melder:` toe: elke stap vertrekt vanuit de melder"),
        );
    }
    for (j, fail) in step.faalpunten.iter().enumerate() {
        if fail.opvang.as_deref().is_none_or(|o| o.trim().is_empty()) {
            out.push(
                doc.at_value(
                    "B004",
                    &format!("{at}.faalpunten[{j}].risico"),
                    "dit faalpunt heeft geen opvang".into(),
                )
                .with_help("voeg `opvang:` toe: hoe voorkomt of herstelt de dienst dit?"),
            );
        }
    }
    if let Some(referral) = &step.doorverwijzing
        && !referral.toestemming
    {
        out.push(
                doc.at_value("B009", &format!("{at}.doorverwijzing.toestemming"), "een doorverwijzing zonder toestemming van de melder".into())
                    .with_help("verwijs alleen door met toestemming: zet `toestemming: true` en beschrijf hoe je ze vraagt"),
            );
    }
}

/// B010: steps follow the order of the phases.
fn check_phase_order(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    let rank = |id: &str| bp.fasen.iter().position(|f| f.id == id);
    let mut highest = 0;
    for (i, step) in bp.stappen.iter().enumerate() {
        let Some(r) = rank(&step.fase) else { continue };
        if r < highest {
            out.push(
                doc.at_value("B010", &format!("stappen[{i}].fase"), format!("de stap `{}` hoort bij een eerdere fase dan de stap ervoor", step.id))
                    .with_help("zet de stappen in de volgorde van de fasen; het schema leest van links naar rechts"),
            );
        }
        highest = highest.max(r);
    }
}

/// B011: every phase has at least one step.
fn check_empty_phases(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    for (i, phase) in bp.fasen.iter().enumerate() {
        if !bp.stappen.iter().any(|s| s.fase == phase.id) {
            out.push(
                doc.at_value(
                    "B011",
                    &format!("fasen[{i}].id"),
                    format!("de fase `{}` heeft geen stappen", phase.id),
                )
                .with_help("voeg een stap toe met deze `fase:`, of schrap de fase"),
            );
        }
    }
}

/// B005 and B006: a referral to an equality body, and feedback to the melder after it.
fn check_referral(doc: &Doc, known: &Known, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    let is_equality = |id: &String| known.gelijkheidsorganen.contains(id);
    let first = bp.stappen.iter().position(|s| {
        s.doorverwijzing
            .as_ref()
            .is_some_and(|d| d.naar.iter().any(is_equality))
    });
    let Some(first) = first else {
        if known.organen.is_some() {
            out.push(
                doc.at_key("B005", "stappen", "geen enkele stap verwijst door naar een gelijkheidsorgaan".into())
                    .with_help("voeg een stap toe met `doorverwijzing: {naar: [vmri, unia, igvm], toestemming: true, warm: …}`"),
            );
        }
        return;
    };
    let feedback_after = bp.stappen[first..]
        .iter()
        .any(|s| s.kenmerken.contains(&Kenmerk::Terugkoppeling));
    if !feedback_after {
        out.push(
            doc.at_value(
                "B006",
                &format!("stappen[{first}].doorverwijzing"),
                "na deze doorverwijzing krijgt de melder geen terugkoppeling".into(),
            )
            .with_help("voeg na de doorverwijzing een stap toe met `kenmerken: [terugkoppeling]`"),
        );
    }
}

/// B007: what the model promises, a step delivers.
fn check_promises(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let bp = &doc.value;
    for (i, promise) in bp.belooft.iter().enumerate() {
        let kept = bp.stappen.iter().any(|s| match promise {
            Kenmerk::WarmeOverdracht => s.doorverwijzing.as_ref().is_some_and(|d| d.warm),
            other => s.kenmerken.contains(other),
        });
        if !kept {
            let (name, fix) = promise_words(*promise);
            out.push(
                doc.at_value(
                    "B007",
                    &format!("belooft[{i}]"),
                    format!("het model belooft {name}, maar geen stap levert het"),
                )
                .with_help(fix),
            );
        }
    }
}

fn promise_words(promise: Kenmerk) -> (&'static str, &'static str) {
    match promise {
        Kenmerk::Nazorg => (
            "nazorg",
            "voeg een stap toe met `kenmerken: [nazorg]`, of schrap de belofte",
        ),
        Kenmerk::Terugkoppeling => (
            "terugkoppeling",
            "voeg een stap toe met `kenmerken: [terugkoppeling]`, of schrap de belofte",
        ),
        Kenmerk::Registratie => (
            "registratie",
            "voeg een stap toe met `kenmerken: [registratie]`, of schrap de belofte",
        ),
        Kenmerk::WarmeOverdracht => (
            "een warme overdracht",
            "zet `warm: true` op een doorverwijzing, of schrap de belofte",
        ),
    }
}

/// B008 (warning): every barrier is answered by at least one step.
fn check_barrier_coverage(doc: &Doc, known: &Known, out: &mut Vec<Diagnostic>) {
    let Some(barriers) = &known.drempels else {
        return;
    };
    let answered: BTreeSet<&str> = doc
        .value
        .stappen
        .iter()
        .flat_map(|s| s.drempels.iter().map(String::as_str))
        .collect();
    for barrier in &barriers.ids {
        if !answered.contains(barrier.as_str()) {
            out.push(
                doc.at_key(
                    "B008",
                    "stappen",
                    format!("geen stap beantwoordt de drempel `{barrier}`"),
                )
                .with_help(format!(
                    "voeg `{barrier}` toe aan `drempels:` van de stap die deze drempel wegneemt"
                )),
            );
        }
    }
}
