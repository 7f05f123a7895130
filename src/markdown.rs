//! Every pulldown-cmark option in one place, so loading and rendering read Markdown alike.

use pulldown_cmark::Options;

/// CommonMark with GFM tables, task lists, strikethrough and heading ids. No footnotes:
/// their anchors would not survive the sanitiser, and a dead link helps no reader.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}
