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
    let checklist = ws
        .checklist
        .as_ref()
        .map(|c| &c.value)
        .context("checklist/8b.yaml ontbreekt of bevat fouten; voer `onthaal validate` uit")?;
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
    writeln!(out, "Zelfevaluatie: {title}\n")?;
    writeln!(
        out,
        "{:<18} {:>6} {:>4} {:>6} {:>4} {:>4} {:>5}",
        "", "score", "ja", "deels", "nee", "nvt", "open"
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
        let (noun, verb) = if open == 1 {
            ("controlepunt", "is")
        } else {
            ("controlepunten", "zijn")
        };
        writeln!(out, "\n{open} {noun} {verb} nog niet beantwoord.")?;
    }
    Ok(())
}
