//! `onthaal build`: validate, render the handbooks and write them atomically.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::bail;

use super::Outcome;
use super::global::{Global, Verbosity};
use super::output::to_stdout;
use super::progress;
use crate::diagnostics::{self, Severity};
use crate::render::{self, templates::Templates};
use crate::{load, output};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Uitvoermap (standaard: `uitvoer` uit onthaal.yaml, meestal dist).
    #[arg(long, value_name = "MAP")]
    out: Option<PathBuf>,

    /// Schrijf niets, maar vergelijk een nieuwe bouw met de bestaande uitvoermap (--out of `uitvoer`), voor een repository die de uitvoer bewaart; exitcode 3 als ze verouderd is.
    #[arg(long)]
    check: bool,

    /// Maak één zelfstandig HTML-bestand (handboek.html) met stijl en schema's erin.
    #[arg(long)]
    single_file: bool,

    /// Bouw van de gemeentelijke edities alleen deze (een slug uit charters/); herhaal voor meer. Zonder: alle gemeenten.
    #[arg(long = "municipality", value_name = "SLUG")]
    municipalities: Vec<String>,
}

/// Past this many findings, `build` points at the counts per rule.
const MANY: usize = 20;

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    global.detail(crate::t!("handboek: {}", "handbook: {}", root.display()));
    let started = Instant::now();
    let today = global.today()?;
    let (mut ws, found) = with_progress(global, || crate::load_and_check(&root, today))?;
    keep_only(&mut ws, &args.municipalities)?;
    global.detail(crate::t!(
        "{} inhoudsbestanden gelezen en gecontroleerd in {} ms",
        "{} content files read and checked in {} ms",
        ws.files.len(),
        started.elapsed().as_millis()
    ));
    let shown = shown(&ws, &args.municipalities, &found);
    if !shown.is_empty() {
        let mut stderr = std::io::stderr().lock();
        diagnostics::write_human(&mut stderr, &shown, global.colour_on_stderr())?;
    }
    if shown.len() > MANY && global.verbosity() != Verbosity::Quiet {
        eprintln!(
            "{}",
            crate::t!(
                "(zoveel meldingen overzie je beter per controle: `onthaal validate --statistics`)",
                "(so many findings are easier to take in per rule: `onthaal validate --statistics`)"
            )
        );
    }
    if shown.len() < found.len() && global.verbosity() != Verbosity::Quiet {
        eprintln!(
            "{}",
            crate::t!(
                "(en {} waarschuwingen over de rest van het handboek: `onthaal validate` toont ze)",
                "(and {} warnings about the rest of the handbook: `onthaal validate` shows them)",
                found.len() - shown.len()
            )
        );
    }
    let out = destination(&root, &ws, args);
    // A killed build's leftovers go first, so the previous output is whole whatever
    // happens next.
    if let Ok(out) = &out {
        output::repair(out)?;
    }
    if found.iter().any(|d| d.severity == Severity::Error) {
        eprintln!(
            "{}",
            crate::t!(
                "bouw afgebroken: los eerst de fouten op; de vorige uitvoer blijft ongewijzigd",
                "build stopped: fix the errors first; the previous output stays as it was"
            )
        );
        return Ok(Outcome::ContentErrors);
    }
    let out = out?;
    if args.check && !out.is_dir() {
        let out = out.display();
        bail!(crate::t!(
            "{out} bestaat niet, dus --check heeft niets om mee te vergelijken; --check is voor een repository die de gebouwde uitvoer bewaart: bouw eerst met `onthaal build`, of geef met --out de map die je bewaart",
            "{out} does not exist, so --check has nothing to compare with; --check is for a repository that keeps its built output: build first with `onthaal build`, or give with --out the folder you keep"
        ));
    }
    if args.check {
        let mut comparison = output::Comparison::begin(&out);
        let rendered = with_progress(global, || render(&root, &ws, args, &mut comparison));
        if let Some(outcome) = template_failure(global, &rendered)? {
            return Ok(outcome);
        }
        return check(&out, comparison);
    }
    let finished = with_progress(global, || -> anyhow::Result<output::Finished> {
        let mut staging = output::Staging::begin(&out)?;
        render(&root, &ws, args, &mut staging)?;
        staging.finish()
    });
    if let Some(outcome) = template_failure(global, &finished)? {
        return Ok(outcome);
    }
    let finished = finished?;
    let shown = out.display();
    global.inform(match finished {
        output::Finished::Unchanged { files } => crate::t!(
            "{shown} is bijgewerkt: {files} bestanden, niets herschreven",
            "{shown} is up to date: {files} files, nothing rewritten"
        ),
        output::Finished::Replaced { files, changed } => crate::t!(
            "{files} bestanden geschreven naar {shown} ({changed} nieuw of gewijzigd)",
            "{files} files written to {shown} ({changed} new or changed)"
        ),
    });
    global.detail(crate::t!(
        "klaar in {} ms",
        "done in {} ms",
        started.elapsed().as_millis()
    ));
    Ok(Outcome::Clean)
}

/// A template that fails (T001–T003, or an override that cannot be read) is a content
/// error with its place, like a broken content file: shown, and exit 1. The staging
/// folder is gone by now and the previous output untouched.
fn template_failure<T>(
    global: &Global,
    result: &anyhow::Result<T>,
) -> anyhow::Result<Option<Outcome>> {
    let Some(failure) = result
        .as_ref()
        .err()
        .and_then(|e| e.downcast_ref::<crate::jinja::Failure>())
    else {
        return Ok(None);
    };
    diagnostics::write_human(
        &mut std::io::stderr().lock(),
        &failure.diagnostics,
        global.colour_on_stderr(),
    )?;
    eprintln!(
        "{}",
        crate::t!(
            "bouw afgebroken: los eerst de fouten op; de vorige uitvoer blijft ongewijzigd",
            "build stopped: fix the errors first; the previous output stays as it was"
        )
    );
    Ok(Some(Outcome::ContentErrors))
}

/// Runs `work` with a progress line on a terminal when it takes over a second.
fn with_progress<T>(global: &Global, work: impl FnOnce() -> T) -> T {
    let show = progress::wanted(global.verbosity() == Verbosity::Quiet);
    let label = crate::i18n::pick("bouwen", "building");
    progress::around(show, label, Duration::from_secs(1), std::io::stderr(), work)
}

/// Renders the site (or the single file) into `sink`, file by file.
fn render(
    root: &Path,
    ws: &load::Workspace,
    args: &Args,
    sink: &mut dyn output::Sink,
) -> anyhow::Result<()> {
    let templates = Templates::load(root)?;
    if args.single_file {
        for (path, bytes) in render::render_single_file(ws, &templates)? {
            sink.put(&path, &bytes)?;
        }
        return Ok(());
    }
    render::render_site(ws, &templates, &mut |path, bytes| sink.put(path, bytes))
}

/// What a build shows: everything, or with `--municipality` every error and the warnings
/// about the named municipalities' own files, so theirs do not drown in the handbook's.
fn shown(
    ws: &load::Workspace,
    slugs: &[String],
    found: &[diagnostics::Diagnostic],
) -> Vec<diagnostics::Diagnostic> {
    if slugs.is_empty() {
        return found.to_vec();
    }
    let own = |file: &str| {
        slugs.iter().any(|slug| {
            let stem = file.strip_prefix("charters/").unwrap_or_default();
            stem.strip_prefix(slug.as_str())
                .is_some_and(|rest| [".yaml", ".lock"].contains(&rest) || rest.ends_with(".csv"))
        }) || ws
            .municipalities
            .iter()
            .filter_map(|m| m.partners.as_ref())
            .any(|t| t.file.name == file)
    };
    found
        .iter()
        .filter(|d| d.severity == Severity::Error || own(&d.file))
        .cloned()
        .collect()
}

/// With `--municipality`, only the named editions are built (an unknown slug is a
/// usage error with the nearest one).
fn keep_only(ws: &mut load::Workspace, slugs: &[String]) -> anyhow::Result<()> {
    if slugs.is_empty() {
        return Ok(());
    }
    for slug in slugs {
        super::municipalities::find(ws, slug)?;
    }
    ws.municipalities.retain(|m| slugs.contains(&m.slug));
    Ok(())
}

/// `--out`, else the manifest's `uitvoer`, checked as a place `build` may write.
fn destination(root: &Path, ws: &load::Workspace, args: &Args) -> anyhow::Result<PathBuf> {
    let default_out = ws
        .manifest
        .as_ref()
        .map_or("dist", |m| m.value.uitvoer.as_str());
    let out = match &args.out {
        Some(out) => out.clone(),
        None => root.join(default_out),
    };
    output::check_destination(root, &out)
}

fn check(out: &Path, comparison: output::Comparison) -> anyhow::Result<Outcome> {
    let files = comparison.len();
    let differences = comparison.finish();
    if differences.is_empty() {
        let shown = out.display();
        let line = crate::t!(
            "{shown} is bijgewerkt: {files} bestanden, niets te doen",
            "{shown} is up to date: {files} files, nothing to do"
        );
        to_stdout(|o| writeln!(o, "{line}"))?;
        return Ok(Outcome::Clean);
    }
    let (shown, count) = (out.display(), differences.len());
    eprintln!(
        "{}",
        crate::t!(
            "{shown} is verouderd ({count} verschillen); voer `onthaal build` uit:",
            "{shown} is out of date ({count} differences); run `onthaal build`:"
        )
    );
    for line in differences.iter().take(10) {
        eprintln!("  {line}");
    }
    if differences.len() > 10 {
        let more = differences.len() - 10;
        eprintln!("  {}", crate::t!("… en nog {more}", "… and {more} more"));
    }
    Ok(Outcome::StaleOutput)
}
