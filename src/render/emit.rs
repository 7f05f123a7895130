//! Rendering pages as they come: a view is serialised once, rendered through its HTML
//! and its Markdown template, and both files go to the sink at once, so a build of
//! thousands of pages never holds them all. Only the parts of `handboek.md` are kept.

use std::collections::BTreeSet;

use minijinja::context;
use minijinja::value::Value;
use serde::Serialize;

use super::frame::{NavEntry, frame};
use super::md::{self, handbook::Part};
use super::search::{self, Entry};
use super::templates::Templates;
use super::views::{Frame, Link, Site};

/// Where finished files go: (path relative to the output folder, bytes).
pub type Sink<'s> = dyn FnMut(&str, &[u8]) -> anyhow::Result<()> + 's;

/// One page: its title, template stem, where its HTML and Markdown go, and its place.
#[derive(Debug, Clone)]
pub struct Page<'p> {
    pub title: &'p str,
    /// `faq` renders `faq.html` and `faq.md`.
    pub template: &'p str,
    /// Path of the HTML file from the site root.
    pub html: Option<String>,
    /// Path of the Markdown file under `md/`.
    pub md: Option<String>,
    /// The menu entry (path) the page sits under.
    pub section: &'p str,
    /// The pages above this one: (label, path from the root).
    pub crumbs: Vec<(String, String)>,
    /// In `handboek.md` and its index: (title there, what it holds, contents depth).
    pub handbook: Option<(String, &'p str, usize)>,
    /// Render the Markdown twice, the second time with `frame.toc` filled in.
    pub md_toc: bool,
    pub body_class: &'static str,
    /// A contents list of the page's `h2` headings in `frame.toc` (rendered twice).
    pub toc: bool,
    /// The pages before and after this one in reading order, as (label, path); for a
    /// page in the menu without them, its neighbours in the menu.
    pub vorige: Option<(String, String)>,
    pub volgende: Option<(String, String)>,
    /// The stylesheet inlined (the print page: its script reads the print rules).
    pub inline_css: bool,
    /// In the search index. Pages made by the thousand (a partner charter per partner)
    /// say `unindexed()`; past `search::TEXT_BUDGET` pages are found by title only.
    pub indexed: bool,
}

impl<'p> Page<'p> {
    pub fn new(title: &'p str, template: &'p str) -> Self {
        Page {
            title,
            template,
            html: None,
            md: None,
            section: "",
            crumbs: Vec::new(),
            handbook: None,
            md_toc: false,
            body_class: "",
            indexed: true,
            inline_css: false,
            toc: false,
            vorige: None,
            volgende: None,
        }
    }

    pub fn with_toc(mut self) -> Self {
        self.toc = true;
        self
    }

    pub fn between(
        mut self,
        vorige: Option<(String, String)>,
        volgende: Option<(String, String)>,
    ) -> Self {
        self.vorige = vorige;
        self.volgende = volgende;
        self
    }

    pub fn inline_css(mut self) -> Self {
        self.inline_css = true;
        self
    }

    /// Left out of the search index (the print page repeats every other page).
    pub fn unindexed(mut self) -> Self {
        self.indexed = false;
        self
    }

    /// An HTML page at `path` (without a section, its own menu entry is its section).
    pub fn html(mut self, path: impl Into<String>) -> Self {
        self.html = Some(path.into());
        self
    }

    pub fn md(mut self, path: impl Into<String>) -> Self {
        self.md = Some(path.into());
        self
    }

    pub fn section(mut self, section: &'p str) -> Self {
        self.section = section;
        self
    }

    pub fn crumb(mut self, label: impl Into<String>, path: impl Into<String>) -> Self {
        self.crumbs.push((label.into(), path.into()));
        self
    }

    pub fn in_handbook(mut self, title: impl Into<String>, blurb: &'p str, depth: usize) -> Self {
        self.handbook = Some((title.into(), blurb, depth));
        self
    }

    pub fn md_toc(mut self) -> Self {
        self.md_toc = true;
        self
    }

    pub fn body_class(mut self, class: &'static str) -> Self {
        self.body_class = class;
        self
    }
}

/// Renders a page through its templates into text, without writing it: shared by the
/// emitter and by threads that render many pages at once (the municipal editions).
#[derive(Clone)]
pub struct Renderer<'a> {
    templates: &'a Templates,
    site: &'a Site,
    nav: Vec<NavEntry>,
}

/// Renders pages into the sink and keeps what the closing pages need.
pub struct Emitter<'a, 's> {
    renderer: Renderer<'a>,
    templates: &'a Templates,
    nav: Vec<NavEntry>,
    sink: &'a mut Sink<'s>,
    written: BTreeSet<String>,
    parts: Vec<Part>,
    html_pages: usize,
    search: Vec<Entry>,
    search_text: usize,
}

impl<'a, 's> Emitter<'a, 's> {
    pub fn new(
        templates: &'a Templates,
        site: &'a Site,
        nav: Vec<NavEntry>,
        sink: &'a mut Sink<'s>,
    ) -> Self {
        Emitter {
            renderer: Renderer {
                templates,
                site,
                nav: nav.clone(),
            },
            templates,
            nav,
            sink,
            written: BTreeSet::new(),
            parts: Vec::new(),
            html_pages: 0,
            search: Vec::new(),
            search_text: 0,
        }
    }

    /// Renders `view` through the page's templates and hands the files to the sink.
    pub fn page(&mut self, page: &Page, view: &impl Serialize) -> anyhow::Result<()> {
        let view = value(view);
        if let Some(path) = &page.html {
            let mut frame = self.frame(page, path, &self.nav);
            let name = format!("{}.html", page.template);
            let mut html = self.templates.render(&name, with(&frame, &view))?;
            if page.toc {
                frame.toc = search::outline(&html)
                    .into_iter()
                    .map(|(id, label)| Link::new(label, format!("#{id}")))
                    .collect();
                html = self.templates.render(&name, with(&frame, &view))?;
            }
            self.file(path, html.as_bytes())?;
            self.html_pages += 1;
            if page.indexed {
                self.index(&html, path, page.title);
            }
        }
        if let Some(path) = &page.md {
            let mut frame = self.frame(page, path, &[]);
            let text = self.markdown_with_toc(page, &mut frame, &view)?;
            self.file(&format!("md/{path}"), text.as_bytes())?;
            if let Some((title, blurb, depth)) = &page.handbook {
                frame.in_handbook = true;
                frame.toc.clear();
                let name = format!("{}.md", page.template);
                let text = md::finish(&self.templates.render(&name, with(&frame, &view))?);
                self.parts.push(Part {
                    path: path.clone(),
                    title: title.clone(),
                    blurb: blurb.to_string(),
                    text,
                    toc_depth: *depth,
                });
            }
        }
        Ok(())
    }

    /// The renderer of this emitter, to render pages on other threads.
    pub fn renderer(&self) -> &Renderer<'a> {
        &self.renderer
    }

    /// The HTML of `view` through the page's template, without writing it anywhere.
    pub fn html(&self, page: &Page, view: &impl Serialize) -> anyhow::Result<String> {
        self.renderer.html(page, view)
    }

    /// The Markdown of `view` through the page's template, without writing it anywhere.
    pub fn markdown(&self, page: &Page, view: &impl Serialize) -> anyhow::Result<String> {
        self.renderer.markdown(page, view)
    }

    fn markdown_with_toc(
        &self,
        page: &Page,
        frame: &mut Frame,
        view: &Value,
    ) -> anyhow::Result<String> {
        self.renderer.markdown_with_toc(page, frame, view)
    }

    fn frame(&self, page: &Page, path: &str, nav: &[NavEntry]) -> Frame {
        self.renderer.frame(page, path, nav)
    }

    /// Hands a finished file to the sink; two files on one path would lose one.
    pub fn file(&mut self, path: &str, bytes: &[u8]) -> anyhow::Result<()> {
        anyhow::ensure!(
            self.written.insert(path.to_string()),
            crate::t!(
                "twee bestanden met het pad {path}",
                "two files with the path {path}"
            )
        );
        (self.sink)(path, bytes)
    }

    /// The Markdown pages that make up `handboek.md`, in the order they were rendered.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// Adds the sections of a page to the search index, within the text budget.
    fn index(&mut self, html: &str, path: &str, title: &str) {
        for mut entry in search::sections(html, path, title) {
            self.search_text += entry.x.len();
            if self.search_text > search::TEXT_BUDGET {
                entry.x.clear();
            }
            self.search.push(entry);
        }
    }

    /// The menu entry after the one at `path`: where a reader goes on from a section.
    pub fn nav_after(&self, path: &str) -> Option<(String, String)> {
        let at = self.nav.iter().position(|(_, href)| *href == path)?;
        self.nav
            .get(at + 1)
            .map(|(label, href)| (label.to_string(), href.to_string()))
    }

    /// The search entries of the pages rendered so far, in order.
    pub fn search_entries(&self) -> &[Entry] {
        &self.search
    }

    /// How many HTML pages were rendered so far.
    pub fn html_pages(&self) -> usize {
        self.html_pages
    }

    pub fn templates(&self) -> &Templates {
        self.templates
    }
}

impl Renderer<'_> {
    /// The HTML of `view` through the page's template, without writing it anywhere
    /// (for pages filled in many times, like the partner charters).
    pub fn html(&self, page: &Page, view: &impl Serialize) -> anyhow::Result<String> {
        let path = page.html.as_deref().unwrap_or_default();
        let mut frame = self.frame(page, path, &self.nav);
        // Written with `file()`, such a page stays out of the search index; it says so.
        frame.indexed = false;
        let name = format!("{}.html", page.template);
        let view = value(view);
        let html = self.templates.render(&name, with(&frame, &view))?;
        if !page.toc {
            return Ok(html);
        }
        frame.toc = search::outline(&html)
            .into_iter()
            .map(|(id, label)| Link::new(label, format!("#{id}")))
            .collect();
        self.templates.render(&name, with(&frame, &view))
    }

    /// The Markdown of `view` through the page's template, without writing it anywhere.
    pub fn markdown(&self, page: &Page, view: &impl Serialize) -> anyhow::Result<String> {
        let path = page.md.as_deref().unwrap_or_default();
        let mut frame = self.frame(page, path, &[]);
        self.markdown_with_toc(page, &mut frame, &value(view))
    }

    /// The Markdown of a page; with `md_toc`, a second pass lists its `##` headings.
    pub fn markdown_with_toc(
        &self,
        page: &Page,
        frame: &mut Frame,
        view: &Value,
    ) -> anyhow::Result<String> {
        let name = format!("{}.md", page.template);
        let text = md::finish(&self.templates.render(&name, with(frame, view))?);
        if !page.md_toc {
            return Ok(text);
        }
        frame.toc = md::anchors(&text)
            .into_iter()
            .filter(|a| a.level == 2)
            .map(|a| Link::new(a.text, format!("#{}", a.slug)))
            .collect();
        Ok(md::finish(
            &self.templates.render(&name, with(frame, view))?,
        ))
    }

    pub fn frame(&self, page: &Page, path: &str, nav: &[NavEntry]) -> Frame {
        let section = if page.section.is_empty() {
            path
        } else {
            page.section
        };
        let mut frame = frame(self.site, nav, path, section, page.title, &page.crumbs);
        frame.body_class = page.body_class;
        frame.indexed = page.indexed;
        if page.inline_css {
            frame.inline_css = super::pages::assets::STYLE.to_string();
        }
        let link =
            |(label, href): &(String, String)| Link::new(label, format!("{}{href}", frame.root));
        let at = nav.iter().position(|(_, href)| *href == path);
        let neighbour = |i: Option<usize>| {
            i.and_then(|i| nav.get(i))
                .map(|(l, h)| (l.to_string(), h.to_string()))
        };
        let vorige = page
            .vorige
            .clone()
            .or_else(|| neighbour(at.and_then(|i| i.checked_sub(1))));
        let volgende = page
            .volgende
            .clone()
            .or_else(|| neighbour(at.map(|i| i + 1)));
        frame.vorige = vorige.as_ref().map(link);
        frame.volgende = volgende.as_ref().map(link);
        frame
    }
}

/// A view as a template value, serialised once.
pub fn value<T: Serialize>(view: &T) -> Value {
    Value::from(minijinja::value::Serde(view))
}

/// The context of a template: the frame and the page's view.
pub fn with(frame: &Frame, view: &Value) -> Value {
    context! { frame => value(frame), page => view.clone() }
}
