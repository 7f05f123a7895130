//! The words people use, made comparable: lower case, no accents, and the simple Dutch
//! endings of plurals and inflected adjectives taken off (`huurwoningen` and `huurwoning`,
//! `scholen` and `school`, `zwangere` and `zwanger` meet). `route`, the wegwijzer and the
//! search of the handbook all go through [`normalise`], so a word found in one is found
//! in the others.

/// The comparable forms of the words in `text`, in order.
pub fn normalise(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(stem).collect()
}

/// Lower case, accents off, apostrophes dropped (`homo's` -> `homos`), every other
/// character that is not a letter or digit a space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            '\'' | '’' | '‘' => {}
            c if c.is_ascii_alphanumeric() => out.push(c),
            c => match plain(c) {
                Some(letters) => out.push_str(letters),
                None if c.is_alphanumeric() => out.push(c),
                None => out.push(' '),
            },
        }
    }
    out
}

/// The letters without their accent, for the accented letters Dutch and its loanwords use.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        _ => return None,
    })
}

/// One folded word in its comparable form. Not a full stemmer: it removes the endings
/// `-en`, `-s` and `-e` (twice at most, so `cafés` and `café` meet), then evens out what
/// the ending changed in the spelling: a doubled consonant (`bussen` -> `bus`) and a
/// doubled vowel in the last syllable (`school` and `scholen` both become `schol`).
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    if w.chars().count() <= 3 {
        return w;
    }
    for _ in 0..2 {
        match strip_ending(&w) {
            Some(shorter) => w = shorter,
            None => break,
        }
    }
    undouble(&w)
}

fn strip_ending(w: &str) -> Option<String> {
    if let Some(base) = w.strip_suffix("heden") {
        return Some(format!("{base}heid"));
    }
    let ending = ["en", "s", "e"].into_iter().find(|e| w.ends_with(e))?;
    let base = &w[..w.len() - ending.len()];
    (base.chars().count() >= 3).then(|| base.to_string())
}

fn undouble(w: &str) -> String {
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if n >= 4 && chars[n - 1] == chars[n - 2] && !is_vowel(chars[n - 1]) {
        return chars[..n - 1].iter().collect();
    }
    // `straat`, `buur`, `homoseksueel`: a long vowel written double before one consonant.
    if n >= 4 && !is_vowel(chars[n - 1]) && chars[n - 2] == chars[n - 3] && is_vowel(chars[n - 2]) {
        let mut out: Vec<char> = chars[..n - 2].to_vec();
        out.push(chars[n - 1]);
        return out.into_iter().collect();
    }
    w.to_string()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Words that say nothing about the ground or the place (`ik werd op de bus …`),
/// in their folded form. A query ignores them instead of calling them unknown.
pub const STOPWORDS: &[&str] = &[
    "aan", "af", "al", "als", "bij", "dat", "de", "den", "der", "die", "dit", "door", "een", "en",
    "er", "geweest", "had", "heb", "hebben", "heeft", "het", "hij", "hem", "haar", "hun", "ik",
    "in", "is", "je", "jij", "me", "mij", "mijn", "met", "na", "naar", "niet", "of", "om", "omdat",
    "omwille", "onze", "ons", "op", "over", "te", "tegen", "toen", "tot", "u", "uit", "van",
    "voor", "was", "waren", "we", "werd", "werden", "wij", "word", "wordt", "ze", "zij", "zijn",
    "zo",
];

/// Whether the folded `word` is one of the [`STOPWORDS`].
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::{fold, normalise, stem};

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(
            fold("Patiënt, Café's & De Lijn!"),
            "patient  cafes   de lijn "
        );
        assert_eq!(fold("ÉÉN–TWEE"), "een twee");
    }

    #[test]
    fn plural_and_singular_meet() {
        for (a, b) in [
            ("huurwoningen", "huurwoning"),
            ("scholen", "school"),
            ("straten", "straat"),
            ("buren", "buur"),
            ("bussen", "bus"),
            ("kotten", "kot"),
            ("moslims", "moslim"),
            ("zwangere", "zwanger"),
            ("cafés", "café"),
            ("homo's", "homo"),
            ("joodse", "jood"),
            ("lesbiennes", "lesbienne"),
            ("homoseksuele", "homoseksueel"),
            ("verhuurders", "verhuurder"),
            ("mogelijkheden", "mogelijkheid"),
            ("ouderen", "oudere"),
        ] {
            assert_eq!(normalise(a), normalise(b), "{a} en {b}");
        }
    }

    #[test]
    fn short_and_different_words_stay_apart() {
        assert_eq!(stem("bus"), "bus");
        assert_eq!(stem("taal"), "tal");
        assert_ne!(stem("politie"), stem("politiek"));
        assert_ne!(stem("werk"), stem("werkgever"));
        assert_eq!(normalise("De Lijn"), ["de", "lijn"]);
    }
}
