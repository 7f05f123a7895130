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

/// Colour only on a terminal, and never when NO_COLOR is set.
pub fn use_colour(choice: ColourChoice) -> bool {
    colour_on(choice, io::stdout().is_terminal())
}

/// The same for what goes to stderr (diagnostics of `build` and `zelfevaluatie`).
pub fn use_colour_on_stderr(choice: ColourChoice) -> bool {
    colour_on(choice, io::stderr().is_terminal())
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
