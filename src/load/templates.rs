//! The workspace's own templates (`templates/html/*.html`, `templates/md/*.md`), read
//! like content: regular files in real folders of the workspace, never links, within the
//! size limit, UTF-8 without control characters, and with a syntax minijinja accepts
//! (T001), so `validate` reports a broken override before a build tries it.

use std::path::Path;

use super::{folders, list, text};
use crate::diagnostics::Diagnostic;
use crate::source::{SourceFile, display_name};

/// One override: `html` or `md`, the template's name (`home.html`) and its text.
#[derive(Debug, Clone)]
pub struct Override {
    pub set: &'static str,
    pub name: String,
    pub file: SourceFile,
}

/// Every override that can be read, and the diagnostics of those that cannot.
pub fn overrides(root: &Path) -> anyhow::Result<(Vec<Override>, Vec<Diagnostic>)> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    // Refusals of the folders themselves are reported with the other folders.
    let mut ignored = Vec::new();
    for set in ["html", "md"] {
        let Some(folder) = folders::folder(root, &format!("templates/{set}"), &mut ignored) else {
            continue;
        };
        for path in list(&folder, set)? {
            match text::read(root, &path)? {
                Ok(file) => {
                    problems.extend(syntax_error(set, &file));
                    let name = display_name(&folder, &path);
                    found.push(Override { set, name, file });
                }
                Err(problem) => problems.push(problem),
            }
        }
    }
    Ok((found, problems))
}

/// The syntax a template set is parsed with: Markdown templates trim the line breaks
/// around block tags.
pub fn syntax(set: &str) -> minijinja::syntax::SyntaxConfig {
    minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(set == "md")
        .lstrip_blocks(set == "md")
        .build()
        .unwrap_or_default()
}

/// T001 when minijinja cannot parse `file`.
fn syntax_error(set: &str, file: &SourceFile) -> Option<Diagnostic> {
    let mut env = minijinja::Environment::new();
    env.set_syntax(syntax(set));
    let error = env.template_from_str(&file.text).err()?;
    Some(crate::jinja::diagnostic(&error, file))
}
