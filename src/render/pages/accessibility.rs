//! The accessibility statement, drawn up anew with every build.

use serde::Serialize;

use super::{Context, Section, always};
use crate::render::emit::{Emitter, Page};

pub const SECTION: Section = Section {
    nav: None,
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct Accessibility {
    pub organisatie: String,
    pub contact: String,
    /// The date of this edition, in Dutch; empty when the manifest gives none.
    pub datum: String,
    pub checks: Vec<&'static str>,
    /// How many pages the build has, this one included.
    pub pages: usize,
}

const CHECKS: &[&str] = &[
    "elke pagina zegt in welke taal ze geschreven is, heeft een titel en een link om naar de inhoud te springen",
    "alle pagina's, stijlen en scripts staan in de map zelf: er vertrekt geen enkele aanvraag naar buiten",
    "elk schema heeft een titel en een beschrijving voor schermlezers, en dezelfde inhoud als tabel",
    "tabellen hebben een bijschrift en koppen per kolom en per rij",
    "ruwe HTML en gevaarlijke links uit de inhoud worden onschadelijk gemaakt",
    "bij elke wijziging opent een browser elke pagina en test ze automatisch op de regels van WCAG 2.1, niveau A en AA (met axe-core), op een breed en een smal scherm",
    "de kleuren halen dezelfde contrastnormen in lichte en in donkere modus, ook de tekst in de schema's van de blauwdrukken",
    "afgedrukt staat er geen tekst kleiner dan 8 punt, eindigt geen pagina op een kop en heeft de inhoudstafel van het volledige handboek paginanummers",
];

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let view = Accessibility {
        organisatie: cx.site.organisatie.clone(),
        contact: cx.site.contact_toegankelijkheid.trim().to_string(),
        datum: cx
            .ws
            .manifest
            .as_ref()
            .map(|m| super::dutch_date(m.value.datum.trim()))
            .unwrap_or_default(),
        checks: CHECKS.to_vec(),
        pages: emit.html_pages() + 1,
    };
    let page =
        Page::new("Toegankelijkheidsverklaring", "accessibility").html("toegankelijkheid.html");
    emit.page(&page, &view)
}
