//! The handbook `onthaal init` starts from: the repository's own content, embedded
//! file by file, so a new workspace follows the content as it is edited. The editor
//! settings and the JSON Schemas are made from the model types, like `onthaal schema`.

/// A file of the new workspace: its path (with `/`) and its text.
pub type Embedded = (&'static str, &'static str);

macro_rules! embed {
    ($path:literal) => {
        ($path, include_str!(concat!("../", $path)))
    };
}

/// The content files, in the repository's layout. `charters/` holds only the model
/// charter: municipal profiles are added by `onthaal new municipality`.
pub const CONTENT: &[Embedded] = &[
    embed!("blueprints/algemeen-contactpunt.yaml"),
    embed!("blueprints/expertisepunt.yaml"),
    embed!("blueprints/netwerk-lokale-partners.yaml"),
    embed!("blueprints/warm-meldpunt.yaml"),
    embed!("charters/model.md"),
    embed!("checklist/8b.yaml"),
    embed!("faq/aan-de-balie.yaml"),
    embed!("faq/begrippen.yaml"),
    embed!("faq/melden.yaml"),
    embed!("faq/partners-en-medewerkers.yaml"),
    embed!("faq/vertrouwen.yaml"),
    embed!("faq/waar-melden.yaml"),
    embed!("onthaal.yaml"),
    embed!("playbook/01-kiezen.md"),
    embed!("playbook/02-voorbereiden.md"),
    embed!("playbook/03-onthaalgesprek.md"),
    embed!("playbook/04-registratie-en-toestemming.md"),
    embed!("playbook/05-doorverwijzen.md"),
    embed!("playbook/06-nazorg.md"),
    embed!("playbook/07-terugkoppeling.md"),
    embed!("playbook/08-partnernetwerk.md"),
    embed!("playbook/09-communicatie.md"),
    embed!("playbook/10-monitoring-en-evaluatie.md"),
    embed!("playbook/bijlagen/01-onthaalkaart.md"),
    embed!("playbook/bijlagen/02-gesprekskaart.md"),
    embed!("playbook/bijlagen/03-toestemmingsformulier.md"),
    embed!("playbook/bijlagen/04-registratieblad.md"),
    embed!("playbook/bijlagen/05-tijdlijn.md"),
    embed!("playbook/bijlagen/06-basisvorming.md"),
    embed!("reference/bevoegdheden.yaml"),
    embed!("reference/criteria.yaml"),
    embed!("reference/dimensies.yaml"),
    embed!("reference/doelgroepen.yaml"),
    embed!("reference/domeinen.yaml"),
    embed!("reference/drempels.yaml"),
    embed!("reference/kanalen.yaml"),
    embed!("reference/organen.yaml"),
];

/// Every file of a new workspace: the content, the schemas in `schemas/`, the VS Code
/// settings that bind them, and a `.gitignore` for the build output.
pub fn files() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = CONTENT
        .iter()
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect();
    for schema in crate::schema::schemas() {
        all.push((format!("schemas/{}.schema.json", schema.name), schema.json));
    }
    all.push((
        ".vscode/settings.json".into(),
        crate::schema::vscode_settings("schemas"),
    ));
    all.push((".gitignore".into(), "/dist/\n".into()));
    all
}
