//! Writing files so that a failure never loses what was there, and never into an input.
//!
//! One file: write a temporary file in the same directory, flush it to disk, then rename it
//! over the target (a rename within one file system is atomic on POSIX). A directory of files
//! (an imported dataset): fill a new directory beside the target and rename it into place once
//! complete. [`Inputs`] is the guard every writer of wtsa asks first: a file about to be written
//! may not be a file that was read, nor a data file inside a directory that was read, where
//! the next run would load it as data.

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
    #[error("{path}: already exists (pass --force to replace it)")]
    Exists { path: String },
    #[error("{path}: exists and is not a directory")]
    NotADirectory { path: String },
    #[error("{path}: {option} names a file being read; wtsa never writes into its input")]
    IntoInput { option: String, path: String },
    #[error("{path}: {option} would replace {input}, which is being read; wtsa never writes over its input")]
    OverInput {
        option: String,
        path: String,
        input: String,
    },
    #[error("{path}: {option} would write a data file inside the data directory {directory}, where the next run would read it as data; write it elsewhere, or give it a name starting with `.`")]
    IntoDataDirectory {
        option: String,
        path: String,
        directory: String,
    },
}

fn io_error(path: &Path, source: std::io::Error) -> WriteError {
    WriteError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// A hidden name beside `target` for `purpose`, unique within this process.
fn sibling(target: &Path, purpose: &str) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_owned());
    target.with_file_name(format!(".{name}.wtsa-{purpose}-{}-{n}", std::process::id()))
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
    let temporary = sibling(target, "tmp");
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

/// One file of a directory written at once: its name in the directory and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryFile {
    pub name: String,
    pub contents: String,
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

/// Writes `files` as the directory `out`, all at once: no one ever sees half of it. An
/// existing `out` is replaced only with `force`, and only once the new directory is complete.
pub fn write_directory(files: &[DirectoryFile], out: &Path, force: bool) -> Result<(), WriteError> {
    check_target(out, force)?;
    // `Path::parent` of a bare name is empty: the current directory.
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| io_error(&parent, e))?;
    let out = parent.join(out.file_name().unwrap_or(out.as_os_str()));
    let staging = sibling(&out, "staging");
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

fn fill(staging: &Path, files: &[DirectoryFile]) -> Result<(), WriteError> {
    fs::create_dir(staging).map_err(|e| io_error(staging, e))?;
    let mut written = Vec::with_capacity(files.len());
    for file in files {
        let relative = Path::new(&file.name);
        // A name may hold folders (a site's pages), never a way out of the directory.
        if !relative
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            return Err(io_error(
                relative,
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "a file of a directory must be named by a relative path without `..`",
                ),
            ));
        }
        let path = staging.join(relative);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|e| io_error(folder, e))?;
        }
        let mut handle = fs::File::create(&path).map_err(|e| io_error(&path, e))?;
        handle
            .write_all(file.contents.as_bytes())
            .map_err(|e| io_error(&path, e))?;
        written.push((path, handle));
    }
    sync_all(&written)
}

/// Flushes every written file to disk before the directory is renamed into place. One
/// `fsync` at a time costs milliseconds a file (seconds for a site of thousands of pages);
/// issued from several threads, the file system commits them together.
fn sync_all(written: &[(PathBuf, fs::File)]) -> Result<(), WriteError> {
    const THREADS: usize = 16;
    let chunk = written.len().div_ceil(THREADS).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = written
            .chunks(chunk)
            .map(|files| {
                scope.spawn(move || {
                    files.iter().try_for_each(|(path, handle)| {
                        handle.sync_all().map_err(|e| io_error(path, e))
                    })
                })
            })
            .collect();
        workers.into_iter().try_for_each(|worker| {
            worker.join().unwrap_or_else(|_| {
                Err(WriteError::Io {
                    path: String::new(),
                    source: std::io::Error::other("a thread flushing files to disk stopped"),
                })
            })
        })
    })
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

/// What a run read: the paths it was given and the files it loaded. A writer asks
/// [`Inputs::refuse`] before writing, so wtsa never writes into its input.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The paths as given (files or directories).
    pub given: Vec<PathBuf>,
    /// The files read.
    pub read: Vec<PathBuf>,
}

impl Inputs {
    pub fn new(given: &[PathBuf], read: impl IntoIterator<Item = PathBuf>) -> Self {
        Self {
            given: given.to_vec(),
            read: read.into_iter().collect(),
        }
    }

    /// Refuses `target` (written for `option`, such as `--output`) when it is a file that was
    /// read, a directory that holds a path that was given or read (a directory written at
    /// once replaces what it holds), or a data file (`.yaml`, `.yml`, `.json`, not hidden)
    /// inside a directory that was read.
    pub fn refuse(&self, option: &str, target: &Path) -> Result<(), WriteError> {
        let absolute = |p: &Path| fs::canonicalize(p).ok();
        // The target may not exist yet: resolve its directory instead.
        let target_dir = target
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .and_then(absolute);
        let target_file = absolute(target);
        let read = self
            .read
            .iter()
            .chain(self.given.iter().filter(|p| p.is_file()));
        for file in read {
            if target_file.is_some() && absolute(file) == target_file {
                return Err(WriteError::IntoInput {
                    option: option.to_owned(),
                    path: target.display().to_string(),
                });
            }
        }
        if let Some(target_file) = &target_file {
            let over =
                self.given.iter().chain(&self.read).find(|input| {
                    absolute(input).is_some_and(|input| input.starts_with(target_file))
                });
            if let Some(input) = over {
                return Err(WriteError::OverInput {
                    option: option.to_owned(),
                    path: target.display().to_string(),
                    input: input.display().to_string(),
                });
            }
        }
        let name = target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let is_data = !name.starts_with('.')
            && matches!(
                Path::new(name).extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            );
        if let (true, Some(target_dir)) = (is_data, target_dir) {
            for input in self.given.iter().filter(|p| p.is_dir()) {
                if absolute(input).is_some_and(|dir| target_dir.starts_with(&dir)) {
                    return Err(WriteError::IntoDataDirectory {
                        option: option.to_owned(),
                        path: target.display().to_string(),
                        directory: input.display().to_string(),
                    });
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch directory under the build's target directory, removed when dropped, so
    /// tests leave nothing in the system's temporary directory.
    struct Scratch(PathBuf);

    impl std::ops::Deref for Scratch {
        type Target = Path;
        fn deref(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn scratch(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("wtsa-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    #[test]
    fn a_write_replaces_the_old_content() {
        let dir = scratch("ok");
        let target = dir.join("out.json");
        fs::write(&target, "old").unwrap();
        write_atomic(&target, b"new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(
            fs::read_dir(&*dir).unwrap().count(),
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
            fs::read_dir(&*dir).unwrap().count(),
            1,
            "the temporary file is removed"
        );
    }

    #[test]
    fn a_directory_of_folders_is_written_at_once_and_names_cannot_leave_it() {
        let dir = scratch("folders");
        let out = dir.join("site");
        let file = |name: &str| DirectoryFile {
            name: name.to_owned(),
            contents: format!("<p>{name}</p>"),
        };
        let files: Vec<DirectoryFile> = (0..40)
            .map(|i| file(&format!("sg{i}/2022-2024/index.html")))
            .chain([file("index.html")])
            .collect();
        write_directory(&files, &out, false).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("sg7/2022-2024/index.html")).unwrap(),
            "<p>sg7/2022-2024/index.html</p>"
        );
        for bad in ["../escape.html", "/etc/passwd", "a/../../b"] {
            let error = write_directory(&[file(bad)], &dir.join("bad"), false).unwrap_err();
            assert!(
                error.to_string().contains("relative path"),
                "{bad}: {error}"
            );
        }
        assert!(!dir.join("escape.html").exists());
        assert!(
            !dir.join("bad").exists(),
            "nothing of a refused directory is left"
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

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn a_file_that_was_read_is_refused() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let read = dir.join("Cargo.toml");
        let inputs = Inputs::new(std::slice::from_ref(&read), [read.clone()]);
        let error = inputs.refuse("--output", &read).unwrap_err();
        assert!(matches!(error, WriteError::IntoInput { .. }), "{error}");
    }

    #[test]
    fn a_directory_that_holds_an_input_is_refused() {
        let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let read = crate_dir.join("src").join("write.rs");
        let inputs = Inputs::new(std::slice::from_ref(&read), [read.clone()]);
        for target in [crate_dir.join("src"), crate_dir.clone()] {
            let error = inputs.refuse("--out", &target).unwrap_err();
            assert!(matches!(error, WriteError::OverInput { .. }), "{error}");
        }
        assert!(inputs.refuse("--out", &crate_dir.join("site")).is_ok());
        assert!(inputs.refuse("--out", &crate_dir.join("srcs")).is_ok());
    }

    #[test]
    fn a_data_file_inside_a_data_directory_is_refused_and_a_hidden_one_is_not() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let inputs = Inputs::new(std::slice::from_ref(&dir), []);
        let error = inputs
            .refuse("--output", &dir.join("report.json"))
            .unwrap_err();
        assert!(
            matches!(error, WriteError::IntoDataDirectory { .. }),
            "{error}"
        );
        assert!(inputs.refuse("--output", &dir.join(".report.json")).is_ok());
        assert!(inputs.refuse("--output", &dir.join("report.sarif")).is_ok());
    }
}
