//! Finding the caller's columns in the header row by name: case, accents, spaces, `-`
//! and `_` do not count (`E-mail`, `email` and `e_mail` are one column), the order does
//! not matter, and columns the caller does not know are left alone.

use super::Column;
use super::scan::Field;

/// A header problem, with the header field it is about (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// A required column is absent; `near` is a header field with a similar name.
    Missing {
        column: &'static str,
        near: Option<usize>,
    },
    /// A column appears twice: the field index of its second appearance and its first.
    Duplicate {
        column: &'static str,
        at: usize,
        first: usize,
    },
}

/// For every header field, the index of the caller's column it is (or `None`).
pub fn match_columns(
    header: &[Field],
    columns: &[Column],
) -> (Vec<Option<usize>>, Vec<HeaderProblem>) {
    let names: Vec<String> = header.iter().map(|f| normalise(&f.text)).collect();
    let mut problems = Vec::new();
    let mut found: Vec<Option<usize>> = vec![None; columns.len()];
    let mut mapping = vec![None; header.len()];
    for (at, name) in names.iter().enumerate() {
        let Some(column) = columns.iter().position(|c| normalise(c.name) == *name) else {
            continue;
        };
        match found[column] {
            Some(first) => problems.push(HeaderProblem::Duplicate {
                column: columns[column].name,
                at,
                first,
            }),
            None => {
                found[column] = Some(at);
                mapping[at] = Some(column);
            }
        }
    }
    for (column, spec) in columns.iter().enumerate() {
        if found[column].is_none() && spec.required {
            let unknown = names
                .iter()
                .enumerate()
                .filter(|(at, _)| mapping[*at].is_none());
            let wanted = normalise(spec.name);
            let near = unknown
                .map(|(at, name)| (strsim::jaro_winkler(&wanted, name), at))
                .filter(|(score, _)| *score > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, at)| at);
            problems.push(HeaderProblem::Missing {
                column: spec.name,
                near,
            });
        }
    }
    (mapping, problems)
}

/// A column name as compared: lower case, without accents, letters and digits only.
pub fn normalise(name: &str) -> String {
    name.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(without_accent)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<Field> {
        names
            .iter()
            .map(|n| Field {
                text: n.to_string(),
                start: 0,
                end: 0,
                last: false,
            })
            .collect()
    }

    const COLUMNS: &[Column] = &[
        Column::required("naam"),
        Column::required("e-mail"),
        Column::optional("rol"),
    ];

    #[test]
    fn names_match_without_case_accents_or_separators_in_any_order() {
        let (mapping, problems) = match_columns(&header(&[" Rôl", "EMAIL", "x", "Naam"]), COLUMNS);
        assert_eq!(mapping, vec![Some(2), Some(1), None, Some(0)]);
        assert!(problems.is_empty());
    }

    #[test]
    fn a_missing_column_names_a_near_miss_and_a_duplicate_its_first() {
        let (_, problems) = match_columns(&header(&["naam", "emial", "Naam"]), COLUMNS);
        assert_eq!(
            problems,
            vec![
                HeaderProblem::Duplicate {
                    column: "naam",
                    at: 2,
                    first: 0
                },
                HeaderProblem::Missing {
                    column: "e-mail",
                    near: Some(1)
                },
            ]
        );
    }
}
