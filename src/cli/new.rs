//! `onthaal new municipality NAME --model MODEL [--member NAME]...`: a commented profile
//! and an empty partners file in `charters/`, ready to fill in.

use std::path::Path;

use anyhow::bail;

use super::Outcome;
use super::global::Global;
use super::output::to_stdout;
use crate::load::municipality::{CHARTERS, profile_path};
use crate::model::municipality::PARTNER_COLUMNS;
use crate::model::slug::slug;
use crate::suggest::did_you_mean;
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum Args {
    /// Maak het profiel en het partnerbestand van een gemeente of een intergemeentelijke samenwerking.
    #[command(visible_alias = "gemeente")]
    Municipality(Municipality),
}

#[derive(Debug, clap::Args)]
pub struct Municipality {
    /// De naam van de gemeente of de samenwerking, zoals op het charter (bijvoorbeeld "Sint-Niklaas").
    #[arg(value_name = "NAAM")]
    name: String,

    /// Het dienstverleningsmodel (een id uit `modellen` in onthaal.yaml).
    #[arg(long, value_name = "MODEL")]
    model: String,

    /// Een lid van een intergemeentelijke samenwerking; herhaal voor elk lid.
    #[arg(long = "member", value_name = "NAAM")]
    members: Vec<String>,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let Args::Municipality(args) = args;
    let root = global.root(Path::new("."))?;
    let slug = checked_slug(&args.name)?;
    check_model(&root, &args.model)?;
    check_members(&args.members)?;
    let profile = profile_path(&root, &slug);
    let partners_name = format!("{slug}.partners.csv");
    let partners = root.join(CHARTERS).join(&partners_name);
    for path in [&profile, &partners] {
        if std::fs::symlink_metadata(path).is_ok() {
            bail!(t!(
                "{} bestaat al; onthaal overschrijft het niet (kies een andere naam, of verwijder het bestand eerst)",
                "{} exists already; onthaal does not overwrite it (choose another name, or delete the file first)",
                crate::source::display_name(&root, path)
            ));
        }
    }
    std::fs::create_dir_all(root.join(CHARTERS))?;
    let text = profile_text(
        &args.name,
        &slug,
        &args.model,
        &args.members,
        &partners_name,
    );
    crate::output::write_file(&partners, partners_header().as_bytes())?;
    if let Err(error) = crate::output::write_file(&profile, text.as_bytes()) {
        let _ = std::fs::remove_file(&partners);
        return Err(error);
    }
    to_stdout(|o| {
        let message = t!(
            "charters/{slug}.yaml en charters/{partners_name} gemaakt.\nVolgende stappen:\n  1. vul charters/{slug}.yaml in; `onthaal validate` zegt wat nog ontbreekt\n  2. zet de partnerorganisaties in charters/{partners_name} (in Excel: opslaan als CSV)\n  3. `onthaal build --municipality {slug}` maakt het charter, het draaiboek en een charter per partner\n",
            "created charters/{slug}.yaml and charters/{partners_name}.\nNext steps:\n  1. fill in charters/{slug}.yaml; `onthaal validate` says what is still missing\n  2. put the partner organisations in charters/{partners_name} (in Excel: save as CSV)\n  3. `onthaal build --municipality {slug}` makes the charter, the playbook and a charter per partner\n"
        );
        write!(o, "{message}")
    })?;
    Ok(Outcome::Clean)
}

/// The slug of a name; a name without letters gives none.
fn checked_slug(name: &str) -> anyhow::Result<String> {
    let slug = slug(name);
    if slug.is_empty() {
        bail!(t!(
            "van `{name}` kan onthaal geen bestandsnaam maken; gebruik een naam met letters of cijfers",
            "onthaal cannot make a file name of `{name}`; use a name with letters or digits"
        ));
    }
    if slug == "model" {
        bail!(t!(
            "`model` is de naam van het modelcharter; kies de naam van de gemeente",
            "`model` is the model charter's name; choose the municipality's name"
        ));
    }
    Ok(slug)
}

/// The model must be one of the handbook's (read from the manifest, as validate does).
fn check_model(root: &Path, model: &str) -> anyhow::Result<()> {
    let (ws, _) = crate::load::load(root)?;
    let known = crate::validate::municipal::known_models(&ws);
    if known.contains(&model) {
        return Ok(());
    }
    match did_you_mean(model, known.iter().copied()) {
        Some(near) => bail!(t!(
            "onbekend model `{model}`; bedoel je `{near}`?",
            "unknown model `{model}`; did you mean `{near}`?"
        )),
        None => bail!(t!(
            "onbekend model `{model}`; kies een van: {}",
            "unknown model `{model}`; choose one of: {}",
            known.join(", ")
        )),
    }
}

fn check_members(members: &[String]) -> anyhow::Result<()> {
    for (i, member) in members.iter().enumerate() {
        if slug(member).is_empty() {
            bail!(t!(
                "het lid `{member}` heeft geen naam met letters",
                "the member `{member}` has no name with letters"
            ));
        }
        if members[..i].iter().any(|m| slug(m) == slug(member)) {
            bail!(t!(
                "het lid `{member}` staat twee keer in --member",
                "the member `{member}` is given twice with --member"
            ));
        }
    }
    Ok(())
}

/// The header of an empty partners file as Belgian Excel saves CSV: a byte order mark
/// (so Excel reads UTF-8), `;` between columns, CRLF.
fn partners_header() -> String {
    format!("\u{feff}{}\r\n", PARTNER_COLUMNS.join(";"))
}

/// A YAML scalar for a name: plain when that is safe, else double-quoted.
fn scalar(text: &str) -> String {
    let plain = !text.is_empty()
        && text.chars().next().is_some_and(char::is_alphanumeric)
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || " -'.".contains(c))
        && !text.ends_with(' ');
    if plain {
        text.to_string()
    } else {
        serde_json::to_string(text).unwrap_or_default()
    }
}

fn profile_text(name: &str, slug: &str, model: &str, members: &[String], partners: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Profiel van {name} voor onthaal: de eigen gegevens en de wijzigingen aan het\n\
         # modelcharter en het draaiboek. Het model zelf blijft van de VVSG (charters/model.md\n\
         # en playbook/); hier staat alleen wat voor {name} anders is. Vul de lege velden in\n\
         # zodra ze vaststaan; tot dan zegt `onthaal validate` welke nog ontbreken en staat er\n\
         # \"nog in te vullen\" op de pagina's. Verzin geen gegevens: laat leeg wat niet vaststaat.\n\n"
    ));
    out.push_str(&format!("naam: {}\n\n", scalar(name)));
    out.push_str(
        "# Het dienstverleningsmodel: een id uit `modellen` in onthaal.yaml\n\
         # (netwerk-lokale-partners, algemeen-contactpunt, warm-meldpunt of expertisepunt).\n",
    );
    out.push_str(&format!("model: {}\n\n", scalar(model)));
    out.push_str(&members_text(members));
    out.push_str(
        "# Waar inwoners het lokale contactpunt vinden.\n\
         contactpunt:\n  \
         dienst: \"\"         # bijvoorbeeld de dienst gelijke kansen\n  \
         adres: \"\"\n  \
         openingsuren: \"\"\n  \
         telefoon: \"\"       # zoals 03 123 45 67\n  \
         email: \"\"\n  \
         website: \"\"        # met https:// ervoor\n\n\
         # De coördinator van het lokale netwerk: het vaste aanspreekpunt van de partners.\n\
         coordinator: \"\"\n\n",
    );
    if members.is_empty() {
        out.push_str(
            "# Wie voor de gemeente tekent, op grond van welke beslissing van gemeenteraad of\n\
             # college, en het contact van de functionaris voor gegevensbescherming.\n\
             ondertekening:\n  \
             ondertekenaar: \"\"        # naam en functie\n  \
             beslissing: \"\"           # bijvoorbeeld: beslissing van het college van …\n  \
             gegevensbescherming: \"\"\n\n",
        );
    }
    out.push_str(&format!(
        "# De partnerorganisaties: een CSV-bestand in charters/ met de kolommen\n\
         # {} (in Excel: opslaan als CSV).\n\
         partners: {partners}\n\n",
        PARTNER_COLUMNS.join(", ")
    ));
    out.push_str(&changes_comment(slug));
    out
}

fn members_text(members: &[String]) -> String {
    if members.is_empty() {
        return "# Een intergemeentelijke samenwerking noemt hier haar leden; elk lid is een partij\n\
                # bij het charter en tekent (zie `onthaal new municipality --member`).\n\
                leden: []\n\n"
            .to_string();
    }
    let mut out = String::from(
        "# De leden van de samenwerking: elk lid is een partij bij het charter en tekent, op\n\
         # grond van een beslissing van zijn gemeenteraad of college.\n\
         leden:\n",
    );
    for member in members {
        out.push_str(&format!(
            "  - naam: {}\n    \
             ondertekenaar: \"\"        # naam en functie\n    \
             beslissing: \"\"\n    \
             gegevensbescherming: \"\"  # contact van de functionaris voor gegevensbescherming\n",
            scalar(member)
        ));
    }
    out.push('\n');
    out
}

fn changes_comment(slug: &str) -> String {
    format!(
        "# Wijzigingen aan het model, per sectie-id; `onthaal diff {slug}` toont ze naast het model.\n\
         # Secties met .vast in het model (zoals toestemming en privacy) liggen vast.\n\
         #   - sectie: lokale-afspraken         # een sectie vervangen (onder haar kop)\n\
         #     vervangen: |\n\
         #       Onze eigen afspraken.\n\
         #     reden: waarom {slug} dit anders doet\n\
         #   - sectie: communicatie              # tekst aan het einde van een sectie toevoegen\n\
         #     aanvullen: |\n\
         #       …\n\
         #   - sectie: evaluatie                 # een sectie weglaten\n\
         #     schrappen: true\n\
         #   - toevoegen_na: lokale-afspraken    # een nieuwe sectie na een andere\n\
         #     id: samenwerking-buurtwerk\n\
         #     titel: Samenwerking met het buurtwerk\n\
         #     tekst: |\n\
         #       …\n\
         #   - document: draaiboek               # hetzelfde voor het draaiboek\n\
         #     sectie: …\n\
         # Na nazicht legt `onthaal pin {slug}` vast tegen welke modeltekst je keek.\n\
         wijzigingen: []\n"
    )
}
