//! Municipal editions: every profile in `charters/` (`<slug>.yaml`), its lock
//! (`<slug>.lock`) and its partners file, read once like all other content.

use std::path::Path;

use std::path::Component;

use super::table::{self, Codes, Column, Spec, Table};
use super::{Loaded, Loader, list};
use crate::model::municipality::{Lock, Partner, Profile, Role};
use crate::model::slug::slug;

/// One municipality's files as loaded. The slug is the profile's file name.
#[derive(Debug, Clone)]
pub struct Municipality {
    pub slug: String,
    pub profile: Loaded<Profile>,
    /// `charters/<slug>.lock`, when `onthaal pin` wrote one and it loaded.
    pub lock: Option<Loaded<Lock>>,
    /// Whether a lock file exists, loaded or not (a broken lock is no lock at all).
    pub has_lock_file: bool,
    /// The partners file as read (`None` when the profile names none, or a file that
    /// is outside `charters/`, missing, or unreadable; validate says which).
    pub partners: Option<Table>,
}

/// How a partners file is read: the scaffold's columns by name, one row per partner.
pub static PARTNERS: Spec = Spec {
    columns: &[
        Column::required("naam"),
        Column::optional("soort"),
        Column::optional("contactpersoon"),
        Column::optional("adres"),
        Column::optional("telefoon"),
        Column::optional("e-mail"),
        Column::optional("rol"),
        Column::optional("ondertekenaar"),
        Column::optional("gegevensbescherming"),
    ],
    key: &["naam"],
    codes: Codes {
        file: "G030",
        header: "G031",
        shape: "G032",
        empty: "G033",
        header_only: None,
        duplicate: "G034",
    },
    // Every partner's charter lists all partners in its annex, so the output grows with
    // the square of their number; a thousand is far beyond any municipality's network.
    max_rows: 1000,
    ..Spec::DEFAULT
};

/// The partners of a table, each with a slug unique in the municipality (a second
/// `Vzw Hart` spelled `VZW-Hart` becomes `vzw-hart-2`). Rows without a name are left
/// out: validate reports them.
pub fn partner_list(table: &Table) -> Vec<Partner> {
    let mut partners: Vec<Partner> = Vec::new();
    for row in &table.rows {
        let naam = row.text("naam");
        if naam.is_empty() {
            continue;
        }
        let base = match slug(naam) {
            s if s.is_empty() => "partner".to_string(),
            s => shortened(s),
        };
        let mut unique = base.clone();
        let mut n = 1;
        while partners.iter().any(|p| p.slug == unique) {
            n += 1;
            unique = format!("{base}-{n}");
        }
        // A line break in a cell (Alt+Enter in Excel) reads as a comma on one line.
        let text = |column: &str| {
            row.text(column)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        };
        partners.push(Partner {
            naam: text("naam"),
            soort: text("soort"),
            contactpersoon: text("contactpersoon"),
            adres: text("adres"),
            telefoon: text("telefoon"),
            email: text("e-mail"),
            rol: Role::parse(row.text("rol")),
            ondertekenaar: text("ondertekenaar"),
            gegevensbescherming: text("gegevensbescherming"),
            slug: unique,
        });
    }
    partners
}

/// The longest slug a partner's charter is named by: a file name has room for 255
/// bytes, and a name pasted with its description would not fit.
const MAX_PARTNER_SLUG: usize = 80;

/// `slug` cut after its last whole word within [`MAX_PARTNER_SLUG`] (it is ASCII).
fn shortened(slug: String) -> String {
    if slug.len() <= MAX_PARTNER_SLUG {
        return slug;
    }
    let cut = &slug[..=MAX_PARTNER_SLUG];
    match cut.rfind('-') {
        Some(end) if end > 0 => cut[..end].to_string(),
        _ => slug[..MAX_PARTNER_SLUG].to_string(),
    }
}

/// The partners file a profile names, when it is a plain file name in `charters/`:
/// no folder, no `..`, no absolute path (validate reports the others, G004).
pub fn partners_path(root: &Path, given: &str) -> Option<std::path::PathBuf> {
    let given = given.trim();
    let path = Path::new(given);
    let plain = !given.is_empty()
        && !given.starts_with('~')
        && path.components().all(|c| matches!(c, Component::Normal(_)))
        && path.extension().is_some_and(|e| e == "csv");
    plain.then(|| root.join(CHARTERS).join(path))
}

/// The folder of the model charter and the municipal profiles.
pub const CHARTERS: &str = "charters";

/// The path of a municipality's lock file.
pub fn lock_path(root: &Path, slug: &str) -> std::path::PathBuf {
    root.join(CHARTERS).join(format!("{slug}.lock"))
}

/// The path of a municipality's profile.
pub fn profile_path(root: &Path, slug: &str) -> std::path::PathBuf {
    root.join(CHARTERS).join(format!("{slug}.yaml"))
}

impl Loader<'_> {
    /// Every profile in `charters/` with its lock, in file-name order.
    pub(super) fn municipalities(&mut self) -> anyhow::Result<Vec<Municipality>> {
        let mut found = Vec::new();
        for path in list(&self.root.join(CHARTERS), "yaml")? {
            let slug = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(profile) = self.yaml::<Profile>(&path)? else {
                continue;
            };
            let lock_file = lock_path(self.root, &slug);
            let has_lock_file = std::fs::symlink_metadata(&lock_file).is_ok();
            let lock = if has_lock_file {
                self.yaml::<Lock>(&lock_file)?
            } else {
                None
            };
            let partners = self.partners(&profile.value.partners)?;
            found.push(Municipality {
                slug,
                profile,
                lock,
                has_lock_file,
                partners,
            });
        }
        Ok(found)
    }

    /// Reads a partners file; its problems are recorded like any content problem.
    fn partners(&mut self, given: &str) -> anyhow::Result<Option<Table>> {
        let Some(path) = partners_path(self.root, given) else {
            return Ok(None);
        };
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(None);
        }
        self.files
            .insert(crate::source::display_name(self.root, &path));
        let read = table::read(self.root, &path, &PARTNERS)?;
        self.diagnostics.extend(read.problems);
        // A partners file that git left half-merged is not read, like any other file.
        let markers = read
            .table
            .as_ref()
            .map(|t| super::conflicts::markers(&t.file))
            .unwrap_or_default();
        if !markers.is_empty() {
            self.diagnostics.extend(markers);
            return Ok(None);
        }
        Ok(read.table)
    }
}
