//! The registry of rule codes: one row per rule, its severity and its Dutch explanation
//! (`src/validate/docs/<CODE>.md`).

use super::{Rule, Severity};

macro_rules! rule {
    ($code:literal, $severity:ident, $title:literal) => {
        Rule {
            code: $code,
            title: $title,
            severity: Severity::$severity,
            doc: include_str!(concat!("../validate/docs/", $code, ".md")),
            doc_en: include_str!(concat!("../validate/docs/en/", $code, ".md")),
        }
    };
}

pub const RULES: &[Rule] = &[
    rule!("L001", Error, "ongeldige YAML"),
    rule!("L002", Error, "verkeerd type of onbekende waarde"),
    rule!("L003", Error, "onbekend veld"),
    rule!("L004", Error, "dubbele sleutel"),
    rule!("L005", Error, "leeg bestand"),
    rule!("L006", Error, "meer dan één document"),
    rule!("L007", Error, "geen UTF-8"),
    rule!("L008", Error, "stuurteken in de tekst"),
    rule!("L009", Error, "anker of alias"),
    rule!("L010", Error, "te diep genest"),
    rule!("L011", Error, "bestand te groot"),
    rule!("L012", Error, "verplicht veld ontbreekt"),
    rule!("L013", Error, "symbolische koppeling"),
    rule!("L014", Error, "conflictmarkering van een samenvoeging"),
    rule!("L015", Error, "geen gewoon bestand"),
    rule!("M001", Error, "handboek zonder modellen"),
    rule!("M002", Error, "referentiebestand ontbreekt"),
    rule!("M003", Warning, "bestand dat niet gelezen wordt"),
    rule!("M004", Error, "ongeldige taalcode"),
    rule!("M005", Error, "uitvoermap buiten het handboek"),
    rule!("M010", Error, "onbekende code in de controles"),
    rule!("M011", Error, "controle die niet uit kan"),
    rule!("M012", Error, "ongeldig padpatroon"),
    rule!("M013", Warning, "fout als fout gemarkeerd"),
    rule!("M014", Warning, "padpatroon zonder bestanden"),
    rule!("P001", Error, "rijksregisternummer in de tekst"),
    rule!("P002", Error, "bankrekeningnummer in de tekst"),
    rule!("T001", Error, "fout in een sjabloon"),
    rule!("T002", Error, "sjabloon werkt te lang of te diep"),
    rule!("T003", Error, "pagina te groot"),
    rule!("V001", Error, "dubbele id"),
    rule!("V002", Error, "onbekende verwijzing"),
    rule!("V003", Error, "ongeldige id"),
    rule!("V004", Error, "plaatshoudertekst"),
    rule!("V005", Error, "ongeldige datum in herzien"),
    rule!(
        "V006",
        Warning,
        "niet nagekeken in de laatste twaalf maanden"
    ),
    rule!("V007", Warning, "contactgegevens in de tekst"),
    rule!("V008", Error, "leeg verplicht veld"),
    rule!("V009", Warning, "gegeven nog niet nagekeken bij de bron"),
    rule!("V015", Error, "id met een tikfout waar ze gedefinieerd is"),
    rule!("B001", Error, "onbekend of dubbel model"),
    rule!("B002", Error, "model zonder blauwdruk"),
    rule!("B003", Error, "stap zonder actie van de melder"),
    rule!("B004", Error, "faalpunt zonder opvang"),
    rule!(
        "B005",
        Error,
        "geen doorverwijzing naar een gelijkheidsorgaan"
    ),
    rule!("B006", Error, "geen terugkoppeling na de doorverwijzing"),
    rule!("B007", Error, "belofte zonder stap"),
    rule!("B008", Warning, "drempel zonder antwoord"),
    rule!("B009", Error, "doorverwijzing zonder toestemming"),
    rule!("B010", Warning, "stap buiten de volgorde van de fasen"),
    rule!("B011", Warning, "fase zonder stappen"),
    rule!(
        "R001",
        Error,
        "combinatie van criterium en domein zonder orgaan"
    ),
    rule!("R002", Error, "bevoegdheidsgegeven zonder bron"),
    rule!("R003", Error, "regels die elkaar overlappen"),
    rule!("R004", Error, "website die geen webadres is"),
    rule!("R005", Warning, "criterium of domein zonder trefwoorden"),
    rule!("R006", Error, "trefwoord dat niemand kan vinden"),
    rule!(
        "R007",
        Warning,
        "trefwoord van zowel een criterium als een domein"
    ),
    rule!("F001", Error, "vraag zonder doelgroep"),
    rule!("C001", Error, "niet precies acht B's"),
    rule!("C002", Error, "B-naam die niet met een B begint"),
    rule!("C003", Error, "drempel die geen B beantwoordt"),
    rule!("C004", Error, "te weinig controlepunten"),
    rule!("S001", Error, "onleesbare rij in de zelfevaluatie"),
    rule!("S002", Error, "ongeldig antwoord in de zelfevaluatie"),
    rule!("S003", Error, "controlepunt dat niet in de checklist staat"),
    rule!("S004", Error, "invulblad dat niet te lezen is"),
    rule!("S005", Error, "kolom ontbreekt of staat dubbel"),
    rule!("S006", Error, "rij met een verkeerde vorm"),
    rule!("S007", Error, "leeg invulblad"),
    rule!("S008", Error, "dubbele rij in het invulblad"),
    rule!("D001", Error, "sectie zonder id"),
    rule!("D002", Error, "dubbele sectie-id"),
    rule!("D003", Error, "onbekende sjabloonvariabele"),
    rule!("D004", Error, "document zonder front matter"),
    rule!("D005", Warning, "kop van niveau 1 in een document"),
    rule!(
        "D006",
        Error,
        "verwijzing naar een bijlage die niet bestaat"
    ),
    rule!("D007", Warning, "bijlage waar niemand naar verwijst"),
    rule!("D008", Warning, "modelcharter zonder versie of datum"),
    rule!("D010", Error, "tabel te groot"),
    rule!("D011", Error, "lijsten of citaten te diep genest"),
    rule!("D012", Error, "regel te lang"),
    rule!("D013", Error, "Markdown-tekst te groot"),
    rule!("H001", Warning, "gegeven voor de lezers ontbreekt"),
    rule!("G001", Error, "onbekend model in een gemeenteprofiel"),
    rule!(
        "G002",
        Error,
        "ongeldige bestandsnaam van een gemeenteprofiel"
    ),
    rule!("G003", Error, "dubbele gemeente of dubbel lid"),
    rule!("G004", Error, "partnerbestand buiten charters/"),
    rule!("G005", Error, "partnerbestand ontbreekt"),
    rule!("G006", Error, "ongeldig e-mailadres"),
    rule!("G007", Error, "ongeldig telefoonnummer"),
    rule!("G008", Error, "ongeldig webadres"),
    rule!("G009", Warning, "gegeven nog in te vullen"),
    rule!("G010", Error, "wijziging zonder precies één actie"),
    rule!("G011", Error, "wijziging op een onbekende sectie"),
    rule!("G012", Error, "wijziging op een vaste sectie"),
    rule!("G013", Error, "twee wijzigingen op één sectie"),
    rule!(
        "G014",
        Error,
        "nieuwe sectie niet volledig of met dubbele id"
    ),
    rule!(
        "G015",
        Error,
        "kop in een wijziging zonder id of op het verkeerde niveau"
    ),
    rule!("G016", Error, "ruwe HTML in een wijziging"),
    rule!(
        "G017",
        Error,
        "onbekende sjabloonvariabele in een wijziging"
    ),
    rule!("G018", Error, "wijziging zonder tekst"),
    rule!(
        "G020",
        Warning,
        "het model veranderde een gewijzigde sectie"
    ),
    rule!("G021", Warning, "wijziging nog niet vastgelegd"),
    rule!("G022", Warning, "vastlegging zonder wijziging"),
    rule!("G023", Error, "onbekende versie van het lockbestand"),
    rule!("G030", Error, "onleesbaar partnerbestand"),
    rule!(
        "G031",
        Error,
        "kolom ontbreekt of staat dubbel in het partnerbestand"
    ),
    rule!(
        "G032",
        Error,
        "rij met een open aanhalingsteken of te veel of te weinig cellen"
    ),
    rule!("G033", Error, "leeg partnerbestand"),
    rule!("G034", Error, "dubbele partner"),
    rule!("G035", Error, "partner zonder naam"),
    rule!("G036", Error, "onbekende rol van een partner"),
    rule!("G037", Error, "cel die eruitziet als een formule"),
    rule!("G038", Warning, "partnerbestand dat geen profiel gebruikt"),
    rule!(
        "G039",
        Warning,
        "kolom van het partnerbestand die niet gelezen wordt"
    ),
];
