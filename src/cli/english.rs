//! The help in English (`--lang en`): every Dutch help text of the command line, looked
//! up in a table. A test checks that the table has every text the commands show.

use clap::Command;

/// Dutch help text → English, for every text the command line shows.
const HELP: &[(&str, &str)] = &[
    (
        "Controleer en bouw de handboeken voor een warm onthaal bij discriminatie en intimidatie",
        "Check and build the handbooks for a warm welcome for victims of discrimination and intimidation",
    ),
    (
        "Map van het handboek (standaard: de dichtstbijzijnde map met onthaal.yaml)",
        "Folder of the handbook (default: the nearest folder with onthaal.yaml)",
    ),
    (
        "Kleur gebruiken: auto (alleen in een terminal, en niet als NO_COLOR gezet is), always of never",
        "Use colour: auto (only on a terminal, and not when NO_COLOR is set), always or never",
    ),
    (
        "Controleer herzieningsdatums (V006) alsof het vandaag deze dag is, JJJJ-MM-DD; zo geeft CI elke dag hetzelfde resultaat. Ook met ONTHAAL_TODAY",
        "Check review dates (V006) as if today were this day, YYYY-MM-DD; so CI gives the same result every day. Also with ONTHAAL_TODAY",
    ),
    (
        "Zeg alleen wat fout is: geen samenvatting, geen voortgang, geen bevestiging",
        "Say only what is wrong: no summary, no progress, no confirmation",
    ),
    (
        "Zeg meer: welk handboek, hoeveel bestanden, hoe lang het duurde",
        "Say more: which handbook, how many files, how long it took",
    ),
    (
        "Taal van de meldingen: nl (standaard) of en. Ook met ONTHAAL_LANG",
        "Language of the messages: nl (default) or en. Also with ONTHAAL_LANG",
    ),
    ("Toon deze hulp", "Show this help"),
    ("Toon de versie", "Show the version"),
    (
        "Begin een nieuw handboek in een lege map, met de inhoud van de piloot als vertrekpunt",
        "Start a new handbook in an empty folder, with the pilot's content as a starting point",
    ),
    (
        "De map voor het nieuwe handboek (standaard: de huidige map); ze moet leeg zijn of nog niet bestaan",
        "The folder for the new handbook (default: the current folder); it must be empty or not exist yet",
    ),
    (
        "Controleer de inhoud en meld fouten met bestand, regel en kolom",
        "Check the content and report problems with file, line and column",
    ),
    (
        "Controleer alleen deze bestanden of mappen (de rest van het handboek telt mee voor verwijzingen)",
        "Check only these files or folders (the rest of the handbook counts for references)",
    ),
    (
        "Uitvoerformaat: human (leesbaar), json, github (annotaties in GitHub Actions), sarif (SARIF 2.1.0), gitlab (codekwaliteitsrapport) of junit (JUnit-XML)",
        "Output format: human (readable), json, github (annotations in GitHub Actions), sarif (SARIF 2.1.0), gitlab (code quality report) or junit (JUnit XML)",
    ),
    (
        "Een overzicht van alle gemeenten: hoeveel wijzigingen elk heeft en hoeveel ervan na te lezen zijn",
        "An overview of all municipalities: how many changes each has and how many need reviewing",
    ),
    (
        "Behandel waarschuwingen als fouten (exitcode 1)",
        "Treat warnings as errors (exit code 1)",
    ),
    (
        "Toon per regel hoeveel meldingen er zijn, de meeste eerst, in plaats van elke melding",
        "Show how many findings each rule has, most first, instead of every finding",
    ),
    (
        "Bouw de handboeken: een offline website en Markdown",
        "Build the handbooks: an offline website and Markdown",
    ),
    (
        "Uitvoermap (standaard: `uitvoer` uit onthaal.yaml, meestal dist)",
        "Output folder (default: `uitvoer` from onthaal.yaml, usually dist)",
    ),
    (
        "Schrijf niets, maar vergelijk een nieuwe bouw met de bestaande uitvoermap (--out of `uitvoer`), voor een repository die de uitvoer bewaart; exitcode 3 als ze verouderd is",
        "Write nothing, but compare a new build with the existing output folder (--out or `uitvoer`), for a repository that keeps its output; exit code 3 when it is out of date",
    ),
    (
        "Maak één zelfstandig HTML-bestand (handboek.html) met stijl en schema's erin",
        "Make one self-contained HTML file (handboek.html) with style and diagrams inside",
    ),
    (
        "Bouw van de gemeentelijke edities alleen deze (een slug uit charters/); herhaal voor meer. Zonder: alle gemeenten",
        "Of the municipal editions, build only this one (a slug from charters/); repeat for more. Without: every municipality",
    ),
    (
        "Bekijk de website terwijl je schrijft: bouwt opnieuw bij elke wijziging en herlaadt de pagina",
        "Watch the website while you write: rebuilds on every change and reloads the page",
    ),
    (
        "De poort op 127.0.0.1 (0: een vrije poort)",
        "The port on 127.0.0.1 (0: a free port)",
    ),
    (
        "Open de website in de browser",
        "Open the website in the browser",
    ),
    (
        "Maak iets nieuws: het profiel van een gemeente (`new municipality`)",
        "Make something new: a municipality's profile (`new municipality`)",
    ),
    (
        "Maak het profiel en het partnerbestand van een gemeente of een intergemeentelijke samenwerking",
        "Make the profile and the partner file of a municipality or an intermunicipal partnership",
    ),
    (
        "De naam van de gemeente of de samenwerking, zoals op het charter (bijvoorbeeld \"Sint-Niklaas\")",
        "The name of the municipality or the partnership, as on the charter (for example \"Sint-Niklaas\")",
    ),
    (
        "Het dienstverleningsmodel (een id uit `modellen` in onthaal.yaml)",
        "The service model (an id from `modellen` in onthaal.yaml)",
    ),
    (
        "Een lid van een intergemeentelijke samenwerking; herhaal voor elk lid",
        "A member of an intermunicipal partnership; repeat for every member",
    ),
    (
        "Leg vast tegen welke modeltekst de wijzigingen van een gemeente zijn nagekeken (charters/<slug>.lock)",
        "Record against which model text a municipality's changes were reviewed (charters/<slug>.lock)",
    ),
    (
        "De gemeenten, bij hun slug (de naam van hun profiel in charters/, zonder .yaml)",
        "The municipalities, by their slug (the name of their profile in charters/, without .yaml)",
    ),
    (
        "Alle gemeenten van het handboek",
        "Every municipality of the handbook",
    ),
    (
        "Toon hoe het charter en het draaiboek van een gemeente verschillen van het model",
        "Show how a municipality's charter and playbook differ from the model",
    ),
    (
        "De gemeente, bij haar slug (de naam van haar profiel in charters/, zonder .yaml)",
        "The municipality, by its slug (the name of its profile in charters/, without .yaml)",
    ),
    (
        "human: per sectie in de terminal; md: een verslag in Markdown om bij een beslissing van gemeenteraad of college te voegen",
        "human: per section in the terminal; md: a report in Markdown to attach to a decision of the council or the board",
    ),
    (
        "Schrijf naar dit bestand in plaats van naar het scherm",
        "Write to this file instead of to the screen",
    ),
    (
        "Zoek op welk orgaan een melding over een criterium in een domein behandelt",
        "Look up which body handles a report about a ground in a domain",
    ),
    (
        "Woorden over wat er gebeurde: het kenmerk (huidskleur, zwanger, moslim, rolstoel …) en de plaats of het domein (huurwoning, werk, bus, De Lijn, café …). Namen en ids werken ook. Zonder woorden: de lijst van criteria en domeinen",
        "Words about what happened, in Dutch: the characteristic (huidskleur, zwanger, moslim, rolstoel …) and the place or domain (huurwoning, werk, bus, De Lijn, café …). Names and ids work too. Without words: the list of grounds and domains",
    ),
    (
        "Maak het invulblad van de 8 B's, of bereken er de score per B uit",
        "Make the sheet of the 8 B's, or compute the score per B from it",
    ),
    (
        "Schrijf het lege invulblad (CSV met puntkomma's, opent zo in Excel); antwoord per controlepunt met ja, deels, nee of nvt",
        "Write the empty sheet (CSV with semicolons, opens as is in Excel); answer each checkpoint with ja, deels, nee or nvt (yes, partly, no, not applicable)",
    ),
    (
        "Bereken de score per B uit een ingevuld invulblad",
        "Compute the score per B from a filled-in sheet",
    ),
    ("Het ingevulde invulblad (CSV)", "The filled-in sheet (CSV)"),
    (
        "Uitvoerformaat: human (tabel) of json",
        "Output format: human (table) or json",
    ),
    (
        "Schrijf ook een rapport met grafiek naar dit .html-bestand (niet in templates/)",
        "Also write a report with a chart to this .html file (not in templates/)",
    ),
    (
        "Schrijf JSON-schema's van de YAML-formaten, voor aanvulling en controle in een editor",
        "Write JSON Schemas of the YAML formats, for completion and checking in an editor",
    ),
    (
        "Map voor de schema's (standaard: schemas/ in de map van het handboek)",
        "Folder for the schemas (default: schemas/ in the handbook's folder)",
    ),
    (
        "Leg uit wat een controle nagaat en hoe je een fout oplost",
        "Explain what a check looks at and how to fix a problem",
    ),
    (
        "De code van de controle, bijvoorbeeld B004. Zonder code: de lijst van alle controles",
        "The code of the check, for example B004. Without a code: the list of every check",
    ),
    (
        "Toon de hulp van onthaal of van een opdracht",
        "Show the help of onthaal or of a command",
    ),
    (
        "De opdracht (en eventueel de deelopdracht), bijvoorbeeld `build` of `zelfevaluatie score`",
        "The command (and perhaps the subcommand), for example `build` or `zelfevaluatie score`",
    ),
    (
        "Schrijf een script dat opdrachten en opties aanvult in bash, zsh, fish of PowerShell",
        "Write a script that completes commands and options in bash, zsh, fish or PowerShell",
    ),
    (
        "De shell: bash, zsh, fish of powershell",
        "The shell: bash, zsh, fish or powershell",
    ),
    (
        "Schrijf de handleidingpagina (man) in roff",
        "Write the manual page (man) in roff",
    ),
    (
        "Schrijf een pagina per opdracht (onthaal.1, onthaal-build.1, …) in deze map in plaats van onthaal.1 naar het scherm",
        "Write a page per command (onthaal.1, onthaal-build.1, …) into this folder instead of onthaal.1 to the screen",
    ),
];

/// Headings and value names the Dutch help uses, in English.
const WORDS: &[(&str, &str)] = &[
    ("Opdrachten", "Commands"),
    ("Opties", "Options"),
    ("Algemene opties", "Global options"),
    ("Argumenten", "Arguments"),
    ("MAP", "DIR"),
    ("BESTAND", "FILE"),
    ("DATUM", "DATE"),
    ("WANNEER", "WHEN"),
    ("TAAL", "LANG"),
    ("FORMAAT", "FORMAT"),
    ("POORT", "PORT"),
    ("OPDRACHT", "COMMAND"),
    ("PAD", "PATH"),
    ("WOORD", "WORD"),
    ("GEMEENTE", "MUNICIPALITY"),
    ("NAAM", "NAME"),
    ("MODEL", "MODEL"),
    ("LID", "MEMBER"),
    ("SLUG", "SLUG"),
];

/// The exit codes in English, as `--help` ends.
pub const EXIT_CODES: &str = "Exit codes: 0 clean; 1 content errors (or warnings, with --deny-warnings); 2 wrong use or a read or write failure; 3 stale output (build --check).";

/// The English for a Dutch help text or word, when the tables have it.
fn lookup(dutch: &str) -> Option<&'static str> {
    HELP.iter()
        .chain(WORDS)
        .find(|(nl, _)| *nl == dutch)
        .map(|(_, en)| *en)
}

/// The whole command line with its help in English.
pub fn apply(command: Command) -> Command {
    translate(command)
        .after_help(EXIT_CODES)
        .mut_subcommands(|sub| sub.after_help(""))
}

fn translate(command: Command) -> Command {
    let about = command.get_about().and_then(|a| lookup(&a.to_string()));
    let command = match about {
        Some(about) => command.about(about),
        None => command,
    };
    command
        .help_template("{about}\n\nUsage: {usage}\n\n{all-args}{after-help}\n")
        .subcommand_help_heading("Commands")
        .subcommand_value_name("COMMAND")
        .mut_args(|arg| {
            let help = arg.get_help().and_then(|h| lookup(&h.to_string()));
            let heading = arg.get_help_heading().and_then(lookup);
            let names: Vec<&'static str> = arg
                .get_value_names()
                .map(|names| {
                    let names = names.iter().map(|n| lookup(n.as_str()));
                    names.collect::<Option<Vec<_>>>().unwrap_or_default()
                })
                .unwrap_or_default();
            let arg = match help {
                Some(help) => arg.help(help),
                None => arg,
            };
            let arg = match heading {
                Some(heading) => arg.help_heading(heading),
                None => arg,
            };
            if names.is_empty() {
                arg
            } else {
                arg.value_names(names)
            }
        })
        .mut_subcommands(translate)
}

/// Every about and help text of `command` and its subcommands, in tree order.
#[cfg(test)]
fn texts(command: &Command) -> Vec<String> {
    let mut found = Vec::new();
    collect(command, &mut found);
    found
}

#[cfg(test)]
fn collect(command: &Command, found: &mut Vec<String>) {
    found.extend(command.get_about().map(ToString::to_string));
    for arg in command.get_arguments() {
        found.extend(arg.get_help().map(ToString::to_string));
    }
    for sub in command.get_subcommands() {
        collect(sub, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_help_text_has_english() {
        let mut command = super::super::command_in(crate::i18n::Lang::Nl);
        command.build();
        let missing: Vec<String> = texts(&command)
            .into_iter()
            .filter(|t| HELP.iter().all(|(nl, _)| nl != t))
            .collect();
        assert!(
            missing.is_empty(),
            "add to HELP in src/cli/english.rs: {missing:#?}"
        );
    }

    #[test]
    fn the_english_help_has_no_dutch_left() {
        let mut command = super::super::command_in(crate::i18n::Lang::En);
        command.build();
        let dutch: Vec<String> = texts(&command)
            .into_iter()
            .filter(|t| HELP.iter().any(|(nl, _)| nl == t))
            .collect();
        assert!(dutch.is_empty(), "{dutch:#?}");
    }
}
