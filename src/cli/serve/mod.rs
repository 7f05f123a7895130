//! `onthaal serve`: build into a folder of its own, serve it on 127.0.0.1 only, rebuild
//! on every change and reload the open pages. A failing build keeps the last good site
//! and shows why, in the terminal and on the page.

mod banner;
mod http;
mod site;
mod watch;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Context;

use super::Outcome;
use super::global::Global;
use site::Site;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// De poort op 127.0.0.1 (0: een vrije poort).
    #[arg(long, default_value_t = 3000, value_name = "POORT")]
    port: u16,

    /// Open de website in de browser.
    #[arg(long)]
    open: bool,
}

/// Requests answered at once; past this a page waits (long polls hold one each).
const MAX_OPEN_REQUESTS: usize = 64;

pub fn run(global: &Global, args: &Args) -> anyhow::Result<Outcome> {
    let root = global.root(Path::new("."))?;
    let site = Arc::new(Site::new(root.clone(), folder_for(&root), global.today()?));
    let server = tiny_http::Server::http(("127.0.0.1", args.port))
        // The system's cause stays an io::Error, so it is said in the user's language.
        .map_err(|e| match e.downcast::<std::io::Error>() {
            Ok(io) => anyhow::Error::from(*io),
            Err(other) => anyhow::anyhow!("{other}"),
        })
        .with_context(|| {
            let port = args.port;
            crate::t!(
                "kan niet luisteren op 127.0.0.1:{port} (kies een andere poort met --port)",
                "cannot listen on 127.0.0.1:{port} (choose another port with --port)"
            )
        })?;
    let address = server.server_addr().to_ip().context(crate::t!(
        "geen IP-adres om op te luisteren",
        "no IP address to listen on"
    ))?;
    watch::rebuild_on_change(&site).context(crate::t!(
        "kan de map van het handboek niet volgen om opnieuw te bouwen",
        "cannot watch the handbook's folder to rebuild"
    ))?;
    site.rebuild();
    let url = format!("http://{address}/");
    let shown = root.display();
    println!(
        "{}",
        crate::t!(
            "onthaal serve: {url} (de website van {shown}; Ctrl-C stopt)",
            "onthaal serve: {url} (the website of {shown}; Ctrl-C stops)"
        )
    );
    if args.open {
        open_in_browser(&url);
    }
    let open = Arc::new(AtomicUsize::new(0));
    for request in server.incoming_requests() {
        while open.load(Ordering::Acquire) >= MAX_OPEN_REQUESTS {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        open.fetch_add(1, Ordering::AcqRel);
        let (site, open) = (Arc::clone(&site), Arc::clone(&open));
        std::thread::spawn(move || {
            http::respond(&site, request);
            open.fetch_sub(1, Ordering::AcqRel);
        });
    }
    Ok(Outcome::Clean)
}

/// One folder per handbook in the system's temporary folder, replaced at every build.
fn folder_for(root: &Path) -> PathBuf {
    let name = root
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    std::env::temp_dir().join(format!("onthaal-serve-{name:016x}"))
}

fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", url])
    } else {
        ("xdg-open", vec![url])
    };
    if std::process::Command::new(opener.0)
        .args(&opener.1)
        .spawn()
        .is_err()
    {
        eprintln!(
            "{}",
            crate::t!(
                "kan geen browser openen; open zelf {url}",
                "cannot open a browser; open {url} yourself"
            )
        );
    }
}
