//! The list of municipalities and each municipality's own index page.

use super::views::{Card, Field, IndexPage, ListPage, PartnerLine};
use super::{Edition, INDEX, model_title};
use crate::load::Workspace;
use crate::load::municipality::{Municipality, partner_list};
use crate::model::municipality::Profile;
use crate::render::emit::{Emitter, Page};
use crate::render::pages::Context;
use crate::render::views::Link;
use crate::validate::municipal::formats::{email_problem, phone_problem, website_problem};

pub fn list(ws: &Workspace) -> ListPage {
    ListPage {
        gemeenten: ws
            .municipalities
            .iter()
            .map(|m| Card {
                naam: m.profile.value.naam.clone(),
                href: format!("gemeenten/{}/index.html", m.slug),
                slug: m.slug.clone(),
                model: model_title(ws, &m.profile.value.model),
                leden: m
                    .profile
                    .value
                    .leden
                    .iter()
                    .map(|l| l.naam.clone())
                    .collect(),
                partners: partners(m).len(),
            })
            .collect(),
    }
}

/// The partners of a municipality as its pages list them.
pub fn partners(m: &Municipality) -> Vec<PartnerLine> {
    m.partners.as_ref().map_or_else(Vec::new, |table| {
        partner_list(table)
            .into_iter()
            .map(|p| PartnerLine {
                rol: p.rol.map_or_else(String::new, |r| r.label().to_string()),
                href: format!("partners/{}.html", p.slug),
                naam: p.naam,
                soort: p.soort,
                contactpersoon: p.contactpersoon,
            })
            .collect()
    })
}

pub fn render(_cx: &Context, e: &Edition, emit: &mut Emitter) -> anyhow::Result<()> {
    let p = &e.m.profile.value;
    let view = IndexPage {
        naam: p.naam.clone(),
        slug: e.m.slug.clone(),
        model: model_link(e),
        leden: p.leden.iter().map(|l| l.naam.clone()).collect(),
        contact: contact(p),
        coordinator: p.coordinator.trim().to_string(),
        documenten: vec![
            Link::new(format!("Charter van {}", p.naam), "charter.html"),
            Link::new(format!("Draaiboek van {}", p.naam), "draaiboek.html"),
        ],
        partners: partners(e.m),
        partnerbestand: e.m.partners.is_some(),
    };
    let page = Page::new(&p.naam, "gemeente")
        .html(format!("{}index.html", e.folder))
        .md(format!("{}index.md", e.folder))
        .section(INDEX)
        .crumb("Gemeenten", INDEX);
    emit.page(&page, &view)
}

/// The model's blueprint page, from the site root.
pub fn model_link(e: &Edition) -> Link {
    Link::new(
        &e.model_title,
        format!("blauwdrukken/{}.html", e.m.profile.value.model),
    )
}

/// The contact point as a list: every field, links only for data that validated.
pub fn contact(p: &Profile) -> Vec<Field> {
    let c = &p.contactpunt;
    let field = |label, tekst: &str, href: String| Field {
        label,
        tekst: tekst.trim().to_string(),
        href,
    };
    let phone = c.telefoon.trim();
    let email = c.email.trim();
    let web = c.website.trim();
    vec![
        field("Dienst", &c.dienst, String::new()),
        field("Adres", &c.adres, String::new()),
        field("Openingsuren", &c.openingsuren, String::new()),
        field(
            "Telefoon",
            phone,
            if !phone.is_empty() && phone_problem(phone).is_none() {
                format!(
                    "tel:{}",
                    phone.replace(|ch: char| !(ch.is_ascii_digit() || ch == '+'), "")
                )
            } else {
                String::new()
            },
        ),
        field(
            "E-mail",
            email,
            if !email.is_empty() && email_problem(email).is_none() {
                format!("mailto:{email}")
            } else {
                String::new()
            },
        ),
        field(
            "Website",
            web,
            if !web.is_empty() && website_problem(web).is_none() {
                web.to_string()
            } else {
                String::new()
            },
        ),
    ]
}
