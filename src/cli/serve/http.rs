//! Answering the browser: files of the built site (never outside it), with a small
//! script in each HTML page that reloads it after the next build, and a banner when
//! the latest build had problems.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tiny_http::{Header, Request, Response};

use super::site::{Site, Status};

/// Where the reload script and the wait for the next build are served.
const RELOAD_SCRIPT: &str = "/__onthaal/herlaad.js";
const WAIT: &str = "/__onthaal/wacht";

/// How long a page's question "is there a newer build?" stays open.
const LONG_POLL: Duration = Duration::from_secs(25);

/// Waits for a build newer than the page's own, then reloads; retries when the server
/// is away (restarted, say).
const SCRIPT: &str = r#"(function () {
  var mine = Number(document.currentScript.dataset.generatie);
  function wait() {
    fetch("/__onthaal/wacht?generatie=" + mine, { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (now) { if (Number(now) > mine) { location.reload(); } else { wait(); } })
      .catch(function () { setTimeout(wait, 1000); });
  }
  wait();
})();
"#;

pub fn respond(site: &Arc<Site>, request: Request) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let response = match path {
        RELOAD_SCRIPT => text(200, SCRIPT, "text/javascript; charset=utf-8"),
        WAIT => {
            let seen = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("generatie="))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let now = site.wait_after(seen, LONG_POLL);
            text(200, &now.to_string(), "text/plain; charset=utf-8")
        }
        _ => file(site, path),
    };
    let _ = request.respond(response);
}

fn file(site: &Site, path: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let Some(relative) = site_path(path) else {
        return text(
            403,
            crate::i18n::pick(
                "geweigerd: dit pad ligt buiten de website\n",
                "refused: this path lies outside the website\n",
            ),
            "text/plain; charset=utf-8",
        );
    };
    let mut full = site.folder.join(&relative);
    if full.is_dir() {
        full.push("index.html");
    }
    let Ok(bytes) = std::fs::read(&full) else {
        let missing = crate::i18n::pick("niet gevonden\n", "not found\n");
        return text(404, missing, "text/plain; charset=utf-8");
    };
    let kind = content_type(&full);
    if kind.starts_with("text/html") {
        let page = String::from_utf8_lossy(&bytes);
        return text(200, &inject(&page, &site.status()), kind);
    }
    with_type(Response::from_data(bytes), kind)
}

/// The URL path as a path inside the site: percent-decoded, each segment a plain name.
/// `..`, a backslash or a NUL anywhere refuses the request.
pub fn site_path(url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut relative = PathBuf::new();
    for segment in decoded.split('/').filter(|s| !s.is_empty() && *s != ".") {
        if segment == ".." || segment.contains(['\\', '\0']) {
            return None;
        }
        relative.push(segment);
    }
    let plain = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    plain.then_some(relative)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The page with the banner and the reload script before `</body>`.
fn inject(page: &str, status: &Status) -> String {
    let addition = format!(
        "{}<script src=\"{RELOAD_SCRIPT}\" data-generatie=\"{}\"></script>\n",
        super::banner::html(status),
        status.generation
    );
    match page.rfind("</body>") {
        Some(end) => format!("{}{addition}{}", &page[..end], &page[end..]),
        None => format!("{page}{addition}"),
    }
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn text(status: u16, body: &str, kind: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    with_type(Response::from_data(body.as_bytes().to_vec()), kind).with_status_code(status)
}

fn with_type(
    response: Response<std::io::Cursor<Vec<u8>>>,
    kind: &str,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let headers = [("Content-Type", kind), ("Cache-Control", "no-store")];
    headers.into_iter().fold(
        response,
        |response, (name, value)| match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            Ok(header) => response.with_header(header),
            Err(()) => response,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::site_path;
    use std::path::PathBuf;

    #[test]
    fn paths_stay_inside_the_site() {
        assert_eq!(site_path("/"), Some(PathBuf::new()));
        assert_eq!(site_path("/faq.html"), Some(PathBuf::from("faq.html")));
        assert_eq!(
            site_path("/md/%C3%A9%C3%A9n.md"),
            Some(PathBuf::from("md/één.md"))
        );
        for refused in [
            "/../onthaal.yaml",
            "/%2e%2e/onthaal.yaml",
            "/a/../../x",
            "/a%5c..%5cx",
            "/%00",
            "/%zz",
        ] {
            assert_eq!(site_path(refused), None, "{refused}");
        }
    }
}
