//! `onthaal completions SHELL`: a completion script for bash, zsh, fish or PowerShell.

use clap_complete::Shell;

use super::Outcome;
use super::output::to_stdout;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De shell: bash, zsh, fish of powershell.
    #[arg(value_enum, value_name = "SHELL")]
    shell: ShellChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ShellChoice {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let shell = match args.shell {
        ShellChoice::Bash => Shell::Bash,
        ShellChoice::Zsh => Shell::Zsh,
        ShellChoice::Fish => Shell::Fish,
        ShellChoice::Powershell => Shell::PowerShell,
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "onthaal", &mut script);
    to_stdout(|out| out.write_all(&script))?;
    Ok(Outcome::Clean)
}
