//! The frame of a page: its place in the site (the way back to the root, the menu with
//! the current page, the pages above it). Works for nested folders such as
//! `gemeenten/<slug>/partners/<partner>.html`: every link is relative to the page.

use super::views::{Frame, Link, NavItem, Site};

/// A menu entry: its label and the path of its page from the root.
pub type NavEntry = (&'static str, &'static str);

/// From a page at `path` (relative, with `/`) back to the root: `""`, `"../"`, ….
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// The frame of the page at `path` in `section` (the path of the menu entry it sits
/// under); `crumbs` are the pages above it as (label, path from the root).
pub fn frame(
    site: &Site,
    nav: &[NavEntry],
    path: &str,
    section: &str,
    title: &str,
    crumbs: &[(String, String)],
) -> Frame {
    let root = root_of(path);
    let nav = nav
        .iter()
        .map(|(label, href)| NavItem {
            label,
            href: format!("{root}{href}"),
            current: *href == path,
            in_section: *href == section && *href != path,
        })
        .collect();
    let crumbs = crumbs
        .iter()
        .map(|(label, href)| Link::new(label, format!("{root}{href}")))
        .collect();
    Frame {
        site: site.clone(),
        title: title.to_string(),
        root,
        nav,
        crumbs,
        body_class: "",
        inline_css: String::new(),
        inline_js: String::new(),
        toc: Vec::new(),
        vorige: None,
        volgende: None,
        in_handbook: false,
        indexed: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        Site {
            titel: "T".into(),
            ondertitel: String::new(),
            organisatie: String::new(),
            taal: "nl".into(),
            contact_toegankelijkheid: String::new(),
            has_charter: true,
            has_checklist: true,
        }
    }

    #[test]
    fn a_nested_page_links_back_through_its_folders_and_marks_its_section() {
        let nav = [
            ("Start", "index.html"),
            ("Gemeenten", "gemeenten/index.html"),
        ];
        let crumbs = [("Gent".to_string(), "gemeenten/gent/index.html".to_string())];
        let path = "gemeenten/gent/partners/cafe.html";
        let f = frame(&site(), &nav, path, "gemeenten/index.html", "Café", &crumbs);
        assert_eq!(f.root, "../../../");
        assert_eq!(f.nav[1].href, "../../../gemeenten/index.html");
        assert!(f.nav[1].in_section && !f.nav[1].current && !f.nav[0].in_section);
        assert_eq!(f.crumbs[0].href, "../../../gemeenten/gent/index.html");
        let home = frame(&site(), &nav, "index.html", "index.html", "Start", &[]);
        assert!(home.nav[0].current && !home.nav[0].in_section);
    }
}
