//! The pages of the site, one module per section, each with its view, its builder and
//! its entry in [`SECTIONS`]. Adding a page is a view struct, `templates/html/<name>.html`,
//! `templates/md/<name>.md` and one line here.

pub mod accessibility;
pub mod annexes;
pub mod assessment;
pub mod assets;
pub mod blueprints;
pub mod checklist;
pub mod documents;
pub mod faq;
mod handbook;
pub mod home;
pub mod matrix;
pub mod municipal;
pub mod print;
pub mod reference;
mod wegwijzer;

use super::emit::{Emitter, Sink};
use super::frame::NavEntry;
use super::names::Names;
use super::templates::Templates;
use super::views::Site;
use crate::load::Workspace;

/// What every page builder may read: the workspace, its names and the site.
pub struct Context<'a> {
    pub ws: &'a Workspace,
    pub names: Names,
    pub site: Site,
}

impl<'a> Context<'a> {
    pub fn new(ws: &'a Workspace) -> Self {
        Context {
            ws,
            names: Names::from(ws),
            site: site(ws),
        }
    }
}

/// A part of the site: its menu entry, whether this workspace has it, its pages.
pub struct Section {
    /// (label, path from the root) in the main menu, in the order of [`SECTIONS`].
    pub nav: Option<NavEntry>,
    /// Without it, the section is not built and nothing links to it.
    pub present: fn(&Workspace) -> bool,
    pub render: fn(&Context, &mut Emitter) -> anyhow::Result<()>,
}

/// Every section, in menu order.
pub const SECTIONS: &[Section] = &[
    home::SECTION,
    blueprints::SECTION,
    matrix::SECTION,
    documents::CHARTER,
    documents::PLAYBOOK,
    annexes::SECTION,
    faq::SECTION,
    checklist::SECTION,
    reference::SECTION,
    municipal::SECTION,
    print::SECTION,
];

/// Rendered after all others, because they speak about them (how many pages there
/// are, which Markdown parts make up the handbook).
pub const CLOSING: &[Section] = &[accessibility::SECTION, handbook::SECTION, assets::SECTION];

pub fn always(_: &Workspace) -> bool {
    true
}

/// Renders every page of the site into `sink`, section by section.
pub fn render_site(ws: &Workspace, templates: &Templates, sink: &mut Sink) -> anyhow::Result<()> {
    let cx = Context::new(ws);
    let present: Vec<&Section> = SECTIONS
        .iter()
        .chain(CLOSING)
        .filter(|s| (s.present)(ws))
        .collect();
    let nav = present.iter().filter_map(|s| s.nav).collect();
    let mut emitter = Emitter::new(templates, &cx.site, nav, sink);
    for section in present {
        (section.render)(&cx, &mut emitter)?;
    }
    Ok(())
}

/// `2026-11-26` as `26 november 2026`; anything else as written.
pub fn dutch_date(text: &str) -> String {
    crate::validate::Date::parse(text).map_or_else(|| text.to_string(), |d| d.dutch())
}

fn site(ws: &Workspace) -> Site {
    let manifest = ws.manifest.as_ref().map(|m| &m.value);
    Site {
        titel: manifest.map_or_else(|| "Handboek".into(), |m| m.titel.clone()),
        ondertitel: manifest.map(|m| m.ondertitel.clone()).unwrap_or_default(),
        organisatie: manifest.map(|m| m.organisatie.clone()).unwrap_or_default(),
        taal: manifest.map_or_else(|| "nl".into(), |m| m.taal.clone()),
        contact_toegankelijkheid: manifest
            .map(|m| m.contact_toegankelijkheid.clone())
            .unwrap_or_default(),
        has_charter: ws.charter.is_some(),
        has_checklist: ws.checklist.is_some(),
    }
}
