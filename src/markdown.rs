//! Every pulldown-cmark option in one place, so loading and rendering read Markdown alike.

use pulldown_cmark::Options;

/// CommonMark with GFM tables, task lists, footnotes, strikethrough and heading ids.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}
