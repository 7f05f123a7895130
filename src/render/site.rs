//! The whole site in memory: every page, asset and Markdown file by relative path.

use std::collections::BTreeMap;

use minijinja::context;
use minijinja::value::{Serde, Value};

use super::html::{markdown_to_html, plain_text};
use super::names::Names;
use super::pages;
use super::search::{self, Entry};
use super::svg::{Labels, blueprint_svg};
use super::templates::Templates;
use super::views::*;
use crate::load::Workspace;

pub const STYLE: &str = include_str!("../../assets/style.css");
pub const SEARCH: &str = include_str!("../../assets/search.js");

/// The built output: relative path (with `/`) to bytes. Sorted, so writing is ordered.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Everything the pages are made of, built once.
pub struct Views {
    pub site: Site,
    pub home: Home,
    pub blueprints: Vec<BlueprintPage>,
    pub matrix: Matrix,
    pub charter: Option<(String, DocumentPage)>,
    pub playbook: DocumentPage,
    pub faq: FaqPage,
    pub checklist: Option<(String, ChecklistPage)>,
    pub reference: ReferencePage,
    pub search: Vec<Entry>,
}

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
        inline_js: String::new(),
    }
}

/// Renders every HTML page and asset of the site.
pub fn html_files(views: &Views, templates: &Templates) -> anyhow::Result<Files> {
    let mut files = Files::new();
    let mut page =
        |path: &str, title: &str, template: &str, extra: minijinja::Value| -> anyhow::Result<()> {
            let frame = frame(&views.site, path, title);
            let ctx = context! { frame => v(frame), ..extra };
            files.insert(
                path.to_string(),
                templates.render(template, ctx)?.into_bytes(),
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
        "Service blueprints",
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

fn accessibility(views: &Views, pages: usize) -> Accessibility {
    let checks = [
        "elke pagina heeft de taal Nederlands (lang=\"nl\"), een titel en een link om naar de inhoud te springen",
        "alle pagina's, stijlen en scripts staan in de map zelf: er vertrekt geen enkele aanvraag naar buiten",
        "elk schema heeft een titel en een beschrijving voor schermlezers, en dezelfde inhoud als tabel",
        "tabellen hebben een bijschrift en koppen per kolom en per rij",
        "ruwe HTML en gevaarlijke links uit de inhoud worden onschadelijk gemaakt",
        "in CI laadt Chromium elke pagina en controleert axe-core de regels van WCAG 2.1 A en AA",
    ];
    Accessibility {
        organisatie: views.site.organisatie.clone(),
        contact: String::new(),
        checks: checks.iter().map(|c| (*c).to_string()).collect(),
        pages,
    }
}

/// Builds every view from the workspace.
pub fn views(ws: &Workspace) -> Views {
    let names = Names::from(ws);
    let manifest = ws.manifest.as_ref().map(|m| &m.value);
    let site = Site {
        titel: manifest.map_or_else(|| "Handboek".into(), |m| m.titel.clone()),
        ondertitel: manifest.map(|m| m.ondertitel.clone()).unwrap_or_default(),
        organisatie: manifest.map(|m| m.organisatie.clone()).unwrap_or_default(),
    };
    let organen = ws
        .reference
        .organen
        .as_ref()
        .map(|o| o.value.organen.as_slice())
        .unwrap_or_default();
    let blueprints = ws
        .blueprints
        .iter()
        .map(|b| {
            pages::blueprint_page(
                &b.value,
                &names,
                blueprint_svg(&b.value, &Labels::new(&b.value, organen)),
            )
        })
        .collect();
    let charter = ws.charter.as_ref().map(|c| {
        (
            c.value.meta.titel.clone(),
            pages::document_page(&[c], &c.value.meta.samenvatting, 0),
        )
    });
    let chapters: Vec<_> = ws.playbook.iter().collect();
    let playbook = pages::document_page(
        &chapters,
        "Stap voor stap naar een laagdrempelig, warm onthaal.",
        1,
    );
    let documents = document_links(charter.is_some());
    Views {
        home: pages::home(ws, documents),
        matrix: pages::matrix(ws, &names),
        faq: super::lists::faq(ws, &names),
        checklist: super::lists::checklist(ws, &names),
        reference: super::lists::reference(ws),
        search: super::lists::search_entries(ws),
        site,
        blueprints,
        charter,
        playbook,
    }
}

fn document_links(charter: bool) -> Vec<Link> {
    let link = |label: &str, href: &str, uitleg: &str| Link {
        label: label.into(),
        href: href.into(),
        uitleg: uitleg.into(),
    };
    let mut links = vec![
        link(
            "Service blueprints",
            "blauwdrukken/index.html",
            "de vier modellen stap voor stap, als schema en als tabel",
        ),
        link(
            "Drempels en modellen",
            "drempels.html",
            "welk model welke drempel om te melden wegneemt",
        ),
    ];
    if charter {
        links.push(link(
            "Modelcharter",
            "charter.html",
            "de afspraken van een netwerk van lokale partners, om aan te passen en te ondertekenen",
        ));
    }
    links.extend([
        link(
            "Draaiboek",
            "draaiboek.html",
            "een warm onthaal uitbouwen, van voorbereiding tot evaluatie",
        ),
        link(
            "Veelgestelde vragen",
            "faq.html",
            "antwoorden voor melders, medewerkers, partners en besturen",
        ),
        link(
            "De 8 B's",
            "8bs.html",
            "een checklist voor een kwaliteitsvol meldpunt (werkversie)",
        ),
        link(
            "Wegwijzer",
            "wegwijzer.html",
            "welk orgaan welke melding behandelt, met bronnen",
        ),
        link(
            "Volledig handboek",
            "print.html",
            "alles op één pagina, om af te drukken",
        ),
    ]);
    links
}

/// Markdown to HTML for short fields in lists.
pub fn md(text: &str) -> String {
    markdown_to_html(text, 1)
}

pub fn plain(text: &str) -> String {
    plain_text(text)
}

/// A serialisable view as a template value.
fn v<T: serde::Serialize>(view: T) -> Value {
    Value::from(Serde(view))
}
