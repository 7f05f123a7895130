//! The site being served: built into a folder of our own, rebuilt on request; a failing
//! build keeps the last good site and says why in a banner.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::diagnostics::{self, Diagnostic, Severity};
use crate::output::{Finished, Staging};
use crate::render::{self, templates::Templates};
use crate::validate::Date;

/// What the pages and the reload script need to know about the latest build.
#[derive(Debug, Default, Clone)]
pub struct Status {
    /// Counts builds, failed ones too: a page reloads when it changes.
    pub generation: u64,
    /// The diagnostics of the latest build, for the banner.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the latest build failed (the site is then the last good one).
    pub failed: bool,
}

/// The shared state: the status, and a condition to wait for the next build on.
pub struct Site {
    pub root: PathBuf,
    pub folder: PathBuf,
    pub today: Date,
    status: Mutex<Status>,
    changed: Condvar,
}

impl Site {
    pub fn new(root: PathBuf, folder: PathBuf, today: Date) -> Self {
        Site {
            root,
            folder,
            today,
            status: Mutex::new(Status::default()),
            changed: Condvar::new(),
        }
    }

    pub fn status(&self) -> Status {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Waits until a build newer than `seen` is done, or `limit` passes; the generation now.
    pub fn wait_after(&self, seen: u64, limit: Duration) -> u64 {
        let Ok(status) = self.status.lock() else {
            return seen;
        };
        self.changed
            .wait_timeout_while(status, limit, |s| s.generation <= seen)
            .map_or(seen, |(s, _)| s.generation)
    }

    /// Builds the site again, prints what happened, and wakes every waiting page.
    pub fn rebuild(&self) {
        let started = Instant::now();
        let (diagnostics, result) = build(&self.root, &self.folder, self.today);
        let failed = result.is_err() || diagnostics.iter().any(|d| d.severity == Severity::Error);
        let mut stderr = std::io::stderr().lock();
        let _ = diagnostics::write_human(&mut stderr, &diagnostics, false);
        let generation = self.status().generation + 1;
        let ms = started.elapsed().as_millis();
        let said = match &result {
            Ok(Some(count)) => crate::t!(
                "bouw {generation}: {count} bestanden in {ms} ms",
                "build {generation}: {count} files in {ms} ms"
            ),
            Ok(None) => crate::t!(
                "bouw {generation} mislukt: los de fouten op; de pagina's tonen de vorige geslaagde bouw",
                "build {generation} failed: fix the errors; the pages show the last good build"
            ),
            Err(error) => crate::t!(
                "bouw {generation} mislukt: {error:#}",
                "build {generation} failed: {error:#}"
            ),
        };
        eprintln!("{said}");
        if let Ok(mut status) = self.status.lock() {
            *status = Status {
                generation,
                diagnostics,
                failed,
            };
        }
        self.changed.notify_all();
    }
}

/// Loads, checks, renders and writes the site; `None` when the content has errors.
fn build(
    root: &Path,
    folder: &Path,
    today: Date,
) -> (Vec<Diagnostic>, anyhow::Result<Option<usize>>) {
    let (ws, found) = match crate::load_and_check(root, today) {
        Ok(loaded) => loaded,
        Err(error) => return (Vec::new(), Err(error)),
    };
    if found.iter().any(|d| d.severity == Severity::Error) {
        return (found, Ok(None));
    }
    (found, write(root, folder, &ws).map(Some))
}

/// Renders the site straight into a staging folder that replaces the served one whole.
fn write(root: &Path, folder: &Path, ws: &crate::load::Workspace) -> anyhow::Result<usize> {
    let templates = Templates::load(root)?;
    let mut staging = Staging::begin(folder)?;
    render::render_site(ws, &templates, &mut |path, bytes| staging.put(path, bytes))?;
    Ok(match staging.finish()? {
        Finished::Unchanged { files } | Finished::Replaced { files, .. } => files,
    })
}
