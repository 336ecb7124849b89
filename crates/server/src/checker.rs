//! The checker: a thread of its own that holds every data directory's documents, re-parses a
//! file when its text changes, re-checks its data directory and publishes the diagnostics of
//! every file whose diagnostics changed (an empty list clears a file).
//!
//! It works in batches: it takes every task waiting in its queue, applies them all (ten
//! keystrokes typed during a check become one new text), then parses each changed file once
//! and checks each affected data directory once. Requests are answered by the main thread
//! from its own copy of the documents, so no request ever waits for a check; each document
//! that parses is sent to it as an [`Update`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{Message, Notification};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{Diagnostic, PublishDiagnosticsParams, Uri};
use wtsa_dataset::outline::Outline;
use wtsa_dataset::{
    data_files, named_kind, parse_document, read_data_file, Format, Limits, LoadError, SourceFile,
};
use wtsa_model::Document;
use wtsa_rules::config::{Config, CONFIG_FILE};
use wtsa_rules::Selection;

use crate::diagnostics::{self, FileText, RuleDocumentation};
use crate::text::LineIndex;
use crate::uri;
use crate::workspace::{data_directory, DocumentSet};

/// What the main thread asks of the checker.
#[derive(Debug)]
pub enum Task {
    /// The editor opened a document: its text replaces the file's on disk.
    Open {
        path: PathBuf,
        uri: Uri,
        version: i32,
        text: String,
    },
    /// The editor's text of an open document changed (the whole new text).
    Change {
        path: PathBuf,
        version: i32,
        text: String,
    },
    /// The editor closed a document: the file on disk is the truth again.
    Close { path: PathBuf },
    /// A file changed on disk (created, changed or deleted), `wtsa.toml` included.
    Disk { path: PathBuf },
    /// The editor saved a document: its data directory is checked again, with every file
    /// that is not open read again from disk where it changed (an editor that watches no
    /// files tells the server of changes made outside it only this way).
    Save { path: PathBuf },
}

/// What the checker tells the main thread, for answering requests.
#[derive(Debug)]
pub enum Update {
    /// A file of a data directory parsed: its text and document.
    Document {
        root: PathBuf,
        path: PathBuf,
        file: Box<SourceFile>,
        document: Box<Document>,
    },
    /// A file of a data directory does not load (its last good document, if any, stays).
    Unparsed { root: PathBuf, path: PathBuf },
    /// A file is no longer part of a data directory.
    Removed { root: PathBuf, path: PathBuf },
}

/// A document the editor has open.
#[derive(Debug)]
struct OpenDocument {
    uri: Uri,
    version: i32,
    text: String,
}

/// One data directory.
#[derive(Debug, Default)]
struct Root {
    /// Every file's last text that parsed, with its document.
    set: DocumentSet,
    /// Files whose current text does not load; their last good document stays in `set`.
    errors: BTreeMap<PathBuf, (LoadError, String)>,
    /// Outlines of the texts in `set`, built when a finding in the file needs a range.
    outlines: HashMap<PathBuf, Outline>,
    /// The selection of the last `wtsa.toml` that read (the defaults before one does).
    selection: Selection,
    /// What is wrong with `wtsa.toml`, with its text.
    config_problem: Option<(String, Diagnostic)>,
    /// What was last published, per file.
    published: HashMap<PathBuf, Vec<Diagnostic>>,
}

/// The checker's state; [`Checker::run`] is its thread.
pub struct Checker {
    roots: BTreeMap<PathBuf, Root>,
    open: HashMap<PathBuf, OpenDocument>,
    client: Sender<Message>,
    updates: Sender<Update>,
    documentation: RuleDocumentation,
    limits: Limits,
    /// Data directories whose check was abandoned because newer edits were waiting; the
    /// next batch checks them.
    abandoned: BTreeSet<PathBuf>,
}

/// A data file's text as an editor shows it (without a byte-order mark).
fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    }
}

impl Checker {
    pub fn new(
        client: Sender<Message>,
        updates: Sender<Update>,
        documentation: RuleDocumentation,
    ) -> Self {
        Self {
            roots: BTreeMap::new(),
            open: HashMap::new(),
            client,
            updates,
            documentation,
            limits: Limits::default(),
            abandoned: BTreeSet::new(),
        }
    }

    /// Works until the main thread hangs up.
    pub fn run(mut self, tasks: Receiver<Task>) {
        while let Ok(first) = tasks.recv() {
            let mut batch = vec![first];
            batch.extend(tasks.try_iter());
            // Work made stale by newer edits is dropped: a check whose results would be
            // replaced at once is not published, and its directory goes into the next batch.
            self.apply_unless_stale(batch, || !tasks.is_empty());
        }
    }

    /// Applies a batch of tasks: every changed file parsed once, every affected data
    /// directory checked once and its diagnostics published.
    pub fn apply(&mut self, batch: Vec<Task>) {
        self.apply_unless_stale(batch, || false);
    }

    /// [`Checker::apply`], except that a directory is neither checked nor published while
    /// `stale()` says newer tasks are waiting (it is checked with the next batch).
    pub fn apply_unless_stale(&mut self, batch: Vec<Task>, stale: impl Fn() -> bool) {
        let mut dirty: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
        for root in std::mem::take(&mut self.abandoned) {
            dirty.entry(root).or_default();
        }
        let mut saved: BTreeSet<PathBuf> = BTreeSet::new();
        for task in batch {
            let path = match task {
                Task::Open {
                    path,
                    uri,
                    version,
                    text,
                } => {
                    self.open
                        .insert(path.clone(), OpenDocument { uri, version, text });
                    path
                }
                Task::Change {
                    path,
                    version,
                    text,
                } => {
                    if let Some(open) = self.open.get_mut(&path) {
                        open.version = version;
                        open.text = text;
                    }
                    path
                }
                Task::Close { path } => {
                    self.open.remove(&path);
                    path
                }
                Task::Disk { path } => path,
                Task::Save { path } => {
                    let is_config = path.file_name().is_some_and(|n| n == CONFIG_FILE);
                    if let Some(root) = self.root_for(&path, is_config) {
                        saved.insert(root);
                    }
                    // An open file's text is the editor's, already parsed.
                    continue;
                }
            };
            let is_config = path.file_name().is_some_and(|n| n == CONFIG_FILE);
            if !is_config && Format::of(&path).is_none() {
                continue;
            }
            if let Some(root) = self.root_for(&path, is_config) {
                dirty.entry(root).or_default().insert(path);
            }
        }
        for root in saved {
            let changed = self.changed_on_disk(&root);
            let paths = dirty.entry(root.clone()).or_default();
            paths.extend(changed);
            paths.insert(root.join(CONFIG_FILE));
        }
        for (root, paths) in dirty {
            for path in paths {
                self.refresh(&root, &path);
            }
            if stale() {
                self.abandoned.insert(root);
                continue;
            }
            self.check(&root, &stale);
        }
    }

    /// The data directory a file belongs to, read from disk the first time one of its files
    /// is opened. A `wtsa.toml` belongs to the directory holding it, if that is one held.
    fn root_for(&mut self, path: &Path, is_config: bool) -> Option<PathBuf> {
        if is_config {
            let directory = path.parent()?.to_path_buf();
            return self.roots.contains_key(&directory).then_some(directory);
        }
        if let Some((root, _)) = self
            .roots
            .iter()
            .find(|(_, root)| root.set.contains(path) || root.errors.contains_key(path))
        {
            return Some(root.clone());
        }
        let directory = data_directory(path);
        if !self.roots.contains_key(&directory) {
            // A file changed on disk in a directory nobody opened is none of ours, nor is an
            // open file that names no wtsa document kind outside a directory with wtsa.toml
            // (an editor sends every YAML file it opens).
            let open = self.open.get(path)?;
            let format = Format::of(path)?;
            if !directory.join(CONFIG_FILE).is_file() && named_kind(&open.text, format).is_none() {
                return None;
            }
            self.load(&directory);
        }
        Some(directory)
    }

    /// The files of a data directory, other than those open in the editor, whose text on
    /// disk is not the one held: changed, created or deleted since they were read.
    fn changed_on_disk(&self, directory: &Path) -> Vec<PathBuf> {
        let Some(root) = self.roots.get(directory) else {
            return Vec::new();
        };
        let (files, _) = data_files(&[directory.to_path_buf()], &self.limits);
        let on_disk: BTreeSet<PathBuf> = files.into_iter().map(|(path, _)| path).collect();
        let held = |path: &Path| -> Option<&str> {
            match root.errors.get(path) {
                Some((_, text)) => Some(text.as_str()),
                None => root.set.get(path).map(|(file, _)| file.text()),
            }
        };
        let mut changed: Vec<PathBuf> = on_disk
            .iter()
            .filter(|path| !self.open.contains_key(*path))
            .filter(|path| {
                let text = read_data_file(path, &self.limits).map(without_bom).ok();
                text.as_deref() != held(path)
            })
            .cloned()
            .collect();
        changed.extend(
            root.set
                .paths()
                .iter()
                .chain(root.errors.keys())
                .filter(|path| !on_disk.contains(*path) && !self.open.contains_key(*path))
                .cloned(),
        );
        changed
    }

    /// Reads a data directory: every data file (an open document's text rather than the
    /// disk's) and its `wtsa.toml`.
    fn load(&mut self, directory: &Path) {
        let (files, _) = data_files(&[directory.to_path_buf()], &self.limits);
        self.roots.insert(directory.to_path_buf(), Root::default());
        for (path, _) in files {
            self.refresh(directory, &path);
        }
        if let Some(root) = self.roots.get_mut(directory) {
            read_config(directory, root);
        }
    }

    /// Parses a file's current text (the editor's, else the disk's) into its data directory.
    fn refresh(&mut self, directory: &Path, path: &Path) {
        if path.file_name().is_some_and(|n| n == CONFIG_FILE) {
            if let Some(root) = self.roots.get_mut(directory) {
                read_config(directory, root);
            }
            return;
        }
        let Some(format) = Format::of(path) else {
            return;
        };
        let display = path.display().to_string();
        let text = match self.open.get(path) {
            Some(open) => Ok(open.text.clone()),
            None if !path.exists() => {
                if let Some(root) = self.roots.get_mut(directory) {
                    root.set.remove(path);
                    root.errors.remove(path);
                    root.outlines.remove(path);
                }
                let _ = self.updates.send(Update::Removed {
                    root: directory.to_path_buf(),
                    path: path.to_path_buf(),
                });
                return;
            }
            None => read_data_file(path, &self.limits).map(without_bom),
        };
        let Some(root) = self.roots.get_mut(directory) else {
            return;
        };
        // Without wtsa.toml, a directory's data files are those that name a document kind
        // (a file once read as one stays one, so a half-typed `kind:` line loses nothing).
        let member = root.set.contains(path) || root.errors.contains_key(path);
        if let Ok(text) = &text {
            if !member
                && named_kind(text, format).is_none()
                && !directory.join(CONFIG_FILE).is_file()
            {
                return;
            }
        }
        let parsed = text
            .map_err(|error| (error, String::new()))
            .and_then(
                |text| match parse_document(&display, &text, format, &self.limits) {
                    Ok(document) => Ok((text, document)),
                    Err(error) => Err((error, text)),
                },
            );
        match parsed {
            Ok((text, document)) => {
                root.errors.remove(path);
                root.outlines.remove(path);
                let _ = self.updates.send(Update::Document {
                    root: directory.to_path_buf(),
                    path: path.to_path_buf(),
                    file: Box::new(SourceFile::new(display.clone(), text.clone(), format)),
                    document: Box::new(document.clone()),
                });
                root.set.upsert(
                    path.to_path_buf(),
                    SourceFile::new(display, text, format),
                    document,
                );
            }
            Err((error, text)) => {
                root.errors.insert(path.to_path_buf(), (error, text));
                let _ = self.updates.send(Update::Unparsed {
                    root: directory.to_path_buf(),
                    path: path.to_path_buf(),
                });
            }
        }
    }

    /// Checks a data directory and publishes what changed.
    fn check(&mut self, directory: &Path, stale: &impl Fn() -> bool) {
        let Some(root) = self.roots.get_mut(directory) else {
            return;
        };
        // A newer edit stops the check between two rules: its result would not be published.
        let Some(report) = wtsa_rules::check_unless(&root.set.dataset, &root.selection, stale)
        else {
            self.abandoned.insert(directory.to_path_buf());
            return;
        };
        // Outlines for the files findings are in, built once per text.
        let mut wanted: BTreeSet<PathBuf> = BTreeSet::new();
        for finding in &report.findings {
            wanted.insert(PathBuf::from(&finding.location.file));
            for related in &finding.related {
                wanted.insert(PathBuf::from(&related.location.file));
            }
        }
        for path in &wanted {
            if !root.outlines.contains_key(path) {
                if let Some((file, _)) = root.set.get(path) {
                    root.outlines
                        .insert(path.clone(), Outline::build(file.text()));
                }
            }
        }
        let texts: HashMap<PathBuf, FileText<'_>> = wanted
            .iter()
            .filter_map(|path| {
                let (file, _) = root.set.get(path)?;
                let outline = root.outlines.get(path)?;
                let uri = self
                    .open
                    .get(path)
                    .map(|open| open.uri.clone())
                    .or_else(|| uri::from_path(path))?;
                Some((
                    path.clone(),
                    FileText {
                        uri,
                        lines: LineIndex::new(file.text()),
                        outline,
                    },
                ))
            })
            .collect();
        let mut fresh: BTreeMap<PathBuf, Vec<Diagnostic>> = root
            .set
            .paths()
            .iter()
            .chain(root.errors.keys())
            .map(|path| (path.clone(), Vec::new()))
            .collect();
        for finding in &report.findings {
            let path = PathBuf::from(&finding.location.file);
            if root.errors.contains_key(&path) {
                // Positions in the last good text mean nothing in the text being typed.
                continue;
            }
            let Some(file) = texts.get(&path) else {
                continue;
            };
            let diagnostic = diagnostics::of_finding(
                finding,
                file,
                |other| texts.get(other),
                &self.documentation,
            );
            fresh.entry(path).or_default().push(diagnostic);
        }
        for (path, (error, text)) in &root.errors {
            let lines = LineIndex::new(text);
            fresh.insert(
                path.clone(),
                vec![diagnostics::of_load_error(error, &lines)],
            );
        }
        let config = directory.join(CONFIG_FILE);
        fresh.insert(
            config.clone(),
            root.config_problem
                .iter()
                .map(|(_, diagnostic)| diagnostic.clone())
                .collect(),
        );
        // Files that had diagnostics and are no longer part of the directory are cleared.
        for path in root.published.keys() {
            fresh.entry(path.clone()).or_default();
        }
        if stale() {
            self.abandoned.insert(directory.to_path_buf());
            return;
        }
        for (path, diagnostics) in fresh {
            let unchanged = root.published.get(&path) == Some(&diagnostics)
                || (diagnostics.is_empty() && !root.published.contains_key(&path));
            if unchanged {
                continue;
            }
            let open = self.open.get(&path);
            let Some(uri) = open
                .map(|open| open.uri.clone())
                .or_else(|| uri::from_path(&path))
            else {
                continue;
            };
            let params = PublishDiagnosticsParams {
                uri,
                diagnostics: diagnostics.clone(),
                version: open.map(|open| open.version),
            };
            let _ = self.client.send(Message::Notification(Notification::new(
                PublishDiagnostics::METHOD.to_owned(),
                params,
            )));
            if diagnostics.is_empty() {
                root.published.remove(&path);
            } else {
                root.published.insert(path, diagnostics);
            }
        }
    }
}

/// Reads `wtsa.toml`: its selection when it reads and is valid (else the last good one
/// stays), and what is wrong with it, shown on the file.
fn read_config(directory: &Path, root: &mut Root) {
    let path = directory.join(CONFIG_FILE);
    root.config_problem = None;
    if !path.is_file() {
        root.selection = Selection::default();
        return;
    }
    let problem = match Config::read(&path) {
        Ok(config) => {
            root.selection = config.selection();
            root.selection
                .validate_against(&root.set.dataset)
                .err()
                .map(|problem| Err(problem.to_string()))
        }
        Err(error) => Some(Ok(error)),
    };
    if let Some(problem) = problem {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let lines = LineIndex::new(&text);
        let diagnostic = match problem {
            Ok(error) => diagnostics::of_config_error(&error, &lines),
            Err(message) => diagnostics::of_config_problem(message, &lines),
        };
        root.config_problem = Some((text, diagnostic));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_made_stale_by_newer_edits_is_not_published_but_done_with_the_next_batch() {
        let directory = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/sg20/2022-2024")
            .canonicalize()
            .unwrap();
        let people = directory.join("people.yaml");
        let text = std::fs::read_to_string(&people).unwrap();
        let (client, published) = crossbeam_channel::unbounded();
        let (updates, _updated) = crossbeam_channel::unbounded();
        let mut checker = Checker::new(client, updates, RuleDocumentation::locate(None, None));
        checker.apply_unless_stale(
            vec![Task::Open {
                path: people.clone(),
                uri: uri::from_path(&people).unwrap(),
                version: 1,
                text,
            }],
            || true,
        );
        assert_eq!(published.try_iter().count(), 0);
        checker.apply(Vec::new());
        assert!(published.try_iter().count() > 0);
    }

    #[test]
    fn a_yaml_file_that_is_not_wtsa_data_is_left_alone() {
        let directory = std::env::temp_dir().join(format!("wtsa-server-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        let compose = directory.join("compose.yaml");
        std::fs::write(&compose, "services: {}\n").unwrap();
        let (client, published) = crossbeam_channel::unbounded();
        let (updates, _updated) = crossbeam_channel::unbounded();
        let mut checker = Checker::new(client, updates, RuleDocumentation::locate(None, None));
        checker.apply(vec![Task::Open {
            path: compose.clone(),
            uri: uri::from_path(&compose).unwrap(),
            version: 1,
            text: "services: {}\n".to_owned(),
        }]);
        let _ = std::fs::remove_dir_all(&directory);
        assert_eq!(published.try_iter().count(), 0);
        assert!(checker.roots.is_empty());
    }
}
