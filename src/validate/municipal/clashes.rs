//! Where a change clashes with the edition it lands in, though each change alone is
//! well-formed: a section added at a place another change takes away (G013), a heading
//! id the edition already has (G014), a section only partnerships have (G011).

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::municipality::Municipality;
use crate::model::municipality::{Action, Target};
use crate::overlay::{Located, Model};
use crate::t;

/// Whether the section, or one that holds it, is marked `.samenwerking`: left out of
/// the edition of a single municipality.
pub(super) fn for_partnerships(model: &Model<'_>, located: &Located<'_>) -> bool {
    model.sections(located.target).iter().any(|outer| {
        outer.index == located.index
            && outer.section.for_partnerships
            && outer.section.contains(&located.section)
    })
}

/// G013 for a section added after one that lies inside a section another change
/// replaces or leaves out: the place it names is gone from the edition.
pub(super) fn added_inside_changed(
    m: &Municipality,
    i: usize,
    anchor: &Located<'_>,
    changed: &[(usize, Located<'_>)],
) -> Option<Diagnostic> {
    let changes = &m.profile.value.wijzigingen;
    let (j, outer) = changed.iter().find(|(j, outer)| {
        matches!(changes[*j].actions()[..], [Action::Replace | Action::Omit])
            && outer.target == anchor.target
            && outer.index == anchor.index
            && outer.section.id != anchor.section.id
            && outer.section.contains(&anchor.section)
    })?;
    let line = m.profile.spans.value(&format!("wijzigingen[{j}]")).line;
    let (id, new, around) = (anchor.section.id, changes[i].id.trim(), outer.section.id);
    let (message, help) = if changes[*j].schrappen.is_some() {
        (
            t!(
                "je voegt `{new}` toe na `{id}`, maar de wijziging op regel {line} schrapt `{around}`, waar `{id}` in ligt",
                "you add `{new}` after `{id}`, but the change on line {line} leaves out `{around}`, which holds `{id}`"
            ),
            t!(
                "voeg de nieuwe sectie toe na `{around}` (`toevoegen_na: {around}`), of schrap `{around}` niet",
                "add the new section after `{around}` (`toevoegen_na: {around}`), or keep `{around}`"
            ),
        )
    } else {
        (
            t!(
                "je voegt `{new}` toe na `{id}`, maar de wijziging op regel {line} vervangt `{around}`, waar `{id}` in ligt",
                "you add `{new}` after `{id}`, but the change on line {line} replaces `{around}`, which holds `{id}`"
            ),
            t!(
                "voeg de nieuwe sectie toe na `{around}` (`toevoegen_na: {around}`), of zet haar tekst in je vervangende tekst",
                "add the new section after `{around}` (`toevoegen_na: {around}`), or put its text in your replacing text"
            ),
        )
    };
    Some(
        m.profile
            .at_value("G013", &format!("wijzigingen[{i}].toevoegen_na"), message)
            .with_help(help),
    )
}

/// G014 for a heading in the text of change `i` whose id the edition already has: a
/// model section that stays (the sections a replacement takes away do not), a section
/// another change adds, or a heading in an earlier change.
pub(super) fn id_taken(
    model: &Model<'_>,
    m: &Municipality,
    i: usize,
    located: &Located<'_>,
    id: &str,
    added: &[(usize, Target, &str)],
    headings: &[(usize, Target, String)],
) -> Option<Text> {
    let target = located.target;
    let line_of = |j: usize| m.profile.spans.value(&format!("wijzigingen[{j}]")).line;
    let replaced = |other: &Located<'_>| {
        m.profile.value.wijzigingen[i].vervangen.is_some()
            && other.index == located.index
            && other.section.id != located.section.id
            && located.section.contains(&other.section)
    };
    if model
        .find(target, id)
        .is_some_and(|other| !replaced(&other))
    {
        return Some(t!(
            "het model heeft al een sectie `{id}`",
            "the model already has a section `{id}`"
        ));
    }
    if let Some((j, _, _)) = added
        .iter()
        .find(|(_, t, other)| *t == target && *other == id)
    {
        let line = line_of(*j);
        return Some(t!(
            "de wijziging op regel {line} voegt al een sectie `{id}` toe",
            "the change on line {line} already adds a section `{id}`"
        ));
    }
    let (j, _, _) = headings
        .iter()
        .find(|(_, t, other)| *t == target && other == id)?;
    let line = line_of(*j);
    Some(t!(
        "de wijziging op regel {line} heeft al een kop `{id}`",
        "the change on line {line} already has a heading `{id}`"
    ))
}
