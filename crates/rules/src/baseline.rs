//! Baselines: today's findings recorded by fingerprint, so that a team can adopt wtsa on data
//! that already has findings and fail only on new ones.

use crate::hash::HashSet;
use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::report::Report;
use wtsa_dataset::write::{write_atomic, WriteError};

/// The version of the baseline file's shape.
/// Version 2: fingerprints are made from a finding's identity (rule, document, the record's
/// key), no longer from its message; a version-1 baseline must be written again.
pub const BASELINE_FORMAT_VERSION: u32 = 2;

/// One recorded finding. Only the fingerprint matters for matching; the rest helps a person
/// reading the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub code: String,
    pub file: String,
    /// What the finding is about (see `Finding::subject`).
    #[serde(default)]
    pub subject: String,
    pub message: String,
}

/// A baseline file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub format_version: u32,
    pub findings: Vec<BaselineEntry>,
}

#[derive(Debug, Error)]
pub enum BaselineError {
    #[error("{path}: cannot read the baseline: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: not a wtsa baseline: {message}")]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: baseline format version {found} is not supported (expected {expected}); write it again with `wtsa check --write-baseline`")]
    Version {
        path: String,
        found: u32,
        expected: u32,
    },
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl Baseline {
    /// Records the findings of a report.
    pub fn from_report(report: &Report) -> Self {
        Self {
            format_version: BASELINE_FORMAT_VERSION,
            findings: report
                .findings
                .iter()
                .map(|f| BaselineEntry {
                    fingerprint: f.fingerprint.clone(),
                    code: f.code.clone(),
                    file: f.location.file.clone(),
                    subject: f.subject.clone(),
                    message: f.message.clone(),
                })
                .collect(),
        }
    }

    pub fn read(path: &Path) -> Result<Self, BaselineError> {
        let display = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Read {
            path: display.clone(),
            source,
        })?;
        let baseline: Self = serde_json::from_str(&text).map_err(|e| BaselineError::Parse {
            path: display.clone(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        if baseline.format_version != BASELINE_FORMAT_VERSION {
            return Err(BaselineError::Version {
                path: display,
                found: baseline.format_version,
                expected: BASELINE_FORMAT_VERSION,
            });
        }
        Ok(baseline)
    }

    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        write_atomic(path, text.as_bytes())?;
        Ok(())
    }

    /// Removes from the report the findings the baseline records, and lists the recorded
    /// fingerprints that no longer occur (fixed since the baseline).
    pub fn apply(&self, report: &mut Report) {
        let known: HashSet<&str> = self
            .findings
            .iter()
            .map(|f| f.fingerprint.as_str())
            .collect();
        let present: HashSet<String> = report
            .findings
            .iter()
            .map(|f| f.fingerprint.clone())
            .collect();
        let before = report.findings.len();
        report
            .findings
            .retain(|f| !known.contains(f.fingerprint.as_str()));
        report.summary.baselined = before - report.findings.len();
        report.fixed_since_baseline = self
            .findings
            .iter()
            .filter(|f| !present.contains(&f.fingerprint))
            .map(|f| format!("{} {}: {}", f.code, f.file, f.message))
            .collect();
        let count = |severity| {
            report
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .count()
        };
        report.summary.errors = count(crate::rule::Severity::Error);
        report.summary.warnings = count(crate::rule::Severity::Warning);
        report.summary.infos = count(crate::rule::Severity::Info);
    }
}
