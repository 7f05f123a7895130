//! The printable annexes of the playbook: one page with all of them, and one page per
//! annex (`bijlagen/<id>.html`), so that each prints on its own, the desk card on A4.
//! Both are documents, rendered like the charter and the playbook.

use super::documents::{DocumentPage, document_page};
use super::{Context, Section};
use crate::load::Workspace;
use crate::render::emit::{Emitter, Page};

pub const TITLE: &str = "Bijlagen bij het draaiboek";
pub const PATH: &str = "bijlagen.html";

pub const SECTION: Section = Section {
    nav: Some(("Bijlagen", PATH)),
    present: has_annexes,
    render,
};

fn has_annexes(ws: &Workspace) -> bool {
    !ws.bijlagen.is_empty()
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    // The page of all annexes is for the site; in Markdown each annex is a part of its
    // own. Search finds each annex on its own page, not twice.
    let all = Page::new(TITLE, "document").html(PATH).unindexed();
    emit.page(&all, &view(cx.ws))?;
    for annex in &cx.ws.bijlagen {
        let (id, titel) = (&annex.value.id, &annex.value.meta.titel);
        let summary = &annex.value.meta.samenvatting;
        let view = document_page(cx.ws, &[annex], summary, 0, "bijlage");
        let page = Page::new(titel, "document")
            .html(format!("bijlagen/{id}.html"))
            .md(format!("bijlagen/{id}.md"))
            .section(PATH)
            .crumb("Bijlagen", PATH)
            .body_class("annex-page")
            .in_handbook(format!("Bijlage: {titel}"), "om af te drukken", 1);
        emit.page(&page, &view)?;
    }
    Ok(())
}

/// Every annex as a chapter of one page (also the annexes' part of the print page).
pub fn view(ws: &Workspace) -> DocumentPage {
    let annexes: Vec<_> = ws.bijlagen.iter().collect();
    let summary = "Bladen om af te drukken en mee te werken. Elke bijlage heeft ook een eigen pagina, om ze apart op A4 af te drukken.";
    let mut page = document_page(ws, &annexes, summary, 1, "bijlagen");
    page.apart = Some("bijlagen/");
    page
}
