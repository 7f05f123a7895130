//! The reference data as tables: bodies, protected criteria, domains and the competence
//! rules, each with its source and the date it was last checked.

use super::names::{Names, orgaan_name};
use super::text::{Blocks, dutch_date, dutch_list, source, table};
use crate::load::Reference;
use crate::model::reference::{CriteriaKeuze, Criterium, Domein, Groep, Niveau, Orgaan, Regel};

pub const TITLE: &str = "Wegwijzer en referentie";

/// A table row with the source it comes from: (cells, bron, herzien).
type Row<'a> = (Vec<String>, &'a str, &'a str);

/// One section of the page: its title, column titles and rows.
type Table<'a> = (&'static str, &'static [&'static str], Vec<Row<'a>>);

const INTRO: &str = "De gegevens waarop de blauwdrukken, het draaiboek en de vragen \
steunen, met hun bron en de datum waarop ze laatst nagekeken werden.";

pub fn page(reference: &Reference, names: &Names) -> String {
    let mut out = Blocks::default();
    out.heading(1, TITLE);
    out.push(INTRO);
    let tables = [
        reference
            .organen
            .as_ref()
            .map(|f| organen(&f.value.organen)),
        reference
            .criteria
            .as_ref()
            .map(|f| criteria(&f.value.criteria)),
        reference
            .domeinen
            .as_ref()
            .map(|f| domeinen(&f.value.domeinen)),
        reference
            .bevoegdheden
            .as_ref()
            .map(|f| regels(&f.value.regels, names)),
    ];
    for (title, header, rows) in tables.into_iter().flatten() {
        section(&mut out, title, header, rows);
    }
    out.finish()
}

fn organen(organen: &[Orgaan]) -> Table<'_> {
    let rows = organen
        .iter()
        .map(|o| (orgaan_row(o), o.bron.as_str(), o.herzien.as_str()));
    let header: &[&str] = &["Orgaan", "Niveau", "Anoniem melden", "Telefoon"];
    ("Organen", header, rows.collect())
}

fn criteria(criteria: &[Criterium]) -> Table<'_> {
    let row = |c: &Criterium| vec![c.naam.clone(), groep(c.groep).to_string()];
    let rows = criteria
        .iter()
        .map(|c| (row(c), c.bron.as_str(), c.herzien.as_str()));
    (
        "Beschermde criteria",
        &["Criterium", "Groep"],
        rows.collect(),
    )
}

fn domeinen(domeinen: &[Domein]) -> Table<'_> {
    let row = |d: &Domein| {
        let niveau = niveau(Some(d.niveau)).to_string();
        vec![d.naam.clone(), niveau, d.voorbeelden.join("; ")]
    };
    let rows = domeinen
        .iter()
        .map(|d| (row(d), d.bron.as_str(), d.herzien.as_str()));
    (
        "Domeinen",
        &["Domein", "Niveau", "Voorbeelden"],
        rows.collect(),
    )
}

fn regels<'a>(regels: &'a [Regel], names: &Names) -> Table<'a> {
    let row = |r: &Regel| {
        let orgaan = match r.orgaan.as_str() {
            "geen" => "geen orgaan aangewezen",
            id => names.orgaan(id),
        };
        let niveau = niveau(Some(r.niveau)).to_string();
        vec![
            niveau,
            keuze(&r.criteria, names),
            orgaan.to_string(),
            r.toelichting.clone(),
        ]
    };
    let rows = regels
        .iter()
        .map(|r| (row(r), r.bron.as_str(), r.herzien.as_str()));
    let header: &[&str] = &["Niveau", "Criteria", "Bevoegd orgaan", "Toelichting"];
    ("Bevoegdheden", header, rows.collect())
}

/// A table with its sources: one line under the table when every row shares its
/// source and date (the usual case), otherwise a column for each.
fn section(out: &mut Blocks, title: &str, header: &[&str], rows: Vec<Row>) {
    out.heading(2, title);
    let mut header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let shared = rows
        .first()
        .map(|(_, b, h)| (*b, *h))
        .filter(|first| rows.iter().all(|(_, b, h)| (*b, *h) == *first));
    let cells: Vec<Vec<String>> = match shared {
        Some(_) => rows.iter().map(|(cells, _, _)| cells.clone()).collect(),
        None => {
            header.extend(["Bron".to_string(), "Laatst nagekeken".to_string()]);
            let with_source = |(cells, bron, herzien): &Row| {
                let mut cells = cells.clone();
                cells.extend([source(bron), dutch_date(herzien)]);
                cells
            };
            rows.iter().map(with_source).collect()
        }
    };
    out.push(table(&header, &[], &cells));
    if let Some((bron, herzien)) = shared {
        out.push(source_line(bron, herzien));
    }
}

fn source_line(bron: &str, herzien: &str) -> String {
    match (bron.trim(), herzien.trim()) {
        ("", "") => String::new(),
        (bron, "") => format!("Bron: {}.", source(bron)),
        ("", herzien) => format!("Laatst nagekeken: {}.", dutch_date(herzien)),
        (bron, herzien) => format!(
            "Bron: {}, laatst nagekeken op {}.",
            source(bron),
            dutch_date(herzien)
        ),
    }
}

fn orgaan_row(orgaan: &Orgaan) -> Vec<String> {
    let anoniem = match orgaan.anoniem {
        Some(true) => "ja",
        Some(false) => "nee",
        None => "onbekend",
    };
    let telefoon = match (orgaan.telefoon.trim(), orgaan.telefoon_toelichting.trim()) {
        ("", _) => "niet bekend".to_string(),
        (nummer, "") => nummer.to_string(),
        (nummer, toelichting) => format!("{nummer} ({toelichting})"),
    };
    vec![
        orgaan_name(orgaan),
        niveau(orgaan.niveau).into(),
        anoniem.into(),
        telefoon,
    ]
}

fn niveau(niveau: Option<Niveau>) -> &'static str {
    match niveau {
        Some(Niveau::Vlaams) => "Vlaams",
        Some(Niveau::Federaal) => "federaal",
        None => "",
    }
}

fn groep(groep: Groep) -> &'static str {
    match groep {
        Groep::Raciaal => "zogenaamd raciaal",
        Groep::Ander => "ander",
    }
}

fn keuze(keuze: &CriteriaKeuze, names: &Names) -> String {
    match keuze {
        CriteriaKeuze::Alle => "alle criteria".to_string(),
        CriteriaKeuze::Lijst(ids) => {
            let list: Vec<&str> = ids.iter().map(|id| names.criterium(id)).collect();
            dutch_list(&list)
        }
    }
}
