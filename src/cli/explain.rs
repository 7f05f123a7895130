//! `onthaal explain [CODE]`: the Dutch explanation of a rule, or the list of rules.

use anyhow::bail;

use super::Outcome;
use super::output::to_stdout;
use crate::validate::{RULES, find};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De code van de controle, bijvoorbeeld B004. Zonder code: de lijst van alle controles.
    code: Option<String>,
}

pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let Some(code) = &args.code else {
        to_stdout(|out| {
            for rule in RULES {
                writeln!(
                    out,
                    "{}  {:<12} {}",
                    rule.code,
                    rule.severity.label(),
                    rule.title()
                )?;
            }
            Ok(())
        })?;
        return Ok(Outcome::Clean);
    };
    let Some(rule) = find(code) else {
        bail!(crate::t!(
            "onbekende code `{code}`; `onthaal explain` zonder code toont alle controles",
            "unknown code `{code}`; `onthaal explain` without a code lists every check"
        ));
    };
    to_stdout(|out| write!(out, "{}", rule.explanation()))?;
    Ok(Outcome::Clean)
}
