//! Renderings of a report. Each format is a small module over the one typed [`Report`]; rules
//! never build output strings.

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;

use wtsa_dataset::Dataset;
use wtsa_rules::report::Report;
use wtsa_rules::FailOn;

/// The output formats of `wtsa check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum OutputFormat {
    Human,
    Json,
    Sarif,
    Junit,
    Github,
    Markdown,
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

/// Renders the report in the chosen format.
pub fn render(
    report: &Report,
    dataset: &Dataset,
    format: OutputFormat,
    options: RenderOptions,
) -> String {
    match format {
        OutputFormat::Human => human::render(report, dataset, &options),
        OutputFormat::Json => json::render(report),
        OutputFormat::Sarif => {
            sarif::render(report, dataset, &options.rules_run, options.root.as_deref())
        }
        OutputFormat::Junit => junit::render(report, &options.rules_run, options.fail_on),
        OutputFormat::Github => github::render(report),
        OutputFormat::Markdown => markdown::render(report),
    }
}
