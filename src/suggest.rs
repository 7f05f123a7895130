//! "Bedoel je …?": the nearest known name to a misspelt one.

/// The candidate closest to `given`, when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(given, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn finds_a_close_name_and_ignores_far_ones() {
        let names = ["melder", "meldpuntmedewerker", "coordinator"];
        assert_eq!(did_you_mean("meldr", names), Some("melder"));
        assert_eq!(did_you_mean("politie", names), None);
    }
}
