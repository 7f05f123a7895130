//! What `onthaal route` says before an answer (how it read the words) and instead of
//! one (a question back, with the options to choose from and a command to try).

use std::io::{self, Write};

use super::Question;
use super::Wegwijzer;
use super::index::Target;
use super::query::Reading;
use crate::t;

/// `Gelezen: zwanger → Geslacht · werk → Werk en werkvloer`, and the words not used.
pub fn reading(out: &mut dyn Write, w: &Wegwijzer, reading: &Reading) -> io::Result<()> {
    let read: Vec<String> = reading
        .groups
        .iter()
        .map(|g| {
            let names: Vec<&str> = g.targets.iter().map(|t| name(w, *t)).collect();
            format!("{} → {}", g.text, names.join(" / "))
        })
        .collect();
    if !read.is_empty() {
        writeln!(out, "{} {}", t!("Gelezen:", "Read as:"), read.join(" · "))?;
    }
    if !reading.unknown.is_empty() {
        let words = reading.unknown.join(", ");
        let line = t!("Niet herkend: {words}", "Not recognised: {words}");
        writeln!(out, "{line}")?;
    }
    writeln!(out)
}

fn name<'a>(w: &Wegwijzer<'a>, target: Target) -> &'a str {
    match target {
        Target::Criterium(i) => &w.criteria[i].naam,
        Target::Domein(i) => &w.domeinen[i].naam,
    }
}

/// Each question with its options (id and name) and a command that answers it.
pub fn questions(out: &mut dyn Write, reading: &Reading, questions: &[Question]) -> io::Result<()> {
    for question in questions {
        let (word, options): (Option<&str>, Vec<(&str, &str)>) = match question {
            Question::Criterium { word, options } => (
                word.as_deref(),
                options
                    .iter()
                    .map(|c| (c.id.as_str(), c.naam.as_str()))
                    .collect(),
            ),
            Question::Domein { word, options } => (
                word.as_deref(),
                options
                    .iter()
                    .map(|d| (d.id.as_str(), d.naam.as_str()))
                    .collect(),
            ),
        };
        let is_criterion = matches!(question, Question::Criterium { .. });
        writeln!(out, "{}", heading(word, is_criterion))?;
        let width = options.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
        for (id, naam) in &options {
            writeln!(out, "  {id:<width$}  {naam}")?;
        }
        if let Some((first, _)) = options.first() {
            let example = example(reading, word, first);
            let line = t!("Bijvoorbeeld: {example}", "For example: {example}");
            writeln!(out, "{line}\n")?;
        }
    }
    Ok(())
}

/// "Which one do you mean by this word?", or "which one was it?" when no word named any.
fn heading(word: Option<&str>, is_criterion: bool) -> crate::i18n::Text {
    match (word, is_criterion) {
        (Some(word), true) => t!(
            "Welk kenmerk bedoel je met ‘{word}’? De antwoorden verschillen.",
            "Which ground do you mean by ‘{word}’? The answers differ."
        ),
        (Some(word), false) => t!(
            "Welk domein bedoel je met ‘{word}’? De antwoorden verschillen.",
            "Which domain do you mean by ‘{word}’? The answers differ."
        ),
        (None, true) => t!(
            "Om welk kenmerk van de melder ging het? Noem het, bijvoorbeeld:",
            "Which characteristic of the person was it about? Name it, for example:"
        ),
        (None, false) => t!(
            "Waar gebeurde het? Noem het domein, bijvoorbeeld:",
            "Where did it happen? Name the domain, for example:"
        ),
    }
}

/// `onthaal route moslim openbaar-vervoer-de-lijn`: the words read, the unclear one
/// replaced by an option.
fn example(reading: &Reading, unclear: Option<&str>, option: &str) -> String {
    let mut words: Vec<&str> = reading
        .groups
        .iter()
        .map(|g| g.text.as_str())
        .filter(|text| Some(*text) != unclear)
        .collect();
    words.push(option);
    format!("onthaal route {}", words.join(" "))
}
