//! Ids and slugs: lowercase words joined by hyphens, safe in paths, file names and anchors.

/// An id is lowercase words joined by hyphens, so that it is safe in paths and anchors.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// A well-formed id made from free text: `Sint-Niklaas` → `sint-niklaas`,
/// `Streekregisseurs DDS` → `streekregisseurs-dds`. Accents are dropped as the keywords
/// drop them (`keywords::fold`), every other character separates words, so the result
/// never holds a path character. Empty when the text has no latin letter or digit.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::keywords::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::{is_valid_id, slug};

    #[test]
    fn slugs_are_valid_ids_without_path_characters() {
        assert_eq!(slug("Sint-Niklaas"), "sint-niklaas");
        assert_eq!(slug("Streekregisseurs DDS"), "streekregisseurs-dds");
        assert_eq!(slug("Één Warm Meldpunt!"), "een-warm-meldpunt");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("Œuvre Façade Straße"), "oeuvre-facade-strasse");
        assert_eq!(slug("C:\\Windows\\ Ǆ"), "c-windows");
        assert_eq!(slug("Κρήτη"), "");
        for text in ["a/b", "a\\b", "a.b", ".", "..", "~", "a:b", " x "] {
            let s = slug(text);
            assert!(s.is_empty() || is_valid_id(&s), "{text:?} → {s:?}");
        }
    }
}
