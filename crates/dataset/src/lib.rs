//! wtsa-dataset: reading a wtsa dataset — data files (YAML or JSON) or the copy embedded in the
//! binary — with every value's position, within limits against hostile input; locating a JSON
//! pointer in the text a person edits; and writing files atomically, never into an input.
//!
//! It is not a checker (that is `wtsa-rules`) and prints nothing. It is the only crate that
//! reads or writes data files: every other crate that touches the file system goes through it.

pub mod load;
pub mod outline;
pub mod proposal;
pub mod repository;
pub mod write;
pub mod yaml11;

pub use load::{
    data_files, named_kind, parse_document, read_data_file, Dataset, Format, Heading, Limits,
    LoadError, LoadedDocument, Position, SourceFile, Span, Texts, EMBEDDED_FILES,
};
pub use write::{write_atomic, WriteError};
