//! What the importer could not read, with the report line it is about and what it expected
//! there.

use std::fmt;

use thiserror::Error;
use wtsa_model::DesignationError;

/// How much a problem costs the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// A row, cell, item or sentence was skipped; the dataset is written without it.
    Warning,
    /// A section or table the template requires is missing or unreadable; nothing is written.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// Why a part of the report was not imported.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Problem {
    #[error("{what} not found: expected {expected}")]
    Missing { what: String, expected: String },
    #[error("{table}: no column `{column}` in the header (found: {found})")]
    MissingColumn {
        table: String,
        column: &'static str,
        found: String,
    },
    #[error("{table}: the row has {found} cells, expected {expected} ({columns})")]
    CellCount {
        table: String,
        found: usize,
        expected: usize,
        columns: String,
    },
    #[error("cannot read {what} `{text}`: expected {expected}")]
    Unreadable {
        what: &'static str,
        text: String,
        expected: &'static str,
    },
    #[error("cannot read {what} `{text}`: {source}")]
    Designation {
        what: &'static str,
        text: String,
        #[source]
        source: DesignationError,
    },
    #[error("table rows outside any table the importer reads (expected a `TABLE n` caption or a section the importer knows)")]
    StrayRows,
    #[error("{what} not imported: {reason}")]
    NotImported { what: String, reason: &'static str },
    #[error("{what}: {detail}")]
    Inconsistent { what: String, detail: String },
}

/// A problem at a line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The report's line (1-based) the problem is about.
    pub line: usize,
    pub severity: Severity,
    pub problem: Problem,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.severity, self.problem)
    }
}
