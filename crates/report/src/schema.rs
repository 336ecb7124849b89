//! The JSON Schemas wtsa publishes: one per document kind, and one for the report of a run.

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

/// Every schema, in a stable order.
pub fn generate() -> Vec<GeneratedSchema> {
    let mut schemas: Vec<GeneratedSchema> = DocumentKind::ALL
        .iter()
        .map(|kind| GeneratedSchema {
            file_name: format!("{}.schema.json", kind.name()),
            text: render(&schema_for(*kind)),
        })
        .collect();
    schemas.extend(
        wtsa_rules::report::schemas()
            .into_iter()
            .chain(wtsa_redline::schemas())
            .map(|(file_name, schema)| GeneratedSchema {
                file_name,
                text: render(&schema),
            }),
    );
    schemas
}

/// A difference between the generated schemas and the files in a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Staleness {
    Missing(String),
    Differs(String),
}

impl std::fmt::Display for Staleness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing(name) => write!(f, "{name}: missing"),
            Self::Differs(name) => write!(f, "{name}: differs from the generated schema"),
        }
    }
}

/// Compares the generated schemas with those in `dir`.
pub fn check(dir: &Path) -> Vec<Staleness> {
    generate()
        .into_iter()
        .filter_map(
            |schema| match std::fs::read_to_string(dir.join(&schema.file_name)) {
                Err(_) => Some(Staleness::Missing(schema.file_name)),
                Ok(text) if text != schema.text => Some(Staleness::Differs(schema.file_name)),
                Ok(_) => None,
            },
        )
        .collect()
}

/// Writes every schema into `dir`, each file atomically; returns the file names written.
pub fn write(dir: &Path) -> Result<Vec<String>, WriteError> {
    ensure_dir(dir)?;
    let mut written = Vec::new();
    for schema in generate() {
        write_atomic(&dir.join(&schema.file_name), schema.text.as_bytes())?;
        written.push(schema.file_name);
    }
    Ok(written)
}
