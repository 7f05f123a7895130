//! Test support: the same few diagnostics for every format, and a snapshot per format
//! in `snapshots/` (`ONTHAAL_BLESS=1` rewrites them after a deliberate change).

use std::io::{self, Write};
use std::path::Path;

use super::Diagnostic;
use crate::source::{SourceFile, Span};

/// An error with help, a warning, and a message with characters every format escapes.
pub fn sample() -> Vec<Diagnostic> {
    let blueprint = SourceFile::new(
        "blueprints/warm meldpunt.yaml",
        "blueprints/warm meldpunt.yaml",
        "model: warm-meldpunt\nstappen:\n  - drempels: [angst-repercussie]\n".to_string(),
    );
    let reference = SourceFile::new(
        "reference/organen.yaml",
        "reference/organen.yaml",
        "organen:\n  - id: unia\n    herzien: 2024-01-05\n".to_string(),
    );
    vec![
        Diagnostic::new(
            "V002",
            &blueprint,
            Span::new(3, 17, 17),
            crate::t!(
                "onbekende drempel `angst-repercussie`",
                "unknown barrier `angst-repercussie`"
            ),
        )
        .with_help(crate::t!(
            "bedoel je `angst-repercussies`?",
            "did you mean `angst-repercussies`?"
        )),
        Diagnostic::new(
            "V006",
            &reference,
            Span::new(3, 14, 10),
            crate::t!(
                "nagekeken op 2024-01-05, meer dan 12 maanden <geleden> & \"oud\"",
                "reviewed on 2024-01-05, more than 12 months <ago> & \"old\""
            ),
        ),
    ]
}

/// Writes the sample with `write` and compares it with `snapshots/<name>`.
pub fn check(name: &str, write: fn(&mut dyn Write, &[Diagnostic]) -> io::Result<()>) {
    let mut out = Vec::new();
    write(&mut out, &sample()).unwrap();
    let actual = String::from_utf8(out).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/diagnostics/snapshots")
        .join(name);
    if std::env::var_os("ONTHAAL_BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} wijkt af (ONTHAAL_BLESS=1 schrijft hem opnieuw)\n--- gekregen\n{actual}",
        path.display()
    );
}
