//! Renderings of a report. Each format is a small module over the one typed [`Report`]; rules
//! never build output strings.

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod statistics;

use std::fmt::Write as _;

use wtsa_dataset::Dataset;
use wtsa_rules::report::{plural, Report};
use wtsa_rules::FailOn;

/// The output formats of `wtsa check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum OutputFormat {
    /// rustc-style diagnostics: the data line, a caret under the value, the citation.
    Human,
    /// One line per finding: `file:line:column: CODE message`.
    Concise,
    /// The report (schemas/report.schema.json).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// JUnit XML: a test case per rule, a failure per finding at or above --fail-on.
    Junit,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// GitLab Code Quality (a codequality report artifact).
    Gitlab,
    /// A summary for a pull-request comment.
    Markdown,
}

/// Renders how many findings each rule gave (`--statistics`): JSON for the JSON format, a
/// table otherwise.
pub fn render_statistics(report: &Report, format: OutputFormat) -> String {
    match format {
        OutputFormat::Json => statistics::json(report),
        _ => statistics::render(report),
    }
}

/// Options every renderer may use.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// ANSI colours (only on a terminal, never with NO_COLOR; the CLI decides).
    pub color: bool,
    /// The codes of the rules that ran (the catalogue formats list them).
    pub rules_run: Vec<&'static str>,
    /// The directory relative data paths are relative to (where wtsa ran): SARIF names it as
    /// the base of its relative URIs.
    pub root: Option<std::path::PathBuf>,
    /// The lowest severity that fails the run: JUnit lists only those findings as failures.
    pub fail_on: FailOn,
}

/// The closing line of the text formats: "Found: 3 errors, 1 warning, 0 infos (44 rules run
/// on 3 documents in 3 files)."
pub fn summary_line(report: &Report) -> String {
    let summary = &report.summary;
    let mut line = format!(
        "{}: {}, {}, {} ({} run on {} in {})",
        if report.findings.is_empty() {
            "No findings"
        } else {
            "Found"
        },
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
        plural(summary.infos, "info"),
        plural(summary.rules_run, "rule"),
        plural(summary.documents, "document"),
        plural(summary.files, "file"),
    );
    if summary.suppressed > 0 {
        let _ = write!(line, "; {} suppressed", summary.suppressed);
    }
    if summary.baselined > 0 {
        let _ = write!(line, "; {} in the baseline", summary.baselined);
    }
    if !report.fixed_since_baseline.is_empty() {
        let _ = write!(
            line,
            "; {} fixed since the baseline",
            report.fixed_since_baseline.len()
        );
    }
    line.push('.');
    line
}

/// A value as pretty JSON with a line feed after it, written into room for `expected` bytes
/// reserved before the first: grown by doubling from 128 bytes, the JSON report of the 100x
/// corpus (18 MB) is copied some twenty times and has the system map and clear about twice
/// its size on the way. Room reserved and never written is never touched, so an estimate on
/// the high side costs nothing.
pub(crate) fn pretty_json(
    value: &impl serde::Serialize,
    expected: usize,
) -> std::io::Result<String> {
    let mut bytes = Vec::with_capacity(expected);
    write_pretty_json(&mut bytes, value)?;
    // serde_json writes UTF-8 only.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// A value as pretty JSON with a line feed after it, the one way every JSON rendering of a
/// report ends, written into `out`.
fn write_pretty_json<W: std::io::Write + ?Sized>(
    out: &mut W,
    value: &impl serde::Serialize,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Room for a JSON rendering of `report`: what a finding takes, generously (about 1.5 KB in
/// the corpora's reports), for each finding, and some for each file and the rest.
pub(crate) fn expected_json_bytes(report: &Report) -> usize {
    report
        .findings
        .len()
        .saturating_mul(2)
        .saturating_add(report.files.len() / 4)
        .saturating_add(64)
        .saturating_mul(1 << 10)
}

/// Whether [`write`] writes the format as it is made, never holding the whole text: the JSON
/// report, whose rendering reads nothing but the report (at 100x, 18 MB that would be
/// written into fresh memory, then read again to be written out).
pub fn streams(format: OutputFormat) -> bool {
    format == OutputFormat::Json
}

/// Writes the report in the chosen format to `out`: as it is made where the format
/// [`streams`], else rendered ([`render`]) and written. The bytes are [`render`]'s.
pub fn write<W: std::io::Write + ?Sized>(
    report: &Report,
    dataset: &Dataset,
    format: OutputFormat,
    options: RenderOptions,
    out: &mut W,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => write_pretty_json(out, report),
        _ => out.write_all(render(report, dataset, format, options).as_bytes()),
    }
}

/// Renders the report in the chosen format.
pub fn render(
    report: &Report,
    dataset: &Dataset,
    format: OutputFormat,
    options: RenderOptions,
) -> String {
    match format {
        OutputFormat::Human => human::render(report, dataset, &options),
        OutputFormat::Concise => concise::render(report),
        OutputFormat::Gitlab => gitlab::render(report),
        OutputFormat::Json => json::render(report),
        OutputFormat::Sarif => {
            sarif::render(report, dataset, &options.rules_run, options.root.as_deref())
        }
        OutputFormat::Junit => junit::render(report, &options.rules_run, options.fail_on),
        OutputFormat::Github => github::render(report),
        OutputFormat::Markdown => markdown::render(report),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// What [`write`] writes is [`render`]'s text, in every format, whether it streams or not.
    #[test]
    fn a_report_written_is_the_report_rendered() {
        let dataset = Dataset::embedded().unwrap();
        let selection = wtsa_rules::Selection::default();
        let report = wtsa_rules::check(&dataset, &selection);
        assert!(!report.findings.is_empty());
        let options = || RenderOptions {
            rules_run: selection.rules().iter().map(|r| r.meta().code).collect(),
            ..RenderOptions::default()
        };
        let formats = [
            OutputFormat::Human,
            OutputFormat::Concise,
            OutputFormat::Json,
            OutputFormat::Sarif,
            OutputFormat::Junit,
            OutputFormat::Github,
            OutputFormat::Gitlab,
            OutputFormat::Markdown,
        ];
        for format in formats {
            let mut written = Vec::new();
            write(&report, &dataset, format, options(), &mut written).unwrap();
            let rendered = render(&report, &dataset, format, options());
            assert!(
                String::from_utf8(written).unwrap() == rendered,
                "{format:?}"
            );
        }
        assert!(streams(OutputFormat::Json) && !streams(OutputFormat::Human));
    }
}
