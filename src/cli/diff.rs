//! `onthaal diff SLUG [--format human|md] [--out FILE]`: how a municipality's charter and
//! playbook differ from the model, section by section (replaced, appended, omitted,
//! added, and drifted); `md` is a review document to attach to a council decision.

use std::path::{Path, PathBuf};

use super::Outcome;
use super::global::Global;
use super::municipalities::find;
use super::output::to_stdout;
use crate::i18n::pick;
use crate::model::document::Document;
use crate::overlay::Model;
use crate::overlay::review::{Entry, Review, review};
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De gemeente, bij haar slug (de naam van haar profiel in charters/, zonder .yaml).
    #[arg(value_name = "SLUG", required_unless_present = "all")]
    slug: Option<String>,

    /// Een overzicht van alle gemeenten: hoeveel wijzigingen elk heeft en hoeveel ervan na te lezen zijn.
    #[arg(long, conflicts_with_all = ["slug", "format", "out"])]
    all: bool,

    /// human: per sectie in de terminal; md: een verslag in Markdown om bij een beslissing van gemeenteraad of college te voegen.
    #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAAT")]
    format: Format,

    /// Schrijf naar dit bestand in plaats van naar het scherm.
    #[arg(long, value_name = "BESTAND")]
    out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Md,
}

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    let (ws, _) = crate::load::load(&root)?;
    let chapters: Vec<&Document> = ws.playbook.iter().map(|l| &l.value).collect();
    let model = Model::new(ws.charter.as_ref().map(|c| &c.value), &chapters);
    let review_of = |m| review(&model, m, &crate::validate::municipal::accepted(&model, m));
    let Some(slug) = &args.slug else {
        let reviews: Vec<Review> = ws.municipalities.iter().map(review_of).collect();
        let text = super::diff_all::overview(&reviews, global.colour_on_stdout());
        to_stdout(|o| write!(o, "{text}"))?;
        // A profile that did not load is not in the overview: say so, not pass it by.
        let unreadable = super::municipalities::unreadable(&ws);
        for slug in &unreadable {
            let message = super::municipalities::unreadable_message(slug).to_string();
            let prefix = pick("fout", "error");
            eprintln!("{prefix}: {}", crate::source::visible_lines(&message));
        }
        return Ok(if unreadable.is_empty() {
            Outcome::Clean
        } else {
            Outcome::ContentErrors
        });
    };
    let m = find(&ws, slug)?;
    let review = review_of(m);
    let text = match args.format {
        Format::Human => human(&review, args.out.is_none() && global.colour_on_stdout()),
        Format::Md => crate::render::review_markdown(&ws, m, &review)?,
    };
    match &args.out {
        Some(path) => {
            let path = crate::output::check_file(&root, path, "md")?;
            crate::output::write_file(&path, text.as_bytes())?
        }
        None => to_stdout(|o| write!(o, "{text}"))?,
    }
    Ok(Outcome::Clean)
}

/// Colours for the terminal, or none.
struct Paint {
    bold: &'static str,
    red: &'static str,
    green: &'static str,
    yellow: &'static str,
    reset: &'static str,
}

const COLOUR: Paint = Paint {
    bold: "\x1b[1m",
    red: "\x1b[31m",
    green: "\x1b[32m",
    yellow: "\x1b[1;33m",
    reset: "\x1b[0m",
};

const PLAIN: Paint = Paint {
    bold: "",
    red: "",
    green: "",
    yellow: "",
    reset: "",
};

fn human(review: &Review, colour: bool) -> String {
    let p = if colour { &COLOUR } else { &PLAIN };
    let mut out = String::new();
    let title = t!(
        "{} ({}) tegenover het model",
        "{} ({}) compared with the model",
        review.naam,
        review.model
    );
    out.push_str(&format!("{}{title}{}\n", p.bold, p.reset));
    if review.entries.is_empty() {
        out.push_str(&format!(
            "{}\n",
            t!(
                "geen wijzigingen: het charter en het draaiboek volgen het model",
                "no changes: the charter and the playbook follow the model"
            )
        ));
        return out;
    }
    let width = review
        .entries
        .iter()
        .map(|e| {
            e.nieuw
                .as_ref()
                .map_or(&e.sectie, |(id, _)| id)
                .chars()
                .count()
        })
        .max()
        .unwrap_or(0);
    for e in &review.entries {
        let mark = match e.stand {
            "missing" => format!(
                "  {}{}{}",
                p.yellow,
                pick(
                    "⚠ sectie bestaat niet meer in het model",
                    "⚠ section no longer in the model"
                ),
                p.reset
            ),
            "drifted" => format!(
                "  {}{}{}",
                p.yellow,
                pick("⚠ model veranderd sinds pin", "⚠ model changed since pin"),
                p.reset
            ),
            "unpinned" => format!("  {}", pick("(nog niet vastgelegd)", "(not pinned yet)")),
            _ => String::new(),
        };
        out.push_str(&format!(
            "  {:<10}{:<12}{:<width$}  {}{mark}\n",
            e.document,
            action_word(e),
            e.nieuw.as_ref().map_or(e.sectie.as_str(), |(id, _)| id),
            heading(e),
        ));
    }
    for e in &review.entries {
        section(&mut out, e, p);
    }
    let summary = t!(
        "{} wijzigingen: {} op een sectie die het model sinds `pin` veranderde, {} op een sectie die het model niet meer heeft, {} nog niet vastgelegd",
        "{} changes: {} on a section the model changed since `pin`, {} on a section the model no longer has, {} not pinned yet",
        review.entries.len(),
        review.drifted,
        review.missing,
        review.unpinned
    );
    out.push_str(&format!("\n{}{summary}{}\n", p.bold, p.reset));
    out
}

fn action_word(e: &Entry) -> &'static str {
    match e.actie {
        "vervangen" => pick("vervangen", "replaced"),
        "aangevuld" => pick("aangevuld", "appended"),
        "geschrapt" => pick("geschrapt", "omitted"),
        _ => pick("toegevoegd", "added"),
    }
}

/// The section's title, or for an added one its own title and where it goes.
fn heading(e: &Entry) -> String {
    match &e.nieuw {
        Some((_, titel)) => t!("{titel} (na {})", "{titel} (after {})", e.sectie).to_string(),
        None => e.titel.clone(),
    }
}

fn section(out: &mut String, e: &Entry, p: &Paint) {
    out.push_str(&format!(
        "\n{}── {} · {} · {} ──{}\n",
        p.bold,
        e.document,
        e.nieuw.as_ref().map_or(e.sectie.as_str(), |(id, _)| id),
        action_word(e),
        p.reset
    ));
    if !e.reden.is_empty() {
        out.push_str(&format!("{}: {}\n", pick("reden", "reason"), e.reden));
    }
    lines(out, &e.verschil, p);
    if e.stand == "missing" {
        missing(out, e, p);
        return;
    }
    if !e.drift.is_empty() {
        out.push_str(&format!(
            "{}{}{}\n",
            p.yellow,
            pick(
                "het model veranderde deze sectie sinds `onthaal pin` (vastgelegd → nu):",
                "the model changed this section since `onthaal pin` (pinned → now):"
            ),
            p.reset
        ));
        lines(out, &e.drift, p);
    }
}

fn lines(out: &mut String, lines: &[String], p: &Paint) {
    for line in lines {
        let colour = match line.get(..2) {
            Some("- ") => p.red,
            Some("+ ") => p.green,
            _ => "",
        };
        let reset = if colour.is_empty() { "" } else { p.reset };
        let line = if line.starts_with("~ ") && !p.red.is_empty() {
            words_in_colour(line, p)
        } else {
            line.clone()
        };
        out.push_str(&format!("  {colour}{line}{reset}\n"));
    }
}

/// `[-old-]{+new+}` in red and green, without the brackets.
fn words_in_colour(line: &str, p: &Paint) -> String {
    line.replace("[-", p.red)
        .replace("-]", p.reset)
        .replace("{+", p.green)
        .replace("+}", p.reset)
}

/// A change on a section the model dropped: what the section said when pinned, and the
/// municipality's own text, so that it can be moved or dropped on purpose.
fn missing(out: &mut String, e: &Entry, p: &Paint) {
    out.push_str(&format!(
        "{}{}{}\n",
        p.yellow,
        pick(
            "het model heeft deze sectie niet meer (geschrapt of hernoemd); zoek waar haar tekst nu staat (onthaal validate stelt een sectie voor) of laat je wijziging vallen",
            "the model no longer has this section (removed or renamed); find where its text stands now (onthaal validate suggests a section) or drop your change"
        ),
        p.reset
    ));
    if !e.model_md.is_empty() {
        out.push_str(&format!(
            "{}\n",
            pick(
                "het model, toen je vastlegde:",
                "the model, when you pinned:"
            )
        ));
        for line in e.model_md.lines() {
            out.push_str(&format!("  {}- {line}{}\n", p.red, p.reset));
        }
    }
    if !e.eigen_md.is_empty() {
        out.push_str(&format!("{}\n", pick("jouw tekst:", "your text:")));
        for line in e.eigen_md.lines() {
            out.push_str(&format!("  {}+ {line}{}\n", p.green, p.reset));
        }
    }
}
