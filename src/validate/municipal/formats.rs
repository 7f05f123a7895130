//! Is this an e-mail address, a phone number, a web address? Loose enough for how people
//! write them in Flanders (`053 72 10 00`, `+32 3 123 45 67`, `0470/12.34.56`), strict
//! enough to catch a number in the e-mail column or a link to `javascript:`.

use crate::i18n::Text;

/// Why `text` is no e-mail address, if it is none.
pub fn email_problem(text: &str) -> Option<Text> {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return Some(crate::t!("er staat geen @ in", "there is no @ in it"));
    };
    if local.is_empty() || domain.contains('@') {
        return Some(crate::t!(
            "voor en na de @ hoort één naam",
            "one name belongs before and after the @"
        ));
    }
    if text
        .chars()
        .any(|c| c.is_whitespace() || "<>()[]\\,;:\"".contains(c))
    {
        return Some(crate::t!(
            "er staan spaties of leestekens in die in geen e-mailadres passen",
            "it holds spaces or punctuation that fit no e-mail address"
        ));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return Some(crate::t!(
            "na de @ hoort een domein zoals gemeente.be",
            "a domain such as gemeente.be belongs after the @"
        ));
    }
    None
}

/// Why `text` is no phone number, if it is none.
pub fn phone_problem(text: &str) -> Option<Text> {
    let text = text.trim();
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_ascii_digit() || " +/.-()".contains(*c)))
    {
        return Some(if c.is_alphabetic() {
            crate::t!(
                "er staan letters in; zet uitleg zoals openingsuren in een ander veld",
                "it holds letters; put explanations such as opening hours in another field"
            )
        } else {
            crate::t!(
                "er staan tekens in die in geen telefoonnummer horen",
                "it holds characters that belong in no phone number"
            )
        });
    }
    if text.len() > 1 && text[1..].contains('+') {
        return Some(crate::t!(
            "een + hoort alleen vooraan, zoals in +32",
            "a + belongs only at the start, as in +32"
        ));
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if !(9..=13).contains(&digits) {
        return Some(crate::t!(
            "een Belgisch nummer heeft 9 of 10 cijfers (met +32 ervoor 11)",
            "a Belgian number has 9 or 10 digits (11 with +32 in front)"
        ));
    }
    if !(text.starts_with('0') || text.starts_with('+') || text.starts_with('(')) {
        return Some(crate::t!(
            "een nummer begint met 0 of met een landcode zoals +32",
            "a number starts with 0 or with a country code such as +32"
        ));
    }
    None
}

/// Why `text` is no web address a page may link to, if it is none.
pub fn website_problem(text: &str) -> Option<Text> {
    let text = text.trim();
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return Some(crate::t!(
            "een webadres begint met https://",
            "a web address starts with https://"
        ));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Some(crate::t!(
            "na https:// hoort een domein zoals www.gemeente.be",
            "a domain such as www.gemeente.be belongs after https://"
        ));
    }
    if text
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "<>\"'`\\{}|^".contains(c))
    {
        return Some(crate::t!(
            "er staan spaties of tekens in die in geen webadres passen",
            "it holds spaces or characters that fit no web address"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_how_flemish_contact_data_is_written() {
        for ok in ["info@gemeente.be", "gelijke.kansen@stad.sint-niklaas.be"] {
            assert_eq!(email_problem(ok), None, "{ok}");
        }
        for ok in [
            "053 72 10 00",
            "+32 3 123 45 67",
            "0470/12.34.56",
            "(09) 210 10 10",
            "0800 12 800",
        ] {
            assert_eq!(phone_problem(ok), None, "{ok}");
        }
        for ok in ["https://www.leuven.be", "http://gemeente.be/meldpunt?x=1#a"] {
            assert_eq!(website_problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn refuses_what_is_no_address_or_number() {
        assert!(email_problem("info.gemeente.be").is_some());
        assert!(email_problem("info@gemeente").is_some());
        assert!(email_problem("in fo@gemeente.be").is_some());
        assert!(email_problem("a@b@c.be").is_some());
        assert!(phone_problem("053 72 10").is_some());
        assert!(phone_problem("bel ons").is_some());
        assert!(phone_problem("053 72 10 00 +1").is_some());
        assert!(phone_problem("53 72 10 000").is_some());
        assert!(website_problem("javascript:alert(1)").is_some());
        assert!(website_problem("www.leuven.be").is_some());
        assert!(website_problem("https://").is_some());
        assert!(website_problem("https://leuven.be/\"onclick=x").is_some());
        assert!(website_problem("https://localhost/").is_some());
    }
}
