//! The municipal guide (`docs/gemeenten.md`) is run as written: in a new handbook, its
//! YAML and CSV examples are put in the files they name, its `<!-- test: … -->` notes
//! change the model, and every `$ onthaal …` line in a `console` block runs and must
//! print what the guide shows. `…` in the guide stands for any text (a whole line of it:
//! any lines). `ONTHAAL_BLESS=1` writes the actual output into the guide.

use std::path::Path;

use crate::harness::{command, onthaal, repository};

/// A step of the guide, in order.
enum Step {
    /// Top-level keys of a YAML file, replaced by the example's.
    Yaml { file: String, text: String },
    /// A whole file, as Excel would save it (CRLF).
    File { file: String, text: String },
    /// `in FILE vervang "A" door "B"`.
    Replace {
        file: String,
        from: String,
        to: String,
    },
    /// A command and the output the guide shows, with where that output starts in the guide.
    Run {
        args: Vec<String>,
        shown: String,
        at: std::ops::Range<usize>,
    },
}

#[test]
fn the_municipal_guide_runs_as_written() {
    let path = repository().join("docs/gemeenten.md");
    let guide = std::fs::read_to_string(&path).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("handboek");
    assert_eq!(
        onthaal(dir.path(), &["init", root.to_str().unwrap()]).code,
        0
    );
    let mut blessed = guide.clone();
    let mut failures = Vec::new();
    // Output replaced from the end, so earlier offsets stay valid.
    let mut outputs: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for step in steps(&guide) {
        match step {
            Step::Yaml { file, text } => replace_keys(&root.join(file), &text),
            Step::File { file, text } => {
                std::fs::write(root.join(file), text.replace('\n', "\r\n")).unwrap()
            }
            Step::Replace { file, from, to } => {
                let old = std::fs::read_to_string(root.join(&file)).unwrap();
                assert!(old.contains(&from), "{file} bevat `{from}` niet");
                std::fs::write(root.join(file), old.replace(&from, &to)).unwrap();
            }
            Step::Run { args, shown, at } => {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let output = command(&root, &args).output().unwrap();
                let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
                let code = output.status.code().unwrap_or(-1);
                if code > 1 {
                    failures.push(format!(
                        "`{}` eindigde met {code}: {}",
                        args.join(" "),
                        String::from_utf8_lossy(&output.stderr)
                    ));
                }
                if !matches(&shown, &stdout) {
                    failures.push(format!(
                        "`onthaal {}` toont\n{stdout}\nmaar de gids zegt\n{shown}",
                        args.join(" ")
                    ));
                }
                outputs.push((at, stdout));
            }
        }
    }
    if std::env::var_os("ONTHAAL_BLESS").is_some() {
        for (at, text) in outputs.into_iter().rev() {
            blessed.replace_range(at, &text);
        }
        std::fs::write(&path, blessed).unwrap();
        return;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The steps of the guide: fenced blocks and test notes, in order.
fn steps(guide: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut offset = 0;
    let mut lines = guide.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        offset += line.len();
        if let Some(note) = line.trim().strip_prefix("<!-- test: in ") {
            let note = note.trim_end_matches("-->").trim();
            let (file, rest) = note.split_once(" vervang \"").unwrap();
            let (from, to) = rest.split_once("\" door \"").unwrap();
            steps.push(Step::Replace {
                file: file.to_string(),
                from: from.to_string(),
                to: to.trim_end_matches('"').to_string(),
            });
            continue;
        }
        let Some(kind) = line.trim_end().strip_prefix("```") else {
            continue;
        };
        let start = offset;
        let mut body = String::new();
        for inner in lines.by_ref() {
            offset += inner.len();
            if inner.trim_end() == "```" {
                break;
            }
            body.push_str(inner);
        }
        steps.extend(block(kind, &body, start));
    }
    steps
}

fn block(kind: &str, body: &str, start: usize) -> Vec<Step> {
    let named = |text: &str| {
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        first
            .strip_prefix("# ")
            .filter(|f| f.starts_with("charters/"))
            .map(|f| (f.to_string(), rest.to_string()))
    };
    match kind {
        "yaml" => named(body)
            .map(|(file, text)| vec![Step::Yaml { file, text }])
            .unwrap_or_default(),
        "text" => named(body)
            .map(|(file, text)| vec![Step::File { file, text }])
            .unwrap_or_default(),
        "console" => runs(body, start),
        _ => Vec::new(),
    }
}

/// `$ onthaal …` lines with the output below each.
fn runs(body: &str, start: usize) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut offset = start;
    let mut current: Option<(Vec<String>, usize, String)> = None;
    for line in body.split_inclusive('\n') {
        if let Some(cmd) = line.strip_prefix("$ onthaal ") {
            if let Some((args, from, shown)) = current.take() {
                steps.push(Step::Run {
                    args,
                    at: from..offset,
                    shown,
                });
            }
            current = Some((words(cmd.trim_end()), offset + line.len(), String::new()));
        } else if let Some((_, _, shown)) = current.as_mut() {
            shown.push_str(line);
        }
        offset += line.len();
    }
    if let Some((args, from, shown)) = current {
        steps.push(Step::Run {
            args,
            at: from..offset,
            shown,
        });
    }
    steps
}

/// Words as a shell splits them, with "double quotes".
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Whether `actual` is what the guide shows: line by line, where a line `…` stands for
/// any lines and `…` in a line for any text.
fn matches(shown: &str, actual: &str) -> bool {
    let want: Vec<&str> = shown.lines().collect();
    let got: Vec<&str> = actual.lines().collect();
    fn go(want: &[&str], got: &[&str]) -> bool {
        match want.split_first() {
            None => got.is_empty(),
            Some((&"…", rest)) => (0..=got.len()).any(|i| go(rest, &got[i..])),
            Some((line, rest)) => got
                .split_first()
                .is_some_and(|(g, more)| line_matches(line, g) && go(rest, more)),
        }
    }
    go(&want, &got)
}

fn line_matches(pattern: &str, line: &str) -> bool {
    let mut parts = pattern.split('…');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = line.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    if parts.is_empty() {
        return rest.is_empty();
    }
    for (i, part) in parts.iter().enumerate() {
        if i + 1 == parts.len() {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Replaces in the YAML file at `path` the blocks of the top-level keys `text` has.
fn replace_keys(path: &Path, text: &str) {
    let mut file = std::fs::read_to_string(path).unwrap();
    for (key, block) in top_level_blocks(text) {
        let existing = top_level_blocks(&file)
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, b)| b.to_string());
        match existing {
            Some(old) => file = file.replacen(&old, block, 1),
            None => file.push_str(block),
        }
    }
    std::fs::write(path, file).unwrap();
}

/// `(key, the key's lines up to the next top-level key or comment)`.
fn top_level_blocks(text: &str) -> Vec<(String, &str)> {
    let starts: Vec<usize> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .filter(|(_, line)| {
            line.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '#')
        })
        .map(|(start, _)| start)
        .chain(std::iter::once(text.len()))
        .collect();
    starts
        .windows(2)
        .filter_map(|w| {
            let block = &text[w[0]..w[1]];
            let key = block.split_once(':')?.0;
            (!key.starts_with('#')).then(|| (key.to_string(), block))
        })
        .collect()
}

#[test]
fn the_guide_matcher_takes_ellipses_for_any_text() {
    assert!(matches("a\n…\nd\n", "a\nb\nc\nd\n"));
    assert!(matches("a…z\n", "a middle z\n"));
    assert!(!matches("a\nd\n", "a\nb\nd\n"));
    assert!(!matches("a…z\n", "a middle y\n"));
    assert_eq!(
        words(r#"new municipality "Twee Woorden" --member X"#),
        ["new", "municipality", "Twee Woorden", "--member", "X"]
    );
}
