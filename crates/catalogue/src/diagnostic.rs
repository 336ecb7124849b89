//! What can go wrong reading the catalogue: a damaged record (a [`Diagnostic`], the record is
//! left out and the rest is read) or a directory that cannot be read at all (an [`Error`]).

use std::path::PathBuf;

use thiserror::Error;
use wtsa_model::DesignationError;

/// A record left out of the catalogue, and why. Each names the upstream file, so that a person
/// refreshing the catalogue can open it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Diagnostic {
    #[error("{file}: cannot be read: {reason}")]
    Unreadable { file: String, reason: String },
    #[error("{file}:{line}:{column}: not a Relaton record: {message}")]
    Yaml {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: no primary ITU `docidentifier`")]
    NoIdentifier { file: String },
    #[error("{file}: identifier `{id}` not understood: {source}")]
    Identifier {
        file: String,
        id: String,
        source: DesignationError,
    },
    #[error("{file}: no `published` date")]
    NoPublishedDate { file: String },
    #[error("{file}: published date `{text}` is not a date (YYYY-MM-DD)")]
    PublishedDate { file: String, text: String },
    #[error("{file}: no `ext.doctype`")]
    NoDoctype { file: String },
    #[error("{file}: doctype `{text}` is not one the catalogue knows")]
    Doctype { file: String, text: String },
    #[error("{file}: edition `{text}` not understood: {source}")]
    Edition {
        file: String,
        text: String,
        source: DesignationError,
    },
    #[error("{file}: stage `{text}` is neither `Published` nor `Withdrawal`")]
    Stage { file: String, text: String },
    #[error("{file}: group `{text}` not understood: {source}")]
    Group {
        file: String,
        text: String,
        source: DesignationError,
    },
    #[error("{file}: identifier `{id}` is also the identifier of {first_file}; the first is kept")]
    DuplicateIdentifier {
        file: String,
        id: String,
        first_file: String,
    },
}

impl Diagnostic {
    /// The upstream file the diagnostic is about.
    pub fn file(&self) -> &str {
        match self {
            Self::Unreadable { file, .. }
            | Self::Yaml { file, .. }
            | Self::NoIdentifier { file }
            | Self::Identifier { file, .. }
            | Self::NoPublishedDate { file }
            | Self::PublishedDate { file, .. }
            | Self::NoDoctype { file }
            | Self::Doctype { file, .. }
            | Self::Edition { file, .. }
            | Self::Stage { file, .. }
            | Self::Group { file, .. }
            | Self::DuplicateIdentifier { file, .. } => file,
        }
    }
}

/// Why no catalogue could be read at all.
#[derive(Debug, Error)]
pub enum Error {
    #[error("cannot list the directory {}: {source}", path.display())]
    ReadDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no `itu-t-*.yaml` record in {}", path.display())]
    NoRecords { path: PathBuf },
}
