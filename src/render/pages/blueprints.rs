//! The blueprints: an index of the models and a page per model, with the whole diagram
//! and, per phase, its steps as a table (and as a diagram of its own, for print).

use serde::Serialize;

use super::{Context, Section, always};
use crate::model::blueprint::{Actie, Blueprint, Kenmerk, Rol, Stap, Status};
use crate::render::emit::{Emitter, Page};
use crate::render::html::{markdown_to_html, plain_text};
use crate::render::names::{Labels, Names};
use crate::render::svg::notes::{Note, Numbers, notes};
use crate::render::svg::{Diagram, blueprint_svg};
use crate::render::views::{ModelCard, PhaseAsk};

pub const INDEX: &str = "blauwdrukken/index.html";

pub const SECTION: Section = Section {
    nav: Some(("Blauwdrukken", INDEX)),
    present: always,
    render,
};

#[derive(Debug, Clone, Serialize)]
pub struct BlueprintIndex {
    pub cards: Vec<ModelCard>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BlueprintPage {
    pub card: ModelCard,
    pub schema: DiagramView,
    /// The fail points and wait points the diagram numbers, with their text.
    pub noten: Vec<Note>,
    pub fasen: Vec<PhaseRows>,
    /// Steps in a phase the blueprint does not declare (a validation error, shown
    /// rather than lost).
    pub zonder_fase: Vec<StepRow>,
    pub nodig: Vec<Need>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseRows {
    pub id: String,
    pub naam: String,
    pub vraagt: String,
    /// The diagram of this phase alone, in parts of at most [`PRINT_STEPS`] steps: a
    /// printed page holds one part at the diagram's own size.
    pub schemas: Vec<DiagramView>,
    pub stappen: Vec<StepRow>,
}

/// The two drawings of a diagram: the label column and the steps (our own SVG).
#[derive(Debug, Clone, Serialize)]
pub struct DiagramView {
    pub labels_html: String,
    pub body_html: String,
}

impl From<Diagram> for DiagramView {
    fn from(d: Diagram) -> Self {
        DiagramView {
            labels_html: d.labels,
            body_html: d.body,
        }
    }
}

/// Steps per printed part of a diagram: with the label column 650 px, which fits the
/// 174 mm (658 px) of a portrait A4 page, so a 12 px text prints at 9 pt.
pub const PRINT_STEPS: usize = 2;

#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub anchor: String,
    pub titel: String,
    pub melder: String,
    /// `Actor: what they do`, per lane; empty when the lane has nothing.
    pub frontstage: String,
    pub backstage: String,
    pub ondersteuning: String,
    pub bewijs: Vec<String>,
    pub kanalen: Vec<String>,
    pub drempels: Vec<String>,
    pub nodig: Vec<NeedLine>,
    pub faalpunten: Vec<FailPoint>,
    pub wachtpunt: String,
    pub wachtpunt_nummer: u32,
    pub doorverwijzing: Option<Referral>,
    pub kenmerken: Vec<&'static str>,
    pub status: &'static str,
    pub status_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct NeedLine {
    pub dimensie: String,
    pub tekst: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FailPoint {
    /// The number the diagram and the notes give it.
    pub nummer: u32,
    pub risico: String,
    pub opvang: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Referral {
    pub naar: Vec<String>,
    pub toestemming: bool,
    pub warm: bool,
    pub toelichting: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Need {
    pub dimensie: String,
    pub items: Vec<String>,
}

fn render(cx: &Context, emit: &mut Emitter) -> anyhow::Result<()> {
    let cards = cx.ws.blueprints.iter().map(|b| model_card(&b.value));
    let index = Page::new("Blauwdrukken", "blueprints").html(INDEX);
    emit.page(
        &index,
        &BlueprintIndex {
            cards: cards.collect(),
        },
    )?;
    let models: Vec<&Blueprint> = cx.ws.blueprints.iter().map(|b| &b.value).collect();
    let link = |bp: &Blueprint| (bp.titel.clone(), format!("blauwdrukken/{}.html", bp.model));
    for (i, bp) in models.iter().enumerate() {
        let vorige = match i {
            0 => ("Alle blauwdrukken".to_string(), INDEX.to_string()),
            _ => link(models[i - 1]),
        };
        let volgende = match models.get(i + 1) {
            Some(next) => Some(link(next)),
            None => emit.nav_after(INDEX),
        };
        let page = Page::new(&bp.titel, "blueprint")
            .html(format!("blauwdrukken/{}.html", bp.model))
            .md(format!("blauwdrukken/{}.md", bp.model))
            .section(INDEX)
            .crumb("Blauwdrukken", INDEX)
            .with_toc()
            .between(Some(vorige), volgende)
            .in_handbook(
                format!("Blauwdruk: {}", bp.titel),
                "fase per fase en stap per stap",
                1,
            );
        emit.page(&page, &view(cx, bp))?;
    }
    Ok(())
}

pub fn model_card(bp: &Blueprint) -> ModelCard {
    let (rol, rol_uitleg) = match bp.rol {
        Rol::Regisseur => (
            "regisseur",
            "het bestuur regisseert een netwerk, maar neemt zelf geen meldingen af",
        ),
        Rol::RegisseurEnActor => (
            "regisseur en actor",
            "het bestuur regisseert en onthaalt ook zelf",
        ),
    };
    ModelCard {
        model: bp.model.clone(),
        titel: bp.titel.clone(),
        href: format!("blauwdrukken/{}.html", bp.model),
        piloten: bp.piloten.clone(),
        rol,
        rol_uitleg,
        belooft: bp.belooft.iter().map(|k| kenmerk_label(*k)).collect(),
        samenvatting_html: markdown_to_html(&bp.samenvatting, 1),
        samenvatting_md: bp.samenvatting.clone(),
        kort: first_sentence(&plain_text(&bp.samenvatting)),
        fasen: bp
            .fasen
            .iter()
            .map(|f| PhaseAsk {
                naam: f.naam.clone(),
                vraagt: f.vraagt.clone(),
            })
            .collect(),
    }
}

/// Up to and with the first full stop that ends a sentence.
fn first_sentence(text: &str) -> String {
    let end = text
        .match_indices(". ")
        .map(|(i, _)| i + 1)
        .find(|&i| i >= 40)
        .unwrap_or(text.len());
    text[..end].to_string()
}

pub fn kenmerk_label(k: Kenmerk) -> &'static str {
    match k {
        Kenmerk::Terugkoppeling => "terugkoppeling",
        Kenmerk::Nazorg => "nazorg",
        Kenmerk::Registratie => "registratie",
        Kenmerk::WarmeOverdracht => "warme overdracht",
    }
}

/// A blueprint page: the whole diagram, and per phase its steps as a table and as a
/// diagram of its own (the print page uses those: a whole blueprint is too wide for A4).
pub fn view(cx: &Context, bp: &Blueprint) -> BlueprintPage {
    let labels = cx.names.of(bp);
    let numbers = Numbers::of(bp);
    let rows = |phase: &str| -> Vec<StepRow> {
        let steps = bp.stappen.iter().filter(|s| s.fase == phase);
        steps.map(|s| step_row(s, &labels, &numbers)).collect()
    };
    let fasen = bp
        .fasen
        .iter()
        .map(|f| PhaseRows {
            id: f.id.clone(),
            naam: f.naam.clone(),
            vraagt: f.vraagt.trim().to_string(),
            schemas: phase_parts(bp, &f.id)
                .iter()
                .map(|part| blueprint_svg(part, &cx.names.of(part), &numbers).into())
                .collect(),
            stappen: rows(&f.id),
        })
        .collect();
    let stray = bp
        .stappen
        .iter()
        .filter(|s| !bp.fasen.iter().any(|f| f.id == s.fase));
    BlueprintPage {
        card: model_card(bp),
        schema: blueprint_svg(bp, &labels, &numbers).into(),
        noten: notes(bp, &numbers),
        fasen,
        zonder_fase: stray.map(|s| step_row(s, &labels, &numbers)).collect(),
        nodig: needs(bp, &cx.names),
    }
}

/// The blueprint cut down to one phase, in parts of at most [`PRINT_STEPS`] steps; each
/// part's model id names the phase and the part, so the ids inside its drawing differ
/// from those of the whole.
fn phase_parts(bp: &Blueprint, phase: &str) -> Vec<Blueprint> {
    let steps: Vec<_> = bp.stappen.iter().filter(|s| s.fase == phase).collect();
    let chunks: Vec<&[&crate::model::blueprint::Stap]> = if steps.is_empty() {
        vec![&[]]
    } else {
        steps.chunks(PRINT_STEPS).collect()
    };
    chunks
        .iter()
        .enumerate()
        .map(|(i, part)| Blueprint {
            model: format!("{}-{phase}-{}", bp.model, i + 1),
            titel: bp.titel.clone(),
            piloten: Vec::new(),
            rol: bp.rol,
            samenvatting: String::new(),
            belooft: Vec::new(),
            actoren: bp.actoren.clone(),
            fasen: bp.fasen.iter().filter(|f| f.id == phase).cloned().collect(),
            stappen: part.iter().map(|s| (*s).clone()).collect(),
        })
        .collect()
}

/// `Actor: what they do`; an unknown actor shows its id.
fn action(action: Option<&Actie>, labels: &Labels) -> String {
    action.map_or_else(String::new, |a| {
        format!("{}: {}", labels.actor(&a.actor), a.actie.trim())
    })
}

fn step_row(s: &Stap, labels: &Labels, numbers: &Numbers) -> StepRow {
    let names = labels.names;
    let n = numbers.of_step(&s.id);
    StepRow {
        anchor: format!("stap-{}", s.id),
        titel: s.titel.clone(),
        melder: s.melder.clone().unwrap_or_default(),
        frontstage: action(s.frontstage.as_ref(), labels),
        backstage: action(s.backstage.as_ref(), labels),
        ondersteuning: action(s.ondersteuning.as_ref(), labels),
        bewijs: s.bewijs.clone(),
        kanalen: Names::all(&s.kanalen, |id| names.kanaal(id)),
        drempels: Names::all(&s.drempels, |id| names.drempel(id)),
        nodig: s
            .nodig
            .entries()
            .into_iter()
            .map(|(id, tekst)| NeedLine {
                dimensie: names.dimensie(id).to_string(),
                tekst: tekst.trim().to_string(),
            })
            .collect(),
        faalpunten: s
            .faalpunten
            .iter()
            .zip(n.fail.iter().copied().chain(std::iter::repeat(0)))
            .map(|(f, nummer)| FailPoint {
                nummer,
                risico: f.risico.clone(),
                opvang: f.opvang.clone().unwrap_or_default(),
            })
            .collect(),
        wachtpunt: s.wachtpunt.clone().unwrap_or_default(),
        wachtpunt_nummer: n.wait.unwrap_or_default(),
        doorverwijzing: s.doorverwijzing.as_ref().map(|d| Referral {
            naar: Names::all(&d.naar, |id| names.orgaan(id)),
            toestemming: d.toestemming,
            warm: d.warm,
            toelichting: d.toelichting.trim().to_string(),
        }),
        kenmerken: s.kenmerken.iter().map(|k| kenmerk_label(*k)).collect(),
        status: match s.status {
            Status::Getest => "getest",
            Status::Voorgesteld => "voorgesteld",
        },
        status_label: match s.status {
            Status::Getest => "getest in de piloot",
            Status::Voorgesteld => "voorgesteld",
        },
    }
}

/// What the model needs, per quality dimension, gathered from its steps.
fn needs(bp: &Blueprint, names: &Names) -> Vec<Need> {
    let order = [
        "proces",
        "infrastructuur",
        "mensen",
        "externe-factoren",
        "communicatie",
        "andere",
    ];
    order
        .iter()
        .map(|dim| Need {
            dimensie: names.dimensie(dim).to_string(),
            items: bp
                .stappen
                .iter()
                .flat_map(|s| s.nodig.entries())
                .filter(|(d, _)| d == dim)
                .map(|(_, t)| t.to_string())
                .collect(),
        })
        .filter(|n| !n.items.is_empty())
        .collect()
}
