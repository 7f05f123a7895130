//! Belgian national register numbers (rijksregisternummer, and the BIS number of people
//! without one): eleven digits, `JJ.MM.DD-VVV.CC`, whose last two are a check on the
//! first nine. Only numbers whose check holds are found, so an order number or a date
//! with a code after it is left alone.

/// Byte ranges of national register numbers in `text`.
pub fn find(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if !(boundary && bytes[i].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let (end, groups) = digit_groups(bytes, i);
        let after_ok = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if after_ok && GROUPINGS.contains(&groups.as_slice()) {
            let digits: String = text[i..end].chars().filter(char::is_ascii_digit).collect();
            if is_national_number(&digits) {
                found.push((i, end));
            }
        }
        i = end.max(i + 1);
    }
    found
}

/// How people write the eleven digits: `85073003328`, `850730 033 28`,
/// `85.07.30-033.28`, `85.07.30-03328`.
const GROUPINGS: &[&[usize]] = &[&[11], &[6, 3, 2], &[6, 5], &[2, 2, 2, 3, 2], &[2, 2, 2, 5]];

/// From `start`, digits with single separators (`.`, `-`, space, `/`) between them: where
/// the run ends and the sizes of its digit groups.
fn digit_groups(bytes: &[u8], start: usize) -> (usize, Vec<usize>) {
    let mut groups = vec![0];
    let mut end = start;
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() {
            *groups.last_mut().unwrap_or(&mut 0) += 1;
            end += 1;
        } else if matches!(b, b'.' | b'-' | b' ' | b'/')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
            && groups.len() < 8
        {
            groups.push(0);
            end += 1;
        } else {
            break;
        }
    }
    (end, groups)
}

/// Whether eleven digits are a national register or BIS number: a possible birth date
/// (month 0–12, plus 20 or 40 for a BIS number; day 0–31) and the check digits.
pub fn is_national_number(digits: &str) -> bool {
    if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let month: u32 = digits[2..4].parse().unwrap_or(99) % 20;
    let day: u32 = digits[4..6].parse().unwrap_or(99);
    let base: u64 = digits[..9].parse().unwrap_or(0);
    let check: u64 = digits[9..].parse().unwrap_or(100);
    let valid = |number: u64| 97 - number % 97 == check;
    // Born in 2000 or later: the check is computed over 2 followed by the nine digits.
    month <= 12 && day <= 31 && (valid(base) || valid(2_000_000_000 + base))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Made-up numbers with a valid check, from the published rule (not real people).
    const BEFORE_2000: &str = "85073003328";
    const AFTER_2000: &str = "01010100126";

    #[test]
    fn the_check_digits_decide() {
        assert!(is_national_number(BEFORE_2000));
        assert!(is_national_number(AFTER_2000));
        assert!(!is_national_number("85073003329"));
        assert!(
            !is_national_number("85133003370"),
            "month 13, though its check holds"
        );
    }

    #[test]
    fn numbers_are_found_as_people_write_them() {
        for written in [
            "85073003328",
            "850730 033 28",
            "85.07.30-033.28",
            "85.07.30-03328",
        ] {
            let text = format!("Rijksregister: {written}.");
            let found = find(&text);
            assert_eq!(found.len(), 1, "{written}");
            assert_eq!(&text[found[0].0..found[0].1], written);
        }
        assert!(find("bestelling 850730033281 en 09 123 45 67 en 2026-11-26").is_empty());
        assert!(find("85073003329").is_empty(), "a wrong check is no number");
    }
}
