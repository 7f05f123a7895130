//! The self-assessment report: one self-contained page with a bar per B. Not part of
//! the site: `onthaal zelfevaluatie score --rapport` writes it.

use serde::Serialize;

use super::Context;
use super::assets::STYLE;
use crate::assessment::Score;
use crate::render::emit::with;
use crate::render::frame::frame;
use crate::render::templates::Templates;

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentReport<'a> {
    pub checklist_title: String,
    pub status: String,
    pub scores: &'a [Score],
}

pub fn report(cx: &Context, templates: &Templates, scores: &[Score]) -> anyhow::Result<String> {
    let path = "zelfevaluatie.html";
    let mut frame = frame(&cx.site, &[], path, path, "Zelfevaluatie van de 8 B's", &[]);
    frame.inline_css = STYLE.to_string();
    let checklist = cx.ws.checklist.as_ref().map(|c| &c.value);
    let view = AssessmentReport {
        checklist_title: checklist.map(|c| c.titel.clone()).unwrap_or_default(),
        status: checklist.map(|c| c.status.clone()).unwrap_or_default(),
        scores,
    };
    let view = crate::render::emit::value(&view);
    templates.render("zelfevaluatie.html", with(&frame, &view))
}
