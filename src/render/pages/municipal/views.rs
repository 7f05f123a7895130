//! The views of the municipal pages. Text fields are escaped by the templates; a field
//! that is empty shows as "nog in te vullen"; `_html` and `_md` hold rendered content.

use serde::Serialize;

use crate::render::views::Link;

/// `gemeenten/index.html`: every municipal edition of the workspace.
#[derive(Debug, Clone, Serialize)]
pub struct ListPage {
    pub gemeenten: Vec<Card>,
}

/// A municipality in the list.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub naam: String,
    /// From the site root (`gemeenten/gent/index.html`); the md templates swap the extension.
    pub href: String,
    pub slug: String,
    pub model: String,
    pub leden: Vec<String>,
    pub partners: usize,
}

/// A piece of contact data: its label, its text and, for a phone, e-mail or web
/// address that validated, a link.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub label: &'static str,
    pub tekst: String,
    pub href: String,
}

/// `gemeenten/<slug>/index.html`: the municipality's contact point, its documents and
/// its partners.
#[derive(Debug, Clone, Serialize)]
pub struct IndexPage {
    pub naam: String,
    pub slug: String,
    pub model: Link,
    pub leden: Vec<String>,
    pub contact: Vec<Field>,
    pub coordinator: String,
    pub documenten: Vec<Link>,
    pub partners: Vec<PartnerLine>,
    pub partnerbestand: bool,
}

/// A partner in a list: the index page and the charter's annex.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerLine {
    pub naam: String,
    pub soort: String,
    pub rol: String,
    pub contactpersoon: String,
    /// The partner's charter, from the municipality's folder (`partners/vzw-hart.html`).
    pub href: String,
}

/// A charter as a municipality and a partner sign it. On a partner's charter the
/// partner's fields are tokens, filled in per partner (see `slots`).
#[derive(Debug, Clone, Serialize)]
pub struct CharterPage {
    pub gemeente: String,
    /// The model's summary, under the title.
    pub samenvatting: String,
    pub model: String,
    pub versie: String,
    pub datum: String,
    pub partijen: Vec<Party>,
    pub partner: Party,
    /// The role boxes of the partner: tokens filled with a ticked or an empty box.
    pub vakje_meldpunt: String,
    pub vakje_toeleider: String,
    pub body_html: String,
    pub body_md: String,
    pub handtekeningen: Vec<Signature>,
    pub bijlage: Vec<PartnerLine>,
    /// The printable annexes the model charter names (`bijlagen:` in its front matter).
    pub bijlagen: Vec<crate::render::pages::documents::AnnexLink>,
    /// A partner's own charter (and not the municipality's blank one).
    pub voor_partner: bool,
    /// The model charter of the handbook itself, with blanks for every party.
    pub model_charter: bool,
}

/// A party to the charter: a municipality, a member of a partnership, or the partner.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    pub naam: String,
    pub wat: String,
    pub ondertekenaar: String,
    pub beslissing: String,
    pub gegevensbescherming: String,
}

/// A signature block: for whom, and who signs when known.
#[derive(Debug, Clone, Serialize)]
pub struct Signature {
    pub voor: String,
    pub ondertekenaar: String,
}

/// `gemeenten/<slug>/draaiboek.html`: the playbook of the municipality's model.
#[derive(Debug, Clone, Serialize)]
pub struct PlaybookPage {
    pub gemeente: String,
    pub model: Link,
    pub contact: Vec<Field>,
    pub coordinator: String,
    pub fasen: Vec<PhaseSteps>,
    pub toc: Vec<Link>,
    pub chapters: Vec<ChapterView>,
}

/// A phase of the model's blueprint, with what happens at each step.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseSteps {
    pub naam: String,
    pub stappen: Vec<StepLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepLine {
    pub titel: String,
    pub melder: String,
    pub medewerker: String,
    /// From the site root: the step on the model's blueprint page.
    pub href: String,
}

/// A playbook chapter, rendered once per distinct text and shared.
#[derive(Debug, Clone, Serialize)]
pub struct ChapterView {
    pub id: String,
    pub titel: String,
    pub samenvatting: String,
    pub body_html: String,
    pub body_md: String,
    /// Changed by the municipality (a note says so on the page).
    pub lokaal: bool,
}
