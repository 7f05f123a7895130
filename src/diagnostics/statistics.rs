//! `validate --statistics`: how many findings each rule has, most first (as ruff's
//! `--statistics`), for a first look at a workspace with hundreds of warnings.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{Diagnostic, Severity, human};

/// One line per rule and severity (a workspace's `controles` can make one rule an
/// error in one folder and a warning in another), then the usual count.
pub fn write_statistics(out: &mut dyn Write, diagnostics: &[Diagnostic]) -> io::Result<()> {
    let mut tally: BTreeMap<(&str, Severity), (usize, &Diagnostic)> = BTreeMap::new();
    for d in diagnostics {
        tally.entry((d.code(), d.severity)).or_insert((0, d)).0 += 1;
    }
    let mut rows: Vec<_> = tally.into_iter().collect();
    // Most frequent first; equal counts in code order (the map's order, kept by a
    // stable sort).
    rows.sort_by_key(|(_, (n, _))| std::cmp::Reverse(*n));
    let width = rows.first().map_or(1, |(_, (n, _))| n.to_string().len());
    let mut out = io::BufWriter::new(out);
    for ((code, severity), (n, d)) in &rows {
        let label = severity.label();
        let title = d.rule.title();
        writeln!(out, "{n:>width$}  {code}  {label:<12}  {title}")?;
    }
    human::write_plain_summary(&mut out, diagnostics)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    #[test]
    fn output_is_pinned() {
        super::super::snapshot::check("statistics.txt", |out, d| {
            // The last finding three times: it comes first, before codes that sort
            // earlier, and its count is right-aligned with the others.
            let last = d.last().unwrap();
            let more: Vec<_> = d.iter().chain([last; 2]).cloned().collect();
            super::write_statistics(out, &more)
        });
    }
}
