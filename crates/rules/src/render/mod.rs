//! Renderings of a report. Each format is a small module over the one typed [`Report`]; rules
//! never build output strings.

pub mod human;
pub mod json;

use crate::load::Dataset;
use crate::report::Report;

/// The output formats of `wtsa check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Human,
    Json,
}

/// Options every renderer may use.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// ANSI colours (only on a terminal, never with NO_COLOR; the CLI decides).
    pub color: bool,
}

/// Renders the report in the chosen format.
pub fn render(
    report: &Report,
    dataset: &Dataset,
    format: OutputFormat,
    options: RenderOptions,
) -> String {
    match format {
        OutputFormat::Human => human::render(report, dataset, options),
        OutputFormat::Json => json::render(report),
    }
}
