//! `build --check`: the new build compared with the output folder file by file as it is
//! rendered, writing nothing and holding no more than one file at a time.

use std::collections::BTreeSet;

use super::previous::{Compared, Previous};
use super::{MARKER, Sink, safe_relative};
use crate::i18n::Text;

/// A comparison in progress.
pub struct Comparison {
    previous: Previous,
    written: BTreeSet<String>,
    differences: Vec<Text>,
}

impl Comparison {
    pub fn begin(out: &std::path::Path) -> Self {
        Comparison {
            previous: Previous::new(out),
            written: BTreeSet::new(),
            differences: Vec::new(),
        }
    }

    /// The files that differ: `gewijzigd: …`, `ontbreekt: …` in build order, then
    /// `overbodig: …` for files the build does not make.
    pub fn finish(mut self) -> Vec<Text> {
        for extra in self.previous.files() {
            if extra != MARKER && !self.written.contains(&extra) {
                let text = crate::t!("overbodig: {extra}", "superfluous: {extra}");
                self.differences.push(text);
            }
        }
        self.differences
    }

    /// How many files were compared.
    pub fn len(&self) -> usize {
        self.written.len()
    }

    pub fn is_empty(&self) -> bool {
        self.written.is_empty()
    }
}

impl Sink for Comparison {
    fn put(&mut self, relative: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = safe_relative(relative)?;
        self.written.insert(relative.to_string());
        match self.previous.compare(path, bytes) {
            Compared::Same => {}
            Compared::Changed => {
                let text = crate::t!("gewijzigd: {relative}", "changed: {relative}");
                self.differences.push(text);
            }
            Compared::Missing => {
                let text = crate::t!("ontbreekt: {relative}", "missing: {relative}");
                self.differences.push(text);
            }
        }
        Ok(())
    }
}
