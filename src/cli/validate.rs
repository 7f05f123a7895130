//! `onthaal validate`: load, run the rules, print the diagnostics.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Outcome;
use super::global::{Global, Verbosity};
use super::output::to_stdout;
use crate::diagnostics::{self, Diagnostic, Severity};
use crate::source::display_name;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Controleer alleen deze bestanden of mappen (de rest van het handboek telt mee voor verwijzingen).
    #[arg(value_name = "PAD")]
    paths: Vec<PathBuf>,

    /// Uitvoerformaat: human (leesbaar), json, github (annotaties in GitHub Actions), sarif (SARIF 2.1.0), gitlab (codekwaliteitsrapport) of junit (JUnit-XML).
    #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAAT")]
    format: Format,

    /// Behandel waarschuwingen als fouten (exitcode 1).
    #[arg(long)]
    deny_warnings: bool,

    /// Toon per regel hoeveel meldingen er zijn, de meeste eerst, in plaats van elke melding.
    #[arg(long, conflicts_with = "format")]
    statistics: bool,
}

impl Args {
    /// Whether a machine reads the output: then a failure is JSON too.
    pub fn wants_json(&self) -> bool {
        self.format == Format::Json
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
    Sarif,
    Gitlab,
    Junit,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let start = args
        .paths
        .first()
        .map_or_else(|| PathBuf::from("."), |p| folder_of(p));
    let root = global.root(&start)?;
    global.detail(crate::t!("handboek: {}", "handbook: {}", root.display()));
    let filter = path_filter(&root, &args.paths)?;
    let diagnostics = crate::check(&root, global.today()?)?;
    let shown: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| filter.is_empty() || filter.iter().any(|f| within(&d.file, f)))
        .collect();
    let colour = global.colour_on_stdout();
    to_stdout(|out| match args.format {
        Format::Human if args.statistics => diagnostics::write_statistics(out, &shown),
        Format::Human if global.verbosity() == Verbosity::Quiet => {
            diagnostics::write_human_list(out, &shown, colour)
        }
        Format::Human => diagnostics::write_human(out, &shown, colour),
        Format::Json => diagnostics::write_json(out, &shown),
        Format::Github => diagnostics::write_github(out, &shown),
        Format::Sarif => diagnostics::write_sarif(out, &shown),
        Format::Gitlab => diagnostics::write_gitlab(out, &shown),
        Format::Junit => diagnostics::write_junit(out, &shown),
    })?;
    let failing = shown
        .iter()
        .any(|d| d.severity == Severity::Error || args.deny_warnings);
    Ok(if failing {
        Outcome::ContentErrors
    } else {
        Outcome::Clean
    })
}

fn folder_of(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

/// The given paths as display names relative to the root; each must exist inside it.
fn path_filter(root: &Path, paths: &[PathBuf]) -> anyhow::Result<Vec<String>> {
    paths
        .iter()
        .map(|path| {
            let shown = path.display();
            let full = path
                .canonicalize()
                .with_context(|| crate::t!("{shown} bestaat niet", "{shown} does not exist"))?;
            let root_shown = root.display();
            anyhow::ensure!(
                full.starts_with(root),
                crate::t!(
                    "{shown} ligt buiten het handboek in {root_shown}",
                    "{shown} lies outside the handbook in {root_shown}"
                )
            );
            Ok(display_name(root, &full))
        })
        .collect()
}

fn within(file: &str, filter: &str) -> bool {
    filter.is_empty()
        || file == filter
        || file
            .strip_prefix(filter)
            .is_some_and(|rest| rest.starts_with('/'))
}
