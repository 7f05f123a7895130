//! The 8 B's as a self-assessment: a CSV a meldpunt fills in (Excel opens it as is), and
//! a score per B. The checklist's check items are the questions; the answers are
//! `ja`, `deels`, `nee` or `nvt` (niet van toepassing).

mod report;
mod sheet;

pub use report::{Score, score};
pub use sheet::{Answer, Answers, Row, decode, read_answers, template};

/// The answer words, as the CSV holds them.
pub const ANSWERS: &[&str] = &["ja", "deels", "nee", "nvt"];
