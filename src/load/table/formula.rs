//! Cells a spreadsheet would run as a formula ("CSV injection"): text that starts with
//! `=`, `+`, `-` or `@`, or with a tab or carriage return before one of those. A file we
//! publish or hand back to Excel must not carry one.

/// Whether Excel or LibreOffice could read `cell` as a formula. A number or phone number
/// with a sign (`-5`, `+32 9 210 10 10`) is not: without letters it cannot call anything.
pub fn looks_like_formula(cell: &str) -> bool {
    let Some(first) = cell.chars().next() else {
        return false;
    };
    match first {
        '=' | '@' | '\t' | '\r' => true,
        '+' | '-' => !cell[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || " ./()".contains(c)),
        _ => false,
    }
}

/// `cell` as Excel shows it as plain text: a formula-looking cell gets a leading
/// apostrophe, which Excel hides.
pub fn spreadsheet_safe(cell: &str) -> String {
    if looks_like_formula(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_found_and_signed_numbers_are_not() {
        for formula in [
            "=1+1",
            "@SUM(A1)",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|x",
            "\t=1",
            "\r=1",
            "=HYPERLINK(\"http://x\")",
        ] {
            assert!(looks_like_formula(formula), "{formula:?}");
        }
        for plain in ["", "Gent", "-5", "+32 9 210 10 10", "- ", "a=b", " =1"] {
            assert!(!looks_like_formula(plain), "{plain:?}");
        }
        assert_eq!(spreadsheet_safe("=1"), "'=1");
        assert_eq!(spreadsheet_safe("Gent"), "Gent");
    }
}
