//! Loading: every content file of the workspace read once, parsed with positions.
//! Files that fail to load become diagnostics and are left out of the workspace.

mod conflicts;
pub mod file;
pub mod folders;
pub mod markdown;
pub mod municipality;
mod serde_messages;
pub mod table;
pub mod templates;
pub mod text;
pub mod unread;
pub mod yaml;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::de::DeserializeOwned;

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::model::blueprint::Blueprint;
use crate::model::checklist::Checklist;
use crate::model::document::Document;
use crate::model::faq::FaqFile;
use crate::model::manifest::Manifest;
use crate::model::reference::{
    BevoegdheidFile, CriteriumFile, DimensieFile, DoelgroepFile, DomeinFile, DrempelFile,
    KanaalFile, OrgaanFile,
};
use crate::source::{SourceFile, display_name};
use crate::workspace::MANIFEST;
pub use yaml::SpanIndex;

/// A parsed file with its text and the positions of its values.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub file: SourceFile,
    pub spans: SpanIndex,
    pub value: T,
}

/// The reference data; a file that is missing or broken is `None`.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub drempels: Option<Loaded<DrempelFile>>,
    pub dimensies: Option<Loaded<DimensieFile>>,
    pub kanalen: Option<Loaded<KanaalFile>>,
    pub doelgroepen: Option<Loaded<DoelgroepFile>>,
    pub organen: Option<Loaded<OrgaanFile>>,
    pub criteria: Option<Loaded<CriteriumFile>>,
    pub domeinen: Option<Loaded<DomeinFile>>,
    pub bevoegdheden: Option<Loaded<BevoegdheidFile>>,
}

/// Everything in the workspace that loaded, in a stable order.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub root: PathBuf,
    pub manifest: Option<Loaded<Manifest>>,
    pub blueprints: Vec<Loaded<Blueprint>>,
    pub reference: Reference,
    pub faq: Vec<Loaded<FaqFile>>,
    pub checklist: Option<Loaded<Checklist>>,
    /// The model charter, `charters/model.md`.
    pub charter: Option<Loaded<Document>>,
    /// The playbook chapters in file-name order.
    pub playbook: Vec<Loaded<Document>>,
    /// The printable annexes of the playbook (`playbook/bijlagen/*.md`), in file-name order.
    pub bijlagen: Vec<Loaded<Document>>,
    /// The municipal editions: a profile per municipality in `charters/`.
    pub municipalities: Vec<municipality::Municipality>,
    /// Every content file found, loaded or not, by its display name.
    pub files: BTreeSet<String>,
}

/// The folder of the playbook's printable annexes.
pub const ANNEXES: &str = "playbook/bijlagen";

/// Loads the workspace at `root`. I/O failures are errors; bad content is diagnostics.
pub fn load(root: &Path) -> anyhow::Result<(Workspace, Vec<Diagnostic>)> {
    let mut loader = Loader {
        root,
        diagnostics: Vec::new(),
        files: BTreeSet::new(),
    };
    let manifest: Option<Loaded<Manifest>> = loader.yaml(&root.join(MANIFEST))?;
    loader.diagnostics.extend(folders::check_all(root));
    loader.diagnostics.extend(templates::overrides(root)?.1);
    let mut blueprints = Vec::new();
    for path in list(&root.join("blueprints"), "yaml")? {
        blueprints.extend(loader.yaml(&path)?);
    }
    // The manifest's order is the handbook's order; unknown models go last, by name.
    if let Some(m) = &manifest {
        let order: &Vec<String> = &m.value.modellen;
        blueprints.sort_by_key(|b: &Loaded<Blueprint>| {
            order
                .iter()
                .position(|id| *id == b.value.model)
                .unwrap_or(usize::MAX)
        });
    }
    let reference = loader.reference()?;
    let mut faq = Vec::new();
    for path in list(&root.join("faq"), "yaml")? {
        faq.extend(loader.yaml(&path)?);
    }
    let checklist = loader.optional(&root.join("checklist/8b.yaml"))?;
    let charter_path = root.join("charters/model.md");
    let charter = if present(root, &charter_path) {
        loader.markdown(&charter_path)?
    } else {
        None
    };
    let mut playbook = Vec::new();
    for path in list(&root.join("playbook"), "md")? {
        playbook.extend(loader.markdown(&path)?);
    }
    let mut bijlagen = Vec::new();
    for path in list(&root.join(ANNEXES), "md")? {
        bijlagen.extend(loader.markdown(&path)?);
    }
    let municipalities = loader.municipalities()?;
    loader.diagnostics.extend(unread::unread_files(root));
    let workspace = Workspace {
        root: root.to_path_buf(),
        manifest,
        blueprints,
        reference,
        faq,
        checklist,
        charter,
        playbook,
        bijlagen,
        municipalities,
        files: loader.files,
    };
    Ok((workspace, loader.diagnostics))
}

struct Loader<'a> {
    root: &'a Path,
    diagnostics: Vec<Diagnostic>,
    files: BTreeSet<String>,
}

impl Loader<'_> {
    fn reference(&mut self) -> anyhow::Result<Reference> {
        let dir = self.root.join("reference");
        Ok(Reference {
            drempels: self.optional(&dir.join("drempels.yaml"))?,
            dimensies: self.optional(&dir.join("dimensies.yaml"))?,
            kanalen: self.optional(&dir.join("kanalen.yaml"))?,
            doelgroepen: self.optional(&dir.join("doelgroepen.yaml"))?,
            organen: self.optional(&dir.join("organen.yaml"))?,
            criteria: self.optional(&dir.join("criteria.yaml"))?,
            domeinen: self.optional(&dir.join("domeinen.yaml"))?,
            bevoegdheden: self.optional(&dir.join("bevoegdheden.yaml"))?,
        })
    }

    /// Loads a file that may be absent; rules report what its absence means.
    fn optional<T: DeserializeOwned>(&mut self, path: &Path) -> anyhow::Result<Option<Loaded<T>>> {
        if present(self.root, path) {
            self.yaml(path)
        } else {
            Ok(None)
        }
    }

    /// Reads and parses one YAML file; a content problem is recorded, not returned.
    pub fn yaml<T: DeserializeOwned>(&mut self, path: &Path) -> anyhow::Result<Option<Loaded<T>>> {
        self.files.insert(display_name(self.root, path));
        let Some(file) = self.read(path)? else {
            return Ok(None);
        };
        match yaml::parse::<T>(&file) {
            Ok(doc) => Ok(Some(Loaded {
                file,
                spans: doc.spans,
                value: doc.value,
            })),
            Err(diagnostic) => Ok(self.record(diagnostic)),
        }
    }

    /// Reads and parses one Markdown document with front matter.
    fn markdown(&mut self, path: &Path) -> anyhow::Result<Option<Loaded<Document>>> {
        self.files.insert(display_name(self.root, path));
        let Some(file) = self.read(path)? else {
            return Ok(None);
        };
        match markdown::parse_with_spans(&file) {
            Ok((value, spans)) => Ok(Some(Loaded { file, spans, value })),
            Err(diagnostic) => Ok(self.record(diagnostic)),
        }
    }

    /// Reads a file as text; bad bytes and conflict markers are recorded, not returned.
    fn read(&mut self, path: &Path) -> anyhow::Result<Option<SourceFile>> {
        let file = match text::read(self.root, path)? {
            Ok(file) => file,
            Err(diagnostic) => return Ok(self.record(diagnostic)),
        };
        let markers = conflicts::markers(&file);
        if markers.is_empty() {
            return Ok(Some(file));
        }
        self.diagnostics.extend(markers);
        Ok(None)
    }

    fn record<T>(&mut self, diagnostic: Diagnostic) -> Option<T> {
        self.diagnostics.push(diagnostic);
        None
    }
}

/// Whether something stands at `path` (a file, a link, a FIFO, a folder: reading it
/// says what is wrong), inside a folder that may be read.
fn present(root: &Path, path: &Path) -> bool {
    let folder_ok = path
        .parent()
        .is_none_or(|p| p == root || std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()));
    folder_ok && std::fs::symlink_metadata(path).is_ok()
}

/// The entries with `extension` directly in `dir` that are not folders (a link or a
/// FIFO is listed, so that reading it reports it), sorted by name; none if `dir` is
/// absent or not a real folder.
pub fn list(dir: &Path, extension: &str) -> anyhow::Result<Vec<PathBuf>> {
    if !std::fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) {
        return Ok(Vec::new());
    }
    let mut paths = Vec::new();
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("kan {} niet lezen", dir.display()))?
    {
        let path = entry?.path();
        // Hidden files are editors' and tools' business (backups, .gitkeep), not content.
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let folder = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if !hidden && !folder && path.extension().is_some_and(|e| e == extension) {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

impl<T> Loaded<T> {
    /// A diagnostic at the value found at `path` (e.g. `stappen[2].fase`).
    pub fn at_value(&self, code: &'static str, path: &str, message: impl Into<Text>) -> Diagnostic {
        Diagnostic::new(code, &self.file, self.spans.value(path), message)
    }

    /// A diagnostic at the key found at `path`.
    pub fn at_key(&self, code: &'static str, path: &str, message: impl Into<Text>) -> Diagnostic {
        Diagnostic::new(code, &self.file, self.spans.key(path), message)
    }
}

impl Workspace {
    /// Every file that loaded, for rules that look at the text itself.
    pub fn sources(&self) -> Vec<&SourceFile> {
        let reference = &self.reference;
        let mut sources: Vec<&SourceFile> = Vec::new();
        sources.extend(self.manifest.as_ref().map(|l| &l.file));
        sources.extend(self.blueprints.iter().map(|l| &l.file));
        sources.extend(reference.drempels.as_ref().map(|l| &l.file));
        sources.extend(reference.dimensies.as_ref().map(|l| &l.file));
        sources.extend(reference.kanalen.as_ref().map(|l| &l.file));
        sources.extend(reference.doelgroepen.as_ref().map(|l| &l.file));
        sources.extend(reference.organen.as_ref().map(|l| &l.file));
        sources.extend(reference.criteria.as_ref().map(|l| &l.file));
        sources.extend(reference.domeinen.as_ref().map(|l| &l.file));
        sources.extend(reference.bevoegdheden.as_ref().map(|l| &l.file));
        sources.extend(self.faq.iter().map(|l| &l.file));
        sources.extend(self.checklist.as_ref().map(|l| &l.file));
        sources.extend(self.charter.as_ref().map(|l| &l.file));
        sources.extend(self.playbook.iter().map(|l| &l.file));
        sources.extend(self.bijlagen.iter().map(|l| &l.file));
        for m in &self.municipalities {
            sources.push(&m.profile.file);
        }
        sources
    }
}
