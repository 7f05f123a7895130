//! The command line: arguments (clap), one file per command, and exit codes.
//! 0: clean; 1: the content has errors; 2: usage or I/O failure; 3: stale output.

mod build;
mod completions;
mod diff;
mod diff_all;
mod english;
mod explain;
mod global;
mod help;
mod init;
mod man;
mod municipalities;
mod new;
mod os_error;
mod output;
mod pin;
mod progress;
mod route;
mod schema;
mod serve;
mod usage;
mod validate;
mod zelfevaluatie;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use global::Global;

/// The outcome of a command that ran to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Clean,
    ContentErrors,
    /// `build --check` found output that a new build would change.
    StaleOutput,
}

/// The exit codes, as `--help` and the README list them.
const EXIT_CODES: &str = "Exitcodes: 0 in orde; 1 fouten in de inhoud (of waarschuwingen, met --deny-warnings); 2 verkeerd gebruik of een lees- of schrijffout; 3 verouderde uitvoer (build --check).";

#[derive(Debug, Parser)]
#[command(
    name = "onthaal",
    version,
    about = "Controleer en bouw de handboeken voor een warm onthaal bij discriminatie en intimidatie",
    help_template = "{about}\n\nGebruik: {usage}\n\n{all-args}{after-help}\n",
    subcommand_help_heading = "Opdrachten",
    next_help_heading = "Opties",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(flatten)]
    global: Global,

    /// Toon deze hulp.
    #[arg(short = 'h', long, global = true, action = clap::ArgAction::Help)]
    help: Option<bool>,

    /// Toon de versie.
    #[arg(short = 'V', long, action = clap::ArgAction::Version)]
    version: Option<bool>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Begin een nieuw handboek in een lege map, met de inhoud van de piloot als vertrekpunt.
    Init(init::Args),
    /// Controleer de inhoud en meld fouten met bestand, regel en kolom.
    Validate(validate::Args),
    /// Bouw de handboeken: een offline website en Markdown.
    Build(build::Args),
    /// Bekijk de website terwijl je schrijft: bouwt opnieuw bij elke wijziging en herlaadt de pagina.
    Serve(serve::Args),
    /// Maak iets nieuws: het profiel van een gemeente (`new municipality`).
    #[command(subcommand, visible_alias = "nieuw")]
    New(new::Args),
    /// Leg vast tegen welke modeltekst de wijzigingen van een gemeente zijn nagekeken (charters/<slug>.lock).
    Pin(pin::Args),
    /// Toon hoe het charter en het draaiboek van een gemeente verschillen van het model.
    Diff(diff::Args),
    /// Zoek op welk orgaan een melding over een criterium in een domein behandelt.
    Route(route::Args),
    /// Maak het invulblad van de 8 B's, of bereken er de score per B uit.
    #[command(subcommand)]
    Zelfevaluatie(zelfevaluatie::Args),
    /// Schrijf JSON-schema's van de YAML-formaten, voor aanvulling en controle in een editor.
    Schema(schema::Args),
    /// Leg uit wat een controle nagaat en hoe je een fout oplost.
    Explain(explain::Args),
    /// Toon de hulp van onthaal of van een opdracht.
    Help(help::Args),
    /// Schrijf een script dat opdrachten en opties aanvult in bash, zsh, fish of PowerShell.
    Completions(completions::Args),
    /// Schrijf de handleidingpagina (man) in roff.
    Man(man::Args),
}

/// The whole command line in the language asked for (`--lang`, `ONTHAAL_LANG`): for
/// parsing, and for `help`, `completions` and `man`.
fn command() -> clap::Command {
    command_in(crate::i18n::current())
}

fn command_in(lang: crate::i18n::Lang) -> clap::Command {
    let dutch = usage::dutch_help(Cli::command());
    match lang {
        crate::i18n::Lang::Nl => dutch,
        crate::i18n::Lang::En => english::apply(dutch),
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    // The language is needed before parsing: the help and usage errors speak it.
    crate::i18n::set(global::lang_before_parsing());
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(message) = usage::misread_word(&command(), &args) {
        let prefix = crate::i18n::pick("fout: ", "error: ");
        eprintln!("{prefix}{}", crate::source::visible(&message.to_string()));
        return ExitCode::from(2);
    }
    let parsed = command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            let code = error.exit_code();
            match usage::dutch(&error) {
                // Arguments are echoed in the message: an escape sequence in one must
                // not reach the terminal.
                Some(message) => eprint!("{}", crate::source::visible_lines(&message)),
                None => usage::print_help_or_version(&error),
            }
            return ExitCode::from(u8::try_from(code).unwrap_or(2));
        }
    };
    let json = match &cli.command {
        Command::Validate(args) => args.wants_json(),
        Command::Zelfevaluatie(args) => args.wants_json(),
        _ => false,
    };
    match run(cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::ContentErrors) => ExitCode::from(1),
        Ok(Outcome::StaleOutput) => ExitCode::from(3),
        Err(error) => {
            let message = usage::describe(&error);
            let prefix = crate::i18n::pick("fout", "error");
            eprintln!("{prefix}: {}", crate::source::visible_lines(&message));
            if json {
                // A reader of the JSON gets the failure in JSON, not an empty stdout.
                let failure = serde_json::json!({"error": {"message": message, "exit_code": 2}});
                let _ = output::to_stdout(|o| writeln!(o, "{failure:#}"));
            }
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let global = &cli.global;
    crate::i18n::set(global.lang()?);
    match cli.command {
        Command::Init(args) => init::run(global, &args),
        Command::Validate(args) => validate::run(global, &args),
        Command::Explain(args) => explain::run(&args),
        Command::Build(args) => build::run(global, &args),
        Command::Serve(args) => serve::run(global, &args),
        Command::Route(args) => route::run(global, &args),
        Command::Schema(args) => schema::run(global, &args),
        Command::Zelfevaluatie(args) => zelfevaluatie::run(global, &args),
        Command::Help(args) => help::run(&args),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(global, &args),
        Command::New(args) => new::run(global, &args),
        Command::Pin(args) => pin::run(global, &args),
        Command::Diff(args) => diff::run(global, &args),
    }
}
