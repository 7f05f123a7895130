//! Templates: built-ins embedded in the binary under reserved names; a file of the same
//! name in the workspace's `templates/html/` wins. Undefined values are errors, and
//! every template escapes HTML, whatever its name.

use std::path::Path;

use anyhow::Context;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

/// The built-in templates, by name.
const BUILT_IN: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/html/base.html")),
    (
        "macros.html",
        include_str!("../../templates/html/macros.html"),
    ),
    ("home.html", include_str!("../../templates/html/home.html")),
    (
        "blueprints.html",
        include_str!("../../templates/html/blueprints.html"),
    ),
    (
        "blueprint.html",
        include_str!("../../templates/html/blueprint.html"),
    ),
    (
        "matrix.html",
        include_str!("../../templates/html/matrix.html"),
    ),
    (
        "matrix_table.html",
        include_str!("../../templates/html/matrix_table.html"),
    ),
    (
        "document.html",
        include_str!("../../templates/html/document.html"),
    ),
    ("faq.html", include_str!("../../templates/html/faq.html")),
    (
        "checklist.html",
        include_str!("../../templates/html/checklist.html"),
    ),
    (
        "reference.html",
        include_str!("../../templates/html/reference.html"),
    ),
    (
        "reference_tables.html",
        include_str!("../../templates/html/reference_tables.html"),
    ),
    (
        "accessibility.html",
        include_str!("../../templates/html/accessibility.html"),
    ),
    (
        "print.html",
        include_str!("../../templates/html/print.html"),
    ),
    (
        "zelfevaluatie.html",
        include_str!("../../templates/html/zelfevaluatie.html"),
    ),
];

/// The templates of one build: built-ins with the workspace's overrides applied.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// Loads overrides from `root/templates/html/` where a file has a built-in's name.
    pub fn load(root: &Path) -> anyhow::Result<Self> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        for (name, source) in BUILT_IN {
            let custom = root.join("templates/html").join(name);
            let text = if custom.is_file() {
                std::fs::read_to_string(&custom)
                    .with_context(|| format!("kan het sjabloon {} niet lezen", custom.display()))?
            } else {
                (*source).to_string()
            };
            env.add_template_owned(*name, text)
                .map_err(|e| anyhow::anyhow!("sjabloon {name}: {e}"))?;
        }
        Ok(Templates { env })
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: minijinja::Value) -> anyhow::Result<String> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| anyhow::anyhow!("sjabloon {name}: {e}"))?;
        template
            .render(context)
            .map_err(|e| anyhow::anyhow!("sjabloon {name}: {e:#}"))
    }
}
