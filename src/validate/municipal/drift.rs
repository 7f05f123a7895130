//! Lock and drift (G020-G023): the tool, not git, tells a municipality which of its
//! changes sit on a model section that changed since the change was reviewed, with the
//! three texts side by side: what the model said, what it says now, and the local text.

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::municipality::Municipality;
use crate::model::municipality::{Action, LOCK_VERSION, Target};
use crate::overlay::apply::{Applied, resolve};
use crate::overlay::drift::{State, stale, states};
use crate::overlay::{Model, textdiff};
use crate::t;

/// Lines of a difference shown in a help text; `onthaal diff` shows all of them.
const SHOWN_LINES: usize = 24;

/// Checks the lock of `m` against the model for the changes in `accepted` (the others
/// have errors of their own, and pinning them means nothing yet).
pub fn check(model: &Model<'_>, m: &Municipality, accepted: &[usize], out: &mut Vec<Diagnostic>) {
    // A lock that did not load has its own diagnostic; without it nothing can be compared.
    if m.has_lock_file && m.lock.is_none() {
        return;
    }
    let changes = &m.profile.value.wijzigingen;
    let applied: Vec<Applied<'_>> = [Target::Charter, Target::Draaiboek]
        .into_iter()
        .flat_map(|target| resolve(model, target, changes))
        .filter(|a| accepted.contains(&a.change))
        .collect();
    let lock = m.lock.as_ref();
    if let Some(lock) = lock.filter(|l| l.value.versie != LOCK_VERSION) {
        out.push(
            lock.at_value(
                "G023",
                "versie",
                t!(
                    "lockversie {} is onbekend; deze onthaal kent versie {LOCK_VERSION}",
                    "lock version {} is unknown; this onthaal knows version {LOCK_VERSION}",
                    lock.value.versie
                ),
            )
            .with_help(t!(
                "werk onthaal bij, of voer `onthaal pin {}` opnieuw uit na nazicht van de wijzigingen",
                "update onthaal, or run `onthaal pin {}` again after reviewing the changes",
                m.slug
            )),
        );
        return;
    }
    for (a, (_, state)) in applied.iter().zip(states(&applied, lock.map(|l| &l.value))) {
        let change = &changes[a.change];
        let key = if a.action == Action::Add {
            "toevoegen_na"
        } else {
            "sectie"
        };
        let path = format!("wijzigingen[{}].{key}", a.change);
        let id = a.located.section.id;
        let doc = a.located.target.label();
        match state {
            State::Current => {}
            State::Unpinned => out.push(
                m.profile
                    .at_value(
                        "G021",
                        &path,
                        t!(
                            "de wijziging op `{id}` ({doc}) is nog niet vastgelegd",
                            "the change on `{id}` ({doc}) is not pinned yet"
                        ),
                    )
                    .with_help(t!(
                        "lees de wijziging na tegen het model en voer `onthaal pin {}` uit; dan meldt onthaal wanneer het model die sectie verandert",
                        "review the change against the model and run `onthaal pin {}`; onthaal then tells you when the model changes that section",
                        m.slug
                    )),
            ),
            State::Drifted { pinned, current } => {
                let model_diff = textdiff::plain(&pinned.tekst, &current, 2, SHOWN_LINES);
                let (label, local) = local_lines(a, change);
                let message = if a.action == Action::Add {
                    let new = change.id.trim();
                    t!(
                        "het model veranderde de sectie `{id}` ({doc}), waarna je `{new}` toevoegt, sinds je wijziging werd vastgelegd",
                        "the model changed section `{id}` ({doc}), after which you add `{new}`, since your change was pinned"
                    )
                } else {
                    t!(
                        "het model veranderde de sectie `{id}` ({doc}) sinds je wijziging werd vastgelegd",
                        "the model changed section `{id}` ({doc}) since your change was pinned"
                    )
                };
                out.push(
                    m.profile
                        .at_value("G020", &path, message)
                        .with_help(drift_help(&m.slug, &model_diff, &label, &local)),
                );
            }
        }
    }
    if let Some(lock) = lock {
        for i in stale(&lock.value, changes) {
            let pin = &lock.value.secties[i];
            out.push(
                lock.at_value(
                    "G022",
                    &format!("secties[{i}].sectie"),
                    t!(
                        "geen wijziging rust nog op de vastgelegde sectie `{}` ({})",
                        "no change rests on the pinned section `{}` ({}) any more",
                        pin.sectie,
                        pin.document.label()
                    ),
                )
                .with_help(t!(
                    "voer `onthaal pin {}` uit; dat ruimt de vastlegging op",
                    "run `onthaal pin {}`; that removes the entry",
                    m.slug
                )),
            );
        }
    }
}

/// The municipality's side as the help shows it: what it wrote (its new text, its
/// addition, its new section) or that it leaves the section out, and why.
fn local_lines(
    a: &Applied<'_>,
    change: &crate::model::municipality::Change,
) -> (Text, Vec<String>) {
    let label = match a.action {
        Action::Replace => t!("jouw tekst:", "your text:"),
        Action::Append => t!("jouw aanvulling:", "your addition:"),
        Action::Omit => t!("jij laat deze sectie weg", "you leave this section out"),
        Action::Add => t!("jouw nieuwe sectie erna:", "your new section after it:"),
    };
    let own = match a.action {
        Action::Omit => "",
        Action::Append => change.text().unwrap_or_default().trim(),
        _ => a.local.as_str(),
    };
    let mut lines: Vec<String> = own
        .lines()
        .take(SHOWN_LINES / 2)
        .map(|l| format!("  {l}"))
        .collect();
    if own.lines().count() > SHOWN_LINES / 2 {
        lines.push("  …".to_string());
    }
    if !change.reden.trim().is_empty() {
        lines.push(format!("  ({})", change.reden.trim()));
    }
    (label, lines)
}

fn drift_help(slug: &str, model_diff: &[String], label: &Text, local: &[String]) -> Text {
    let block = |lines: &[String]| lines.join("\n");
    Text::new(
        format!(
            "wat het model veranderde (vastgelegd → nu):\n{}\n{}\n{}\nlees je wijziging na tegen de nieuwe tekst, pas ze zo nodig aan en voer dan `onthaal pin {slug}` uit (alles naast elkaar: `onthaal diff {slug}`)",
            block(model_diff),
            label.nl,
            block(local)
        ),
        format!(
            "what the model changed (pinned → now):\n{}\n{}\n{}\nreview your change against the new text, adjust it if needed, then run `onthaal pin {slug}` (all side by side: `onthaal diff {slug}`)",
            block(model_diff),
            label.en,
            block(local)
        ),
    )
}
