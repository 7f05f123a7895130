//! Usage errors in the user's language. clap's own messages are English; the common
//! kinds are said again here, and anything rarer falls back to clap's text.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The Dutch message for a usage error, or `None` when clap's own output should stand
/// (help and version requests, rare kinds).
/// A word written with one dash (`-huidskleur`) that is no cluster of short flags: clap
/// would read its `-h` as `--help`, print the help and exit 0, and the word would be
/// lost. Returns the usage error to give instead.
pub fn misread_word(
    command: &clap::Command,
    args: &[std::ffi::OsString],
) -> Option<crate::i18n::Text> {
    let shorts: Vec<char> = std::iter::once(command)
        .chain(command.get_subcommands())
        .flat_map(|c| c.get_arguments().filter_map(clap::Arg::get_short))
        .collect();
    let arg = args
        .iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .filter_map(|a| a.to_str())
        .find(|a| {
            a.len() > 2
                && a.starts_with('-')
                && !a.starts_with("--")
                && !a[1..].chars().all(|c| shorts.contains(&c))
        })?;
    let word = &arg[1..];
    Some(crate::t!(
        "onbekende optie `{arg}`; bedoel je het woord `{word}`? Schrijf het zonder streepje",
        "unknown option `{arg}`; did you mean the word `{word}`? Write it without the dash"
    ))
}

/// The message for a usage error in the current language (clap's own are English only,
/// and name no help), or `None` when clap's own output should stand (help and version
/// requests, rare kinds).
pub fn dutch(error: &clap::Error) -> Option<String> {
    let arg = context(error, ContextKind::InvalidArg);
    let value = context(error, ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => {
            crate::t!("onbekende optie `{arg}`", "unknown option `{arg}`")
        }
        ErrorKind::UnknownArgument | ErrorKind::TooManyValues => crate::t!(
            "onverwacht argument `{arg}{value}`",
            "unexpected argument `{arg}{value}`"
        ),
        ErrorKind::InvalidSubcommand => {
            let name = context(error, ContextKind::InvalidSubcommand);
            crate::t!("onbekende opdracht `{name}`", "unknown command `{name}`")
        }
        ErrorKind::InvalidValue => {
            let valid = context(error, ContextKind::ValidValue);
            crate::t!(
                "ongeldige waarde `{value}` voor {arg}; mogelijk: {valid}",
                "invalid value `{value}` for {arg}; possible: {valid}"
            )
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let usage = error.render().to_string();
            let top = super::command();
            // The deepest command named in the usage line is the one missing its subcommand.
            let parent = top
                .get_subcommands()
                .find(|c| usage.contains(&format!("onthaal {} ", c.get_name())))
                .unwrap_or(&top);
            let names: Vec<&str> = parent.get_subcommands().map(|c| c.get_name()).collect();
            let (nl, en) = (or_list(&names, "of"), or_list(&names, "or"));
            crate::t!("geef een opdracht: {nl}", "give a command: {en}")
        }
        ErrorKind::MissingRequiredArgument => {
            crate::t!("ontbrekend argument: {arg}", "missing argument: {arg}")
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(error, ContextKind::PriorArg);
            crate::t!(
                "{arg} kan niet samen met {prior}",
                "{arg} cannot go with {prior}"
            )
        }
        _ => return None,
    };
    let suggestion = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .map(|kind| context(error, kind))
        .find(|s| !s.is_empty())
        .map(|s| {
            crate::t!(
                "\n  hulp: bedoel je `{s}`?",
                "\n  help: did you mean `{s}`?"
            )
        })
        .unwrap_or_default();
    Some(
        crate::t!(
            "fout: {message}{suggestion}\n\nMeer uitleg: onthaal --help\n",
            "error: {message}{suggestion}\n\nMore help: onthaal --help\n"
        )
        .get()
        .to_string(),
    )
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
        .subcommand_value_name("OPDRACHT")
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
    let Some(io) = error
        .chain()
        .find_map(|e| e.downcast_ref::<std::io::Error>())
    else {
        return format!("{error:#}");
    };
    // Our own context, in the user's language, then the system's cause in words.
    let context: Vec<String> = error
        .chain()
        .take_while(|e| e.downcast_ref::<std::io::Error>().is_none())
        .map(ToString::to_string)
        .collect();
    let top = context.join(": ");
    if io.kind() == std::io::ErrorKind::NotFound
        && top.contains(crate::i18n::pick("bestaat niet", "does not exist"))
    {
        return top;
    }
    let cause = super::os_error::in_words(io);
    if top.is_empty() {
        cause
    } else {
        format!("{top}: {cause}")
    }
}

/// clap's own words in a usage line, in Dutch (in English they stand as clap wrote them).
pub fn dutch_words(help: &str) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::Nl => help
            .replace("[OPTIONS]", "[OPTIES]")
            .replace("Usage:", "Gebruik:"),
        crate::i18n::Lang::En => help.to_string(),
    }
}

/// Prints `--help`, `--version` or a rare error as clap renders it, with its usage words
/// in Dutch, on the stream clap would use.
pub fn print_help_or_version(error: &clap::Error) {
    let text = dutch_words(&error.render().to_string());
    if error.use_stderr() {
        eprint!("{text}");
    } else {
        let _ = super::output::to_stdout(|out| write!(out, "{text}"));
    }
}

/// "a, b of c" (with `or` = "of"), "a, b or c".
fn or_list(names: &[&str], or: &str) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {or} {last}", rest.join(", ")),
    }
}
