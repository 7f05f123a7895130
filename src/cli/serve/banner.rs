//! The banner a served page shows when the latest build had problems: errors (the page
//! is then the last good build) or warnings, the first few in full.

use super::site::Status;
use crate::diagnostics::{Diagnostic, Severity, counted, counts};

/// HTML-escaped text, the same escaping the templates use.
fn escape(text: &str) -> String {
    minijinja::HtmlEscape(text).to_string()
}

/// At most this many diagnostics are spelled out; the terminal has them all.
const SHOWN: usize = 10;

/// The banner's HTML, or nothing when the build was clean. Every text is escaped.
pub fn html(status: &Status) -> String {
    let (errors, warnings) = counts(&status.diagnostics);
    if status.diagnostics.is_empty() && !status.failed {
        return String::new();
    }
    let (errors, warnings) = (
        counted(errors, ("fout", "fouten"), ("error", "errors")),
        counted(
            warnings,
            ("waarschuwing", "waarschuwingen"),
            ("warning", "warnings"),
        ),
    );
    let (colour, summary) = if status.failed {
        (
            "#8a1c1c",
            crate::t!(
                "De laatste bouw is mislukt ({errors}, {warnings}); deze pagina toont de vorige geslaagde bouw.",
                "The last build failed ({errors}, {warnings}); this page shows the previous good build."
            ),
        )
    } else {
        (
            "#6b4e00",
            crate::t!(
                "{warnings} bij de laatste bouw.",
                "{warnings} in the last build."
            ),
        )
    };
    let items: String = status.diagnostics.iter().take(SHOWN).map(item).collect();
    let more = status.diagnostics.len().saturating_sub(SHOWN);
    let rest = if more > 0 {
        let more = crate::t!(
            "… en nog {more}; de terminal toont ze allemaal.",
            "… and {more} more; the terminal shows them all."
        );
        format!("<li>{more}</li>")
    } else {
        String::new()
    };
    format!(
        "<aside id=\"onthaal-serve\" role=\"alert\" style=\"position:sticky;bottom:0;margin:0;padding:0.75rem 1rem;background:#fff;color:#1a1a1a;border-top:4px solid {colour};font:0.95rem/1.4 system-ui,sans-serif;max-height:35vh;overflow:auto\"><p style=\"margin:0 0 0.5rem;font-weight:bold;color:{colour}\">onthaal serve: {}</p><ul style=\"margin:0;padding-left:1.25rem\">{items}{rest}</ul></aside>\n",
        escape(summary.get())
    )
}

fn item(d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => crate::i18n::pick("fout", "error"),
        Severity::Warning => crate::i18n::pick("waarschuwing", "warning"),
    };
    let help_word = crate::i18n::pick("hulp", "help");
    let help = d
        .help
        .as_ref()
        .map(|h| format!(" — {help_word}: {}", escape(h.get())))
        .unwrap_or_default();
    format!(
        "<li><code>{}:{}:{}</code> {level}[{}]: {}{help}</li>",
        escape(&d.file),
        d.span.line,
        d.span.column,
        d.code(),
        escape(d.message.get()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clean_build_has_no_banner_and_content_is_escaped() {
        assert_eq!(html(&Status::default()), "");
        let file = crate::source::SourceFile::new("faq/a.yaml", "faq/a.yaml", "x: <b>\n".into());
        let d = Diagnostic::new(
            "V002",
            &file,
            crate::source::Span::new(1, 4, 3),
            crate::t!("onbekend `<script>`", "unknown `<script>`"),
        );
        let status = Status {
            generation: 2,
            diagnostics: vec![d],
            failed: true,
        };
        let banner = html(&status);
        assert!(banner.contains("De laatste bouw is mislukt (1 fout, 0 waarschuwingen)"));
        assert!(
            banner
                .contains("<code>faq&#x2f;a.yaml:1:4</code> fout[V002]: onbekend `&lt;script&gt;`"),
            "{banner}"
        );
        assert!(!banner.contains("<script>"), "{banner}");
    }
}
