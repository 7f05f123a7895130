//! M010–M014: the `controles` of onthaal.yaml (rules to ignore, warnings to count as
//! errors, per path pattern), checked and then applied to what the rules found.

use globset::{Glob, GlobBuilder, GlobMatcher};

use crate::diagnostics::{Diagnostic, Severity};
use crate::load::{Loaded, Workspace};
use crate::model::manifest::Manifest;
use crate::rules::{self, RULES, Rule};

/// What the workspace asks: per scope (all files, or files matching a pattern), which
/// rules to leave out and which warnings to raise.
#[derive(Default)]
struct Policy {
    scopes: Vec<Scope>,
}

struct Scope {
    /// `None`: every file.
    pattern: Option<GlobMatcher>,
    ignore: Vec<&'static str>,
    strict: Vec<&'static str>,
}

/// Checks the workspace's `controles` and applies them to `found` (which may include
/// what the check itself reports).
pub fn apply(workspace: &Workspace, mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let Some(manifest) = &workspace.manifest else {
        return found;
    };
    let policy = read(manifest, workspace, &mut found);
    found
        .into_iter()
        .filter_map(|mut d| {
            let scopes = policy.scopes.iter().filter(|s| s.covers(&d.file));
            let mut strict = false;
            for scope in scopes {
                if scope.ignore.contains(&d.code()) && d.rule.can_be_ignored() {
                    return None;
                }
                strict |= scope.strict.contains(&d.code());
            }
            if strict {
                d.severity = Severity::Error;
            }
            Some(d)
        })
        .collect()
}

impl Scope {
    fn covers(&self, file: &str) -> bool {
        self.pattern.as_ref().is_none_or(|p| p.is_match(file))
    }
}

fn read(manifest: &Loaded<Manifest>, ws: &Workspace, out: &mut Vec<Diagnostic>) -> Policy {
    let settings = &manifest.value.controles;
    let mut policy = Policy::default();
    let at = "controles";
    policy.scopes.push(Scope {
        pattern: None,
        ignore: codes(
            manifest,
            &format!("{at}.negeren"),
            &settings.negeren,
            out,
            true,
        ),
        strict: codes(
            manifest,
            &format!("{at}.als_fout"),
            &settings.als_fout,
            out,
            false,
        ),
    });
    for (i, entry) in settings.per_pad.iter().enumerate() {
        let at = format!("{at}.per_pad[{i}]");
        let Some(pattern) = pattern(manifest, &format!("{at}.pad"), &entry.pad, ws, out) else {
            continue;
        };
        policy.scopes.push(Scope {
            pattern: Some(pattern),
            ignore: codes(
                manifest,
                &format!("{at}.negeren"),
                &entry.negeren,
                out,
                true,
            ),
            strict: codes(
                manifest,
                &format!("{at}.als_fout"),
                &entry.als_fout,
                out,
                false,
            ),
        });
    }
    policy
}

/// The registered codes in `given`; the others are reported where they stand.
fn codes(
    manifest: &Loaded<Manifest>,
    path: &str,
    given: &[String],
    out: &mut Vec<Diagnostic>,
    ignoring: bool,
) -> Vec<&'static str> {
    let mut found = Vec::new();
    for (i, code) in given.iter().enumerate() {
        let span = manifest.spans.value(&format!("{path}[{i}]"));
        let here = |code, message| Diagnostic::new(code, &manifest.file, span, message);
        let Some(rule) = rules::find(code) else {
            out.push(here("M010", unknown(code)).with_help(suggestion(code)));
            continue;
        };
        if ignoring && !rule.can_be_ignored() {
            out.push(here("M011", crate::t!(
                "`{}` kan niet uitgeschakeld worden", "`{}` cannot be switched off", rule.code
            )).with_help(crate::t!(
                "een laadfout betekent dat het bestand niet gelezen is; los de fout in het bestand op",
                "a load error means the file was not read; fix the error in the file"
            )));
            continue;
        }
        if !ignoring && rule.severity == Severity::Error {
            out.push(already_an_error(here(
                "M013",
                crate::t!("`{}` is al een fout", "`{}` is already an error", rule.code),
            )));
        }
        found.push(rule.code);
    }
    found
}

fn unknown(code: &str) -> crate::i18n::Text {
    crate::t!("onbekende code `{code}`", "unknown code `{code}`")
}

fn suggestion(code: &str) -> crate::i18n::Text {
    let upper = code.to_ascii_uppercase();
    match crate::suggest::did_you_mean(&upper, RULES.iter().map(|r: &Rule| r.code)) {
        Some(near) => crate::t!("bedoel je `{near}`?", "did you mean `{near}`?"),
        None => crate::t!(
            "`onthaal explain` toont alle codes",
            "`onthaal explain` lists every code"
        ),
    }
}

fn already_an_error(d: Diagnostic) -> Diagnostic {
    d.with_help(crate::t!(
        "`als_fout` maakt alleen van waarschuwingen een fout; haal de code hier weg",
        "`als_fout` only turns warnings into errors; remove the code here"
    ))
}

/// The compiled pattern at `path`; a pattern that is broken or matches no file is reported.
fn pattern(
    manifest: &Loaded<Manifest>,
    path: &str,
    text: &str,
    ws: &Workspace,
    out: &mut Vec<Diagnostic>,
) -> Option<GlobMatcher> {
    let span = manifest.spans.value(path);
    let compiled = GlobBuilder::new(text)
        .literal_separator(true)
        .build()
        .map(|glob: Glob| glob.compile_matcher());
    let Ok(matcher) = compiled else {
        out.push(
            Diagnostic::new("M012", &manifest.file, span, crate::t!(
                "ongeldig padpatroon `{text}`", "invalid path pattern `{text}`"
            ))
            .with_help(crate::t!(
                "gebruik `*` binnen een map, `**` over mappen heen en `?` voor één teken, zoals `faq/*.yaml`",
                "use `*` within a folder, `**` across folders and `?` for one character, such as `faq/*.yaml`"
            )),
        );
        return None;
    };
    if !ws.files.iter().any(|f| matcher.is_match(f)) {
        out.push(
            Diagnostic::new(
                "M014",
                &manifest.file,
                span,
                crate::t!(
                    "het padpatroon `{text}` treft geen enkel bestand",
                    "the path pattern `{text}` matches no file"
                ),
            )
            .with_help(crate::t!(
                "een pad begint bij de map van het handboek, zoals `faq/*.yaml` of `charters/**`",
                "a path starts at the handbook's folder, such as `faq/*.yaml` or `charters/**`"
            )),
        );
    }
    Some(matcher)
}
