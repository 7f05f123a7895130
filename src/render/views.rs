//! The views every page shares: the site, the frame around a page, links. Each page's
//! own view lives beside its builder in `render/pages/`. Templates never see model
//! types. Fields ending in `_html` are sanitised HTML (or our own SVG), `_md` Markdown
//! from content (defused with the whole file), `_json` JSON that cannot close the
//! script element it sits in; every other field is text, escaped by the template set.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub titel: String,
    pub ondertitel: String,
    pub organisatie: String,
    /// The language of the pages (`lang`), from the manifest.
    pub taal: String,
    pub contact_toegankelijkheid: String,
    /// Optional parts: without them their page is not built and not linked.
    pub has_charter: bool,
    pub has_checklist: bool,
}

/// An entry of the main menu.
#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub label: &'static str,
    pub href: String,
    /// This very page.
    pub current: bool,
    /// A page inside this entry's section (a blueprint under Blauwdrukken).
    pub in_section: bool,
}

/// What every page shares: where it is, how to get home, the navigation.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    pub site: Site,
    pub title: String,
    /// From this page to the root of its output (`""`, `"../"`, …): the site root for
    /// HTML, `md/` for Markdown. Every link between pages starts with it.
    pub root: String,
    pub nav: Vec<NavItem>,
    /// The pages above this one, from the top, each with its link.
    pub crumbs: Vec<Link>,
    pub body_class: &'static str,
    /// Inlined assets: the stylesheet of the single-file handbook and the print page
    /// (whose script reads it), the script of the single-file handbook.
    pub inline_css: String,
    pub inline_js: String,
    /// The page's own `h2`/`##` headings with their anchors, when it asks for them.
    pub toc: Vec<Link>,
    /// The pages before and after this one in reading order.
    pub vorige: Option<Link>,
    pub volgende: Option<Link>,
    /// Markdown: the page is being rendered as a part of `handboek.md`.
    pub in_handbook: bool,
    /// In the search index; a page that is not says so in a `<meta>`.
    pub indexed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub label: String,
    pub href: String,
    pub uitleg: String,
}

impl Link {
    pub fn new(label: impl Into<String>, href: impl Into<String>) -> Self {
        Link {
            label: label.into(),
            href: href.into(),
            uitleg: String::new(),
        }
    }
}

/// A delivery model in short: on the home page, the blueprint index and its own page.
#[derive(Debug, Clone, Serialize)]
pub struct ModelCard {
    pub model: String,
    pub titel: String,
    /// From the site root.
    pub href: String,
    pub piloten: Vec<String>,
    pub rol: &'static str,
    /// The role as the editors' guide explains it.
    pub rol_uitleg: &'static str,
    pub belooft: Vec<&'static str>,
    pub samenvatting_html: String,
    pub samenvatting_md: String,
    /// The first sentence of the summary, as text: for short cards.
    pub kort: String,
    pub fasen: Vec<PhaseAsk>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseAsk {
    pub naam: String,
    pub vraagt: String,
}
