//! Building every view once from the workspace: the data each page is made of.

use super::html::{markdown_to_html, plain_text};
use super::names::Names;
use super::pages;
use super::search::Entry;
use super::svg::Labels;
use super::views::*;
use crate::load::Workspace;

/// Everything the pages are made of, built once.
pub struct Views {
    pub site: Site,
    pub home: Home,
    pub blueprints: Vec<BlueprintPage>,
    pub matrix: Matrix,
    pub charter: Option<(String, DocumentPage)>,
    pub playbook: DocumentPage,
    pub faq: FaqPage,
    pub checklist: Option<(String, ChecklistPage)>,
    pub reference: ReferencePage,
    pub search: Vec<Entry>,
}

pub fn accessibility(views: &Views, pages: usize) -> Accessibility {
    let checks = [
        "elke pagina zegt in welke taal ze geschreven is, heeft een titel en een link om naar de inhoud te springen",
        "alle pagina's, stijlen en scripts staan in de map zelf: er vertrekt geen enkele aanvraag naar buiten",
        "elk schema heeft een titel en een beschrijving voor schermlezers, en dezelfde inhoud als tabel",
        "tabellen hebben een bijschrift en koppen per kolom en per rij",
        "ruwe HTML en gevaarlijke links uit de inhoud worden onschadelijk gemaakt",
        "bij elke wijziging opent een browser elke pagina en test ze automatisch op de regels van WCAG 2.1, niveau A en AA (met axe-core)",
    ];
    Accessibility {
        organisatie: views.site.organisatie.clone(),
        contact: views.site.contact_toegankelijkheid.clone(),
        checks: checks.iter().map(|c| (*c).to_string()).collect(),
        pages,
    }
}

/// Builds every view from the workspace.
pub fn views(ws: &Workspace) -> Views {
    let names = Names::from(ws);
    let manifest = ws.manifest.as_ref().map(|m| &m.value);
    let site = Site {
        titel: manifest.map_or_else(|| "Handboek".into(), |m| m.titel.clone()),
        ondertitel: manifest.map(|m| m.ondertitel.clone()).unwrap_or_default(),
        organisatie: manifest.map(|m| m.organisatie.clone()).unwrap_or_default(),
        taal: manifest.map_or_else(|| "nl".into(), |m| m.taal.clone()),
        contact_toegankelijkheid: manifest
            .map(|m| m.contact_toegankelijkheid.clone())
            .unwrap_or_default(),
        has_charter: ws.charter.is_some(),
        has_checklist: ws.checklist.is_some(),
    };
    let organen = ws
        .reference
        .organen
        .as_ref()
        .map(|o| o.value.organen.as_slice())
        .unwrap_or_default();
    let blueprints = ws
        .blueprints
        .iter()
        .map(|b| pages::blueprint_page(&b.value, &names, &Labels::new(&b.value, organen)))
        .collect();
    let charter = ws.charter.as_ref().map(|c| {
        (
            c.value.meta.titel.clone(),
            pages::document_page(&[c], &c.value.meta.samenvatting, 0, "charter"),
        )
    });
    let chapters: Vec<_> = ws.playbook.iter().collect();
    let playbook = pages::document_page(
        &chapters,
        "Stap voor stap naar een laagdrempelig, warm onthaal.",
        1,
        "draaiboek",
    );
    let documents = document_links(site.has_charter, site.has_checklist);
    Views {
        home: pages::home(ws, documents),
        matrix: pages::matrix(ws),
        faq: super::lists::faq(ws, &names),
        checklist: super::lists::checklist(ws, &names),
        reference: super::reference_view::reference(ws),
        search: super::lists::search_entries(ws),
        site,
        blueprints,
        charter,
        playbook,
    }
}

fn document_links(charter: bool, checklist: bool) -> Vec<Link> {
    let link = |label: &str, href: &str, uitleg: &str| Link {
        label: label.into(),
        href: href.into(),
        uitleg: uitleg.into(),
    };
    let mut links = vec![
        link(
            "Blauwdrukken",
            "blauwdrukken/index.html",
            "de vier modellen stap voor stap, als schema en als tabel",
        ),
        link(
            "Drempels en modellen",
            "drempels.html",
            "welk model welke drempel om te melden wegneemt",
        ),
    ];
    if charter {
        links.push(link(
            "Modelcharter",
            "charter.html",
            "de afspraken van een netwerk van lokale partners, om aan te passen en te ondertekenen",
        ));
    }
    links.extend([
        link(
            "Draaiboek",
            "draaiboek.html",
            "een warm onthaal uitbouwen, van voorbereiding tot evaluatie",
        ),
        link(
            "Veelgestelde vragen",
            "faq.html",
            "antwoorden voor melders, medewerkers, partners en besturen",
        ),
        link(
            "De 8 B's",
            "8bs.html",
            "een checklist voor een kwaliteitsvol meldpunt (werkversie)",
        ),
        link(
            "Wegwijzer",
            "wegwijzer.html",
            "welk orgaan welke melding behandelt, met bronnen",
        ),
        link(
            "Volledig handboek",
            "print.html",
            "alles op één pagina, om af te drukken",
        ),
    ]);
    links.retain(|l| checklist || l.href != "8bs.html");
    links
}

/// Markdown to HTML for short fields in lists.
pub fn md(text: &str) -> String {
    markdown_to_html(text, 1)
}

pub fn plain(text: &str) -> String {
    plain_text(text)
}
