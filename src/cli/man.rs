//! `onthaal man [--out MAP]`: the manual page in roff, from the same definitions as `--help`.

use std::path::PathBuf;

use anyhow::Context;

use super::Outcome;
use super::global::Global;
use super::output::to_stdout;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Schrijf een pagina per opdracht (onthaal.1, onthaal-build.1, …) in deze map in plaats van onthaal.1 naar het scherm.
    #[arg(long, value_name = "MAP")]
    out: Option<PathBuf>,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let command = super::command();
    let Some(folder) = &args.out else {
        let mut page = Vec::new();
        clap_mangen::Man::new(command).render(&mut page)?;
        to_stdout(|out| out.write_all(&page))?;
        return Ok(Outcome::Clean);
    };
    std::fs::create_dir_all(folder)
        .with_context(|| format!("kan de map {} niet maken", folder.display()))?;
    clap_mangen::generate_to(command, folder)
        .with_context(|| format!("kan de pagina's niet schrijven in {}", folder.display()))?;
    global.inform(crate::t!(
        "handleidingpagina's geschreven naar {}",
        "manual pages written to {}",
        folder.display()
    ));
    Ok(Outcome::Clean)
}
