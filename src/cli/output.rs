//! Writing to stdout: a closed pipe (`onthaal … | head`) is not a failure.

use std::io::{self, IsTerminal, Write};

/// Writes through `write` to stdout; a broken pipe ends quietly.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut lock = stdout.lock();
    match write(&mut lock).and_then(|()| lock.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// The `--color` flag, shared by every command that prints diagnostics.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct ColourArg {
    /// Kleur gebruiken: auto (alleen in een terminal, en niet als NO_COLOR gezet is), always of never.
    #[arg(long, value_enum, default_value_t = ColourChoice::Auto, value_name = "WANNEER")]
    color: ColourChoice,
}

impl ColourArg {
    /// Colour for what goes to stdout: only on a terminal, never with NO_COLOR.
    pub fn on_stdout(self) -> bool {
        colour_on(self.color, io::stdout().is_terminal())
    }

    /// The same for stderr (the diagnostics of `build` and `zelfevaluatie`).
    pub fn on_stderr(self) -> bool {
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
