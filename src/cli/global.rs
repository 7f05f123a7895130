//! Options every command takes, before or after its name: where the handbook is,
//! colour, and the day that review dates are checked against.

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::validate::Date;

/// The environment variable that fixes the day, like `--today`.
pub const TODAY_VARIABLE: &str = "ONTHAAL_TODAY";

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
}

impl Global {
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
