//! The 8 B's as a self-assessment: a CSV a meldpunt fills in (Excel opens it as is), and
//! a score per B. The checklist's check items are the questions; the answers are
//! `ja`, `deels`, `nee` or `nvt` (niet van toepassing).

mod answers;
mod report;
mod sheet;

pub use answers::{Answer, Answers, Row, parse_answers, read_answers};
pub use report::{Score, score};
pub use sheet::{SHEET, template};

/// The answer words, as the CSV holds them.
pub const ANSWERS: &[&str] = &["ja", "deels", "nee", "nvt"];
