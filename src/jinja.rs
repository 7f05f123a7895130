//! minijinja as onthaal runs it, shared by loading (an override's syntax) and rendering:
//! the limits every template runs within, and its errors said in Dutch at their place in
//! the template (T001 a broken template, T002 one that works too long or too deep, T003
//! a page that grows too large).

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::source::{SourceFile, Span};

/// Steps one template may take for one page (minijinja's fuel, which also bounds the
/// memory a template allocates, about 64 bytes a step). The largest built-in page, the
/// printable handbook of this repository, takes well under a tenth of it.
pub const FUEL: u64 = 2_000_000;

/// How deep includes, macros and loops may nest.
pub const RECURSION: usize = 100;

/// The largest page a template may write; the printable handbook is far below it.
pub const MAX_PAGE_BYTES: usize = 32 * 1024 * 1024;

/// Template problems that stop a build, like content errors (exit 1): each at its place
/// in the template.
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.diagnostics.first() {
            Some(d) => write!(
                f,
                "{}:{}:{}: {}",
                d.file, d.span.line, d.span.column, d.message
            ),
            None => f.write_str(crate::i18n::pick(
                "fout in een sjabloon",
                "error in a template",
            )),
        }
    }
}

impl std::error::Error for Failure {}

/// A page being written that refuses to grow past [`MAX_PAGE_BYTES`]; minijinja stops
/// the template at the first refused write.
#[derive(Debug, Default)]
pub struct Bounded(pub Vec<u8>);

impl std::io::Write for Bounded {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.0.len() + bytes.len() > MAX_PAGE_BYTES {
            return Err(std::io::ErrorKind::FileTooLarge.into());
        }
        self.0.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The diagnostic for `error`, raised by the template whose text is `file`.
pub fn diagnostic(error: &minijinja::Error, file: &SourceFile) -> Diagnostic {
    let span = match (error.range(), error.line()) {
        (Some(range), _) if range.end <= file.text.len() => file.span(range.start, range.end),
        (_, Some(line)) => Span::new(line, 1, file.line(line).chars().count()),
        _ => Span::file_start(),
    };
    let (code, message, help) = describe(error);
    Diagnostic::new(code, file, span, message).with_help(help)
}

/// The rule code, message and help for `error`.
fn describe(error: &minijinja::Error) -> (&'static str, Text, Text) {
    use minijinja::ErrorKind as K;
    let detail = error.detail().unwrap_or_default();
    let fix = crate::t!(
        "kijk het sjabloon na op deze plaats; `onthaal explain T001` zegt wat een sjabloon mag",
        "check the template at this place; `onthaal explain T001` says what a template may do"
    );
    let (nl, en): (String, String) = match error.kind() {
        K::OutOfFuel => return too_long(),
        K::InvalidOperation if detail.contains("recursion limit") => return too_long(),
        // Our own formatter says this in Dutch already.
        K::InvalidOperation if detail.starts_with("een lijst of object") => (
            detail.to_string(),
            "a list or object cannot be shown as text on the page".into(),
        ),
        K::WriteFailure => return too_large(),
        K::SyntaxError => (
            format!("syntaxfout in het sjabloon: {}", syntax_in_dutch(detail)),
            format!("syntax error in the template: {detail}"),
        ),
        K::UndefinedError => (
            "deze waarde bestaat niet in de gegevens van de pagina".into(),
            "this value does not exist in the page's data".into(),
        ),
        K::UnknownFilter => named("onbekende filter", "unknown filter", detail),
        K::UnknownFunction => named("onbekende functie", "unknown function", detail),
        K::UnknownTest => named("onbekende test", "unknown test", detail),
        K::UnknownMethod => named("onbekende methode", "unknown method", detail),
        K::TemplateNotFound => named("onbekend sjabloon", "unknown template", detail),
        K::TooManyArguments => ("te veel argumenten".into(), "too many arguments".into()),
        K::MissingArgument => (
            "er ontbreekt een argument".into(),
            "an argument is missing".into(),
        ),
        K::InvalidOperation | K::NonPrimitive | K::NonKey | K::CannotUnpack => (
            "deze bewerking kan niet met deze waarde".into(),
            "this operation cannot be done with this value".into(),
        ),
        _ => (
            "fout in het sjabloon".into(),
            "error in the template".into(),
        ),
    };
    ("T001", Text::new(nl, en), fix)
}

/// `onbekende filter `x``: the name minijinja puts in its detail (`filter x is unknown`,
/// `template "x" does not exist`), when it gives one.
fn named(nl: &str, en: &str, detail: &str) -> (String, String) {
    let quoted = detail.split('"').nth(1);
    let before_is = detail
        .strip_suffix(" is unknown")
        .and_then(|rest| rest.split_whitespace().last());
    match quoted.or(before_is) {
        Some(name) => (format!("{nl} `{name}`"), format!("{en} `{name}`")),
        None => (nl.to_string(), en.to_string()),
    }
}

fn too_long() -> (&'static str, Text, Text) {
    (
        "T002",
        crate::t!(
            "het sjabloon werkt te lang of nest te diep (meer dan {FUEL} stappen of {RECURSION} niveaus)",
            "the template works too long or nests too deep (over {FUEL} steps or {RECURSION} levels)"
        ),
        crate::t!(
            "zoek een lus die niet ophoudt of te groot is (zoals `range(100000)` in `range(100000)`), of een macro die zichzelf oproept",
            "look for a loop that does not end or is too large (such as `range(100000)` inside `range(100000)`), or a macro that calls itself"
        ),
    )
}

fn too_large() -> (&'static str, Text, Text) {
    let limit = MAX_PAGE_BYTES / (1024 * 1024);
    (
        "T003",
        crate::t!(
            "de pagina wordt groter dan {limit} MiB",
            "the page grows larger than {limit} MiB"
        ),
        crate::t!(
            "zoek een lus die te veel herhaalt; een pagina van het handboek is nooit zo groot",
            "look for a loop that repeats too often; no page of the handbook is that large"
        ),
    )
}

/// minijinja's syntax messages are `unexpected X, expected Y` and a few fixed phrases;
/// said in Dutch, with the template's own tokens between backticks.
fn syntax_in_dutch(detail: &str) -> String {
    if let Some(rest) = detail.strip_prefix("unexpected ")
        && let Some((found, wanted)) = rest.split_once(", expected ")
    {
        return format!(
            "{} staat hier onverwacht; verwacht: {}",
            token(found),
            token(wanted)
        );
    }
    let known = [
        (
            "unexpected end of string",
            "een tekst tussen aanhalingstekens sluit niet",
        ),
        (
            "unexpected end of comment",
            "een commentaar ({# … #}) sluit niet",
        ),
        ("unexpected end of raw block", "een raw-blok sluit niet"),
        ("unexpected character", "een teken dat hier niet kan staan"),
        (
            "unexpected input after end of variable block",
            "tekst na het einde van {{ … }}",
        ),
        ("expected a filter", "na | moet een filter staan"),
        ("empty subscript", "lege [ ]"),
    ];
    known
        .iter()
        .find(|(en, _)| detail.starts_with(en))
        .map_or_else(|| format!("`{detail}`"), |(_, nl)| (*nl).to_string())
}

/// A token from minijinja's message in words: its fixed phrases in Dutch, the rest as
/// written.
fn token(text: &str) -> String {
    match text {
        "end of input" => "het einde van het sjabloon".into(),
        "end of block" => "het einde van het blok (%})".into(),
        "end of variable block" => "het einde van de uitdrukking (}})".into(),
        "identifier" => "een naam".into(),
        "expression" => "een uitdrukking".into(),
        "string" => "een tekst tussen aanhalingstekens".into(),
        other => format!("`{}`", other.trim_matches('`')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(template: &str) -> (String, usize, usize, String) {
        let env = minijinja::Environment::new();
        let error = env.template_from_str(template).unwrap_err();
        let file = SourceFile::new(
            "templates/html/home.html",
            "home.html",
            template.to_string(),
        );
        let d = diagnostic(&error, &file);
        (
            d.code().to_string(),
            d.span.line,
            d.span.column,
            d.message.nl,
        )
    }

    #[test]
    fn syntax_errors_are_said_in_dutch_at_their_place() {
        assert_eq!(
            said("<p>\n{% if x %}\nja\n"),
            ("T001".into(), 2, 11, "syntaxfout in het sjabloon: het einde van het sjabloon staat hier onverwacht; verwacht: het einde van het blok (%})".into())
        );
        assert_eq!(
            said("<p>{{ x | }}</p>"),
            ("T001".into(), 1, 11, "syntaxfout in het sjabloon: het einde van de uitdrukking (}}) staat hier onverwacht; verwacht: een naam".into())
        );
        assert_eq!(
            said("<p>{{ \"open }}</p>").3,
            "syntaxfout in het sjabloon: een tekst tussen aanhalingstekens sluit niet"
        );
    }
}
