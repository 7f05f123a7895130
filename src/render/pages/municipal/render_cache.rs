//! Markdown rendered once per distinct text: the model charter and the playbook
//! chapters are the same for every municipality that did not change them, and
//! sanitising them is the costly part of a build of 285 editions.

use std::collections::HashMap;
use std::rc::Rc;

use crate::render::html::markdown_to_html;
use crate::render::md::headings::clean_document;

/// A Markdown text as HTML (sanitised) and as Markdown for `md/` (attributes removed).
#[derive(Debug)]
pub struct Rendered {
    pub html: String,
    pub md: String,
}

#[derive(Debug, Default)]
pub struct Cache {
    rendered: HashMap<(String, u8), Rc<Rendered>>,
    tokenised: HashMap<String, Rc<String>>,
}

impl Cache {
    /// A charter body with its variables as tokens (see `values::tokenise`).
    pub fn tokenised(&mut self, body: &str) -> Rc<String> {
        if let Some(done) = self.tokenised.get(body) {
            return Rc::clone(done);
        }
        let done = Rc::new(super::values::tokenise(body));
        self.tokenised.insert(body.to_string(), Rc::clone(&done));
        done
    }

    /// `markdown` rendered with its headings shifted down by `shift` levels.
    pub fn get(&mut self, markdown: &str, shift: u8) -> Rc<Rendered> {
        let key = (markdown.to_string(), shift);
        if let Some(done) = self.rendered.get(&key) {
            return Rc::clone(done);
        }
        let done = Rc::new(Rendered {
            html: markdown_to_html(markdown, shift),
            md: clean_document(markdown, shift.into()),
        });
        self.rendered.insert(key, Rc::clone(&done));
        done
    }
}
