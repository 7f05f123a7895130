//! The reader as a caller sees it: rows by column name, and every problem located.

use super::{Codes, Column, Read, Spec, parse};

const SPEC: Spec = Spec {
    columns: &[
        Column::required("b"),
        Column::required("nr"),
        Column::optional("antwoord"),
    ],
    key: &["b", "nr"],
    codes: Codes {
        file: "S004",
        header: "S005",
        shape: "S006",
        empty: "S007",
        header_only: Some("S007"),
        duplicate: "S008",
    },
    max_rows: 3,
    ..Spec::DEFAULT
};

fn read(text: &str) -> Read {
    parse("t.csv", "t.csv".as_ref(), text.as_bytes(), &SPEC)
}

/// Each problem as `code line:column message`.
fn problems(text: &str) -> Vec<String> {
    read(text)
        .problems
        .iter()
        .map(|d| {
            format!(
                "{} {}:{} {}",
                d.code(),
                d.span.line,
                d.span.column,
                d.message.nl
            )
        })
        .collect()
}

#[test]
fn columns_are_read_by_name_in_any_order_with_their_positions() {
    let read =
        read("Antwoord,Nr,extra,B\r\nja,1,\"x,\ny\",bereikbaar\r\n,,,\r\nnee,2,z,bekend\r\n");
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let table = read.table.unwrap();
    assert_eq!(table.delimiter, b',');
    let rows: Vec<_> = table
        .rows
        .iter()
        .map(|r| (r.line, r.text("b"), r.text("nr"), r.text("antwoord")))
        .collect();
    assert_eq!(
        rows,
        vec![(2, "bereikbaar", "1", "ja"), (5, "bekend", "2", "nee")]
    );
    let b = table.rows[0].cell("b").unwrap().span;
    assert_eq!((b.line, b.column, b.width), (3, 4, 10));
}

#[test]
fn an_unclosed_quote_is_reported_at_the_quote_and_nothing_after_it_is_read() {
    assert_eq!(
        problems("b;nr\nx;1\n\"y;2\nz;3\n"),
        vec![
            "S006 3:1 dit aanhalingsteken opent een cel die nergens sluit; de rest van het bestand zou erin verdwijnen"
        ]
    );
    assert_eq!(read("b;nr\nx;1\n\"y;2\nz;3\n").table.unwrap().rows.len(), 1);
}

#[test]
fn header_problems_point_at_the_header() {
    assert_eq!(
        problems("b;n;antwoord\nx;1;ja\n"),
        vec!["S005 1:3 de kolom `nr` ontbreekt"]
    );
    assert_eq!(
        problems("b;nummer;antwoord\nx;1;ja\n"),
        vec!["S005 1:1 de kolom `nr` ontbreekt"]
    );
    assert_eq!(
        problems("b;nr;B\nx;1;y\n"),
        vec!["S005 1:6 de kolom `b` staat twee keer in de kopregel (ook als kolom 1)"]
    );
    assert!(read("b;nr;B\nx;1;y\n").table.is_none());
}

#[test]
fn a_near_miss_in_the_header_is_named() {
    let read = read("bb;nr;antwoord\nx;1;ja\n");
    let d = &read.problems[0];
    assert_eq!((d.span.line, d.span.column), (1, 1));
    assert_eq!(d.message.nl, "de kolom `b` ontbreekt");
    let read = self::read("b;Nr.;x;antwoord\nx;1;y;ja\n");
    assert!(read.problems.is_empty(), "`Nr.` is `nr`");
    let read = self::read("b;nrr;antwoord\nx;1;ja\n");
    let d = &read.problems[0];
    assert_eq!((d.span.line, d.span.column, d.span.width), (1, 3, 3));
    assert_eq!(
        d.help.as_ref().unwrap().nl,
        "bedoel je `nrr`? Noem de kolom `nr`"
    );
}

#[test]
fn ragged_and_duplicate_rows_are_reported_where_they_go_wrong() {
    assert_eq!(
        problems("b;nr;antwoord\nx;1;ja;extra\ny;2\nX ;1;nee\n"),
        vec![
            "S006 2:8 deze rij heeft 4 cellen, de kopregel 3",
            "S006 3:4 deze rij heeft 2 cellen, de kopregel 3",
            "S008 4:1 dubbele rij: dezelfde `b` en `nr` als de rij op regel 2",
        ]
    );
}

#[test]
fn empty_and_header_only_files_are_reported() {
    assert_eq!(problems(""), vec!["S007 1:1 het bestand is leeg"]);
    assert_eq!(problems(" \r\n\r\n"), vec!["S007 1:1 het bestand is leeg"]);
    assert_eq!(
        problems("b;nr\r\n;\r\n"),
        vec!["S007 1:1 het bestand heeft een kopregel maar geen rijen"]
    );
}

#[test]
fn rows_past_the_limit_are_refused_at_the_first_one_too_many() {
    assert_eq!(
        problems("b;nr\na;1\nb;1\nc;1\nd;1\ne;1\n"),
        vec!["S004 5:1 het bestand heeft meer dan 3 rijen; de rest wordt niet gelezen"]
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    static SMALL: Spec = Spec {
        max_bytes: 10,
        ..SPEC
    };
    let read = parse("t.csv", "t.csv".as_ref(), &[b'a'; 11], &SMALL);
    assert_eq!(read.problems[0].code(), "S004");
    assert_eq!(
        read.problems[0].message.nl,
        "het bestand is 0,0 MiB groot; de grens is 0,0 MiB"
    );
}

#[test]
fn old_mac_line_breaks_count_as_lines() {
    assert_eq!(
        problems("b;nr\rx;1;z\r"),
        vec!["S006 2:5 deze rij heeft 3 cellen, de kopregel 2"]
    );
}
