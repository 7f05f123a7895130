//! The wegwijzer's answer as plain text, the way `onthaal route` prints it: what the
//! words were read as, the body (or that the sources leave the case open), the caveats
//! with the answer that holds in their case, the source and its review state.

use std::io::{self, Write};

use super::{Answer, Note, Outcome, Route, Understood, Wegwijzer, checked};
use crate::model::reference::{Criterium, Domein, Niveau, Orgaan};
use crate::t;

/// Writes what the wegwijzer made of a query.
pub fn write(out: &mut dyn Write, w: &Wegwijzer, understood: &Understood) -> io::Result<()> {
    super::ask_text::reading(out, w, &understood.reading)?;
    match &understood.outcome {
        Outcome::Answer {
            answer,
            criteria_alike,
            domains_alike,
            gave_way,
        } => {
            header(out, answer, criteria_alike, domains_alike)?;
            for other in gave_way {
                let naam = &other.naam;
                let line = t!(
                    "Je noemde ook {naam}, maar wat je beschrijft valt hieronder:",
                    "You also named {naam}, but what you describe falls under this:"
                );
                writeln!(out, "{line}")?;
                for v in other
                    .voorbehoud
                    .iter()
                    .filter(|v| v.zie.as_deref() == Some(&answer.route.domein.id))
                {
                    bullet(out, &v.tekst)?;
                }
            }
            body(out, answer)?;
            notes(out, answer)?;
            source(out, &answer.route)?;
            police(out, w.organen)
        }
        Outcome::Ask(questions) => super::ask_text::questions(out, &understood.reading, questions),
    }
}

/// `Huidskleur in het domein Wonen (Vlaamse materie)`; criteria or domains that get
/// the same answer are named together (`racisme`: the five racial criteria).
fn header(
    out: &mut dyn Write,
    answer: &Answer,
    criteria_alike: &[&Criterium],
    domains_alike: &[&Domein],
) -> io::Result<()> {
    let route = &answer.route;
    let criteria = std::iter::once(route.criterium).chain(criteria_alike.iter().copied());
    let criterium = one_of(criteria.map(|c| c.naam.as_str()).collect());
    let domains = std::iter::once(route.domein).chain(domains_alike.iter().copied());
    let domein = one_of(domains.map(|d| d.naam.as_str()).collect());
    let line = match route.domein.niveau {
        Niveau::Vlaams => t!(
            "{criterium} in het domein {domein} (Vlaamse materie)",
            "{criterium} in the domain {domein} (Flemish matter)"
        ),
        Niveau::Federaal => t!(
            "{criterium} in het domein {domein} (federale materie)",
            "{criterium} in the domain {domein} (federal matter)"
        ),
    };
    writeln!(out, "{line}")
}

/// `a`, `a of b`, `a, b of c` (Dutch "or"; the names are Dutch data either way).
fn one_of(names: Vec<&str>) -> String {
    match names.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), t!("of", "or")),
        None => String::new(),
    }
}

fn body(out: &mut dyn Write, answer: &Answer) -> io::Result<()> {
    let turns = answer.turns();
    if !turns.is_empty() {
        let line = t!(
            "Ga eerst na of dit zo is, want dan verandert het antwoord:",
            "First check whether this is so, because then the answer changes:"
        );
        writeln!(out, "\n{line}")?;
        for note in &turns {
            note_lines(out, note)?;
        }
        writeln!(out)?;
    }
    if !answer.open.is_empty() {
        let line = t!(
            "Geen sluitend antwoord: de bronnen laten dit geval open.",
            "No settled answer: the sources leave this case open."
        );
        writeln!(out, "{line}")?;
        for v in answer.open {
            bullet(out, &v.tekst)?;
        }
    }
    let arrow = if turns.is_empty() {
        "→".to_string()
    } else {
        t!("Anders →", "Otherwise →").to_string()
    };
    match answer.route.orgaan {
        Some(o) if answer.open.is_empty() => writeln!(out, "{arrow} {}", full_name(o))?,
        Some(o) => {
            let line = t!(
                "{arrow} vraag het eerst na bij: {}",
                "{arrow} ask first: {}",
                full_name(o)
            );
            writeln!(out, "{line}")?;
        }
        None => {
            let line = t!(
                "{arrow} geen gelijkheidsorgaan aangewezen",
                "{arrow} no equality body assigned"
            );
            writeln!(out, "{line}")?;
        }
    }
    if let Some(o) = answer.route.orgaan {
        contact(out, o)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", answer.route.regel.toelichting.trim())
}

fn full_name(o: &Orgaan) -> String {
    match o.afkorting.trim() {
        "" => o.naam.clone(),
        short if short == o.naam => o.naam.clone(),
        short => format!("{} ({short})", o.naam),
    }
}

fn contact(out: &mut dyn Write, o: &Orgaan) -> io::Result<()> {
    let phone = o.phone_with_note();
    let phone = if phone.is_empty() {
        t!(
            "staat niet in de gegevens van dit handboek",
            "not in this handbook's data"
        )
        .to_string()
    } else {
        phone
    };
    writeln!(out, "  {} {phone}", t!("telefoon:", "phone:"))?;
    if !o.website.trim().is_empty() {
        writeln!(out, "  {} {}", t!("website:", "website:"), o.website.trim())?;
    }
    if let Some(anonymous) = o.anoniem {
        let yes_no = if anonymous {
            t!("ja", "yes")
        } else {
            t!("nee", "no")
        };
        writeln!(
            out,
            "  {} {yes_no}",
            t!("anoniem melden:", "anonymous report:")
        )?;
    }
    if !o.anoniem_toelichting.trim().is_empty() {
        indented(out, "  ", o.anoniem_toelichting.trim())?;
    }
    Ok(())
}

fn notes(out: &mut dyn Write, answer: &Answer) -> io::Result<()> {
    let plain = answer.remarks();
    if plain.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "{}", t!("Let op:", "Note:"))?;
    for note in plain {
        note_lines(out, note)?;
    }
    Ok(())
}

/// A caveat, the answer in its case, and its source.
fn note_lines(out: &mut dyn Write, note: &Note) -> io::Result<()> {
    bullet(out, &note.voorbehoud.tekst)?;
    if let Some(instead) = &note.instead {
        let to = instead.orgaan.map_or_else(
            || {
                t!(
                    "geen gelijkheidsorgaan aangewezen",
                    "no equality body assigned"
                )
                .to_string()
            },
            full_name,
        );
        let domein = &instead.domein.naam;
        let line = t!(
            "In dat geval → {to} ({domein})",
            "In that case → {to} ({domein})"
        );
        writeln!(out, "    {line}")?;
    }
    let (bron, state) = (&note.voorbehoud.bron, checked(&note.voorbehoud.herzien));
    writeln!(out, "    {} {bron} ({state})", t!("Bron:", "Source:"))
}

fn source(out: &mut dyn Write, route: &Route) -> io::Result<()> {
    let (bron, state, id) = (
        &route.regel.bron,
        checked(&route.regel.herzien),
        &route.regel.id,
    );
    writeln!(out)?;
    let line = t!(
        "Bron: {bron} ({state}, regel `{id}`)",
        "Source: {bron} ({state}, rule `{id}`)"
    );
    writeln!(out, "{line}")
}

/// The bodies that are not equality bodies (the police): for crimes, always an option.
fn police(out: &mut dyn Write, organen: &[Orgaan]) -> io::Result<()> {
    let line = t!(
        "Gaat het ook om geweld, bedreiging of een ander misdrijf? Dan kan de melder ook naar de politie.",
        "Is it also violence, a threat or another crime? Then the person can also go to the police."
    );
    writeln!(out, "{line}")?;
    for o in organen.iter().filter(|o| !o.gelijkheidsorgaan) {
        let phone = o.phone_with_note();
        if !phone.is_empty() {
            writeln!(out, "  {}: {phone}", o.naam)?;
        }
    }
    Ok(())
}

pub(super) fn bullet(out: &mut dyn Write, text: &str) -> io::Result<()> {
    indented(out, "  • ", text.trim())
}

/// `text` as one paragraph after `first`, wrapped at 88 columns and indented under it.
fn indented(out: &mut dyn Write, first: &str, text: &str) -> io::Result<()> {
    let pad = " ".repeat(first.chars().count());
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.chars().count() + 1 + word.chars().count() > 88 {
            writeln!(out, "{line}")?;
            line = pad.clone();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    writeln!(out, "{line}")
}
