//! The `gitlab` format: a GitLab code quality report, shown in merge requests. Each
//! issue has a fingerprint that stays the same while the problem stays, so GitLab can
//! tell new problems from fixed ones.

use std::collections::HashSet;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Diagnostic, Severity};

pub fn write_gitlab(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let mut taken = HashSet::new();
    let issues: Vec<Value> = diagnostics
        .iter()
        .map(|d| issue(d, fingerprint(d, &mut taken)))
        .collect();
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)
}

fn issue(d: &Diagnostic, fingerprint: String) -> Value {
    json!({
        "description": format!("{}: {}", d.code(), d.message.get()),
        "check_name": d.code(),
        "fingerprint": fingerprint,
        "severity": match d.severity {
            Severity::Error => "major",
            Severity::Warning => "minor",
        },
        "location": {
            "path": d.file,
            "positions": {
                "begin": {"line": d.span.line, "column": d.span.column},
                "end": {"line": d.span.line, "column": d.span.column + d.span.width},
            },
        },
    })
}

/// A hash of the rule, the file and the (Dutch) message, not of the line: moving a
/// problem keeps its fingerprint. The same problem twice in a file gets a counter.
fn fingerprint(d: &Diagnostic, taken: &mut HashSet<u64>) -> String {
    let base = [d.code(), "\0", &d.file, "\0", &d.message.nl].concat();
    let mut hash = fnv1a(base.as_bytes());
    let mut counter = 0u32;
    while !taken.insert(hash) {
        counter += 1;
        hash = fnv1a(format!("{base}\0{counter}").as_bytes());
    }
    format!("{hash:016x}")
}

/// FNV-1a, 64 bits: stable across runs, machines and Rust versions (std's hasher is not).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("gitlab.json", write_gitlab);
    }

    #[test]
    fn the_same_problem_twice_gets_two_fingerprints() {
        let d = &crate::diagnostics::snapshot::sample()[0];
        let mut taken = HashSet::new();
        let first = fingerprint(d, &mut taken);
        assert_ne!(first, fingerprint(d, &mut taken));
        assert_eq!(first, fingerprint(d, &mut HashSet::new()));
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
