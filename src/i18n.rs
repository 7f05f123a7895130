//! Two languages for what the tool says: Dutch by default, English on request
//! (`--lang en`, `ONTHAAL_LANG=en`). A message is built once in both languages with
//! [`t!`](crate::t); the printer picks one.

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Nl,
    En,
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language for the rest of the process (the command line does this once).
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are printed in.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Nl,
    }
}

/// Picks the text for the current language: `pick("fout", "error")`.
pub fn pick<'a>(nl: &'a str, en: &'a str) -> &'a str {
    match current() {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text {
    pub nl: String,
    pub en: String,
}

impl Text {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The text in the current language.
    pub fn get(&self) -> &str {
        self.in_lang(current())
    }

    pub fn in_lang(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// Applies `f` to both languages (to add a prefix, say).
    pub fn map(self, f: impl Fn(String) -> String) -> Text {
        Text {
            nl: f(self.nl),
            en: f(self.en),
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

/// A [`Text`] in Dutch and English, each formatted like `format!`:
/// `t!("onbekende fase `{id}`", "unknown phase `{id}`")`. Arguments after the two
/// strings are shared (and evaluated once per language, so keep them cheap).
#[macro_export]
macro_rules! t {
    ($nl:literal, $en:literal $(,)?) => {
        $crate::i18n::Text { nl: format!($nl), en: format!($en) }
    };
    ($nl:literal, $en:literal, $($arg:tt)+) => {
        $crate::i18n::Text { nl: format!($nl, $($arg)+), en: format!($en, $($arg)+) }
    };
}

#[cfg(test)]
mod tests {
    use super::{Lang, Text};

    #[test]
    fn t_formats_both_languages_with_captured_names() {
        let id = "contact";
        let text = crate::t!("onbekende fase `{id}`", "unknown phase `{id}`");
        assert_eq!(text.in_lang(Lang::Nl), "onbekende fase `contact`");
        assert_eq!(text.in_lang(Lang::En), "unknown phase `contact`");
        let n = 3;
        assert_eq!(
            crate::t!("{} fouten", "{} errors", n),
            Text::new("3 fouten", "3 errors")
        );
    }
}
