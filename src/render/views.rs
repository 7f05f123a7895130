//! Typed views: what each template receives. Built once from the workspace; templates
//! never see model types. Fields ending in `_html` are sanitised HTML (or our own SVG);
//! fields ending in `_json` are JSON that cannot close the script element it sits in.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Site {
    pub titel: String,
    pub ondertitel: String,
    pub organisatie: String,
    /// The language of the pages (`lang`), from the manifest.
    pub taal: String,
    pub contact_toegankelijkheid: String,
    /// Optional parts: without them their page is not built and not linked.
    pub has_charter: bool,
    pub has_checklist: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct NavItem {
    pub label: &'static str,
    pub href: String,
    pub current: bool,
}

/// What every page shares: where it is, how to get home, the navigation.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    pub site: Site,
    pub title: String,
    /// `""` on top-level pages, `"../"` one folder down.
    pub root: String,
    pub nav: Vec<NavItem>,
    pub body_class: &'static str,
    /// Inlined assets for the single-file handbook; empty on the site.
    pub inline_css: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModelCard {
    pub model: String,
    pub titel: String,
    pub href: String,
    pub piloten: String,
    pub rol: &'static str,
    pub belooft: Vec<&'static str>,
    pub samenvatting_html: String,
    pub fasen: Vec<PhaseAsk>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseAsk {
    pub naam: String,
    pub vraagt: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Home {
    pub inleiding_html: String,
    pub modellen: Vec<ModelCard>,
    pub documenten: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub label: String,
    pub href: String,
    pub uitleg: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BlueprintPage {
    pub card: ModelCard,
    pub svg_html: String,
    pub fasen: Vec<PhaseRows>,
    pub nodig: Vec<Need>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhaseRows {
    pub naam: String,
    /// The diagram of this phase alone, for print.
    pub svg_html: String,
    pub stappen: Vec<StepRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub anchor: String,
    pub titel: String,
    pub melder: String,
    pub frontstage: String,
    pub backstage: String,
    pub ondersteuning: String,
    pub bewijs: String,
    pub kanalen: String,
    pub drempels: String,
    pub faalpunten: Vec<FailPoint>,
    pub wachtpunt: String,
    pub doorverwijzing: String,
    pub kenmerken: String,
    pub status: &'static str,
    pub status_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct FailPoint {
    pub risico: String,
    pub opvang: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Need {
    pub dimensie: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub modellen: Vec<MatrixLink>,
    pub rijen: Vec<MatrixRow>,
}

/// A link from the matrix: to its page on the site, or to its anchor on the print page.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixLink {
    pub label: String,
    pub href: String,
    pub in_page: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixRow {
    pub drempel: String,
    pub beschrijving: String,
    pub cellen: Vec<Vec<MatrixLink>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentPage {
    pub samenvatting: String,
    pub toc: Vec<Link>,
    pub chapters: Vec<Chapter>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Chapter {
    pub id: String,
    pub titel: String,
    pub samenvatting: String,
    pub body_html: String,
    /// The same body with ids and in-page links prefixed, for the print page.
    pub print_html: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqPage {
    pub groepen: Vec<FaqGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqGroup {
    pub id: String,
    pub naam: String,
    pub vragen: Vec<FaqEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FaqEntry {
    pub anchor: String,
    pub thema: String,
    pub vraag: String,
    pub antwoord_html: String,
    pub organen: String,
    pub herzien: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChecklistPage {
    pub status: String,
    pub toelichting_html: String,
    pub criteria: Vec<ChecklistB>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChecklistB {
    pub id: String,
    pub naam: String,
    pub beschrijving_html: String,
    pub drempels: String,
    pub punten: Vec<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferencePage {
    pub wegwijzer: Option<WegwijzerView>,
    pub organ_cards: Vec<OrganCard>,
    pub organen: Vec<Vec<String>>,
    pub criteria: Vec<Vec<String>>,
    pub domeinen: Vec<Vec<String>>,
    pub regels: Vec<Vec<String>>,
    pub drempels: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Accessibility {
    pub organisatie: String,
    pub contact: String,
    pub checks: Vec<String>,
    pub pages: usize,
}

/// The interactive wegwijzer: two choices and every answer, computed at build time.
#[derive(Debug, Clone, Serialize)]
pub struct WegwijzerView {
    pub criteria: Vec<Choice>,
    pub domeinen: Vec<Choice>,
    pub answers_json: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub naam: String,
    /// For a domain: its level (`vlaams`, `federaal`), which picks the answer.
    pub niveau: String,
}

/// One body as the wegwijzer page introduces it; empty fields show as "niet bekend".
#[derive(Debug, Clone, Serialize)]
pub struct OrganCard {
    pub id: String,
    pub naam: String,
    pub wat_html: String,
    pub anoniem: String,
    pub telefoon: String,
    pub email: String,
    pub website: String,
    pub bron: String,
    pub herzien: String,
}
