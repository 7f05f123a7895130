//! `onthaal init [MAP]`: a new handbook from the built-in content, ready to validate
//! and build; refuses a folder that is not empty.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use super::Outcome;
use super::global::Global;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De map voor het nieuwe handboek (standaard: de huidige map); ze moet leeg zijn of nog niet bestaan.
    #[arg(value_name = "MAP", default_value = ".")]
    folder: PathBuf,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let folder = &args.folder;
    refuse_unless_empty(folder)?;
    std::fs::create_dir_all(folder)
        .with_context(|| format!("kan de map {} niet maken", folder.display()))?;
    let files = crate::defaults::files();
    for (name, text) in &files {
        write_new(&folder.join(name), text)?;
    }
    let shown = folder.display();
    global.inform(crate::t!(
        "nieuw handboek in {shown}: {} bestanden\n\nVolgende stappen:\n  cd {shown}\n  onthaal validate      controleer de inhoud\n  onthaal build         bouw de website en de Markdown in dist/\n  onthaal explain       alle controles, met uitleg",
        "new handbook in {shown}: {} files\n\nNext steps:\n  cd {shown}\n  onthaal validate      check the content\n  onthaal build         build the site and the Markdown in dist/\n  onthaal explain       every check, explained",
        files.len()
    ));
    Ok(Outcome::Clean)
}

/// A folder that holds anything at all (even a hidden file) is someone's work.
fn refuse_unless_empty(folder: &Path) -> anyhow::Result<()> {
    if !folder.exists() {
        return Ok(());
    }
    if !folder.is_dir() {
        let folder = folder.display();
        bail!(crate::t!(
            "{folder} bestaat al en is geen map",
            "{folder} exists and is no folder"
        ));
    }
    let mut entries = std::fs::read_dir(folder)
        .with_context(|| format!("kan {} niet lezen", folder.display()))?;
    if entries.next().is_some() {
        let folder = folder.display();
        bail!(crate::t!(
            "{folder} is niet leeg; `onthaal init` begint alleen in een lege of nieuwe map, zodat het niets overschrijft: kies een andere map, zoals `onthaal init mijn-handboek`",
            "{folder} is not empty; `onthaal init` starts only in an empty or new folder, so that it overwrites nothing: choose another folder, such as `onthaal init my-handbook`"
        ));
    }
    Ok(())
}

/// Writes a file that may not exist yet, making its folder.
fn write_new(path: &Path, text: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("kan de map {} niet maken", parent.display()))?;
    }
    let mut file = std::fs::File::create_new(path)
        .with_context(|| format!("kan {} niet schrijven", path.display()))?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("kan {} niet schrijven", path.display()))
}
