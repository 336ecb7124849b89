//! What the comparison measures besides `wtsa check`: the parse-only floor (files read and
//! deserialised into typed documents, nothing checked) and JSON Schema validation of the files
//! with the `jsonschema` crate, as `check-jsonschema` and `ajv-cli` do it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use wtsa_dataset::load::parse_document;
use wtsa_dataset::{Format, Limits};

/// Why a tool run could not be carried out (as opposed to files that are invalid).
#[derive(Debug, thiserror::Error)]
pub enum ToolError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("{path}: not a schema: {message}")]
    Schema { path: String, message: String },
    #[error("{path}: no schema for kind `{kind}`")]
    NoSchema { path: String, kind: String },
}

fn file_error(path: &Path, message: impl std::fmt::Display) -> ToolError {
    ToolError::File {
        path: path.display().to_string(),
        message: message.to_string(),
    }
}

fn format_of(path: &Path) -> Option<Format> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("yaml" | "yml") => Some(Format::Yaml),
        Some("json") => Some(Format::Json),
        _ => None,
    }
}

/// The data files under the given files and directories, sorted (as `wtsa check` reads them).
pub fn data_files(paths: &[PathBuf]) -> Result<Vec<(PathBuf, Format)>, ToolError> {
    let mut files = Vec::new();
    for path in paths {
        collect(path, &mut files)?;
    }
    Ok(files)
}

fn collect(path: &Path, files: &mut Vec<(PathBuf, Format)>) -> Result<(), ToolError> {
    let metadata = fs::metadata(path).map_err(|e| file_error(path, e))?;
    if metadata.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .map_err(|e| file_error(path, e))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() || format_of(&entry).is_some() {
                collect(&entry, files)?;
            }
        }
    } else if let Some(format) = format_of(path) {
        files.push((path.to_path_buf(), format));
    }
    Ok(())
}

/// What [`parse_only`] holds of the documents it parses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Nothing: each text and document is dropped once parsed. The floor.
    Nothing,
    /// A directory's texts and documents, until the first file of the next directory: as a
    /// check by study group holds one study group's period (the corpus writes a directory
    /// for each). What the floor costs in the memory a check must hold.
    Directory,
    /// Every text and document, to the end, as a check of the whole dataset at once would.
    All,
}

/// The floor: every file read and deserialised into its typed document as the loader does
/// (the `kind` probe, then the document), with no location index, no rule and no report.
/// Of the texts and documents, `hold` says what is held (the floor holds nothing). Returns
/// the number of documents.
pub fn parse_only(files: &[(PathBuf, Format)], hold: Hold) -> Result<usize, ToolError> {
    let limits = Limits::default();
    let mut kept = Vec::new();
    let mut directory = None;
    let mut documents = 0;
    for (path, format) in files {
        if hold == Hold::Directory && directory != path.parent() {
            // A new directory: the last one's are let go before it is read, as a check lets a
            // part go before it reads the next.
            kept.clear();
            directory = path.parent();
        }
        // The plainest reading, not the loader's (`read_data_file`, in stretches searched as
        // they come): the floor read the loader's way was no faster (1.02 s against 1.01 s
        // at 100x, 9 rounds in turn), and a floor is the least a check could cost.
        let text = fs::read_to_string(path).map_err(|e| file_error(path, e))?;
        let display = path.display().to_string();
        let document =
            parse_document(&display, &text, *format, &limits).map_err(|e| file_error(path, e))?;
        if hold != Hold::Nothing {
            kept.push((text, document));
        }
        documents += 1;
    }
    drop(kept);
    Ok(documents)
}

/// The instance a schema validates: the file's data as JSON.
pub fn instance(path: &Path, text: &str, format: Format) -> Result<serde_json::Value, ToolError> {
    match format {
        Format::Json => serde_json::from_str(text).map_err(|e| file_error(path, e)),
        Format::Yaml => serde_saphyr::from_str(text).map_err(|e| file_error(path, e)),
    }
}

/// Compiled validators, by document kind, or one for every file.
pub enum Schemas {
    ByKind(BTreeMap<String, jsonschema::Validator>),
    One(Box<jsonschema::Validator>),
}

fn compile(path: &Path) -> Result<jsonschema::Validator, ToolError> {
    let schema_error = |message: String| ToolError::Schema {
        path: path.display().to_string(),
        message,
    };
    let text = fs::read_to_string(path).map_err(|e| schema_error(e.to_string()))?;
    let schema: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| schema_error(e.to_string()))?;
    // check-jsonschema and ajv (with ajv-formats) check formats such as `date`: so do we.
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .map_err(|e| schema_error(e.to_string()))
}

impl Schemas {
    /// Every `<kind>.schema.json` of a directory such as `schemas/`.
    pub fn directory(dir: &Path) -> Result<Self, ToolError> {
        let mut validators = BTreeMap::new();
        let entries = fs::read_dir(dir).map_err(|e| file_error(dir, e))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let Some(kind) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".schema.json"))
            else {
                continue;
            };
            validators.insert(kind.to_owned(), compile(&path)?);
        }
        Ok(Self::ByKind(validators))
    }

    pub fn file(path: &Path) -> Result<Self, ToolError> {
        Ok(Self::One(Box::new(compile(path)?)))
    }

    fn for_instance(
        &self,
        path: &Path,
        value: &serde_json::Value,
    ) -> Result<&jsonschema::Validator, ToolError> {
        match self {
            Self::One(validator) => Ok(validator),
            Self::ByKind(validators) => {
                let kind = value
                    .get("kind")
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default();
                validators.get(kind).ok_or_else(|| ToolError::NoSchema {
                    path: path.display().to_string(),
                    kind: kind.to_owned(),
                })
            }
        }
    }
}

/// Validates every file; returns each invalid file with its first errors.
pub fn validate(
    files: &[(PathBuf, Format)],
    schemas: &Schemas,
) -> Result<Vec<(PathBuf, Vec<String>)>, ToolError> {
    let mut invalid = Vec::new();
    for (path, format) in files {
        let text = fs::read_to_string(path).map_err(|e| file_error(path, e))?;
        let value = instance(path, &text, *format)?;
        let validator = schemas.for_instance(path, &value)?;
        if validator.is_valid(&value) {
            continue;
        }
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .take(5)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        invalid.push((path.clone(), errors));
    }
    Ok(invalid)
}
