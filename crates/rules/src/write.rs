//! Writing files so that a failure never loses what was there: write a temporary file in the
//! same directory, flush it to disk, then rename it over the target (a rename within one
//! file system is atomic on POSIX).

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{path}: cannot write: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

fn io_error(path: &Path, source: std::io::Error) -> WriteError {
    WriteError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// A name for the temporary file next to `target`, unique within this process.
fn temporary_path(target: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.wtsa-tmp-{}-{n}", std::process::id()))
}

/// Replaces `target` with `contents`, atomically.
pub fn write_atomic(target: &Path, contents: &[u8]) -> Result<(), WriteError> {
    let temporary = temporary_path(target);
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(contents)?;
        file.sync_all()?;
        fs::rename(&temporary, target)
    })();
    if let Err(source) = result {
        let _ = fs::remove_file(&temporary);
        return Err(io_error(target, source));
    }
    Ok(())
}

/// Creates `dir` (and its parents) when missing.
pub fn ensure_dir(dir: &Path) -> Result<(), WriteError> {
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))
}
