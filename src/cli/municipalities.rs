//! What the municipal commands share: choosing municipalities by slug (or all).

use anyhow::bail;

use crate::load::Workspace;
use crate::load::municipality::Municipality;
use crate::suggest::did_you_mean;
use crate::t;

/// Which municipalities a command is about.
#[derive(Debug, clap::Args)]
pub struct Selection {
    /// De gemeenten, bij hun slug (de naam van hun profiel in charters/, zonder .yaml).
    #[arg(value_name = "SLUG", required_unless_present = "all")]
    slugs: Vec<String>,

    /// Alle gemeenten van het handboek.
    #[arg(long, conflicts_with = "slugs")]
    all: bool,
}

impl Selection {
    /// The profiles the selection names that did not load (only `--all` names them
    /// without a slug; a named one is a usage error in `find`).
    pub fn unreadable(&self, ws: &Workspace) -> Vec<String> {
        if !self.all {
            return Vec::new();
        }
        unreadable(ws)
    }
}

/// The slugs of the profiles in `charters/` that did not load.
pub fn unreadable(ws: &Workspace) -> Vec<String> {
    ws.files
        .iter()
        .filter_map(|f| f.strip_prefix("charters/")?.strip_suffix(".yaml"))
        .filter(|slug| !slug.contains('/') && !ws.municipalities.iter().any(|m| m.slug == *slug))
        .map(str::to_string)
        .collect()
}

/// That the profile of `slug` did not load, and where to see why.
pub fn unreadable_message(slug: &str) -> crate::i18n::Text {
    let profile = format!("charters/{slug}.yaml");
    t!(
        "{profile} kon niet gelezen worden; `onthaal validate {profile}` toont waarom",
        "{profile} could not be read; `onthaal validate {profile}` shows why"
    )
}

/// The municipalities of `ws` the selection names, in its order and each once; an
/// unknown slug is a usage error with the nearest known one.
pub fn selected<'w>(ws: &'w Workspace, which: &Selection) -> anyhow::Result<Vec<&'w Municipality>> {
    if which.all {
        return Ok(ws.municipalities.iter().collect());
    }
    let mut chosen: Vec<&Municipality> = Vec::new();
    for slug in &which.slugs {
        let m = find(ws, slug)?;
        if !chosen.iter().any(|c| c.slug == m.slug) {
            chosen.push(m);
        }
    }
    Ok(chosen)
}

/// The municipality with `slug`.
pub fn find<'w>(ws: &'w Workspace, slug: &str) -> anyhow::Result<&'w Municipality> {
    if let Some(m) = ws.municipalities.iter().find(|m| m.slug == slug) {
        return Ok(m);
    }
    if ws.files.contains(&format!("charters/{slug}.yaml")) {
        bail!(unreadable_message(slug));
    }
    let known: Vec<&str> = ws.municipalities.iter().map(|m| m.slug.as_str()).collect();
    match did_you_mean(slug, known.iter().copied()) {
        Some(near) => bail!(t!(
            "geen gemeente `{slug}` in charters/; bedoel je `{near}`?",
            "no municipality `{slug}` in charters/; did you mean `{near}`?"
        )),
        None if known.is_empty() => bail!(t!(
            "geen gemeente `{slug}`: er staan nog geen profielen in charters/ (maak er een met `onthaal new municipality`)",
            "no municipality `{slug}`: charters/ holds no profiles yet (create one with `onthaal new municipality`)"
        )),
        None => bail!(t!(
            "geen gemeente `{slug}` in charters/; de gemeenten zijn: {}",
            "no municipality `{slug}` in charters/; the municipalities are: {}",
            known.join(", ")
        )),
    }
}
