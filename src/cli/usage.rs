//! Usage errors in Dutch. clap's own messages are English; the common kinds are said
//! again here, and anything rarer falls back to clap's text.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The Dutch message for a usage error, or `None` when clap's own output should stand
/// (help and version requests, rare kinds).
pub fn dutch(error: &clap::Error) -> Option<String> {
    let arg = context(error, ContextKind::InvalidArg);
    let value = context(error, ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => format!("onbekende optie `{arg}`"),
        ErrorKind::UnknownArgument | ErrorKind::TooManyValues => {
            format!("onverwacht argument `{arg}{value}`")
        }
        ErrorKind::InvalidSubcommand => format!(
            "onbekende opdracht `{}`",
            context(error, ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue => format!(
            "ongeldige waarde `{value}` voor {arg}; mogelijk: {}",
            context(error, ContextKind::ValidValue)
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            if error.render().to_string().contains("onthaal zelfevaluatie") {
                "geef een opdracht: sjabloon of score".to_string()
            } else {
                "geef een opdracht: validate, build, route, zelfevaluatie, schema of explain"
                    .to_string()
            }
        }
        ErrorKind::MissingRequiredArgument => format!("ontbrekend argument: {arg}"),
        ErrorKind::ArgumentConflict => format!(
            "{arg} kan niet samen met {}",
            context(error, ContextKind::PriorArg)
        ),
        _ => return None,
    };
    let suggestion = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .map(|kind| context(error, kind))
        .find(|s| !s.is_empty())
        .map(|s| format!("\n  hulp: bedoel je `{s}`?"))
        .unwrap_or_default();
    Some(format!(
        "fout: {message}{suggestion}\n\nMeer uitleg: onthaal --help\n"
    ))
}

fn context(error: &clap::Error, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(list)) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// Every command's help in Dutch: clap's headings and its English value lists replaced.
pub fn dutch_help(command: clap::Command) -> clap::Command {
    command
        .help_template("{about}\n\nGebruik: {usage}\n\n{all-args}{after-help}\n")
        .subcommand_help_heading("Opdrachten")
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                "Argumenten"
            } else {
                "Opties"
            };
            let takes_value = arg.get_action().takes_values();
            let arg = if arg.get_help_heading().is_none() {
                arg.help_heading(heading)
            } else {
                arg
            };
            if takes_value {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            }
        })
        .mut_subcommands(dutch_help)
}

/// A tool error for the user: our own (Dutch) context, and for an I/O failure its cause
/// in Dutch instead of the operating system's English.
pub fn describe(error: &anyhow::Error) -> String {
    let cause = error
        .chain()
        .find_map(|e| e.downcast_ref::<std::io::Error>());
    let top = error.to_string();
    let Some(io) = cause.filter(|_| error.chain().count() > 1) else {
        return format!("{error:#}");
    };
    let dutch = match io.kind() {
        std::io::ErrorKind::NotFound if top.contains("bestaat niet") => return top,
        std::io::ErrorKind::NotFound => "het bestand of de map bestaat niet",
        std::io::ErrorKind::PermissionDenied => "geen toegang",
        std::io::ErrorKind::AlreadyExists => "bestaat al",
        std::io::ErrorKind::IsADirectory => "is een map",
        std::io::ErrorKind::StorageFull => "de schijf is vol",
        _ => return format!("{error:#}"),
    };
    format!("{top}: {dutch}")
}
