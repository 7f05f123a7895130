//! `onthaal route WOORD…`: the wegwijzer on the command line, in the words people use.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use super::Outcome;
use super::global::Global;
use super::output::to_stdout;
use crate::route::{Wegwijzer, query::Reading, text};
use crate::suggest::did_you_mean;
use crate::t;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Voorbeelden:\n  onthaal route huidskleur huurwoning\n  onthaal route zwanger werk\n  onthaal route moslim bus De Lijn\n\nHoofdletters, accenten en de volgorde van de woorden maken niet uit. Is een woord dubbelzinnig, dan vraagt route wat je bedoelt en toont het de keuzes."
)]
pub struct Args {
    /// Woorden over wat er gebeurde: het kenmerk (huidskleur, zwanger, moslim, rolstoel …) en de plaats of het domein (huurwoning, werk, bus, De Lijn, café …). Namen en ids werken ook. Zonder woorden: de lijst van criteria en domeinen.
    #[arg(value_name = "WOORD")]
    woorden: Vec<String>,
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
        let line = t!(
            "de wegwijzer antwoordt pas als de referentiegegevens in orde zijn",
            "the wegwijzer answers only once the reference data is in order"
        );
        eprintln!("{line}");
        return Ok(Outcome::ContentErrors);
    }
    let wegwijzer = Wegwijzer::from(&ws.reference).context(t!(
        "de referentiegegevens (criteria, domeinen, bevoegdheden, organen) ontbreken of bevatten fouten; voer `onthaal validate` uit",
        "the reference data (criteria, domains, rules, bodies) is missing or broken; run `onthaal validate`"
    ))?;
    if args.woorden.is_empty() {
        to_stdout(|out| list(out, &wegwijzer))?;
        return Ok(Outcome::Clean);
    }
    let understood = wegwijzer.ask(&args.woorden.join(" "));
    if understood.reading.groups.is_empty() {
        bail!(nothing_recognised(&wegwijzer, &understood.reading));
    }
    to_stdout(|out| text::write(out, &wegwijzer, &understood))?;
    Ok(Outcome::Clean)
}

/// `geen enkel woord herkend: wonne; bedoel je `wonen`?`
fn nothing_recognised(w: &Wegwijzer, reading: &Reading) -> String {
    let words = reading.unknown.join(" ");
    let names: Vec<&str> = w
        .criteria
        .iter()
        .flat_map(|c| std::iter::once(&c.id).chain(&c.trefwoorden))
        .chain(
            w.domeinen
                .iter()
                .flat_map(|d| std::iter::once(&d.id).chain(&d.trefwoorden)),
        )
        .map(String::as_str)
        .collect();
    let near = reading
        .unknown
        .iter()
        .find_map(|word| did_you_mean(word, names.iter().copied()));
    match near {
        Some(near) => t!(
            "geen enkel woord herkend: `{words}`; bedoel je `{near}`?",
            "no word recognised: `{words}`; did you mean `{near}`?"
        ),
        None => t!(
            "geen enkel woord herkend: `{words}`; `onthaal route` zonder woorden toont de lijst",
            "no word recognised: `{words}`; `onthaal route` without words shows the list"
        ),
    }
    .to_string()
}

fn list(out: &mut dyn Write, w: &Wegwijzer) -> std::io::Result<()> {
    let usage = t!(
        "Gebruik: onthaal route WOORD…, bijvoorbeeld: onthaal route zwanger werk\n\nCriteria:",
        "Usage: onthaal route WORD…, for example: onthaal route zwanger werk\n\nCriteria:"
    );
    writeln!(out, "{usage}")?;
    for c in w.criteria {
        writeln!(out, "  {:<36} {}", c.id, c.naam)?;
    }
    writeln!(out, "\n{}", t!("Domeinen:", "Domains:"))?;
    for d in w.domeinen {
        writeln!(out, "  {:<36} {}", d.id, d.naam)?;
    }
    Ok(())
}
