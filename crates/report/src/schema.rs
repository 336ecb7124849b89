//! The JSON Schemas wtsa publishes: one per document kind, one for the report of a run, one
//! for the redline, and a bundle of them all; their reference pages; and the comparison with
//! the last release that keeps them compatible.

pub mod bundle;
pub mod compat;
pub mod reference;

use std::path::Path;

use wtsa_model::{schema_for, DocumentKind};

use wtsa_dataset::write::{ensure_dir, write_atomic, WriteError};

/// One generated schema: its file name and pretty-printed text (with a final newline).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedSchema {
    pub file_name: String,
    pub text: String,
}

fn render(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// What a published schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaRole {
    /// A document kind: a data file people write.
    Document(DocumentKind),
    /// Something wtsa writes (the report of a run, a redline).
    Output,
}

/// A published schema before it is rendered: its name (`people`, `report` …), what it
/// describes, and the schema.
#[derive(Debug, Clone)]
pub struct PublishedSchema {
    pub name: String,
    pub role: SchemaRole,
    pub schema: schemars::Schema,
}

impl PublishedSchema {
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }
}

/// Every published schema (the bundle aside): the document kinds, then the outputs.
pub fn published() -> Vec<PublishedSchema> {
    let documents = DocumentKind::ALL.iter().map(|kind| PublishedSchema {
        name: kind.name().to_owned(),
        role: SchemaRole::Document(*kind),
        schema: schema_for(*kind),
    });
    let outputs = wtsa_rules::report::schemas()
        .into_iter()
        .chain(wtsa_redline::schemas())
        .map(|(file_name, schema)| PublishedSchema {
            name: file_name
                .strip_suffix(".schema.json")
                .unwrap_or(&file_name)
                .to_owned(),
            role: SchemaRole::Output,
            schema,
        });
    documents.chain(outputs).collect()
}

/// Every schema file, in a stable order: each published schema, then the bundle.
pub fn generate() -> Vec<GeneratedSchema> {
    let published = published();
    let mut schemas: Vec<GeneratedSchema> = published
        .iter()
        .map(|schema| GeneratedSchema {
            file_name: schema.file_name(),
            text: render(&schema.schema),
        })
        .collect();
    schemas.push(GeneratedSchema {
        file_name: bundle::FILE_NAME.to_owned(),
        text: render(&bundle::bundle(&published)),
    });
    schemas
}

/// The reference pages of every published schema, with examples from the embedded dataset.
pub fn generate_docs() -> Vec<GeneratedSchema> {
    // The embedded dataset is the shipped data, and it loads (a test says so): without it the
    // pages only lose their examples.
    let data = wtsa_dataset::Dataset::embedded().unwrap_or_default();
    reference::pages(&published(), &data)
}

/// A difference between the generated files (schemas or pages) and those in a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staleness {
    Missing(String),
    Differs(String),
}

impl std::fmt::Display for Staleness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(name) => write!(f, "{name}: missing"),
            Self::Differs(name) => write!(f, "{name}: differs from the generated file"),
        }
    }
}

/// Compares the generated schemas with those in `dir`.
pub fn check(dir: &Path) -> Vec<Staleness> {
    check_files(dir, generate())
}

/// Compares the generated reference pages with those in `dir`.
pub fn check_docs(dir: &Path) -> Vec<Staleness> {
    check_files(dir, generate_docs())
}

fn check_files(dir: &Path, files: Vec<GeneratedSchema>) -> Vec<Staleness> {
    files
        .into_iter()
        .filter_map(
            |file| match std::fs::read_to_string(dir.join(&file.file_name)) {
                Err(_) => Some(Staleness::Missing(file.file_name)),
                Ok(text) if text != file.text => Some(Staleness::Differs(file.file_name)),
                Ok(_) => None,
            },
        )
        .collect()
}

/// Writes every schema into `dir`, each file atomically; returns the file names written.
pub fn write(dir: &Path) -> Result<Vec<String>, WriteError> {
    write_files(dir, generate())
}

/// Writes every reference page into `dir`, each file atomically; returns the file names.
pub fn write_docs(dir: &Path) -> Result<Vec<String>, WriteError> {
    write_files(dir, generate_docs())
}

fn write_files(dir: &Path, files: Vec<GeneratedSchema>) -> Result<Vec<String>, WriteError> {
    ensure_dir(dir)?;
    let mut written = Vec::new();
    for file in files {
        write_atomic(&dir.join(&file.file_name), file.text.as_bytes())?;
        written.push(file.file_name);
    }
    Ok(written)
}
