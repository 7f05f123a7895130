//! A progress line for long work on a terminal: nothing for the first second, then a
//! spinner with the elapsed time on stderr, wiped when the work is done. Never when
//! stderr is piped, in CI (`CI` set), or with `-q`.

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const FRAMES: [char; 4] = ['|', '/', '-', '\\'];

/// Whether a progress line may be shown at all.
pub fn wanted(quiet: bool) -> bool {
    !quiet && io::stderr().is_terminal() && std::env::var_os("CI").is_none_or(|v| v.is_empty())
}

/// Runs `work`; if it takes longer than `delay` and `show` holds, draws `label` with a
/// spinner and the seconds so far on `out` until it is done.
pub fn around<T>(
    show: bool,
    label: &str,
    delay: Duration,
    out: impl Write + Send,
    work: impl FnOnce() -> T,
) -> T {
    if !show {
        return work();
    }
    let (done, finished) = mpsc::channel::<()>();
    std::thread::scope(|scope| {
        scope.spawn(move || spin(label, delay, out, &finished));
        let result = work();
        let _ = done.send(());
        result
    })
}

fn spin(label: &str, delay: Duration, mut out: impl Write, finished: &mpsc::Receiver<()>) {
    let start = Instant::now();
    if finished.recv_timeout(delay).is_ok() {
        return;
    }
    for frame in FRAMES.iter().cycle() {
        let seconds = format!("{:.1}", start.elapsed().as_secs_f32())
            .replace('.', crate::i18n::pick(",", "."));
        let _ = write!(out, "\r{frame} {label}… {seconds} s");
        let _ = out.flush();
        if finished.recv_timeout(Duration::from_millis(100)).is_ok() {
            break;
        }
    }
    // Wipe the line so what follows starts clean.
    let _ = write!(out, "\r\x1b[2K");
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A writer the test can read after the spinner thread is done with it.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn text(shared: &Shared) -> String {
        String::from_utf8(shared.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn quick_work_shows_nothing() {
        let out = Shared::default();
        let value = around(true, "bouwen", Duration::from_secs(5), out.clone(), || 7);
        assert_eq!((value, text(&out)), (7, String::new()));
    }

    #[test]
    fn slow_work_shows_a_spinner_and_wipes_it() {
        let out = Shared::default();
        around(true, "bouwen", Duration::ZERO, out.clone(), || {
            std::thread::sleep(Duration::from_millis(250));
        });
        let shown = text(&out);
        assert!(shown.starts_with("\r| bouwen… 0,0 s"), "{shown:?}");
        assert!(shown.ends_with("\r\x1b[2K"), "{shown:?}");
    }

    #[test]
    fn nothing_when_not_wanted() {
        let out = Shared::default();
        around(false, "bouwen", Duration::ZERO, out.clone(), || {
            std::thread::sleep(Duration::from_millis(150));
        });
        assert_eq!(text(&out), "");
    }
}
