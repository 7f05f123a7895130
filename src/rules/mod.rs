//! The rules every stage reports under: code, title, severity and explanation. It sits
//! below loading, validation and diagnostics, so a diagnostic carries its rule and no
//! printer has to look a code up.

mod registry;

use crate::i18n::{Lang, current};

pub use registry::RULES;

/// How bad a finding is: an error fails `validate`, a warning only with `--deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The word shown to editors: `fout` or `waarschuwing`.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => crate::i18n::pick("fout", "error"),
            Severity::Warning => crate::i18n::pick("waarschuwing", "warning"),
        }
    }
}

/// A rule as `onthaal explain` shows it.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub code: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    /// Markdown with the headings "Wat het controleert", "Waarom", "Voorbeeld", "Zo los je het op".
    pub doc: &'static str,
    /// The same in English: "What it checks", "Why", "Example", "How to fix".
    pub doc_en: &'static str,
}

impl Rule {
    /// The explanation in the current language.
    pub fn explanation(&self) -> &'static str {
        self.explanation_in(current())
    }

    pub fn explanation_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.doc,
            Lang::En => self.doc_en,
        }
    }

    /// The title in the current language.
    pub fn title(&self) -> &'static str {
        self.title_in(current())
    }

    /// The registry's Dutch title, or the English explanation's heading without its
    /// "(warning)".
    pub fn title_in(&self, lang: Lang) -> &'static str {
        let english = || {
            let heading = self.doc_en.lines().next()?.split_once(": ")?.1;
            Some(heading.trim_end_matches(" (warning)"))
        };
        match lang {
            Lang::Nl => self.title,
            Lang::En => english().unwrap_or(self.title),
        }
    }

    /// The first line of the explanation under its first heading: what the rule checks.
    pub fn summary(&self) -> &'static str {
        self.summary_in(current())
    }

    pub fn summary_in(&self, lang: Lang) -> &'static str {
        self.explanation_in(lang)
            .lines()
            .skip(1)
            .map(str::trim)
            .find(|line| !line.is_empty() && !line.starts_with('#'))
            .unwrap_or(self.title)
    }

    /// Load errors (L…) cannot be switched off: the file they are about was left out.
    pub fn can_be_ignored(&self) -> bool {
        !self.code.starts_with('L')
    }
}

/// The rule with `code` (in any case), if there is one.
pub fn find(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// The rule of a code the program itself reports; every such code is registered (a test
/// runs each rule's fixture), so the fallback only keeps a release build from failing.
pub fn of(code: &'static str) -> &'static Rule {
    debug_assert!(
        find(code).is_some(),
        "code {code} staat niet in het register"
    );
    find(code).unwrap_or(&UNREGISTERED)
}

static UNREGISTERED: Rule = Rule {
    code: "????",
    title: "controle zonder registratie",
    severity: Severity::Error,
    doc: "# ????: controle zonder registratie\n",
    doc_en: "# ????: unregistered check\n",
};

#[cfg(test)]
mod tests {
    use super::{Lang, find};

    #[test]
    fn a_summary_is_the_first_line_under_the_first_heading() {
        let rule = find("v002").unwrap();
        assert_eq!(
            rule.summary(),
            "Of een verwijzing naar een id (actor, fase, drempel, kanaal, orgaan, doelgroep, criterium, domein) bestaat."
        );
        assert!(rule.can_be_ignored() && !find("L001").unwrap().can_be_ignored());
        let english = (
            find("V006").unwrap().title_in(Lang::En),
            rule.summary_in(Lang::En),
        );
        assert_eq!(
            english,
            (
                "not reviewed in the last twelve months",
                "Whether a reference to an id (actor, phase, barrier, channel, body, target group, ground, domain) exists."
            )
        );
    }
}
