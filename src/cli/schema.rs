//! `onthaal schema`: write the JSON Schemas of the YAML formats for editors.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::Outcome;
use super::global::Global;
use super::output::to_stdout;
use crate::schema::{schemas, vscode_settings};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Map voor de schema's (standaard: schemas/ in de map van het handboek).
    #[arg(long, value_name = "MAP")]
    out: Option<PathBuf>,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    let out = match &args.out {
        Some(out) => out.clone(),
        None => root.join("schemas"),
    };
    // Only a folder of schemas (or a new one): never someone else's folder.
    let out = crate::output::check_folder_for(&root, &out, |name| name.ends_with(".schema.json"))?;
    std::fs::create_dir_all(&out)
        .with_context(|| format!("kan {} niet aanmaken", out.display()))?;
    let all = schemas();
    for schema in &all {
        let path = out.join(format!("{}.schema.json", schema.name));
        crate::output::write_file(&path, schema.json.as_bytes())?;
    }
    let folder = out
        .strip_prefix(&root)
        .unwrap_or(&out)
        .to_string_lossy()
        .replace('\\', "/");
    to_stdout(|o| {
        let (count, shown) = (all.len(), out.display());
        let written = crate::t!(
            "{count} schema's geschreven naar {shown}",
            "{count} schemas written to {shown}"
        );
        writeln!(o, "{written}")?;
        let how = crate::t!(
            "In VS Code (met de YAML-extensie) koppel je ze in .vscode/settings.json:",
            "In VS Code (with the YAML extension) you link them in .vscode/settings.json:"
        );
        writeln!(o, "{how}")?;
        write!(o, "{}", vscode_settings(&folder))
    })?;
    Ok(Outcome::Clean)
}
