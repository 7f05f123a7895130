//! Writing to stdout: a closed pipe (`onthaal … | head`) is not a failure.

use std::io::{self, Write};

/// Writes through `write` to stdout; a broken pipe ends quietly.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut lock = stdout.lock();
    match write(&mut lock).and_then(|()| lock.flush()) {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
