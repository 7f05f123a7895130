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
            "geef een opdracht: build, validate, route, schema of explain".to_string()
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
