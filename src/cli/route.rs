//! `onthaal route CRITERIUM DOMEIN`: the wegwijzer on the command line.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use super::Outcome;
use super::global::Global;
use super::output::to_stdout;
use crate::render::dutch_date;
use crate::route::{Route, Wegwijzer};
use crate::suggest::did_you_mean;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De id van het criterium, zoals huidskleur of seksuele-geaardheid (`onthaal route` zonder argumenten toont de lijst).
    criterium: Option<String>,
    /// De id van het domein, zoals wonen of horeca.
    domein: Option<String>,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    let (ws, found) = crate::load_and_check(&root, global.today()?)?;
    // An answer from rules that gap or overlap would be wrong without a word: refuse.
    let broken: Vec<_> = found
        .into_iter()
        .filter(|d| {
            d.severity == crate::diagnostics::Severity::Error && d.file.starts_with("reference/")
        })
        .collect();
    if !broken.is_empty() {
        crate::diagnostics::write_human(&mut std::io::stderr().lock(), &broken, false)?;
        eprintln!("de wegwijzer antwoordt pas als de referentiegegevens in orde zijn");
        return Ok(Outcome::ContentErrors);
    }
    let wegwijzer = Wegwijzer::from(&ws.reference).context(
        "de referentiegegevens (criteria, domeinen, bevoegdheden, organen) ontbreken of bevatten fouten; voer `onthaal validate` uit",
    )?;
    let (criterium, domein) = match (&args.criterium, &args.domein) {
        (Some(criterium), Some(domein)) => (criterium, domein),
        (Some(criterium), None) => {
            bail!("geef ook een domein, bijvoorbeeld `onthaal route {criterium} wonen`")
        }
        _ => {
            to_stdout(|out| list(out, &wegwijzer))?;
            return Ok(Outcome::Clean);
        }
    };
    known(
        criterium,
        wegwijzer.criteria.iter().map(|c| c.id.as_str()),
        "criterium",
    )?;
    known(
        domein,
        wegwijzer.domeinen.iter().map(|d| d.id.as_str()),
        "domein",
    )?;
    let route = wegwijzer
        .route(criterium, domein)
        .with_context(|| format!("geen regel in reference/bevoegdheden.yaml voor {criterium} in {domein}; voer `onthaal validate` uit"))?;
    to_stdout(|out| explain(out, &route))?;
    Ok(Outcome::Clean)
}

fn known<'a>(
    given: &str,
    ids: impl Iterator<Item = &'a str> + Clone,
    noun: &str,
) -> anyhow::Result<()> {
    if ids.clone().any(|id| id == given) {
        return Ok(());
    }
    match did_you_mean(given, ids) {
        Some(near) => bail!("onbekend {noun} `{given}`; bedoel je `{near}`?"),
        None => {
            bail!("onbekend {noun} `{given}`; `onthaal route` zonder argumenten toont de lijst")
        }
    }
}

fn explain(out: &mut dyn Write, route: &Route) -> std::io::Result<()> {
    let level = match route.domein.niveau {
        crate::model::reference::Niveau::Vlaams => "Vlaamse materie",
        crate::model::reference::Niveau::Federaal => "federale materie",
    };
    writeln!(
        out,
        "{} in het domein {} ({level})",
        route.criterium.naam, route.domein.naam
    )?;
    match route.orgaan {
        Some(o) => {
            writeln!(out, "→ {}", o.naam)?;
            let phone = match o.phone_with_note() {
                p if p.is_empty() => "niet bekend".to_string(),
                p => p,
            };
            writeln!(out, "  telefoon: {phone}")?;
            if !o.website.is_empty() {
                writeln!(out, "  website: {}", o.website)?;
            }
        }
        None => writeln!(out, "→ geen gelijkheidsorgaan aangewezen")?,
    }
    writeln!(out)?;
    writeln!(out, "{}", route.regel.toelichting.trim())?;
    writeln!(out)?;
    writeln!(
        out,
        "Bron: {} (nagekeken op {}, regel `{}`)",
        route.regel.bron,
        dutch_date(&route.regel.herzien),
        route.regel.id
    )?;
    writeln!(
        out,
        "Gaat het ook om geweld, bedreiging of een ander misdrijf? Dan kan de melder ook naar de politie."
    )
}

fn list(out: &mut dyn Write, w: &Wegwijzer) -> std::io::Result<()> {
    writeln!(out, "Gebruik: onthaal route CRITERIUM DOMEIN\n\nCriteria:")?;
    for c in w.criteria {
        writeln!(out, "  {:<36} {}", c.id, c.naam)?;
    }
    writeln!(out, "\nDomeinen:")?;
    for d in w.domeinen {
        writeln!(out, "  {:<36} {}", d.id, d.naam)?;
    }
    Ok(())
}
