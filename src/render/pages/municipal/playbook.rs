//! A municipality's playbook: its contact data, the steps of its model's blueprint, and
//! the model playbook with its own changes. Chapters it did not change are rendered
//! once for every municipality.

use super::index::{contact, model_link};
use super::render_cache::Cache;
use super::slots::Slotted;
use super::values::{self, lookup};
use super::views::{ChapterView, PhaseSteps, PlaybookPage, StepLine};
use super::{Edition, Files, INDEX};
use crate::model::blueprint::Blueprint;
use crate::model::municipality::Target;
use crate::overlay::apply::compose;
use crate::render::emit::{Page, Renderer};
use crate::render::pages::Context;
use crate::render::views::Link;

/// Adds the municipality's playbook (HTML and Markdown) to `out`. It stays out of the
/// search index: its chapters are the model's, which the index has already.
pub fn render(
    cx: &Context,
    e: &Edition,
    cache: &mut Cache,
    renderer: &Renderer,
    out: &mut Files,
) -> anyhow::Result<()> {
    let p = &e.m.profile.value;
    let changed: Vec<&str> = p
        .wijzigingen
        .iter()
        .filter(|c| c.document == Target::Draaiboek)
        .filter_map(|c| e.model.find(Target::Draaiboek, c.anchor()))
        .map(|l| l.doc.id.as_str())
        .collect();
    let meta = e.model.charter.map(|c| &c.meta);
    let raw = values::municipal(
        p,
        &e.model_title,
        meta.map_or("", |m| m.versie.as_str()),
        meta.map_or("", |m| m.datum.as_str()),
    );
    let md_values = values::for_md(&raw);
    let chapters: Vec<ChapterView> = compose(
        e.model,
        Target::Draaiboek,
        &p.wijzigingen,
        !p.leden.is_empty(),
    )
    .iter()
    .map(|doc| {
        // Only a chapter that names variables (a municipality's own text) is filled in.
        let body = if doc.body.contains("{{") {
            let filled =
                Slotted::md(values::tokenise(&doc.body)).fill(&|n| lookup(&[&md_values], n));
            cache.get(&filled, 1)
        } else {
            cache.get(&doc.body, 1)
        };
        ChapterView {
            id: doc.id.clone(),
            titel: doc.meta.titel.clone(),
            samenvatting: doc.meta.samenvatting.clone(),
            body_html: body.html.clone(),
            body_md: body.md.clone(),
            lokaal: changed.contains(&doc.id.as_str())
                || e.model.find(Target::Draaiboek, &doc.id).is_none(),
        }
    })
    .collect();
    let blueprint = cx.ws.blueprints.iter().find(|b| b.value.model == p.model);
    let view = PlaybookPage {
        gemeente: p.naam.clone(),
        model: model_link(e),
        contact: contact(p),
        coordinator: p.coordinator.trim().to_string(),
        fasen: blueprint.map_or_else(Vec::new, |b| phases(&b.value, &cx.names)),
        toc: chapters
            .iter()
            .map(|c| Link::new(&c.titel, format!("#{}", c.id)))
            .collect(),
        chapters,
    };
    let title = format!("Draaiboek van {}", p.naam);
    let page = Page::new(&title, "gemeente_draaiboek")
        .html(format!("{}draaiboek.html", e.folder))
        .md(format!("{}draaiboek.md", e.folder))
        .section(INDEX)
        .crumb("Gemeenten", INDEX)
        .crumb(p.naam.clone(), format!("{}index.html", e.folder))
        .unindexed();
    out.push((
        page.html.clone().unwrap_or_default(),
        renderer.html(&page, &view)?.into_bytes(),
    ));
    out.push((
        format!("md/{}", page.md.as_deref().unwrap_or_default()),
        renderer.markdown(&page, &view)?.into_bytes(),
    ));
    Ok(())
}

/// The blueprint's steps per phase: what the melder does and what the staff do.
fn phases(bp: &Blueprint, names: &crate::render::names::Names) -> Vec<PhaseSteps> {
    let labels = names.of(bp);
    bp.fasen
        .iter()
        .map(|f| PhaseSteps {
            naam: f.naam.clone(),
            stappen: bp
                .stappen
                .iter()
                .filter(|s| s.fase == f.id)
                .map(|s| StepLine {
                    titel: s.titel.clone(),
                    melder: s.melder.clone().unwrap_or_default(),
                    medewerker: s
                        .frontstage
                        .as_ref()
                        .map(|a| format!("{}: {}", labels.actor(&a.actor), a.actie.trim()))
                        .unwrap_or_default(),
                    href: format!("blauwdrukken/{}.html#stap-{}", bp.model, s.id),
                })
                .collect(),
        })
        .collect()
}
