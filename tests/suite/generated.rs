//! Generated inputs (proptest) between the fixtures: every content kind mutated from
//! the base workspace, spreadsheets of any bytes, and hostile Markdown into HTML and into
//! Markdown. Never a panic, every diagnostic inside its file, nothing live in the output.
//! Fast enough for CI by default; `PROPTEST_CASES=2000` explores more. Every failure
//! found is kept below as a fixed case (`FOUND_…`), so it is tried on every run.

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

use onthaal::diagnostics::Diagnostic;
use onthaal::validate::Date;

use crate::harness::Workspace;
use crate::viewers::{commonmark, gfm, live};

/// Cases per property: `PROPTEST_CASES` when set, else `default`.
fn runner(default: u32) -> TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Pieces that YAML, Markdown, templates and spreadsheets each read specially.
const FRAGMENTS: &[&str] = &[
    "- ",
    ": ",
    "  ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    "&anker ",
    "*anker",
    "!!binary ",
    "---\n",
    "...\n",
    "\"",
    "'",
    "|\n",
    ">-\n",
    "#",
    "%YAML 1.2\n",
    "? ",
    "\u{feff}",
    "\u{202e}",
    "\u{7}",
    "é",
    "𝄞",
    "99999999999999999999",
    "-1",
    "~",
    "null",
    "true",
    "2026-13-45",
    "\r\n",
    "\r",
    "\n\n",
    "{{ gemeente.naam }}",
    "{% if x %}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "![x](https://ver.example/x.png)",
    "## Kop {#kop .vast onclick=x}\n",
    "| a | b |\n|---|---|\n| `c | ![d](e.png) | f` |\n",
    "> > > ",
    "`",
    "```geojson\n",
    "[^1]: <b>x</b>\n",
    "id: x\n",
    "  - id: dubbel\n",
    "85.07.30-033.28",
    "BE68 5390 0754 7034",
    "<!-- x -->",
    "&lt;",
    "&#60;img src=x&#62;",
    "[a]: data:text/html,x\n",
    "<javascript:alert(1)>",
    "\\",
    "*",
    "_",
    "~~",
    "1. ",
    "+ ",
];

/// One change to a text; positions are taken modulo its length.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, &'static str),
    DeleteLine(usize),
    DuplicateLine(usize),
    Truncate(usize),
    Repeat(usize, &'static str, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let fragment = proptest::sample::select(FRAGMENTS);
    prop_oneof![
        4 => (any::<usize>(), fragment.clone()).prop_map(|(at, f)| Edit::Insert(at, f)),
        2 => any::<usize>().prop_map(Edit::DeleteLine),
        2 => any::<usize>().prop_map(Edit::DuplicateLine),
        1 => any::<usize>().prop_map(Edit::Truncate),
        1 => (any::<usize>(), fragment, 2..60usize).prop_map(|(at, f, n)| Edit::Repeat(at, f, n)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut text = text.to_string();
    for edit in edits {
        let boundary = |at: usize, text: &str| {
            let mut at = at % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        text = match edit {
            Edit::Insert(at, f) => {
                let at = boundary(*at, &text);
                format!("{}{f}{}", &text[..at], &text[at..])
            }
            Edit::Repeat(at, f, n) => {
                let at = boundary(*at, &text);
                format!("{}{}{}", &text[..at], f.repeat(*n), &text[at..])
            }
            Edit::Truncate(at) => text[..boundary(*at, &text)].to_string(),
            Edit::DeleteLine(i) if !lines.is_empty() => {
                let i = i % lines.len();
                lines
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, l)| *l)
                    .collect()
            }
            Edit::DuplicateLine(i) if !lines.is_empty() => {
                let i = i % lines.len();
                let mut out: Vec<&str> = lines.clone();
                out.insert(i, lines[i]);
                out.concat()
            }
            _ => text.clone(),
        };
    }
    text
}

/// The text positions are counted in: as loading reads a file (lossy UTF-8, no byte
/// order mark, a lone CR a line break).
fn as_read(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Whether `d` points inside `text`: an existing line, a column on it or just after it.
fn inside(d: &Diagnostic, text: &str) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(line) = lines.get(d.span.line.wrapping_sub(1)) else {
        return d.span.line == 1 && d.span.column == 1;
    };
    d.span.line >= 1 && d.span.column >= 1 && d.span.column <= line.chars().count() + 1
}

/// Mutates `file` of a base workspace (with a municipality) and checks the whole
/// workspace each time.
fn mutate_and_check(file: &str, cases: u32) {
    let ws = Workspace::base();
    let made = ws.run(&["new", "municipality", "Proefstad", "--model", "proefmodel"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let original = ws.read_text(file);
    let today = Date::parse("2026-11-26").unwrap();
    let result = runner(cases).run(&proptest::collection::vec(edit(), 1..6), |edits| {
        let text = apply(&original, &edits);
        ws.write(file, &text);
        let found = onthaal::check(ws.path(), today)
            .map_err(|e| TestCaseError::fail(format!("{file}: tool error {e:#}")))?;
        for d in found {
            let path = ws.path().join(&d.file);
            let Ok(bytes) = std::fs::read(&path) else {
                continue; // a folder, a link or a file outside: at 1:1
            };
            let text = as_read(&bytes);
            prop_assert!(
                inside(&d, &text),
                "{file}: {} at {}:{}:{} is outside the file",
                d.code(),
                d.file,
                d.span.line,
                d.span.column
            );
        }
        Ok(())
    });
    ws.write(file, &original);
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

#[test]
fn every_content_kind_loads_without_a_panic_and_every_finding_is_inside_its_file() {
    for file in [
        "onthaal.yaml",
        "blueprints/proefmodel.yaml",
        "faq/melden.yaml",
        "checklist/8b.yaml",
        "reference/drempels.yaml",
        "reference/dimensies.yaml",
        "reference/kanalen.yaml",
        "reference/doelgroepen.yaml",
        "reference/organen.yaml",
        "reference/criteria.yaml",
        "reference/domeinen.yaml",
        "reference/bevoegdheden.yaml",
        "charters/model.md",
        "playbook/01-kiezen.md",
        "charters/proefstad.yaml",
        "charters/proefstad.partners.csv",
    ] {
        mutate_and_check(file, 8);
    }
}

/// What CSV and the encodings read specially.
const SHEET_PIECES: &[&[u8]] = &[
    b";",
    b",",
    b"\"",
    b"\"\"",
    b"\r\n",
    b"\n",
    b"\r",
    b"ja",
    b"nee",
    b"deels",
    b"bereikbaar",
    b"1",
    b"2",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\xe9",
    b"\x80",
    b"\x1b[31m",
    b"b;nr;controlepunt;antwoord\n",
    b"naam;soort;e-mail;telefoon;rol\n",
    b"=HYPERLINK(\"x\")",
    b" ",
    b"B;NR;Antwoord\r\n",
    b"85.07.30-033.28",
];

/// Bytes a spreadsheet may hold, weighted towards what CSV and encodings read specially.
fn sheet_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => proptest::sample::select(SHEET_PIECES).prop_map(<[u8]>::to_vec),
        1 => any::<u8>().prop_map(|b| vec![b]),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

/// The text a spreadsheet's positions are counted in.
fn sheet_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => as_read(text.as_bytes()),
        Err(_) => as_read(
            bytes
                .iter()
                .map(|&b| onthaal::load::table::windows_1252(b))
                .collect::<String>()
                .as_bytes(),
        ),
    }
}

fn check_sheet(
    bytes: &[u8],
    spec: &'static onthaal::load::table::Spec,
) -> Result<(), TestCaseError> {
    let read = onthaal::load::table::parse("blad.csv", Path::new("blad.csv"), bytes, spec);
    let text = sheet_text(bytes);
    for d in &read.problems {
        prop_assert!(
            inside(d, &text),
            "{} at {}:{} outside {text:?}",
            d.code(),
            d.span.line,
            d.span.column
        );
    }
    for row in read.table.iter().flat_map(|t| &t.rows) {
        for column in spec.columns {
            if let Some(cell) = row.cell(column.name) {
                let file = &read.table.as_ref().unwrap().file;
                let probe = Diagnostic::new("S004", file, cell.span, onthaal::t!("x", "x"));
                prop_assert!(
                    inside(&probe, &text),
                    "cell {} at {:?} outside {text:?}",
                    column.name,
                    cell.span
                );
            }
        }
    }
    Ok(())
}

#[test]
fn any_spreadsheet_is_read_without_a_panic_and_every_problem_is_inside_it() {
    let result = runner(200).run(&sheet_bytes(), |bytes| {
        check_sheet(&bytes, &onthaal::assessment::SHEET)?;
        check_sheet(&bytes, &onthaal::load::municipality::PARTNERS)
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

/// Markdown built from the pieces a hostile editor would try.
fn hostile_markdown() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..40).prop_map(|p| p.concat())
}

/// `html` has no tag, handler, source or script link that plain Markdown does not make.
fn inert(what: &str, html: &str) -> Result<(), TestCaseError> {
    let found = live(html);
    prop_assert!(found.is_empty(), "{what}: {found:?}");
    Ok(())
}

fn check_markdown(markdown: &str) -> Result<(), TestCaseError> {
    let html = onthaal::render::html::markdown_to_html(markdown, 1);
    inert("HTML", &html)?;
    let md = onthaal::render::md::finish(markdown);
    inert("Markdown in a CommonMark viewer", &commonmark(&md))?;
    inert("Markdown in a GFM viewer", &gfm(&md))
}

#[test]
fn hostile_markdown_is_inert_in_html_and_in_markdown() {
    let result = runner(200).run(&hostile_markdown(), |markdown| check_markdown(&markdown));
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

/// The text a viewer shows for `html`: tags left out, the common entities decoded.
fn shown(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace('\u{feff}', "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_plain_text_field_shows_exactly_its_text_in_every_viewer() {
    let result = runner(200).run(&hostile_markdown(), |text| check_plain(&text));
    if let Err(failure) = result {
        panic!("{failure}");
    }
}

/// A plain field's text, escaped, shows exactly that text in both viewers.
fn check_plain(text: &str) -> Result<(), TestCaseError> {
    let escaped = onthaal::render::md::escape_text(text);
    // A byte order mark is dropped, as viewers do at a file's start.
    let wanted = text.replace('\u{feff}', "");
    let wanted = wanted.split_whitespace().collect::<Vec<_>>().join(" ");
    for (viewer, html) in [("CommonMark", commonmark(&escaped)), ("GFM", gfm(&escaped))] {
        inert(viewer, &html)?;
        // GFM links a bare web address and takes a `\` after it along: a link, not
        // what this is about.
        if !html.contains("<a href=") {
            prop_assert_eq!(
                shown(&html),
                wanted.clone(),
                "{} shows {:?}",
                viewer,
                escaped
            );
        }
    }
    Ok(())
}

#[test]
fn found_inputs_stay_fixed() {
    let folder = crate::harness::fixtures().join("generated");
    let read = |kind: &str| -> Vec<(String, String)> {
        let mut found: Vec<(String, String)> = std::fs::read_dir(folder.join(kind))
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.display().to_string(),
                    String::from_utf8(std::fs::read(&p).unwrap()).unwrap(),
                )
            })
            .collect();
        found.sort();
        found
    };
    let markdown = read("markdown");
    let plain = read("plain");
    assert!(markdown.len() >= 4 && plain.len() >= 2);
    for (name, text) in markdown {
        check_markdown(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    for (name, text) in plain {
        check_plain(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
