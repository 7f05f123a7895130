//! Scoring a filled sheet: per B, how many items are met (ja counts 2, deels 1, nee 0;
//! nvt and open items do not count), as a whole percentage.

use serde::Serialize;

use super::answers::{Answer, Answers};
use crate::diagnostics::Diagnostic;
use crate::model::checklist::Checklist;

/// The result for one B.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    pub id: String,
    pub naam: String,
    pub ja: usize,
    pub deels: usize,
    pub nee: usize,
    pub nvt: usize,
    /// Items without an answer, in the sheet or missing from it.
    pub open: usize,
    /// `None` when nothing that counts was answered.
    pub procent: Option<u32>,
}

/// Scores `answers` against `checklist`; rows naming no B or item are diagnostics.
pub fn score(checklist: &Checklist, answers: &Answers) -> (Vec<Score>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    for row in &answers.rows {
        let known = checklist.criteria.iter().find(|b| b.id == row.b);
        if known.is_none_or(|b| row.nr == 0 || row.nr > b.controlepunten.len()) {
            let (nr, b) = (row.nr, &row.b);
            problems.push(
                Diagnostic::new(
                    "S003",
                    &answers.file,
                    row.span,
                    crate::t!(
                        "controlepunt {nr} van `{b}` staat niet (meer) in de 8 B's",
                        "check item {nr} of `{b}` is not (or no longer) in the 8 B's"
                    ),
                )
                .with_help(crate::t!(
                    "maak een nieuw invulblad met `onthaal zelfevaluatie sjabloon` en neem je antwoorden over",
                    "make a new sheet with `onthaal zelfevaluatie sjabloon` and copy your answers over"
                )),
            );
        }
    }
    let scores = checklist
        .criteria
        .iter()
        .map(|b| {
            let answer = |nr: usize| {
                let mut rows = answers.rows.iter().filter(|r| r.b == b.id && r.nr == nr);
                rows.next_back().map_or(Answer::Open, |r| r.answer)
            };
            let given: Vec<Answer> = (1..=b.controlepunten.len()).map(answer).collect();
            tally(&b.id, &b.naam, &given)
        })
        .collect();
    (scores, problems)
}

fn tally(id: &str, naam: &str, given: &[Answer]) -> Score {
    let count = |a: Answer| given.iter().filter(|g| **g == a).count();
    let (ja, deels, nee) = (count(Answer::Yes), count(Answer::Partly), count(Answer::No));
    let counted = ja + deels + nee;
    let procent = (counted > 0).then(|| {
        let points = 2 * ja + deels;
        u32::try_from((points * 100 + counted) / (2 * counted)).unwrap_or(100)
    });
    Score {
        id: id.to_string(),
        naam: naam.to_string(),
        ja,
        deels,
        nee,
        nvt: count(Answer::NotApplicable),
        open: count(Answer::Open),
        procent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_counts_two_partly_one_and_nvt_not_at_all() {
        use Answer::*;
        let s = tally("b", "B", &[Yes, Partly, No, NotApplicable, Open]);
        assert_eq!((s.ja, s.deels, s.nee, s.nvt, s.open), (1, 1, 1, 1, 1));
        assert_eq!(s.procent, Some(50));
        assert_eq!(tally("b", "B", &[Yes, Yes, Partly]).procent, Some(83));
        assert_eq!(tally("b", "B", &[Open, NotApplicable]).procent, None);
    }
}
