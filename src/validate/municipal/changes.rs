//! A profile's changes to the model (G010-G014, G018): one action each, on a section that
//! exists and is not `.vast`, at most one change per section, and added sections with an
//! id, a title and a text of their own. Like a kustomize patch, a change that names no
//! section is an error, never a silent no-op.

use super::clashes::{added_inside_changed, for_partnerships, id_taken};
use super::embedded::Embedded;
use super::text;
use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::municipality::Municipality;
use crate::model::municipality::{Action, Change, Target};
use crate::model::slug::{is_valid_id, slug};
use crate::overlay::{Located, Model, drift, normalised};
use crate::suggest::did_you_mean;
use crate::t;

/// Checks every change and returns the indexes of those that rest on a model section
/// as they should (the ones lock and drift are about).
pub fn check(model: &Model<'_>, m: &Municipality, out: &mut Vec<Diagnostic>) -> Vec<usize> {
    let changes = &m.profile.value.wijzigingen;
    let mut accepted = Vec::new();
    let mut changed: Vec<(usize, Located<'_>)> = Vec::new();
    let mut added: Vec<(usize, Target, &str)> = Vec::new();
    let mut anchors: Vec<(usize, Located<'_>)> = Vec::new();
    let mut headings: Vec<(usize, Target, String)> = Vec::new();
    for (i, change) in changes.iter().enumerate() {
        let at = |key: &str, code, message: Text| {
            m.profile
                .at_value(code, &format!("wijzigingen[{i}]{key}"), message)
        };
        let Some(action) = one_action(change, &at, out) else {
            continue;
        };
        if !fields_fit(change, action, &at, out) {
            continue;
        }
        let anchor_key = if action == Action::Add {
            ".toevoegen_na"
        } else {
            ".sectie"
        };
        let Some(located) = model.find(change.document, change.anchor()) else {
            out.push(unknown_section(
                model,
                m,
                change,
                at(
                    anchor_key,
                    "G011",
                    t!(
                        "het model heeft geen sectie `{}` in het {}",
                        "the model has no section `{}` in the {}",
                        change.anchor(),
                        change.document.label()
                    ),
                ),
            ));
            continue;
        };
        if action != Action::Add {
            if m.profile.value.leden.is_empty() && for_partnerships(model, &located) {
                out.push(at(anchor_key, "G011", t!(
                    "de sectie `{}` staat alleen in het {} van een samenwerking van gemeenten (`.samenwerking`), niet in dat van {}",
                    "section `{}` is only in the {} of a partnership of municipalities (`.samenwerking`), not in that of {}",
                    located.section.id,
                    change.document.label(),
                    m.profile.value.naam
                )).with_help(t!(
                    "schrap deze wijziging; is {} een samenwerking, zet dan haar gemeenten bij `leden`",
                    "remove this change; if {} is a partnership, list its municipalities under `leden`",
                    m.profile.value.naam
                )));
                continue;
            }
            if let Some(fixed) = fixed_within(model, &located) {
                out.push(at(anchor_key, "G012", t!(
                    "de sectie `{}` ligt vast (`.vast`): een gemeente kan ze niet wijzigen",
                    "section `{}` is fixed (`.vast`): a municipality cannot change it",
                    located.section.id
                )).with_help(match fixed {
                    None => t!(
                        "voeg je eigen afspraken toe in een nieuwe sectie met `toevoegen_na: {}`",
                        "add your own arrangements in a new section with `toevoegen_na: {}`",
                        located.section.id
                    ),
                    Some(inner) => t!(
                        "ze bevat de vaste sectie `{inner}`; wijzig een andere sectie, of voeg er een toe met `toevoegen_na`",
                        "it holds the fixed section `{inner}`; change another section, or add one with `toevoegen_na`"
                    ),
                }));
                continue;
            }
            if let Some((j, _)) = changed.iter().find(|(_, other)| overlaps(other, &located)) {
                let line = m.profile.spans.value(&format!("wijzigingen[{j}]")).line;
                out.push(at(anchor_key, "G013", t!(
                    "de sectie `{}` wordt al gewijzigd door de wijziging op regel {line}",
                    "section `{}` is already changed by the change on line {line}",
                    located.section.id
                )).with_help(t!(
                    "voeg beide wijzigingen samen tot één; een sectie en de secties erin wijzig je maar één keer",
                    "merge both changes into one; a section and the sections inside it are changed once"
                )));
                continue;
            }
            changed.push((i, located.clone()));
        } else {
            let before = out.len();
            let line_of = |j: usize| m.profile.spans.value(&format!("wijzigingen[{j}]")).line;
            check_new_id(model, change, &added, &at, &line_of, out);
            added.push((i, change.document, change.id.trim()));
            if out.len() > before {
                continue;
            }
            anchors.push((i, located.clone()));
        }
        accepted.push(i);
        if let Some(text) = change.text() {
            let place = Embedded::new(
                &m.profile,
                &format!("wijzigingen[{i}].{}", change.text_key()),
            );
            let ids = text::check(&place, text, located.section.level, change.document, out);
            for (id, range) in ids {
                if let Some(message) = id_taken(model, m, i, &located, &id, &added, &headings) {
                    let span = place.span(text, range.start, range.end);
                    out.push(
                        Diagnostic::new("G014", place.file(), span, message).with_help(t!(
                            "kies een id die nog niet gebruikt is, bijvoorbeeld met de naam van de gemeente erin",
                            "choose an id not used yet, for instance with the municipality's name in it"
                        )),
                    );
                }
                headings.push((i, change.document, id));
            }
        }
    }
    for (i, located) in &anchors {
        if let Some(d) = added_inside_changed(m, *i, located, &changed) {
            out.push(d);
            accepted.retain(|a| a != i);
        }
    }
    accepted
}

/// G010: exactly one of the four actions.
fn one_action(
    change: &Change,
    at: &dyn Fn(&str, &'static str, Text) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) -> Option<Action> {
    let actions = change.actions();
    match actions[..] {
        [Action::Omit] if change.schrappen == Some(false) => {
            out.push(at(".schrappen", "G010", t!(
                "`schrappen: false` doet niets",
                "`schrappen: false` does nothing"
            )).with_help(t!(
                "verwijder deze wijziging als de sectie moet blijven, of schrijf `schrappen: true`",
                "remove this change if the section stays, or write `schrappen: true`"
            )));
            None
        }
        [one] => Some(one),
        [] => {
            out.push(at("", "G010", t!(
                "deze wijziging zegt niet wat ze doet",
                "this change does not say what it does"
            )).with_help(t!(
                "gebruik precies één van `vervangen`, `aanvullen`, `schrappen: true` of `toevoegen_na`",
                "use exactly one of `vervangen`, `aanvullen`, `schrappen: true` or `toevoegen_na`"
            )));
            None
        }
        [_, second, ..] => {
            let keys: Vec<&str> = actions.iter().map(|a| a.key()).collect();
            out.push(
                at(
                    &format!(".{}", second.key()),
                    "G010",
                    t!(
                        "deze wijziging vraagt tegelijk {}",
                        "this change asks for {} at once",
                        keys.join(" en ")
                    ),
                )
                .with_help(t!(
                    "splits ze in aparte wijzigingen, elk met één actie",
                    "split it into separate changes, each with one action"
                )),
            );
            None
        }
    }
}

/// G014 and G018: the fields an action needs are there, the others are not.
fn fields_fit(
    change: &Change,
    action: Action,
    at: &dyn Fn(&str, &'static str, Text) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let before = out.len();
    let needs_section = action != Action::Add;
    if needs_section && change.sectie.trim().is_empty() {
        out.push(
            at(
                "",
                "G010",
                t!(
                    "deze wijziging zegt niet welke sectie ze wijzigt",
                    "this change does not say which section it changes"
                ),
            )
            .with_help(t!(
                "zet de id van de sectie erbij: `sectie: lokale-afspraken`",
                "add the section's id: `sectie: lokale-afspraken`"
            )),
        );
    }
    let stray: &[(&str, bool)] = match action {
        Action::Add => &[("sectie", !change.sectie.is_empty())],
        Action::Replace => &[
            ("id", !change.id.is_empty()),
            ("tekst", !change.tekst.is_empty()),
        ],
        Action::Append | Action::Omit => &[
            ("id", !change.id.is_empty()),
            ("titel", !change.titel.is_empty()),
            ("tekst", !change.tekst.is_empty()),
        ],
    };
    for (field, present) in stray {
        if *present {
            out.push(at(&format!(".{field}"), "G014", t!(
                "`{field}` hoort niet bij `{}`",
                "`{field}` does not belong with `{}`",
                action.key()
            )).with_help(match action {
                Action::Add => t!(
                    "een nieuwe sectie zegt met `toevoegen_na` waar ze komt; verwijder `sectie`",
                    "a new section says where it goes with `toevoegen_na`; remove `sectie`"
                ),
                _ => t!(
                    "`id`, `titel` en `tekst` horen bij een nieuwe sectie (`toevoegen_na`); verwijder `{field}`",
                    "`id`, `titel` and `tekst` belong to a new section (`toevoegen_na`); remove `{field}`"
                ),
            }));
        }
    }
    if action == Action::Add {
        for (field, value) in [
            ("id", &change.id),
            ("titel", &change.titel),
            ("tekst", &change.tekst),
        ] {
            if value.trim().is_empty() {
                out.push(
                    at(
                        "",
                        "G014",
                        t!(
                            "een nieuwe sectie heeft `{field}` nodig",
                            "a new section needs `{field}`"
                        ),
                    )
                    .with_help(t!(
                        "geef de nieuwe sectie een `id`, een `titel` en een `tekst`",
                        "give the new section an `id`, a `titel` and a `tekst`"
                    )),
                );
            }
        }
    }
    if let Some(text) = change.vervangen.as_deref().or(change.aanvullen.as_deref())
        && text.trim().is_empty()
    {
        out.push(
            at(
                &format!(".{}", change.text_key()),
                "G018",
                t!("`{}` zonder tekst", "`{}` without text", change.text_key()),
            )
            .with_help(t!(
                "schrijf de nieuwe tekst, of gebruik `schrappen: true` om de sectie weg te laten",
                "write the new text, or use `schrappen: true` to leave the section out"
            )),
        );
    }
    out.len() == before
}

/// The section itself if it is fixed (`None`), or the first fixed section inside it.
fn fixed_within<'a>(model: &Model<'a>, located: &Located<'a>) -> Option<Option<&'a str>> {
    if located.section.fixed {
        return Some(None);
    }
    model
        .sections(located.target)
        .into_iter()
        .find(|inner| {
            inner.index == located.index
                && inner.section.fixed
                && located.section.contains(&inner.section)
        })
        .map(|inner| Some(inner.section.id))
}

/// Whether two changed sections are one, or one lies inside the other.
fn overlaps(a: &Located<'_>, b: &Located<'_>) -> bool {
    a.target == b.target
        && a.index == b.index
        && (a.section.contains(&b.section) || b.section.contains(&a.section))
}

/// G014: an added section's id is well-formed and new in its document.
fn check_new_id(
    model: &Model<'_>,
    change: &Change,
    added: &[(usize, Target, &str)],
    at: &dyn Fn(&str, &'static str, Text) -> Diagnostic,
    line_of: &dyn Fn(usize) -> usize,
    out: &mut Vec<Diagnostic>,
) {
    let id = change.id.trim();
    if !is_valid_id(id) {
        out.push(
            at(
                ".id",
                "G014",
                t!(
                    "de id `{id}` heeft niet de vorm van een id",
                    "the id `{id}` does not have the form of an id"
                ),
            )
            .with_help(t!(
                "gebruik kleine letters, cijfers en koppeltekens, zoals `{}`",
                "use lowercase letters, digits and hyphens, such as `{}`",
                slug(if id.is_empty() { &change.titel } else { id })
            )),
        );
    } else if model.find(change.document, id).is_some() {
        out.push(at(".id", "G014", t!(
            "het model heeft al een sectie `{id}`",
            "the model already has a section `{id}`"
        )).with_help(t!(
            "kies een id die het model niet gebruikt, bijvoorbeeld met de naam van de gemeente erin",
            "choose an id the model does not use, for instance with the municipality's name in it"
        )));
    } else if let Some((j, _, _)) = added
        .iter()
        .find(|(_, t, other)| *t == change.document && *other == id)
    {
        let line = line_of(*j);
        out.push(
            at(
                ".id",
                "G014",
                t!(
                    "de wijziging op regel {line} voegt al een sectie `{id}` toe",
                    "the change on line {line} already adds a section `{id}`"
                ),
            )
            .with_help(t!(
                "geef elke nieuwe sectie een eigen id",
                "give every new section an id of its own"
            )),
        );
    }
}

/// G011 with the best help there is: a near id, the other document, or what the
/// section said when the change was pinned.
fn unknown_section(
    model: &Model<'_>,
    m: &Municipality,
    change: &Change,
    d: Diagnostic,
) -> Diagnostic {
    let id = change.anchor();
    let ids: Vec<&str> = model
        .sections(change.document)
        .iter()
        .map(|l| l.section.id)
        .collect();
    let other = match change.document {
        Target::Charter => Target::Draaiboek,
        Target::Draaiboek => Target::Charter,
    };
    let pinned = m
        .lock
        .as_ref()
        .and_then(|l| drift::find(&l.value, change.document, id));
    let help = if let Some(near) = did_you_mean(id, ids.iter().copied()) {
        t!("bedoel je `{near}`?", "did you mean `{near}`?")
    } else if model.find(other, id).is_some() {
        t!(
            "die sectie staat in het {}: zet `document: {}` bij de wijziging",
            "that section is in the {}: add `document: {}` to the change",
            other.label(),
            other.label()
        )
    } else if let Some(moved) = pinned.and_then(|pin| renamed(model, change.document, &pin.tekst)) {
        t!(
            "het model gaf de sectie een nieuwe id: haar tekst staat nu onder `{moved}`; zet `sectie: {moved}` en voer `onthaal pin {}` uit",
            "the model gave the section a new id: its text is now under `{moved}`; write `sectie: {moved}` and run `onthaal pin {}`",
            m.slug
        )
    } else if let Some(pin) = pinned {
        let first = pin.tekst.lines().next().unwrap_or_default().to_string();
        t!(
            "het model schrapte of hernoemde de sectie sinds `onthaal pin`; toen begon ze zo: {first}",
            "the model removed or renamed the section since `onthaal pin`; it then began: {first}"
        )
    } else {
        t!(
            "de secties van het {} zijn: {}",
            "the sections of the {} are: {}",
            change.document.label(),
            ids.join(", ")
        )
    };
    d.with_help(help)
}

/// The id of the model section that holds what a pinned section held (the same text
/// under its heading, or the same title): a section the model renamed.
fn renamed<'a>(model: &Model<'a>, target: Target, pinned: &str) -> Option<&'a str> {
    let body = |text: &str| normalised(text.split_once('\n').map_or("", |(_, rest)| rest));
    let title = |text: &str| {
        let first = text.lines().next().unwrap_or_default();
        first
            .trim_start_matches('#')
            .split(" {")
            .next()
            .unwrap_or(first)
            .trim()
            .to_string()
    };
    let (old_body, old_title) = (body(pinned), title(pinned));
    model
        .sections(target)
        .into_iter()
        .find(|l| {
            let text = l.normalised_text();
            (!old_body.is_empty() && body(&text) == old_body) || title(&text) == old_title
        })
        .map(|l| l.section.id)
}
