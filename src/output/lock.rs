//! One build at a time per output folder: a build holds an exclusive lock on the folder
//! that holds the output (flock, released by the system when the process ends, however
//! it ends), so a second build waits for the first instead of failing, and no lock file
//! is ever left behind.

use std::fs::File;
use std::path::Path;

use anyhow::Context;

/// Held while a build writes next to its output; dropping it releases the lock.
#[derive(Debug)]
pub struct Lock {
    _folder: File,
}

impl Lock {
    /// Waits until no other build writes into `parent`, then holds the lock.
    pub fn acquire(parent: &Path) -> anyhow::Result<Lock> {
        let folder = File::open(parent).with_context(|| super::cannot("openen", "open", parent))?;
        folder
            .lock()
            .with_context(|| super::cannot("vergrendelen", "lock", parent))?;
        Ok(Lock { _folder: folder })
    }
}
