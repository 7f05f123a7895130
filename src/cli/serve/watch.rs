//! Watching the handbook: every change to its content, manifest or templates, debounced,
//! becomes one rebuild. Reading a file is no change (the build itself reads them all),
//! and the output and everything else in the folder are not watched.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::site::Site;
use crate::load::folders::READ_FOLDERS;
use crate::workspace::MANIFEST;

/// The folders of a handbook whose files make the site: those loading reads (a
/// subfolder such as `templates/html` is watched with its parent).
fn watched() -> impl Iterator<Item = &'static str> {
    READ_FOLDERS.iter().copied().filter(|f| !f.contains('/'))
}

/// Changes that land within this time of each other make one rebuild.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Starts watching now, and from then on rebuilds `site` after every batch of changes
/// (in a thread of its own, until the process ends).
pub fn rebuild_on_change(site: &Arc<Site>) -> anyhow::Result<()> {
    let (sender, events) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(sender)?;
    // The root itself, so a new content folder or a new manifest is noticed.
    watcher.watch(&site.root, RecursiveMode::NonRecursive)?;
    let mut watching: Vec<&str> = Vec::new();
    watch_folders(&mut watcher, &site.root, &mut watching);
    let site = Arc::clone(site);
    std::thread::spawn(move || rebuild_loop(&site, &mut watcher, &events, &mut watching));
    Ok(())
}

fn rebuild_loop(
    site: &Site,
    watcher: &mut RecommendedWatcher,
    events: &mpsc::Receiver<notify::Result<Event>>,
    watching: &mut Vec<&'static str>,
) {
    let root = &site.root;
    while let Ok(first) = events.recv() {
        let mut changed = is_change(root, &first);
        // Wait for the rest of the batch: an editor saves in several steps.
        while let Ok(next) = events.recv_timeout(DEBOUNCE) {
            changed |= is_change(root, &next);
        }
        if changed {
            watch_folders(watcher, root, watching);
            site.rebuild();
        }
    }
}

/// A write, creation, removal or rename of a file that makes the site.
fn is_change(root: &Path, event: &notify::Result<Event>) -> bool {
    let Ok(event) = event else { return false };
    !matches!(event.kind, EventKind::Access(_)) && event.paths.iter().any(|p| matters(root, p))
}

fn watch_folders(watcher: &mut RecommendedWatcher, root: &Path, watching: &mut Vec<&'static str>) {
    for folder in watched() {
        let path = root.join(folder);
        if !watching.contains(&folder)
            && path.is_dir()
            && watcher.watch(&path, RecursiveMode::Recursive).is_ok()
        {
            watching.push(folder);
        }
    }
}

/// A change in a watched folder or to the manifest; not an editor's hidden swap file.
fn matters(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let hidden = relative
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    let first = relative
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy());
    !hidden && first.is_some_and(|first| first == MANIFEST || watched().any(|f| f == first))
}

#[cfg(test)]
mod tests {
    use super::matters;
    use std::path::Path;

    #[test]
    fn only_content_changes_matter() {
        let root = Path::new("/h");
        assert!(matters(root, Path::new("/h/onthaal.yaml")));
        assert!(matters(root, Path::new("/h/faq/melden.yaml")));
        assert!(matters(root, Path::new("/h/templates/html/home.html")));
        assert!(!matters(root, Path::new("/h/dist/index.html")));
        assert!(!matters(root, Path::new("/h/faq/.melden.yaml.swp")));
        assert!(!matters(root, Path::new("/elders/faq/x.yaml")));
    }
}
