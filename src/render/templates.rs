//! Templates: built-ins embedded in the binary under reserved names; a file of the same
//! name in the workspace's `templates/html/` or `templates/md/` wins. Undefined values
//! are errors. HTML templates escape HTML, Markdown templates escape Markdown
//! (`md::escape_text`), whatever a template is called; only `|safe` passes a value as is.

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::jinja::{Bounded, Failure};
use crate::load::templates::Override;
use crate::source::SourceFile;

use super::md;

/// `(name, source)` for each file of a built-in template folder.
macro_rules! built_in {
    ($folder:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/", $folder, "/", $name)))),*]
    };
}

const HTML: &[(&str, &str)] = built_in!("html":
    "base.html", "macros.html", "home.html", "blueprints.html", "blueprint.html",
    "matrix.html", "matrix_table.html", "document.html", "faq.html", "checklist.html",
    "reference.html", "reference_tables.html", "accessibility.html", "print.html",
    "zelfevaluatie.html", "gemeenten.html", "gemeente.html", "gemeente_charter.html",
    "gemeente_draaiboek.html",
);

const MD: &[(&str, &str)] = built_in!("md":
    "macros.md", "head.md", "index.md", "blueprint.md", "matrix.md", "document.md",
    "faq.md", "checklist.md", "reference.md", "gemeenten.md", "gemeente.md",
    "gemeente_charter.md", "gemeente_draaiboek.md", "review.md",
);

/// The templates of one build: built-ins with the workspace's overrides applied.
pub struct Templates {
    html: Environment<'static>,
    md: Environment<'static>,
    /// Each template's text with its name as shown, for located errors.
    sources: BTreeMap<(&'static str, String), SourceFile>,
}

impl Templates {
    /// Loads overrides from `root/templates/html/` and `root/templates/md/` where a file
    /// has a built-in's name. An override that cannot be read or parsed is a
    /// [`Failure`](crate::jinja::Failure) with its place.
    pub fn load(root: &Path) -> anyhow::Result<Self> {
        let (overrides, problems) = crate::load::templates::overrides(root)?;
        if !problems.is_empty() {
            return Err(Failure {
                diagnostics: problems,
            }
            .into());
        }
        let mut html = environment(AutoEscape::Html, "html");
        let mut md = environment(AutoEscape::Custom(md::MODE.into()), "md");
        md.add_function("md_link", |text: String, url: String| {
            Value::from_safe_string(md::link(&text, &url))
        });
        md.add_function("md_source", |url: String| {
            Value::from_safe_string(md::source(&url))
        });
        let mut sources = BTreeMap::new();
        add(&mut html, &mut sources, "html", HTML, &overrides)?;
        add(&mut md, &mut sources, "md", MD, &overrides)?;
        Ok(Templates { html, md, sources })
    }

    /// Renders template `name` (`….html` or `….md`) with `context`, within the limits of
    /// [`crate::jinja`]; a failure names the template and the place in it.
    pub fn render(&self, name: &str, context: Value) -> anyhow::Result<String> {
        let env = if name.ends_with(".md") {
            &self.md
        } else {
            &self.html
        };
        let mut page = Bounded::default();
        env.get_template(name)
            .and_then(|template| template.render_captured_to(context, &mut page).map(drop))
            .map_err(|error| self.failure(name, &error))?;
        String::from_utf8(page.0).map_err(|e| anyhow::anyhow!("{e}"))
    }

    /// The template `error` arose in (an include or macro may name another), as a
    /// located diagnostic.
    fn failure(&self, name: &str, error: &minijinja::Error) -> anyhow::Error {
        let set = if name.ends_with(".md") { "md" } else { "html" };
        let at = error.name().unwrap_or(name);
        let file = self
            .sources
            .get(&(set, at.to_string()))
            .cloned()
            .unwrap_or_else(|| SourceFile::new(format!("templates/{set}/{at}"), at, String::new()));
        Failure {
            diagnostics: vec![crate::jinja::diagnostic(error, &file)],
        }
        .into()
    }
}

fn environment(escape: AutoEscape, set: &str) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_formatter(md::formatter);
    env.set_auto_escape_callback(move |_| escape.clone());
    env.add_filter("dutch_list", |items: Vec<String>| md::dutch_list(&items));
    env.add_filter("css_string", |text: String| {
        Value::from_safe_string(css_string(&text))
    });
    env.set_syntax(crate::load::templates::syntax(set));
    // A template from the workspace is untrusted: bounded in steps and depth.
    env.set_fuel(Some(crate::jinja::FUEL));
    env.set_recursion_limit(crate::jinja::RECURSION);
    env
}

/// Adds the built-in templates of `set`, each replaced by the override of its name.
/// `text` as a CSS string in double quotes: it cannot end the string, nor the
/// `<style>` element it sits in.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\3c "),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn add(
    env: &mut Environment<'static>,
    sources: &mut BTreeMap<(&'static str, String), SourceFile>,
    set: &'static str,
    built_in: &[(&'static str, &'static str)],
    overrides: &[Override],
) -> anyhow::Result<()> {
    for (name, source) in built_in {
        let file = match overrides.iter().find(|o| o.set == set && o.name == *name) {
            Some(custom) => custom.file.clone(),
            None => SourceFile::new(
                format!("ingebouwd sjabloon {set}/{name}"),
                *name,
                (*source).to_string(),
            ),
        };
        env.add_template_owned(*name, file.text.clone())
            .map_err(|error| -> anyhow::Error {
                Failure {
                    diagnostics: vec![crate::jinja::diagnostic(&error, &file)],
                }
                .into()
            })?;
        sources.insert((set, (*name).to_string()), file);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{HTML, MD};

    /// The fields a template may print unescaped, by the suffix of their name.
    fn safe_fields(name: &str) -> &'static [&'static str] {
        if name.ends_with(".md") {
            &["_md"]
        } else {
            &["_html", "_json", "inline_css", "inline_js"]
        }
    }

    #[test]
    fn a_css_string_cannot_end_itself_or_its_style_element() {
        assert_eq!(
            super::css_string("Gent \"x\" \\ </style><script>"),
            "\"Gent \\\"x\\\" \\\\ \\3c /style>\\3c script>\""
        );
    }

    #[test]
    fn a_list_or_object_printed_as_text_is_an_error() {
        let mut env = super::environment(minijinja::AutoEscape::Html, "html");
        env.add_template("t.html", "{{ x }}").unwrap();
        let error = env
            .get_template("t.html")
            .unwrap()
            .render(minijinja::context! { x => vec![1, 2] })
            .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("een lijst of object kan niet als tekst"),
            "{error}"
        );
    }

    #[test]
    fn only_fields_named_safe_are_printed_unescaped() {
        for (name, source) in HTML.iter().chain(MD) {
            for (at, _) in source.match_indices("|safe") {
                let before = source[..at].trim_end();
                let field = before
                    .rsplit(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                    .next()
                    .unwrap_or_default();
                assert!(
                    safe_fields(name).iter().any(|s| field.ends_with(s)),
                    "{name}: `{field}|safe` is no `_html`/`_md` field"
                );
            }
        }
    }
}
