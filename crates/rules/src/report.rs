//! The report of a run: a typed, serialisable value with a stable JSON shape (its schema is
//! `schemas/report.schema.json`). Every output format is a rendering of this value.

use schemars::JsonSchema;
use serde::Serialize;

use crate::message::Arguments;
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
    /// The typed values this message quotes, as for the finding's own message.
    #[serde(default, skip_serializing_if = "Arguments::is_empty")]
    pub arguments: Arguments,
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
    /// The message in words, rendered from its template and `arguments`.
    pub message: String,
    /// The typed values the message quotes (a Recommendation number, a count, a date), by
    /// the names its template gives them: what a program reads instead of the words.
    #[serde(default, skip_serializing_if = "Arguments::is_empty")]
    pub arguments: Arguments,
    /// What the finding is about: the pointer of the value with each list index replaced by
    /// the record's key (`/approved/[number=ITU-T Y.4505]/number`). With the rule, the
    /// document's kind, study group and period, and the related records' subjects, it is the
    /// finding's identity, from which the fingerprint is made.
    pub subject: String,
    pub location: Location,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedLocation>,
    /// A suggested fix: advice in words (`fix`) and, where the correction is certain, the
    /// edit that makes it (`edit`).
    #[serde(flatten)]
    pub fix: Option<Fix>,
    pub citation: Citation,
    /// A fingerprint of the finding's identity (rule, document, subject, related subjects):
    /// it does not depend on the message, quoted texts, lines or list positions, so it
    /// survives rewording and unrelated edits. Baselines use it.
    pub fingerprint: String,
}

/// A suggested fix. In the report it is two fields of the finding: `fix`, the advice in
/// words, and `edit`, present when the correction is certain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Fix {
    /// A suggested fix, in words.
    #[serde(rename = "fix")]
    #[schemars(with = "Option<String>")]
    pub advice: String,
    /// The edit that makes the fix, when it is certain (an editor applies it as a quick fix;
    /// `wtsa server` offers it). Absent when the fix needs a person's judgement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit: Option<Edit>,
}

impl Fix {
    /// Advice in words, with no edit.
    pub fn advice(advice: String) -> Self {
        Self { advice, edit: None }
    }
}

/// A machine-applicable edit: in the string value at the finding's `location.pointer`, the
/// characters `start..end` (0-based, counted in Unicode scalar values, as Python and Rust's
/// `chars()` count them) read `text` and are replaced by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Edit {
    /// The first character replaced.
    pub start: usize,
    /// One past the last character replaced.
    pub end: usize,
    /// The characters replaced, as the value has them.
    pub text: String,
    /// What replaces them.
    pub replacement: String,
}

impl Edit {
    /// The edit that replaces the bytes `start..end` of `value` by `replacement`; `None` when
    /// the range is not one of `value`'s (out of bounds or inside a character).
    pub fn replacing(value: &str, start: usize, end: usize, replacement: &str) -> Option<Self> {
        let text = value.get(start..end)?;
        let before = value.get(..start)?;
        let start_chars = before.chars().count();
        Some(Self {
            start: start_chars,
            end: start_chars + text.chars().count(),
            text: text.to_owned(),
            replacement: replacement.to_owned(),
        })
    }

    /// `value` with the edit made, when `value` still has `text` at `start..end`.
    pub fn apply(&self, value: &str) -> Option<String> {
        let byte = |chars: usize| {
            value
                .char_indices()
                .map(|(at, _)| at)
                .chain(std::iter::once(value.len()))
                .nth(chars)
        };
        let (start, end) = (byte(self.start)?, byte(self.end)?);
        (value.get(start..end)? == self.text).then(|| {
            format!(
                "{}{}{}",
                value.get(..start).unwrap_or(""),
                self.replacement,
                value.get(end..).unwrap_or("")
            )
        })
    }
}

/// "replace “and and” with “and”", "delete “…”": what an edit does, for a person. What cannot
/// be seen (a no-break space, a zero-width character) is written as its code point.
impl std::fmt::Display for Edit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.replacement.is_empty() {
            write!(f, "delete {}", Shown(&self.text))
        } else {
            write!(
                f,
                "replace {} with {}",
                Shown(&self.text),
                Shown(&self.replacement)
            )
        }
    }
}

/// A text in quotation marks, each character a person cannot see as its code point.
struct Shown<'a>(&'a str);

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("\u{201c}")?;
        for c in self.0.chars() {
            let unseen = c != ' '
                && (c.is_whitespace()
                    || c.is_control()
                    || matches!(
                        c,
                        '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{2011}' | '\u{2060}' | '\u{feff}'
                    ));
            if unseen {
                write!(f, "<U+{:04X}>", u32::from(c))?;
            } else {
                write!(f, "{c}")?;
            }
        }
        f.write_str("\u{201d}")
    }
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
