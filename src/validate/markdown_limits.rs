//! D010–D013: Markdown that would cost a build seconds and gigabytes is refused before
//! anything is rendered. A chapter is rendered several times (its page, the print page,
//! the Markdown files, the search index), so a table of 20,000 columns took 47 s and
//! 2.8 GB; these limits keep every chapter well under a second and 200 MB, and lie far
//! above anything a handbook needs.

use pulldown_cmark::{Event, Parser, Tag};

use crate::diagnostics::Diagnostic;
use crate::i18n::Text;
use crate::load::{Loaded, Workspace};
use crate::source::{SourceFile, Span};

/// Columns of one table (D010). A table for people to read has a handful.
pub const MAX_TABLE_COLUMNS: usize = 50;
/// Cells of one table (D010): 50 rows of 50 columns.
pub const MAX_TABLE_CELLS: usize = 2_500;
/// Lists and quotes inside each other (D011).
pub const MAX_NESTING: usize = 16;
/// Characters on one line of any content file (D012); the longest line of the pilot's
/// content has about 700.
pub const MAX_LINE_CHARS: usize = 5_000;
/// Bytes of one Markdown text, a chapter or a field (D013); the longest document of the
/// pilot, the model charter, has 25 KiB.
pub const MAX_MARKDOWN_BYTES: usize = 128 * 1024;

/// A limit crossed, at a byte offset in the Markdown text.
struct Crossed {
    offset: usize,
    code: &'static str,
    message: Text,
}

pub fn check_all(workspace: &Workspace, out: &mut Vec<Diagnostic>) {
    for file in workspace.sources() {
        out.extend(long_line(file));
    }
    let documents = workspace
        .charter
        .iter()
        .chain(&workspace.playbook)
        .chain(&workspace.bijlagen);
    for doc in documents {
        for crossed in crossed(&doc.value.body) {
            let (line, column) = doc.file.position(doc.value.body_offset + crossed.offset);
            out.push(diagnostic(&doc.file, Span::new(line, column, 1), crossed));
        }
    }
    for (file, span, text) in markdown_fields(workspace) {
        for crossed in crossed(text) {
            // The field's own line: its value starts there (a block scalar below it).
            let line = text[..crossed.offset].lines().count().max(1);
            let message = Text::new(
                format!("{} (regel {line} van dit veld)", crossed.message.nl),
                format!("{} (line {line} of this field)", crossed.message.en),
            );
            out.push(diagnostic(file, span, Crossed { message, ..crossed }));
        }
    }
}

/// The Markdown fields of the YAML files: their file, the place of the value, its text.
fn markdown_fields(ws: &Workspace) -> Vec<(&SourceFile, Span, &str)> {
    fn field<'a, T>(
        l: &'a Loaded<T>,
        path: String,
        text: &'a str,
    ) -> (&'a SourceFile, Span, &'a str) {
        (&l.file, l.spans.value(&path), text)
    }
    let mut fields = Vec::new();
    if let Some(m) = &ws.manifest {
        fields.push(field(m, "inleiding".into(), &m.value.inleiding));
    }
    for b in &ws.blueprints {
        fields.push(field(b, "samenvatting".into(), &b.value.samenvatting));
    }
    for f in &ws.faq {
        for (i, v) in f.value.vragen.iter().enumerate() {
            fields.push(field(f, format!("vragen[{i}].antwoord"), &v.antwoord));
        }
    }
    if let Some(c) = &ws.checklist {
        fields.push(field(c, "toelichting".into(), &c.value.toelichting));
        for (i, b) in c.value.criteria.iter().enumerate() {
            fields.push(field(
                c,
                format!("criteria[{i}].beschrijving"),
                &b.beschrijving,
            ));
        }
    }
    if let Some(o) = &ws.reference.organen {
        for (i, organ) in o.value.organen.iter().enumerate() {
            fields.push(field(o, format!("organen[{i}].wat"), &organ.wat));
        }
    }
    fields
}

fn diagnostic(file: &SourceFile, span: Span, crossed: Crossed) -> Diagnostic {
    let help = match crossed.code {
        "D010" => crate::t!(
            "splits de tabel, of zet de gegevens in een lijst; een lezer overziet geen tabel van die maat",
            "split the table, or put the data in a list; no reader takes in a table that size"
        ),
        "D011" => crate::t!(
            "maak de opsomming vlakker: een lijst in een lijst in een lijst is al moeilijk te volgen",
            "make the list flatter: a list in a list in a list is already hard to follow"
        ),
        _ => crate::t!(
            "splits de tekst over meerdere hoofdstukken of bijlagen",
            "split the text over several chapters or annexes"
        ),
    };
    Diagnostic::new(crossed.code, file, span, crossed.message).with_help(help)
}

/// D012 in any content file: the first line longer than the limit, at the character
/// where it crosses it.
fn long_line(file: &SourceFile) -> Option<Diagnostic> {
    for line in 1..=file.line_count() {
        let text = file.line(line);
        if text.len() > MAX_LINE_CHARS && text.chars().count() > MAX_LINE_CHARS {
            let count = text.chars().count();
            return Some(
                Diagnostic::new(
                    "D012",
                    file,
                    Span::new(line, MAX_LINE_CHARS + 1, 1),
                    crate::t!(
                        "deze regel telt {count} tekens; de grens is {MAX_LINE_CHARS}",
                        "this line has {count} characters; the limit is {MAX_LINE_CHARS}"
                    ),
                )
                .with_help(crate::t!(
                    "breek de regel af; een lege regel begint een nieuwe alinea",
                    "break the line; an empty line starts a new paragraph"
                )),
            );
        }
    }
    None
}

/// The limits `markdown` crosses: its size (then nothing more is read), every table
/// too wide or too large, and the first nesting too deep.
fn crossed(markdown: &str) -> Vec<Crossed> {
    if markdown.len() > MAX_MARKDOWN_BYTES {
        let size = crate::load::file::mebibytes(markdown.len() as u64);
        let limit = MAX_MARKDOWN_BYTES / 1024;
        return vec![Crossed {
            offset: markdown.len() - markdown.trim_start().len(),
            code: "D013",
            message: crate::t!(
                "deze tekst is {size} groot; de grens is {limit} KiB",
                "this text is {size} in size; the limit is {limit} KiB"
            ),
        }];
    }
    let mut found = Vec::new();
    let mut depth = 0;
    let mut deep_reported = false;
    let mut cells = 0;
    for (event, range) in Parser::new_ext(markdown, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(columns)) => {
                cells = 0;
                let count = columns.len();
                if count > MAX_TABLE_COLUMNS {
                    found.push(Crossed {
                        offset: range.start,
                        code: "D010",
                        message: crate::t!(
                            "deze tabel heeft {count} kolommen; de grens is {MAX_TABLE_COLUMNS}",
                            "this table has {count} columns; the limit is {MAX_TABLE_COLUMNS}"
                        ),
                    });
                }
            }
            Event::Start(Tag::TableCell) => {
                cells += 1;
                if cells == MAX_TABLE_CELLS + 1 {
                    found.push(Crossed {
                        offset: range.start,
                        code: "D010",
                        message: crate::t!(
                            "deze tabel heeft hier meer dan {MAX_TABLE_CELLS} cellen",
                            "this table has more than {MAX_TABLE_CELLS} cells here"
                        ),
                    });
                }
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {
                depth += 1;
                if depth > MAX_NESTING && !std::mem::replace(&mut deep_reported, true) {
                    found.push(Crossed {
                        offset: range.start,
                        code: "D011",
                        message: crate::t!(
                            "lijsten en citaten staan hier meer dan {MAX_NESTING} niveaus diep in elkaar",
                            "lists and quotes nest more than {MAX_NESTING} levels deep here"
                        ),
                    });
                }
            }
            Event::End(pulldown_cmark::TagEnd::List(_) | pulldown_cmark::TagEnd::BlockQuote(_)) => {
                depth -= 1;
            }
            _ => {}
        }
    }
    found
}
