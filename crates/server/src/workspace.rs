//! Data directories, and the documents of one held in memory.
//!
//! **The data directory of a file** is the nearest directory, from the one holding the file
//! up to the top of its repository (a directory holding `.git`) or of the file system, that
//! holds a `wtsa.toml`; without one, the directory holding the file. The server checks it as
//! `wtsa check DIR` does — every data file under it, with its `wtsa.toml` — except that an
//! editor's unsaved text replaces the file's text on disk. A file already read as part of a
//! data directory the server holds stays in it. Without a `wtsa.toml`, only files that name a
//! document kind (`kind: people`) are data files, so the other YAML and JSON files an editor
//! opens get no diagnostics from wtsa.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use wtsa_dataset::{Dataset, LoadedDocument, SourceFile};
use wtsa_model::Document;
use wtsa_rules::config::CONFIG_FILE;

/// The data directory of `file` (see the module's documentation).
pub fn data_directory(file: &Path) -> PathBuf {
    let holding = file.parent().unwrap_or(Path::new("/")).to_path_buf();
    for directory in holding.ancestors() {
        if directory.join(CONFIG_FILE).is_file() {
            return directory.to_path_buf();
        }
        if directory.join(".git").exists() {
            break;
        }
    }
    holding
}

/// The documents of one data directory that parse, in the order `wtsa check` reads them
/// (sorted by path), as the [`Dataset`] the rules check; each file holds one document, so a
/// file's index is its document's.
#[derive(Debug, Default)]
pub struct DocumentSet {
    pub dataset: Dataset,
    paths: Vec<PathBuf>,
    index: HashMap<PathBuf, usize>,
}

impl DocumentSet {
    /// Adds a file's document, or replaces the one it had.
    pub fn upsert(&mut self, path: PathBuf, file: SourceFile, document: Document) {
        if let Some(&at) = self.index.get(&path) {
            if let (Some(slot), Some(loaded)) = (
                self.dataset.files.get_mut(at),
                self.dataset.documents.get_mut(at),
            ) {
                *slot = file;
                loaded.document = document;
                return;
            }
        }
        let at = self.paths.partition_point(|p| *p < path);
        self.paths.insert(at, path);
        self.dataset.files.insert(at, file);
        self.dataset
            .documents
            .insert(at, LoadedDocument { document, file: at });
        self.reindex();
    }

    /// Forgets a file (deleted, or no longer a data file).
    pub fn remove(&mut self, path: &Path) {
        if let Some(at) = self.index.get(path).copied() {
            self.paths.remove(at);
            self.dataset.files.remove(at);
            self.dataset.documents.remove(at);
            self.reindex();
        }
    }

    fn reindex(&mut self) {
        for (at, loaded) in self.dataset.documents.iter_mut().enumerate() {
            loaded.file = at;
        }
        self.index = self
            .paths
            .iter()
            .enumerate()
            .map(|(at, path)| (path.clone(), at))
            .collect();
    }

    /// The index of a file's document.
    pub fn position_of(&self, path: &Path) -> Option<usize> {
        self.index.get(path).copied()
    }

    /// A file's text as last parsed, and its document.
    pub fn get(&self, path: &Path) -> Option<(&SourceFile, &Document)> {
        let at = self.position_of(path)?;
        Some((
            self.dataset.files.get(at)?,
            &self.dataset.documents.get(at)?.document,
        ))
    }

    /// The path of the document at `index`.
    pub fn path(&self, index: usize) -> Option<&Path> {
        self.paths.get(index).map(PathBuf::as_path)
    }

    /// Every file's path, in order.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    pub fn contains(&self, path: &Path) -> bool {
        self.index.contains_key(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wtsa_dataset::{parse_document, Format, Limits};

    fn people(path: &str) -> (PathBuf, SourceFile, Document) {
        let text = "kind: people\nstudy_group: SG20\nstudy_period: 2022-2024\npeople: []\n";
        let document = parse_document(path, text, Format::Yaml, &Limits::default()).unwrap();
        (
            PathBuf::from(path),
            SourceFile::new(path.to_owned(), text.to_owned(), Format::Yaml),
            document,
        )
    }

    #[test]
    fn documents_stay_in_path_order_with_consistent_indexes() {
        let mut set = DocumentSet::default();
        for path in ["/d/b.yaml", "/d/a.yaml", "/d/c.yaml"] {
            let (path, file, document) = people(path);
            set.upsert(path, file, document);
        }
        let (path, file, document) = people("/d/a.yaml");
        set.upsert(path, file, document);
        assert_eq!(set.paths().len(), 3);
        assert_eq!(set.path(0), Some(Path::new("/d/a.yaml")));
        set.remove(Path::new("/d/a.yaml"));
        assert_eq!(set.position_of(Path::new("/d/c.yaml")), Some(1));
        for (at, loaded) in set.dataset.documents.iter().enumerate() {
            assert_eq!(loaded.file, at);
            assert_eq!(
                set.dataset.files[at].path,
                set.path(at).unwrap().display().to_string()
            );
        }
    }
}
