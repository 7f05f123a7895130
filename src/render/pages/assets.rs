//! The stylesheet, the scripts and the search index: one copy each for every page.

use super::{Context, Section, always};
use crate::render::emit::Emitter;
use crate::render::search;

pub const STYLE: &str = include_str!("../../../assets/style.css");
pub const SEARCH: &str = include_str!("../../../assets/search.js");
pub const WEGWIJZER: &str = include_str!("../../../assets/wegwijzer.js");
pub const FAQ: &str = include_str!("../../../assets/faq.js");
pub const AFDRUK: &str = include_str!("../../../assets/afdruk.js");

pub const SECTION: Section = Section {
    nav: None,
    present: always,
    render,
};

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    emit.file("assets/style.css", STYLE.as_bytes())?;
    emit.file("assets/search.js", SEARCH.as_bytes())?;
    emit.file("assets/wegwijzer.js", WEGWIJZER.as_bytes())?;
    emit.file("assets/faq.js", FAQ.as_bytes())?;
    emit.file("assets/afdruk.js", AFDRUK.as_bytes())?;
    let index = search::index_script(emit.search_entries(), &search::synonyms(cx.ws));
    emit.file("assets/search-index.js", index.as_bytes())
}
