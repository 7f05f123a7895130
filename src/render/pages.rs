//! Building the views of each page from the workspace.

use super::html::{markdown_to_html, markdown_to_html_with_ids};
use super::names::Names;
use super::svg::{Labels, blueprint_svg};
use super::views::*;
use crate::load::{Loaded, Workspace};
use crate::model::blueprint::{Actie, Blueprint, Kenmerk, Rol, Stap, Status};
use crate::model::document::Document;

pub fn model_card(bp: &Blueprint, root: &str) -> ModelCard {
    ModelCard {
        model: bp.model.clone(),
        titel: bp.titel.clone(),
        href: format!("{root}blauwdrukken/{}.html", bp.model),
        piloten: bp.piloten.join(", "),
        rol: match bp.rol {
            Rol::Regisseur => "regisseur",
            Rol::RegisseurEnActor => "regisseur en actor",
        },
        belooft: bp.belooft.iter().map(|k| kenmerk_label(*k)).collect(),
        samenvatting_html: markdown_to_html(&bp.samenvatting, 1),
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

pub fn kenmerk_label(k: Kenmerk) -> &'static str {
    match k {
        Kenmerk::Terugkoppeling => "terugkoppeling",
        Kenmerk::Nazorg => "nazorg",
        Kenmerk::Registratie => "registratie",
        Kenmerk::WarmeOverdracht => "warme overdracht",
    }
}

pub fn home(ws: &Workspace, documents: Vec<Link>) -> Home {
    let intro = ws
        .manifest
        .as_ref()
        .map(|m| m.value.inleiding.as_str())
        .unwrap_or_default();
    Home {
        inleiding_html: markdown_to_html(intro, 1),
        modellen: ws
            .blueprints
            .iter()
            .map(|b| model_card(&b.value, ""))
            .collect(),
        documenten: documents,
    }
}

/// A blueprint page: the whole diagram, and per phase its steps as a table and as a
/// diagram of its own (the print page uses those: a whole blueprint is too wide for A4).
pub fn blueprint_page(bp: &Blueprint, names: &Names, labels: &Labels) -> BlueprintPage {
    let fasen = bp
        .fasen
        .iter()
        .map(|f| PhaseRows {
            naam: f.naam.clone(),
            svg_html: blueprint_svg(&phase_only(bp, &f.id), labels),
            stappen: bp
                .stappen
                .iter()
                .filter(|s| s.fase == f.id)
                .map(|s| step_row(bp, s, names))
                .collect(),
        })
        .collect();
    BlueprintPage {
        card: model_card(bp, "../"),
        svg_html: blueprint_svg(bp, labels),
        fasen,
        nodig: needs(bp, names),
    }
}

/// The blueprint cut down to one phase; its model id gets the phase's, so that the ids
/// inside its diagram differ from those of the whole.
fn phase_only(bp: &Blueprint, phase: &str) -> Blueprint {
    // Field by field, so that only this phase's steps are copied.
    Blueprint {
        model: format!("{}-{phase}", bp.model),
        titel: bp.titel.clone(),
        piloten: Vec::new(),
        rol: bp.rol,
        samenvatting: String::new(),
        belooft: Vec::new(),
        actoren: bp.actoren.clone(),
        fasen: bp.fasen.iter().filter(|f| f.id == phase).cloned().collect(),
        stappen: bp
            .stappen
            .iter()
            .filter(|s| s.fase == phase)
            .cloned()
            .collect(),
    }
}

fn action(bp: &Blueprint, action: &Option<Actie>) -> String {
    action.as_ref().map_or_else(String::new, |a| {
        let actor = bp
            .actoren
            .iter()
            .find(|x| x.id == a.actor)
            .map_or(a.actor.as_str(), |x| x.naam.as_str());
        format!("{actor}: {}", a.actie)
    })
}

fn step_row(bp: &Blueprint, s: &Stap, names: &Names) -> StepRow {
    let referral = s.doorverwijzing.as_ref().map_or_else(String::new, |d| {
        let warm = if d.warm {
            "warme overdracht"
        } else {
            "geen warme overdracht"
        };
        let consent = if d.toestemming {
            "met toestemming"
        } else {
            "zonder toestemming"
        };
        format!(
            "naar {} ({consent}, {warm})",
            Names::join(&names.organen, &d.naar)
        )
    });
    StepRow {
        anchor: format!("stap-{}", s.id),
        titel: s.titel.clone(),
        melder: s.melder.clone().unwrap_or_default(),
        frontstage: action(bp, &s.frontstage),
        backstage: action(bp, &s.backstage),
        ondersteuning: action(bp, &s.ondersteuning),
        bewijs: s.bewijs.join(", "),
        kanalen: Names::join(&names.kanalen, &s.kanalen),
        drempels: Names::join(&names.drempels, &s.drempels),
        faalpunten: s
            .faalpunten
            .iter()
            .map(|f| FailPoint {
                risico: f.risico.clone(),
                opvang: f.opvang.clone().unwrap_or_default(),
            })
            .collect(),
        wachtpunt: s.wachtpunt.clone().unwrap_or_default(),
        doorverwijzing: referral,
        kenmerken: s
            .kenmerken
            .iter()
            .map(|k| kenmerk_label(*k))
            .collect::<Vec<_>>()
            .join(", "),
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
            dimensie: names
                .dimensies
                .get(*dim)
                .cloned()
                .unwrap_or_else(|| (*dim).to_string()),
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

pub fn matrix(ws: &Workspace) -> Matrix {
    let drempels = ws
        .reference
        .drempels
        .as_ref()
        .map(|l| l.value.drempels.clone())
        .unwrap_or_default();
    let rijen = drempels
        .iter()
        .map(|d| MatrixRow {
            drempel: d.naam.clone(),
            beschrijving: d.beschrijving.clone(),
            cellen: ws
                .blueprints
                .iter()
                .map(|b| answering_steps(&b.value, &d.id))
                .collect(),
        })
        .collect();
    Matrix {
        modellen: ws
            .blueprints
            .iter()
            .map(|b| MatrixLink {
                label: b.value.titel.clone(),
                href: format!("blauwdrukken/{}.html", b.value.model),
                in_page: format!("#p-{}", b.value.model),
            })
            .collect(),
        rijen,
    }
}

fn answering_steps(bp: &Blueprint, barrier: &str) -> Vec<MatrixLink> {
    bp.stappen
        .iter()
        .filter(|s| s.drempels.iter().any(|d| d == barrier))
        .map(|s| MatrixLink {
            label: s.titel.clone(),
            href: format!("blauwdrukken/{}.html#stap-{}", bp.model, s.id),
            in_page: format!("#{}-stap-{}", bp.model, s.id),
        })
        .collect()
}

/// A document page: the charter (one chapter) or the playbook (a chapter per file).
pub fn document_page(
    docs: &[&Loaded<Document>],
    summary: &str,
    shift: u8,
    print_prefix: &str,
) -> DocumentPage {
    let chapters: Vec<Chapter> = docs
        .iter()
        .map(|d| {
            let body = crate::model::document::fill_in_blanks(&d.value.body);
            Chapter {
                id: d.value.id.clone(),
                titel: d.value.meta.titel.clone(),
                samenvatting: d.value.meta.samenvatting.clone(),
                body_html: markdown_to_html(&body, shift),
                print_html: markdown_to_html_with_ids(&body, shift, print_prefix),
            }
        })
        .collect();
    let toc = if docs.len() > 1 {
        chapters
            .iter()
            .map(|c| Link {
                label: c.titel.clone(),
                href: format!("#{}", c.id),
                uitleg: String::new(),
            })
            .collect()
    } else {
        docs.iter()
            .flat_map(|d| d.value.headings.iter())
            .filter(|h| h.level == 2)
            .filter_map(|h| {
                h.id.as_ref().map(|id| Link {
                    label: h.text.clone(),
                    href: format!("#{id}"),
                    uitleg: String::new(),
                })
            })
            .collect()
    };
    DocumentPage {
        samenvatting: summary.to_string(),
        toc,
        chapters,
    }
}
