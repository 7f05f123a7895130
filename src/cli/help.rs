//! `onthaal help [OPDRACHT]`: the same help as `onthaal OPDRACHT --help`.

use anyhow::bail;

use super::Outcome;
use super::output::to_stdout;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De opdracht (en eventueel de deelopdracht), bijvoorbeeld `build` of `zelfevaluatie score`.
    #[arg(value_name = "OPDRACHT")]
    command: Vec<String>,
}

pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let mut command = super::command();
    // Building propagates the global options and the help flag to every subcommand.
    command.build();
    let mut path = vec!["onthaal".to_string()];
    for name in &args.command {
        let Some(sub) = command.find_subcommand(name) else {
            let asked = [&path[1..], std::slice::from_ref(name)].concat().join(" ");
            bail!(crate::t!(
                "onbekende opdracht `{asked}`; `onthaal help` toont alle opdrachten",
                "unknown command `{asked}`; `onthaal help` lists every command"
            ));
        };
        command = sub.clone().bin_name(format!("{} {name}", path.join(" ")));
        path.push(name.clone());
    }
    let text = super::usage::dutch_words(&command.render_help().to_string());
    to_stdout(|out| write!(out, "{text}"))?;
    Ok(Outcome::Clean)
}
