//! The Markdown output (`md/`) is as safe as the HTML: whatever content holds, neither a
//! CommonMark nor a GFM viewer finds raw HTML, an image, a script link or a drawn block
//! in it.

use crate::harness::{Workspace, tree};
use crate::viewers::{commonmark, gfm, live};

/// Markdown that a lax viewer would make live in one way or another.
const HOSTILE: &[&str] = &[
    "Een voetnoot.[^1]\n\n[^1]: <img src=x onerror=alert(1)>",
    "| a | b | c |\n|---|---|---|\n| `x | ![t](https://ver.example/t.png) | y` |",
    "![beeld](https://ver.example/b.png) en ![ref][p]\n\n[p]: https://ver.example/p.png",
    "[klik](javascript:alert(1)) [data](data:text/html,x) [r][j]\n\n[j]: JavaScript:alert(2)",
    "<https://ver.example> <javascript:alert(3)> <mailto:a@b.c>",
    "<div onclick=\"x\">blok</div>\n\n<!-- verborgen --> <?php x ?>",
    "```geojson\n{\"type\": \"Point\", \"coordinates\": [4, 51]}\n```\n\n~~~ Mermaid\ngraph TD; A-->B\n~~~",
    "> <svg onload=alert(4)>\n>\n> - <iframe src=https://ver.example></iframe>",
    "&lt;img src=x onerror=alert(5)&gt; en &#60;script&#62;",
    "`<img src=x>` en ``<b>``",
];

#[test]
fn no_viewer_finds_anything_live_in_the_markdown_output() {
    let ws = Workspace::base();
    let body = HOSTILE.join("\n\n");
    let chapter = format!(
        "---\ntitel: \"Kiezen <img src=x onerror=alert(6)> ![t](https://ver.example/t.png)\"\n---\n\n## Een model {{#een-model}}\n\n{body}\n"
    );
    ws.write("playbook/01-kiezen.md", chapter);
    let answer = serde_json::to_string(&body).unwrap();
    let faq = ws.read_text("faq/melden.yaml").replacen(
        "antwoord: Dat hangt af van het orgaan.",
        &format!("antwoord: {answer}"),
        1,
    );
    let faq = faq.replacen(
        "vraag: Kan ik anoniem melden?",
        "vraag: \"Anoniem <img src=x onerror=alert(7)> ![q](https://ver.example/q.png)?\"",
        1,
    );
    ws.write("faq/melden.yaml", faq);
    let run = ws.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = tree(&ws.path().join("dist"));
    let mut checked = 0;
    for (name, bytes) in files.iter().filter(|(n, _)| n.ends_with(".md")) {
        let text = String::from_utf8_lossy(bytes);
        for (viewer, html) in [("CommonMark", commonmark(&text)), ("GFM", gfm(&text))] {
            let found = live(&html);
            assert!(found.is_empty(), "{name} in {viewer}: {found:?}");
        }
        checked += 1;
    }
    assert!(checked >= 5, "the Markdown pages were checked: {checked}");
    let faq = String::from_utf8_lossy(&files["md/faq.md"]);
    assert!(
        faq.contains("onerror=alert(1)"),
        "the hostile text is shown as text, not dropped"
    );
    assert!(faq.contains("```text"), "a drawn block becomes plain text");
}
