//! `onthaal diff --all`: one line per municipality, with how many of its changes sit on a
//! model section that changed or disappeared, or were never pinned. After a model
//! update this is the list of editions that need a reader, as `cruft check` is for
//! projects made from a template.

use crate::i18n::pick;
use crate::overlay::review::Review;
use crate::t;

/// The overview of `reviews`, in the workspace's order of municipalities, with the ones
/// to review named at the end.
pub fn overview(reviews: &[Review], colour: bool) -> String {
    let (bold, warn, reset) = if colour {
        ("\x1b[1m", "\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let head = [
        pick("gemeente", "municipality"),
        pick("model", "model"),
        pick("wijzigingen", "changes"),
        pick("model veranderd", "model changed"),
        pick("niet meer in model", "gone from model"),
        pick("niet vastgelegd", "not pinned"),
    ];
    let rows: Vec<[String; 6]> = reviews
        .iter()
        .map(|r| {
            [
                r.naam.clone(),
                r.model.clone(),
                r.entries.len().to_string(),
                r.drifted.to_string(),
                r.missing.to_string(),
                r.unpinned.to_string(),
            ]
        })
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|row| row[i].chars().count())
            .chain([head[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..6).map(width).collect();
    let mut out = format!(
        "{bold}{}{reset}\n",
        line(&head.map(String::from), &widths, "")
    );
    for (row, review) in rows.iter().zip(reviews) {
        let marked = if needs_reading(review) { warn } else { "" };
        let text = line(row, &widths, marked);
        let reset = if marked.is_empty() { "" } else { reset };
        out.push_str(&format!("{text}{reset}\n"));
    }
    out.push('\n');
    out.push_str(&summary(reviews));
    out
}

/// Name and model to the left, counts to the right; `mark` (a colour) before the
/// counts that ask for reading.
fn line(cells: &[String; 6], widths: &[usize], mark: &str) -> String {
    let [name, model, changes, drifted, missing, unpinned] = cells;
    let [w0, w1, w2, w3, w4, w5] = [0, 1, 2, 3, 4, 5].map(|i| widths[i]);
    format!(
        "{name:<w0$}  {model:<w1$}  {changes:>w2$}  {mark}{drifted:>w3$}  {missing:>w4$}  {unpinned:>w5$}"
    )
}

fn needs_reading(r: &Review) -> bool {
    r.drifted + r.missing + r.unpinned > 0
}

fn summary(reviews: &[Review]) -> String {
    let to_read: Vec<&str> = reviews
        .iter()
        .filter(|r| needs_reading(r))
        .map(|r| r.slug.as_str())
        .collect();
    match (reviews.len(), to_read.as_slice()) {
        (0, _) => t!(
            "geen gemeenten in charters/ (maak er een met `onthaal new municipality`)\n",
            "no municipalities in charters/ (create one with `onthaal new municipality`)\n"
        )
        .to_string(),
        (n, []) => t!(
            "{}, geen wijzigingen om na te lezen\n",
            "{}, no changes to review\n",
            municipalities(n)
        )
        .to_string(),
        (n, slugs) => t!(
            "{}, {} met wijzigingen om na te lezen: {} (`onthaal diff SLUG` toont ze, `onthaal pin SLUG` legt ze daarna vast)\n",
            "{}, {} with changes to review: {} (`onthaal diff SLUG` shows them, `onthaal pin SLUG` pins them afterwards)\n",
            municipalities(n),
            slugs.len(),
            slugs.join(", ")
        )
        .to_string(),
    }
}

fn municipalities(n: usize) -> String {
    crate::diagnostics::counted(
        n,
        ("gemeente", "gemeenten"),
        ("municipality", "municipalities"),
    )
}
