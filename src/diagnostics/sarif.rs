//! The `sarif` format: SARIF 2.1.0, which code-scanning tools read (GitHub, GitLab,
//! Azure DevOps, editors). One run, the rules that occur, one result per diagnostic.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Diagnostic, Severity};
use crate::rules::Rule;

const SCHEMA: &str = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

pub fn write_sarif(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    // The rules that occur, by code, each with its index for the results.
    let rules: BTreeMap<&str, &Rule> = diagnostics.iter().map(|d| (d.code(), d.rule)).collect();
    let index = |code: &str| rules.keys().position(|c| *c == code);
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "onthaal",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules.values().map(|r| rule(r)).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": diagnostics.iter().map(|d| result(d, index(d.code()))).collect::<Vec<_>>(),
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

fn rule(rule: &Rule) -> Value {
    json!({
        "id": rule.code,
        "shortDescription": {"text": rule.title()},
        "fullDescription": {"text": rule.summary()},
        "help": {"text": rule.explanation(), "markdown": rule.explanation()},
        "defaultConfiguration": {"level": level(rule.severity)},
    })
}

fn result(d: &Diagnostic, rule_index: Option<usize>) -> Value {
    let mut text = d.message.get().to_string();
    if let Some(help) = &d.help {
        text.push_str(crate::i18n::pick("\nhulp: ", "\nhelp: "));
        text.push_str(help.get());
    }
    json!({
        "ruleId": d.code(),
        "ruleIndex": rule_index,
        "level": level(d.severity),
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri(&d.file), "uriBaseId": "%SRCROOT%"},
            "region": {
                "startLine": d.span.line,
                "startColumn": d.span.column,
                "endLine": d.span.line,
                "endColumn": d.span.column + d.span.width,
            },
        }}],
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A relative path as a URI reference: every byte outside the unreserved set and `/`
/// percent-encoded (a space in a file name, say).
fn uri(path: &str) -> String {
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("sarif.json", super::write_sarif);
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            super::uri("faq/één vraag.yaml"),
            "faq/%C3%A9%C3%A9n%20vraag.yaml"
        );
    }
}
