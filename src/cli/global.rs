//! Options every command takes, before or after its name: where the handbook is,
//! colour, the day that review dates are checked against, how much to say, language.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::validate::Date;

/// The environment variable that fixes the day, like `--today`.
pub const TODAY_VARIABLE: &str = "ONTHAAL_TODAY";

/// The environment variable that chooses the language, like `--lang`.
pub const LANG_VARIABLE: &str = "ONTHAAL_LANG";

#[derive(Debug, clap::Args)]
pub struct Global {
    /// Map van het handboek (standaard: de dichtstbijzijnde map met onthaal.yaml).
    #[arg(
        long,
        global = true,
        help_heading = "Algemene opties",
        value_name = "MAP"
    )]
    workspace: Option<PathBuf>,

    /// Kleur gebruiken: auto (alleen in een terminal, en niet als NO_COLOR gezet is), always of never.
    #[arg(long, global = true, help_heading = "Algemene opties", value_enum, default_value_t = ColourChoice::Auto, value_name = "WANNEER")]
    color: ColourChoice,

    /// Controleer herzieningsdatums (V006) alsof het vandaag deze dag is, JJJJ-MM-DD; zo geeft CI elke dag hetzelfde resultaat. Ook met ONTHAAL_TODAY.
    #[arg(
        long,
        global = true,
        help_heading = "Algemene opties",
        value_name = "DATUM"
    )]
    today: Option<String>,

    /// Zeg alleen wat fout is: geen samenvatting, geen voortgang, geen bevestiging.
    #[arg(
        short,
        long,
        global = true,
        help_heading = "Algemene opties",
        conflicts_with = "verbose"
    )]
    quiet: bool,

    /// Zeg meer: welk handboek, hoeveel bestanden, hoe lang het duurde.
    #[arg(short, long, global = true, help_heading = "Algemene opties")]
    verbose: bool,

    /// Taal van de meldingen: nl (standaard) of en. Ook met ONTHAAL_LANG.
    #[arg(
        long,
        global = true,
        help_heading = "Algemene opties",
        value_enum,
        value_name = "TAAL"
    )]
    lang: Option<LangChoice>,
}

/// The language from the raw arguments (`--lang en`, `--lang=en`) or `ONTHAAL_LANG`, for
/// the help and the usage errors, which come before the arguments are parsed.
pub fn lang_before_parsing() -> crate::i18n::Lang {
    let args: Vec<String> = std::env::args().collect();
    let given = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=").or_else(|| {
            (arg == "--lang")
                .then(|| args.get(i + 1).map(String::as_str))
                .flatten()
        })
    });
    let wanted = given
        .map(str::to_string)
        .or_else(|| std::env::var(LANG_VARIABLE).ok());
    match wanted.as_deref() {
        Some("en") => crate::i18n::Lang::En,
        _ => crate::i18n::Lang::Nl,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangChoice {
    Nl,
    En,
}

/// How much the tool says besides its results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

impl Global {
    pub fn verbosity(&self) -> Verbosity {
        match (self.quiet, self.verbose) {
            (true, _) => Verbosity::Quiet,
            (false, true) => Verbosity::Verbose,
            (false, false) => Verbosity::Normal,
        }
    }

    /// The language: `--lang`, else `ONTHAAL_LANG` (`nl` or `en`), else Dutch.
    pub fn lang(&self) -> anyhow::Result<crate::i18n::Lang> {
        let choice = match self.lang {
            Some(choice) => choice,
            None => match std::env::var(LANG_VARIABLE).as_deref() {
                Ok("en") => LangChoice::En,
                Ok("nl") | Ok("") | Err(_) => LangChoice::Nl,
                Ok(other) => anyhow::bail!(crate::t!(
                    "{LANG_VARIABLE}=`{other}` is geen taal; kies nl of en",
                    "{LANG_VARIABLE}=`{other}` is no language; choose nl or en"
                )),
            },
        };
        Ok(match choice {
            LangChoice::Nl => crate::i18n::Lang::Nl,
            LangChoice::En => crate::i18n::Lang::En,
        })
    }

    /// Prints a confirmation to stdout ("12 bestanden geschreven"), unless `-q`; a
    /// closed pipe is no failure.
    pub fn inform(&self, line: impl std::fmt::Display) {
        if self.verbosity() >= Verbosity::Normal {
            let _ = writeln!(io::stdout(), "{line}");
        }
    }

    /// Prints a detail to stderr, only with `-v`.
    pub fn detail(&self, line: impl std::fmt::Display) {
        if self.verbosity() == Verbosity::Verbose {
            eprintln!("{line}");
        }
    }

    /// The handbook's root: `--workspace`, or the nearest folder upwards from `start`.
    pub fn root(&self, start: &Path) -> anyhow::Result<PathBuf> {
        crate::workspace::discover(self.workspace.as_deref(), start)
    }

    /// The day review dates are judged against: `--today`, else `ONTHAAL_TODAY`, else today.
    pub fn today(&self) -> anyhow::Result<Date> {
        if let Some(text) = &self.today {
            return Date::parse(text)
                .with_context(|| format!("--today `{text}` is geen datum (JJJJ-MM-DD)"));
        }
        match std::env::var(TODAY_VARIABLE) {
            Ok(text) => Date::parse(&text)
                .with_context(|| format!("{TODAY_VARIABLE}=`{text}` is geen datum (JJJJ-MM-DD)")),
            Err(_) => Ok(Date::today()),
        }
    }

    /// Colour for what goes to stdout: only on a terminal, never with NO_COLOR.
    pub fn colour_on_stdout(&self) -> bool {
        colour_on(self.color, io::stdout().is_terminal())
    }

    /// The same for stderr (the diagnostics of `build` and `zelfevaluatie`).
    pub fn colour_on_stderr(&self) -> bool {
        colour_on(self.color, io::stderr().is_terminal())
    }
}

fn colour_on(choice: ColourChoice, terminal: bool) -> bool {
    match choice {
        ColourChoice::Always => true,
        ColourChoice::Never => false,
        ColourChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColourChoice {
    Auto,
    Always,
    Never,
}
