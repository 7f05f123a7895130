//! `onthaal zelfevaluatie`: the 8 B's as a sheet to fill in, and its score.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Outcome;
use super::global::Global;
use super::output::to_stdout;
use crate::assessment::{self, Score};
use crate::diagnostics::{self, Severity};
use crate::model::checklist::Checklist;
use crate::output;

#[derive(Debug, clap::Subcommand)]
pub enum Args {
    /// Schrijf het lege invulblad (CSV met puntkomma's, opent zo in Excel); antwoord per controlepunt met ja, deels, nee of nvt.
    Sjabloon {
        /// Schrijf naar dit bestand in plaats van naar het scherm.
        #[arg(long, value_name = "BESTAND")]
        out: Option<PathBuf>,
    },
    /// Bereken de score per B uit een ingevuld invulblad.
    Score {
        /// Het ingevulde invulblad (CSV).
        bestand: PathBuf,
        /// Uitvoerformaat: human (tabel) of json.
        #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAAT")]
        format: Format,
        /// Schrijf ook een rapport met grafiek naar dit .html-bestand (niet in templates/).
        #[arg(long, value_name = "BESTAND")]
        rapport: Option<PathBuf>,
    },
}

impl Args {
    /// Whether a machine reads the output: then a failure is JSON too.
    pub fn wants_json(&self) -> bool {
        matches!(
            self,
            Args::Score {
                format: Format::Json,
                ..
            }
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    let (ws, _) = crate::load::load(&root)?;
    let checklist = ws.checklist.as_ref().map(|c| &c.value).context(crate::t!(
        "checklist/8b.yaml ontbreekt of bevat fouten; voer `onthaal validate` uit",
        "checklist/8b.yaml is missing or has errors; run `onthaal validate`"
    ))?;
    match args {
        Args::Sjabloon { out } => {
            let bytes = assessment::template(checklist)?;
            match out {
                Some(path) => output::write_file(&output::check_file(&root, path, "csv")?, &bytes)?,
                None => to_stdout(|o| o.write_all(&bytes))?,
            }
            Ok(Outcome::Clean)
        }
        Args::Score {
            bestand,
            format,
            rapport,
        } => score(
            &root,
            &ws,
            checklist,
            bestand,
            *format,
            rapport.as_deref(),
            global.colour_on_stderr(),
        ),
    }
}

fn score(
    root: &Path,
    ws: &crate::load::Workspace,
    checklist: &Checklist,
    path: &Path,
    format: Format,
    report: Option<&Path>,
    colour: bool,
) -> anyhow::Result<Outcome> {
    let report = report
        .map(|out| output::check_file(root, out, "html"))
        .transpose()?;
    let cwd = std::env::current_dir()?;
    let (answers, mut problems) = assessment::read_answers(&cwd, &std::path::absolute(path)?)?;
    let scores = answers.map(|answers| {
        let (scores, unknown) = assessment::score(checklist, &answers);
        problems.extend(unknown);
        scores
    });
    if !problems.is_empty() {
        diagnostics::write_human(&mut std::io::stderr().lock(), &problems, colour)?;
    }
    let scores = match scores {
        Some(scores) if !problems.iter().any(|d| d.severity == Severity::Error) => scores,
        _ => return Ok(Outcome::ContentErrors),
    };
    match format {
        Format::Human => to_stdout(|o| write_table(o, &checklist.titel, &scores))?,
        Format::Json => to_stdout(|o| {
            serde_json::to_writer_pretty(&mut *o, &scores)?;
            writeln!(o)
        })?,
    }
    if let Some(out) = report {
        let html = crate::render::assessment_report(ws, root, &scores)?;
        output::write_file(&out, html.as_bytes())?;
    }
    Ok(Outcome::Clean)
}

fn write_table(out: &mut dyn Write, title: &str, scores: &[Score]) -> std::io::Result<()> {
    let heading = crate::t!("Zelfevaluatie: {title}", "Self-assessment: {title}");
    writeln!(out, "{heading}\n")?;
    let [yes, partly, no, not_applicable] = match crate::i18n::current() {
        crate::i18n::Lang::Nl => ["ja", "deels", "nee", "nvt"],
        crate::i18n::Lang::En => ["yes", "partly", "no", "n/a"],
    };
    writeln!(
        out,
        "{:<18} {:>6} {:>4} {:>6} {:>4} {:>4} {:>5}",
        "", "score", yes, partly, no, not_applicable, "open"
    )?;
    for s in scores {
        let percent = s.procent.map_or("  —".to_string(), |p| format!("{p}%"));
        writeln!(
            out,
            "{:<18} {:>6} {:>4} {:>6} {:>4} {:>4} {:>5}",
            s.naam, percent, s.ja, s.deels, s.nee, s.nvt, s.open
        )?;
    }
    let open: usize = scores.iter().map(|s| s.open).sum();
    if open > 0 {
        let line = if open == 1 {
            crate::t!(
                "{open} controlepunt is nog niet beantwoord.",
                "{open} check item is not answered yet."
            )
        } else {
            crate::t!(
                "{open} controlepunten zijn nog niet beantwoord.",
                "{open} check items are not answered yet."
            )
        };
        writeln!(out, "\n{line}")?;
    }
    Ok(())
}
