//! Writing an imported dataset so that no one ever sees half of it: every file goes into a
//! new directory beside the target, which is renamed into place only once it is complete. An
//! existing target is replaced only when asked, and only after the new directory is complete.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use thiserror::Error;

/// One file of a dataset: its name in the directory and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetFile {
    pub name: String,
    pub contents: String,
}

#[derive(Debug, Error)]
pub enum WriteError {
    #[error("{path}: already exists (pass --force to replace it)")]
    Exists { path: String },
    #[error("{path}: exists and is not a directory")]
    NotADirectory { path: String },
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

/// A hidden name beside `target`, unique within this process.
fn sibling(target: &Path, purpose: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dataset".to_owned());
    target.with_file_name(format!(".{name}.wtsa-{purpose}-{}-{n}", std::process::id()))
}

/// Refuses an existing target unless `force`; refuses a target that is not a directory.
pub fn check_target(out: &Path, force: bool) -> Result<(), WriteError> {
    match fs::symlink_metadata(out) {
        Ok(meta) if !meta.is_dir() => Err(WriteError::NotADirectory {
            path: out.display().to_string(),
        }),
        Ok(_) if !force => Err(WriteError::Exists {
            path: out.display().to_string(),
        }),
        _ => Ok(()),
    }
}

/// Writes `files` as the directory `out`.
pub fn write_dataset(files: &[DatasetFile], out: &Path, force: bool) -> Result<(), WriteError> {
    check_target(out, force)?;
    // `Path::parent` of a bare name is empty: the current directory.
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| io_error(&parent, e))?;
    let out = parent.join(out.file_name().unwrap_or(out.as_os_str()));
    let staging = sibling(&out, "import");
    let result = fill(&staging, files).and_then(|()| replace(&staging, &out));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result?;
    // Best effort: make the renames durable.
    if let Ok(dir) = fs::File::open(&parent) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn fill(staging: &Path, files: &[DatasetFile]) -> Result<(), WriteError> {
    fs::create_dir(staging).map_err(|e| io_error(staging, e))?;
    for file in files {
        let path = staging.join(&file.name);
        let mut handle = fs::File::create(&path).map_err(|e| io_error(&path, e))?;
        handle
            .write_all(file.contents.as_bytes())
            .and_then(|()| handle.sync_all())
            .map_err(|e| io_error(&path, e))?;
    }
    Ok(())
}

/// Puts the complete staging directory at `out`, moving an existing `out` aside first and
/// back again if the move fails.
fn replace(staging: &Path, out: &Path) -> Result<(), WriteError> {
    if fs::symlink_metadata(out).is_err() {
        return fs::rename(staging, out).map_err(|e| io_error(out, e));
    }
    let old = sibling(out, "replaced");
    fs::rename(out, &old).map_err(|e| io_error(out, e))?;
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(&old, out);
        return Err(io_error(out, e));
    }
    // The new dataset is in place; the old one is no longer needed.
    let _ = fs::remove_dir_all(&old);
    Ok(())
}
