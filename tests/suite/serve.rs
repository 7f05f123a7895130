//! `onthaal serve` over HTTP: it serves the built site on 127.0.0.1, rebuilds when a
//! file changes, keeps the last good site (with a banner) when a build fails, and
//! refuses paths outside the site.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};

use crate::harness::{Workspace, command};

/// The server process, stopped when the test ends, however it ends.
struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(ws: &Workspace) -> Server {
    let mut child = command(ws.path(), &["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("onthaal serve starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let address = first
        .strip_prefix("onthaal serve: http://")
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("unexpected first line: {first}"))
        .to_string();
    Server { child, address }
}

/// Sends `path` exactly as given (no client normalises `..` away) and returns the status
/// and the body.
fn get(server: &Server, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn serve_rebuilds_on_change_and_keeps_the_last_good_site() {
    let ws = Workspace::base();
    let server = serve(&ws);
    assert!(
        server.address.starts_with("127.0.0.1:"),
        "{}",
        server.address
    );

    let (status, home) = get(&server, "/");
    assert_eq!(status, 200);
    assert!(
        home.contains(
            "<script src=\"/__onthaal/herlaad.js\" data-generatie=\"1\"></script>\n</body>"
        ),
        "{home}"
    );
    assert!(
        !home.contains("onthaal-serve"),
        "a clean build has no banner"
    );
    let (status, script) = get(&server, "/__onthaal/herlaad.js");
    assert_eq!(status, 200);
    assert!(script.contains("location.reload()"));

    let faq = ws.read_text("faq/melden.yaml");
    ws.write(
        "faq/melden.yaml",
        faq.replace("Kan ik anoniem melden?", "Kan ik zonder naam melden?"),
    );
    assert_eq!(
        get(&server, "/__onthaal/wacht?generatie=1"),
        (200, "2".to_string())
    );
    let (_, page) = get(&server, "/faq.html");
    assert!(page.contains("Kan ik zonder naam melden?"));
    assert!(page.contains("data-generatie=\"2\""));

    ws.write("faq/melden.yaml", "vragen: [\n");
    assert_eq!(
        get(&server, "/__onthaal/wacht?generatie=2"),
        (200, "3".to_string())
    );
    let (status, page) = get(&server, "/faq.html");
    assert_eq!(status, 200, "the last good site stays");
    assert!(page.contains("Kan ik zonder naam melden?"));
    assert!(page.contains("onthaal serve: De laatste bouw is mislukt (1 fout, 0 waarschuwingen); deze pagina toont de vorige geslaagde bouw."), "{page}");
    assert!(
        page.contains("<code>faq&#x2f;melden.yaml:1:9</code> fout[L001]: ongeldige YAML: "),
        "{page}"
    );
}

#[test]
fn serve_refuses_paths_outside_the_site() {
    let ws = Workspace::base();
    let server = serve(&ws);
    for path in [
        "/../onthaal.yaml",
        "/%2e%2e/onthaal.yaml",
        "/assets/..%2f..%2fonthaal.yaml",
        "/a%5c..%5c..%5conthaal.yaml",
    ] {
        assert_eq!(
            get(&server, path),
            (403, "geweigerd: dit pad ligt buiten de website\n".into()),
            "{path}"
        );
    }
    assert_eq!(get(&server, "/bestaat-niet.html").0, 404);
    assert_eq!(get(&server, "/faq.html").0, 200);
}

#[test]
fn a_port_in_use_is_said_in_words_and_the_port_option_named() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let ws = Workspace::base();
    let run = ws.run(&["serve", "--port", &port]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        format!(
            "fout: kan niet luisteren op 127.0.0.1:{port} (kies een andere poort met --port): de poort is al in gebruik\n"
        )
    );
    let english = ws.run(&["--lang", "en", "serve", "--port", &port]);
    assert_eq!(
        english.stderr,
        format!(
            "error: cannot listen on 127.0.0.1:{port} (choose another port with --port): the port is already in use\n"
        )
    );
}
