//! Bank account numbers (IBAN): a country code, two check digits and the account, often
//! in groups of four (`BE68 5390 0754 7034`). Found only with the length of its country
//! and a check that holds (ISO 13616, modulo 97), so a product code is left alone.

/// The length of an IBAN per country, for the countries a Flemish text is likely to name.
const LENGTHS: &[(&str, usize)] = &[
    ("AT", 20),
    ("BE", 16),
    ("BG", 22),
    ("CH", 21),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("EE", 20),
    ("ES", 24),
    ("FI", 18),
    ("FR", 27),
    ("GB", 22),
    ("GR", 27),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IT", 27),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MA", 28),
    ("MT", 31),
    ("NL", 18),
    ("NO", 15),
    ("PL", 28),
    ("PT", 25),
    ("RO", 24),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("TR", 26),
];

/// Byte ranges of IBANs in `text`.
pub fn find(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let country = text.get(i..i + 2).map(str::to_ascii_uppercase);
        let length = country
            .as_deref()
            .and_then(|c| LENGTHS.iter().find(|(code, _)| *code == c))
            .map(|(_, length)| *length);
        if let (true, Some(length)) = (boundary, length)
            && let Some(end) = take(bytes, i, length)
        {
            found.push((i, end));
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

/// From `start`, `length` letters and digits with single spaces between them allowed;
/// the end of that run if it is a valid IBAN standing on its own.
fn take(bytes: &[u8], start: usize, length: usize) -> Option<usize> {
    let mut compact = Vec::with_capacity(length);
    let mut end = start;
    while compact.len() < length && end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_alphanumeric() {
            compact.push(b.to_ascii_uppercase());
        } else if !(b == b' '
            && compact.len() >= 4
            && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric))
        {
            return None;
        }
        end += 1;
    }
    let alone = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
    (compact.len() == length
        && alone
        && compact[2..4].iter().all(u8::is_ascii_digit)
        && checks(&compact))
    .then_some(end)
}

/// The ISO 13616 check: the first four characters moved to the end, letters as 10–35,
/// the number modulo 97 is 1.
fn checks(iban: &[u8]) -> bool {
    let mut remainder = 0u32;
    for &b in iban[4..].iter().chain(&iban[..4]) {
        let value = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            _ => return false,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    remainder == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ibans_are_found_grouped_or_not() {
        // The example accounts of the banks' own documentation, not real ones.
        for written in [
            "BE68 5390 0754 7034",
            "BE68539007547034",
            "be68 5390 0754 7034",
            "NL91 ABNA 0417 1643 00",
            "FR14 2004 1010 0505 0001 3M02 606",
        ] {
            let text = format!("Stort op {written}, dank je.");
            let found = find(&text);
            assert_eq!(found.len(), 1, "{written}");
            assert_eq!(&text[found[0].0..found[0].1], written);
        }
    }

    #[test]
    fn a_wrong_check_or_length_is_no_iban() {
        assert!(find("BE68 5390 0754 7035").is_empty());
        assert!(find("BE68 5390 0754 70341").is_empty());
        assert!(find("BEKEND 2026 en DE12").is_empty());
    }
}
