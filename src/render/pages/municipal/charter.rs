//! A municipality's charter and one charter per partner. The charter is the model with
//! the municipality's changes; it is rendered once with tokens for every variable and
//! filled in per page: with the municipality's data and blank partner fields for its
//! own charter, and with each partner's data for that partner's charter.

use super::index::partners;
use super::render_cache::Cache;
use super::slots::{Slotted, token};
use super::values::{self, lookup};
use super::views::{CharterPage, Party, Signature};
use super::{Edition, Files, INDEX};
use crate::load::municipality::partner_list;
use crate::model::municipality::{Profile, Target};
use crate::overlay::apply::compose;
use crate::render::emit::{Page, Renderer};
use crate::render::pages::Context;

/// Adds the municipality's charter and its partners' charters to `out`.
pub fn render(
    cx: &Context,
    e: &Edition,
    cache: &mut Cache,
    renderer: &Renderer,
    out: &mut Files,
) -> anyhow::Result<()> {
    let Some(model_charter) = e.model.charter else {
        return Ok(());
    };
    let p = &e.m.profile.value;
    let docs = compose(
        e.model,
        Target::Charter,
        &p.wijzigingen,
        !p.leden.is_empty(),
    );
    let Some(doc) = docs.first() else {
        return Ok(());
    };
    let tokenised = cache.tokenised(&doc.body);
    let body = cache.get(&tokenised, 0);
    let meta = &model_charter.meta;
    let raw = values::municipal(p, &e.model_title, &meta.versie, &meta.datum);
    let (html_values, md_values) = (values::for_html(&raw), values::for_md(&raw));
    let view = |voor_partner| CharterPage {
        gemeente: p.naam.clone(),
        samenvatting: meta.samenvatting.clone(),
        model: e.model_title.clone(),
        versie: meta.versie.clone(),
        datum: meta.datum.clone(),
        partijen: parties(p),
        partner: partner_party(),
        vakje_meldpunt: token("rol.meldpunt"),
        vakje_toeleider: token("rol.toeleider"),
        body_html: body.html.clone(),
        body_md: body.md.clone(),
        handtekeningen: signatures(p),
        bijlage: partners(e.m),
        bijlagen: crate::render::pages::documents::annex_links(cx.ws, &meta.bijlagen),
        voor_partner,
        model_charter: false,
    };
    // The municipality's own charter: its data, the partner's fields left blank.
    let blanks = values::partner_blanks();
    let (blank_html, blank_md) = (values::for_html(&blanks), values::for_md(&blanks));
    let own_title = format!("Charter van {}", p.naam);
    let own = page(e, &own_title, "charter");
    let (html, md) = rendered(renderer, &own, &view(false))?;
    out.push((
        own.html.clone().unwrap_or_default(),
        html.fill(&|n| lookup(&[&html_values, &blank_html], n))
            .into_bytes(),
    ));
    out.push((
        format!("md/{}", own.md.as_deref().unwrap_or_default()),
        md.fill(&|n| lookup(&[&md_values, &blank_md], n))
            .into_bytes(),
    ));
    // One charter per partner: the same page, filled with the partner's data.
    let Some(table) = &e.m.partners else {
        return Ok(());
    };
    let title = format!("Charter van {} met {}", p.naam, token("partner.naam"));
    let shared =
        page(e, &title, "partners/partner").crumb("Charter", format!("{}charter.html", e.folder));
    let (html, md) = rendered(renderer, &shared, &view(true))?;
    for partner in partner_list(table) {
        let raw = values::partner(&partner);
        let (ph, pm) = (values::for_html(&raw), values::for_md(&raw));
        let path = format!("{}partners/{}", e.folder, partner.slug);
        out.push((
            format!("{path}.html"),
            html.fill(&|n| lookup(&[&html_values, &ph], n)).into_bytes(),
        ));
        out.push((
            format!("md/{path}.md"),
            md.fill(&|n| lookup(&[&md_values, &pm], n)).into_bytes(),
        ));
    }
    Ok(())
}

/// A charter page of the edition at `<folder><name>.html` and `.md`.
fn page<'p>(e: &Edition, title: &'p str, name: &str) -> Page<'p> {
    Page::new(title, "gemeente_charter")
        .with_toc()
        .html(format!("{}{name}.html", e.folder))
        .md(format!("{}{name}.md", e.folder))
        .section(INDEX)
        .crumb("Gemeenten", INDEX)
        .crumb(
            e.m.profile.value.naam.clone(),
            format!("{}index.html", e.folder),
        )
        .body_class("charter-page")
}

/// The page rendered once, in both formats, cut around its tokens.
fn rendered(
    renderer: &Renderer,
    page: &Page,
    view: &CharterPage,
) -> anyhow::Result<(Slotted, Slotted)> {
    Ok((
        Slotted::html(renderer.html(page, view)?),
        Slotted::md(renderer.markdown(page, view)?),
    ))
}

/// The municipality, or every member of a partnership, as a party.
fn parties(p: &Profile) -> Vec<Party> {
    if p.leden.is_empty() {
        let s = &p.ondertekening;
        return vec![Party {
            naam: p.naam.clone(),
            wat: "lokaal bestuur".into(),
            ondertekenaar: s.ondertekenaar.trim().into(),
            beslissing: s.beslissing.trim().into(),
            gegevensbescherming: s.gegevensbescherming.trim().into(),
        }];
    }
    p.leden
        .iter()
        .map(|l| Party {
            naam: l.naam.clone(),
            wat: format!("lokaal bestuur, lid van {}", p.naam),
            ondertekenaar: l.ondertekenaar.trim().into(),
            beslissing: l.beslissing.trim().into(),
            gegevensbescherming: l.gegevensbescherming.trim().into(),
        })
        .collect()
}

/// The partner as a party: every field a token, filled per partner.
fn partner_party() -> Party {
    Party {
        naam: token("partner.naam"),
        wat: format!("partnerorganisatie ({})", token("partner.soort")),
        ondertekenaar: token("partner.ondertekenaar"),
        beslissing: String::new(),
        gegevensbescherming: token("partner.dpo"),
    }
}

/// A signature block for every party that signs for the local government, then the partner.
fn signatures(p: &Profile) -> Vec<Signature> {
    let mut out: Vec<Signature> = parties(p)
        .into_iter()
        .map(|party| Signature {
            voor: party.naam,
            ondertekenaar: party.ondertekenaar,
        })
        .collect();
    out.push(Signature {
        voor: token("partner.naam"),
        ondertekenaar: token("partner.ondertekenaar"),
    });
    out
}

/// The model charter as the handbook shows it: the same page as a municipality's, with
/// a blank for every variable and every party, to read or to fill in by hand.
pub fn model_view(charter: &crate::model::document::Document) -> CharterPage {
    let blank = |name: &str| {
        crate::model::document::VARIABLES
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(String::new, |(_, b)| format!("[{b}]"))
    };
    let body = crate::model::document::fill_in_blanks(&charter.body);
    let party = |who: &str, wat: &str| Party {
        naam: blank(who),
        wat: wat.to_string(),
        ondertekenaar: String::new(),
        beslissing: blank("gemeente.beslissing"),
        gegevensbescherming: blank(&who.replace("naam", "dpo")),
    };
    let mut partner = party("partner.naam", "partnerorganisatie");
    partner.beslissing.clear();
    // The partner's signatory is a token on a partner's charter; here a line to write on.
    partner.ondertekenaar = "……………………".into();
    CharterPage {
        gemeente: blank("gemeente.naam"),
        samenvatting: charter.meta.samenvatting.clone(),
        model: String::new(),
        versie: charter.meta.versie.clone(),
        datum: charter.meta.datum.clone(),
        partijen: vec![party("gemeente.naam", "lokaal bestuur")],
        partner,
        vakje_meldpunt: "☐".into(),
        vakje_toeleider: "☐".into(),
        body_html: crate::render::html::markdown_to_html(&body, 0),
        body_md: crate::model::document::fill_in_blanks(
            &crate::render::md::headings::clean_document(&charter.body, 0),
        ),
        handtekeningen: vec![
            Signature {
                voor: blank("gemeente.naam"),
                ondertekenaar: String::new(),
            },
            Signature {
                voor: blank("partner.naam"),
                ondertekenaar: String::new(),
            },
        ],
        bijlage: Vec::new(),
        bijlagen: Vec::new(),
        voor_partner: false,
        model_charter: true,
    }
}
