//! The report of a run: a typed, serialisable value with a stable JSON shape (its schema is
//! `schemas/report.schema.json`). Every output format is a rendering of this value.

use schemars::JsonSchema;
use serde::Serialize;

use crate::rule::{Citation, Family, Severity};

/// The version of the report's JSON shape; raised on any incompatible change.
pub const REPORT_FORMAT_VERSION: u32 = 1;

/// Where a finding is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Location {
    /// The data file, as given on the command line (or `embedded:…`).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// JSON pointer (RFC 6901) to the value in the document.
    pub pointer: String,
    /// The kind of the document.
    pub document_kind: String,
}

/// Another place a finding refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RelatedLocation {
    pub message: String,
    pub location: Location,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Finding {
    /// The rule's code, such as `AC003`.
    pub code: String,
    /// The rule's kebab-case name.
    pub rule: String,
    pub family: Family,
    pub severity: Severity,
    pub message: String,
    /// What the finding is about: the pointer of the value with each list index replaced by
    /// the record's key (`/approved/[number=ITU-T Y.4505]/number`). With the rule, the
    /// document's kind, study group and period, and the related records' subjects, it is the
    /// finding's identity, from which the fingerprint is made.
    pub subject: String,
    pub location: Location,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedLocation>,
    /// A suggested fix, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    pub citation: Citation,
    /// A fingerprint of the finding's identity (rule, document, subject, related subjects):
    /// it does not depend on the message, quoted texts, lines or list positions, so it
    /// survives rewording and unrelated edits. Baselines use it.
    pub fingerprint: String,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings suppressed by a reasoned suppression in the data.
    pub suppressed: usize,
    /// Findings hidden because a baseline records them.
    pub baselined: usize,
    pub files: usize,
    pub documents: usize,
    pub rules_run: usize,
}

/// The tool that made the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

/// The report of one `wtsa check` run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Report {
    /// The version of this JSON shape.
    pub format_version: u32,
    pub tool: Tool,
    /// The data files read, in order.
    pub files: Vec<String>,
    /// Findings, sorted by file, line, column and code.
    pub findings: Vec<Finding>,
    /// Fingerprints a baseline recorded that no longer occur (fixed since).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixed_since_baseline: Vec<String>,
    pub summary: Summary,
}

impl Report {
    /// The most severe finding's severity.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Whether a finding at or above `threshold` exists.
    pub fn fails_at(&self, threshold: Severity) -> bool {
        self.findings.iter().any(|f| f.severity >= threshold)
    }
}

/// A count and its noun: "1 error", "2 errors", "1 Technical Report" (every noun wtsa counts
/// takes an `s`).
pub fn plural<N: std::fmt::Display + TryInto<u64> + Copy>(count: N, noun: &str) -> String {
    if count.try_into().ok() == Some(1) {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// 64-bit FNV-1a: a stable hash (std's hasher may change between Rust releases, and baselines
/// must survive upgrades).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The schemas of the report shapes wtsa publishes, by file name.
pub fn schemas() -> Vec<(String, schemars::Schema)> {
    let report = wtsa_model::schema::published_schema::<Report>("report", "wtsa check report");
    vec![("report.schema.json".to_owned(), report)]
}
