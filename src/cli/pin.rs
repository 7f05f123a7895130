//! `onthaal pin SLUG... | --all`: record, per model section a municipality's changes rest
//! on, its current text in `charters/<slug>.lock` (like Cargo.lock: written by the tool,
//! reviewed in diffs, never edited by hand). Run it after reviewing the changes.

use std::path::Path;

use super::Outcome;
use super::global::Global;
use super::municipalities::{Selection, selected};
use super::output::to_stdout;
use crate::diagnostics::{self, Severity};
use crate::load::municipality::{Municipality, lock_path};
use crate::model::document::Document;
use crate::model::municipality::{Lock, Target};
use crate::overlay::apply::resolve;
use crate::overlay::{Model, drift};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    which: Selection,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    let (ws, found) = crate::load_and_check(&root, global.today()?)?;
    let chosen = selected(&ws, &args.which)?;
    let chapters: Vec<&Document> = ws.playbook.iter().map(|l| &l.value).collect();
    let model = Model::new(ws.charter.as_ref().map(|c| &c.value), &chapters);
    let mut outcome = Outcome::Clean;
    for m in chosen {
        // A broken lock is no reason to refuse: pin writes it anew.
        let errors = errors_in(&found, &m.profile.file.name);
        if !errors.is_empty() {
            refuse(global, &errors, &m.slug)?;
            outcome = Outcome::ContentErrors;
            continue;
        }
        let summary = pin_one(&root, &model, m)?;
        to_stdout(|o| writeln!(o, "{summary}"))?;
    }
    // `--all` also names the profiles that did not load, rather than pass them by.
    for slug in args.which.unreadable(&ws) {
        refuse(
            global,
            &errors_in(&found, &format!("charters/{slug}.yaml")),
            &slug,
        )?;
        outcome = Outcome::ContentErrors;
    }
    Ok(outcome)
}

fn errors_in(found: &[diagnostics::Diagnostic], profile: &str) -> Vec<diagnostics::Diagnostic> {
    found
        .iter()
        .filter(|d| d.severity == Severity::Error && d.file == profile)
        .cloned()
        .collect()
}

/// Shows a profile's errors and says that nothing was pinned for it.
fn refuse(global: &Global, errors: &[diagnostics::Diagnostic], slug: &str) -> anyhow::Result<()> {
    diagnostics::write_human(
        &mut std::io::stderr().lock(),
        errors,
        global.colour_on_stderr(),
    )?;
    eprintln!(
        "{}",
        t!(
            "{}: niets vastgelegd; los eerst de fouten in het profiel op",
            "{}: nothing pinned; fix the errors in the profile first",
            slug
        )
    );
    Ok(())
}

fn lock_name(m: &Municipality) -> String {
    format!("charters/{}.lock", m.slug)
}

/// Writes the lock of `m` (or removes it when no change is left) and says what changed.
fn pin_one(root: &Path, model: &Model<'_>, m: &Municipality) -> anyhow::Result<crate::i18n::Text> {
    let accepted = crate::validate::municipal::accepted(model, m);
    let changes = &m.profile.value.wijzigingen;
    let applied: Vec<_> = [Target::Charter, Target::Draaiboek]
        .into_iter()
        .flat_map(|target| resolve(model, target, changes))
        .filter(|a| accepted.contains(&a.change))
        .collect();
    let new = drift::pin(&applied, drift::model_version(model));
    let old = m.lock.as_ref().map(|l| l.value.clone()).unwrap_or_default();
    let path = lock_path(root, &m.slug);
    let name = lock_name(m);
    if new.secties.is_empty() {
        if m.has_lock_file {
            std::fs::remove_file(&path)?;
            return Ok(t!(
                "{name}: verwijderd; er zijn geen wijzigingen meer om vast te leggen",
                "{name}: removed; there are no changes left to pin"
            ));
        }
        return Ok(t!(
            "{}: geen wijzigingen, niets vast te leggen",
            "{}: no changes, nothing to pin",
            m.slug
        ));
    }
    if m.has_lock_file && m.lock.is_none() {
        crate::output::write_file(&path, lock_text(&m.slug, &new)?.as_bytes())?;
        let (nl, en) = sections(new.secties.len());
        return Ok(t!(
            "{name}: het oude lockbestand was onleesbaar; {nl} opnieuw vastgelegd",
            "{name}: the old lock file was unreadable; {en} pinned anew"
        ));
    }
    let (added, updated, removed) = compare(&old, &new);
    if m.lock.as_ref().is_some_and(|l| l.value.model == new.model) && added + updated + removed == 0
    {
        let (nl, en) = sections(new.secties.len());
        return Ok(t!(
            "{name}: bijgewerkt, niets veranderd ({nl})",
            "{name}: up to date, nothing changed ({en})"
        ));
    }
    crate::output::write_file(&path, lock_text(&m.slug, &new)?.as_bytes())?;
    let (nl, en) = sections(new.secties.len());
    Ok(t!(
        "{name}: {nl} vastgelegd ({added} nieuw, {updated} bijgewerkt, {removed} opgeruimd)",
        "{name}: {en} pinned ({added} new, {updated} updated, {removed} removed)"
    ))
}

/// `1 sectie`, `3 secties`: in Dutch and in English.
fn sections(n: usize) -> (String, String) {
    if n == 1 {
        ("1 sectie".into(), "1 section".into())
    } else {
        (format!("{n} secties"), format!("{n} sections"))
    }
}

/// How many entries are new, changed and gone between two locks.
fn compare(old: &Lock, new: &Lock) -> (usize, usize, usize) {
    let find = |lock: &Lock, pin: &crate::model::municipality::Pin| {
        drift::find(lock, pin.document, &pin.sectie).cloned()
    };
    let added = new
        .secties
        .iter()
        .filter(|p| find(old, p).is_none())
        .count();
    let updated = new
        .secties
        .iter()
        .filter(|p| find(old, p).is_some_and(|o| o.vingerafdruk != p.vingerafdruk))
        .count();
    let removed = old
        .secties
        .iter()
        .filter(|p| find(new, p).is_none())
        .count();
    (added, updated, removed)
}

/// The lock file: a comment that says what it is, then the entries.
fn lock_text(slug: &str, lock: &Lock) -> anyhow::Result<String> {
    Ok(format!(
        "# Geschreven door `onthaal pin {slug}`; pas dit bestand niet met de hand aan.\n\
         # Per sectie van het model waarop een wijziging van het profiel rust: haar tekst toen\n\
         # de wijziging werd nagekeken. `onthaal validate` meldt wanneer het model die sectie\n\
         # sindsdien veranderde.\n{}",
        serde_yaml::to_string(lock)?
    ))
}
