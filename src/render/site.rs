//! The pages of the site: every view rendered through its template, plus the assets.

use std::collections::BTreeMap;

use minijinja::context;
use minijinja::value::{Serde, Value};

use super::assemble::{Views, accessibility};
use super::search;
use super::templates::Templates;
use super::views::*;

pub const STYLE: &str = include_str!("../../assets/style.css");
pub const SEARCH: &str = include_str!("../../assets/search.js");
pub const WEGWIJZER: &str = include_str!("../../assets/wegwijzer.js");

/// The built output: relative path (with `/`) to bytes. Sorted, so writing is ordered.
pub type Files = BTreeMap<String, Vec<u8>>;

const NAV: &[(&str, &str)] = &[
    ("Start", "index.html"),
    ("Blauwdrukken", "blauwdrukken/index.html"),
    ("Drempels", "drempels.html"),
    ("Charter", "charter.html"),
    ("Draaiboek", "draaiboek.html"),
    ("FAQ", "faq.html"),
    ("De 8 B's", "8bs.html"),
    ("Wegwijzer", "wegwijzer.html"),
];

/// The frame of the page at `path` (relative to the site root).
pub fn frame(site: &Site, path: &str, title: &str) -> Frame {
    let root = "../".repeat(path.matches('/').count());
    let nav = NAV
        .iter()
        .filter(|(_, href)| match *href {
            "charter.html" => site.has_charter,
            "8bs.html" => site.has_checklist,
            _ => true,
        })
        .map(|(label, href)| NavItem {
            label,
            href: format!("{root}{href}"),
            current: *href == path,
        })
        .collect();
    Frame {
        site: site.clone(),
        title: title.to_string(),
        root,
        nav,
        body_class: "",
        inline_css: String::new(),
    }
}

/// Renders every HTML page and asset of the site.
pub fn html_files(views: &Views, templates: &Templates) -> anyhow::Result<Files> {
    let mut files = Files::new();
    let mut page =
        |path: &str, title: &str, template: &str, extra: minijinja::Value| -> anyhow::Result<()> {
            let frame = frame(&views.site, path, title);
            let ctx = context! { frame => v(frame), ..extra };
            let html = templates.render(template, ctx)?.into_bytes();
            // Two pages on one path would mean one silently lost; validate prevents it.
            anyhow::ensure!(
                files.insert(path.to_string(), html).is_none(),
                "twee pagina's met het pad {path}"
            );
            Ok(())
        };
    page(
        "index.html",
        "Start",
        "home.html",
        context! { home => v(&views.home) },
    )?;
    let cards: Vec<_> = views
        .blueprints
        .iter()
        .map(|b| {
            let mut c = b.card.clone();
            c.href = format!("{}.html", c.model);
            c
        })
        .collect();
    page(
        "blauwdrukken/index.html",
        "Blauwdrukken",
        "blueprints.html",
        context! { cards => v(cards) },
    )?;
    for bp in &views.blueprints {
        page(
            &format!("blauwdrukken/{}.html", bp.card.model),
            &bp.card.titel,
            "blueprint.html",
            context! { page => v(bp) },
        )?;
    }
    page(
        "drempels.html",
        "Drempels en modellen",
        "matrix.html",
        context! { matrix => v(&views.matrix) },
    )?;
    if let Some((title, charter)) = &views.charter {
        page(
            "charter.html",
            title,
            "document.html",
            context! { doc => v(charter) },
        )?;
    }
    page(
        "draaiboek.html",
        "Draaiboek voor een warm onthaal",
        "document.html",
        context! { doc => v(&views.playbook) },
    )?;
    page(
        "faq.html",
        "Veelgestelde vragen",
        "faq.html",
        context! { faq => v(&views.faq) },
    )?;
    if let Some((title, checklist)) = &views.checklist {
        page(
            "8bs.html",
            title,
            "checklist.html",
            context! { checklist => v(checklist) },
        )?;
    }
    page(
        "wegwijzer.html",
        "Wegwijzer en referentie",
        "reference.html",
        context! { reference => v(&views.reference) },
    )?;
    let print = print_page(views, templates, false)?;
    files.insert("print.html".into(), print.into_bytes());
    let a11y = accessibility(views, files.len() + 1);
    let frame = frame(
        &views.site,
        "toegankelijkheid.html",
        "Toegankelijkheidsverklaring",
    );
    files.insert(
        "toegankelijkheid.html".into(),
        templates
            .render(
                "accessibility.html",
                context! { frame => v(frame), a11y => v(a11y) },
            )?
            .into_bytes(),
    );
    files.insert("assets/style.css".into(), STYLE.as_bytes().to_vec());
    files.insert("assets/search.js".into(), SEARCH.as_bytes().to_vec());
    files.insert("assets/wegwijzer.js".into(), WEGWIJZER.as_bytes().to_vec());
    files.insert(
        "assets/search-index.js".into(),
        search::index_script(&views.search).into_bytes(),
    );
    Ok(files)
}

/// The whole handbook on one page; with `single`, CSS and script are inlined.
pub fn print_page(views: &Views, templates: &Templates, single: bool) -> anyhow::Result<String> {
    let mut frame = frame(&views.site, "print.html", "Volledig handboek");
    frame.body_class = "print-page";
    if single {
        frame.nav.clear();
        frame.inline_css = STYLE.to_string();
    }
    // Charter and playbook may share section ids; their print versions carry a prefix.
    let documents: Vec<_> = views
        .charter
        .iter()
        .map(|(t, p)| context! { id => "charter", titel => v(t), page => v(p) })
        .chain(std::iter::once(context! { id => "draaiboek", titel => "Draaiboek voor een warm onthaal", page => v(&views.playbook) }))
        .collect();
    let (checklist_title, checklist) = views.checklist.clone().unwrap_or_else(|| {
        (
            String::new(),
            ChecklistPage {
                status: String::new(),
                toelichting_html: String::new(),
                criteria: Vec::new(),
            },
        )
    });
    let ctx = context! { frame => v(frame), home => v(&views.home), blueprints => v(&views.blueprints), matrix => v(&views.matrix), documents => v(documents), faq => v(&views.faq), checklist => v(checklist), checklist_title => v(checklist_title), reference => v(&views.reference) };
    templates.render("print.html", ctx)
}

/// A serialisable view as a template value.
fn v<T: serde::Serialize>(view: T) -> Value {
    Value::from(Serde(view))
}

/// The self-assessment report as one page with inlined style and no navigation.
pub fn assessment_page(
    views: &Views,
    templates: &Templates,
    scores: &[crate::assessment::Score],
) -> anyhow::Result<String> {
    let mut frame = frame(
        &views.site,
        "zelfevaluatie.html",
        "Zelfevaluatie van de 8 B's",
    );
    frame.nav.clear();
    frame.inline_css = STYLE.to_string();
    let checklist_title = views
        .checklist
        .as_ref()
        .map(|(t, _)| t.clone())
        .unwrap_or_default();
    let status = views
        .checklist
        .as_ref()
        .map(|(_, c)| c.status.clone())
        .unwrap_or_default();
    let ctx = context! { frame => v(frame), scores => v(scores), checklist_title => checklist_title, status => status };
    templates.render("zelfevaluatie.html", ctx)
}
