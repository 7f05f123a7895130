//! Templates: built-ins embedded in the binary under reserved names; a file of the same
//! name in the workspace's `templates/html/` or `templates/md/` wins. Undefined values
//! are errors. HTML templates escape HTML, Markdown templates escape Markdown
//! (`md::escape_text`), whatever a template is called; only `|safe` passes a value as is.

use std::path::Path;

use anyhow::Context;
use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

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
}

impl Templates {
    /// Loads overrides from `root/templates/html/` and `root/templates/md/` where a file
    /// has a built-in's name.
    pub fn load(root: &Path) -> anyhow::Result<Self> {
        let mut html = environment(AutoEscape::Html);
        let mut md = environment(AutoEscape::Custom(md::MODE.into()));
        md.set_syntax(
            SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()?,
        );
        md.add_function("md_link", |text: String, url: String| {
            Value::from_safe_string(md::link(&text, &url))
        });
        md.add_function("md_source", |url: String| {
            Value::from_safe_string(md::source(&url))
        });
        add(&mut html, &root.join("templates/html"), HTML)?;
        add(&mut md, &root.join("templates/md"), MD)?;
        Ok(Templates { html, md })
    }

    /// Renders template `name` (`….html` or `….md`) with `context`.
    pub fn render(&self, name: &str, context: Value) -> anyhow::Result<String> {
        let env = if name.ends_with(".md") {
            &self.md
        } else {
            &self.html
        };
        let template = env
            .get_template(name)
            .map_err(|e| anyhow::anyhow!("sjabloon {name}: {e}"))?;
        template
            .render(context)
            .map_err(|e| anyhow::anyhow!("sjabloon {name}: {e:#}"))
    }
}

fn environment(escape: AutoEscape) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_formatter(md::formatter);
    env.set_auto_escape_callback(move |_| escape.clone());
    env.add_filter("dutch_list", |items: Vec<String>| md::dutch_list(&items));
    env
}

fn add(
    env: &mut Environment<'static>,
    folder: &Path,
    built_in: &[(&'static str, &'static str)],
) -> anyhow::Result<()> {
    for (name, source) in built_in {
        let custom = folder.join(name);
        let text = if custom.is_file() {
            std::fs::read_to_string(&custom)
                .with_context(|| format!("kan het sjabloon {} niet lezen", custom.display()))?
        } else {
            (*source).to_string()
        };
        env.add_template_owned(*name, text)
            .map_err(|e| anyhow::anyhow!("sjabloon {name}: {e}"))?;
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
            &["_html", "_json", "inline_css"]
        }
    }

    #[test]
    fn a_list_or_object_printed_as_text_is_an_error() {
        let mut env = super::environment(minijinja::AutoEscape::Html);
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
