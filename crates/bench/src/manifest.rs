//! What a generated corpus holds and which findings checking it must give.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use wtsa_rules::CATALOGUE;

use crate::generate::{CorpusError, FileFormat, Options, Sizes};

/// The manifest written beside a corpus (`manifest.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub generator: String,
    pub scale: f64,
    pub seed: u64,
    pub groups: usize,
    pub format: FileFormat,
    /// The records of each kind in one (study group, period) view, before plants.
    pub sizes_per_view: Sizes,
    pub files: usize,
    pub bytes: u64,
    /// Records of the whole corpus, by kind.
    pub records: BTreeMap<String, usize>,
    /// The number of findings `wtsa check` must report for each rule code: the planted
    /// inconsistencies, and zero for every other rule of the catalogue.
    pub expected: BTreeMap<String, usize>,
}

/// A rule whose count differs from the manifest's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub code: String,
    pub expected: usize,
    pub found: usize,
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: expected {} findings, found {}",
            self.code, self.expected, self.found
        )
    }
}

impl Manifest {
    pub(crate) fn new(options: &Options, sizes: Sizes) -> Self {
        Self {
            generator: format!("wtsa-corpus {}", env!("CARGO_PKG_VERSION")),
            scale: options.scale,
            seed: options.seed,
            groups: options.groups,
            format: options.format,
            sizes_per_view: sizes,
            files: 0,
            bytes: 0,
            records: BTreeMap::new(),
            expected: CATALOGUE
                .iter()
                .map(|rule| (rule.meta().code.to_owned(), 0))
                .collect(),
        }
    }

    pub(crate) fn planted(&mut self, code: &str, count: usize) {
        *self.expected.entry(code.to_owned()).or_insert(0) += count;
    }

    pub(crate) fn count(&mut self, what: &str, count: usize) {
        *self.records.entry(what.to_owned()).or_insert(0) += count;
    }

    pub(crate) fn add_file(&mut self, bytes: usize) {
        self.files += 1;
        self.bytes += u64::try_from(bytes).unwrap_or(u64::MAX);
    }

    pub(crate) fn write(&self, path: &Path) -> Result<(), CorpusError> {
        let text = serde_json::to_string_pretty(self).map_err(|e| CorpusError::Serialise {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        wtsa_dataset::write::write_atomic(path, (text + "\n").as_bytes())?;
        Ok(())
    }

    pub fn read(path: &Path) -> Result<Self, CorpusError> {
        let text = std::fs::read_to_string(path).map_err(|source| CorpusError::Io {
            path: path.display().to_string(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|e| CorpusError::Serialise {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    }

    /// Every rule whose count of findings differs from the manifest's, in code order.
    pub fn compare(&self, found: &BTreeMap<String, usize>) -> Vec<Mismatch> {
        let codes: std::collections::BTreeSet<&String> =
            self.expected.keys().chain(found.keys()).collect();
        codes
            .into_iter()
            .filter_map(|code| {
                let expected = self.expected.get(code).copied().unwrap_or(0);
                let found = found.get(code).copied().unwrap_or(0);
                (expected != found).then(|| Mismatch {
                    code: code.clone(),
                    expected,
                    found,
                })
            })
            .collect()
    }
}

/// Findings by rule code, from a report.
pub fn count_findings(report: &wtsa_rules::Report) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for finding in &report.findings {
        *counts.entry(finding.code.clone()).or_insert(0) += 1;
    }
    counts
}

/// Findings by rule code, from the JSON `wtsa check --format json` prints.
pub fn count_findings_json(report: &serde_json::Value) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    let findings = report
        .get("findings")
        .and_then(serde_json::Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for finding in findings {
        if let Some(code) = finding.get("code").and_then(serde_json::Value::as_str) {
            *counts.entry(code.to_owned()).or_insert(0) += 1;
        }
    }
    counts
}
