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
    write_atomic_with(target, contents, |_| Ok(()))
}

/// [`write_atomic`], with a step run between writing the temporary file and renaming it: tests
/// use it to fail or interrupt a write at the worst moment.
pub fn write_atomic_with(
    target: &Path,
    contents: &[u8],
    before_rename: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let temporary = temporary_path(target);
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(contents)?;
        file.sync_all()?;
        before_rename(&temporary)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("wtsa-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_write_replaces_the_old_content() {
        let dir = scratch("ok");
        let target = dir.join("out.json");
        fs::write(&target, "old").unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "no temporary file is left"
        );
    }

    #[test]
    fn a_write_interrupted_before_the_rename_leaves_the_old_content() {
        let dir = scratch("interrupted");
        let target = dir.join("out.json");
        fs::write(&target, "old").unwrap();
        let error = write_atomic_with(&target, b"new", |temporary| {
            // The new content is complete on disk, under another name, when the failure hits.
            assert_eq!(fs::read_to_string(temporary).unwrap(), "new");
            Err(std::io::Error::other("interrupted"))
        })
        .unwrap_err();
        assert!(error.to_string().contains("interrupted"));
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "the temporary file is removed"
        );
    }

    #[test]
    fn a_write_that_cannot_start_touches_nothing() {
        let dir = scratch("missing");
        let target = dir.join("no-such-dir").join("out.json");
        assert!(write_atomic(&target, b"new").is_err());
        assert!(!target.exists());
    }
}
