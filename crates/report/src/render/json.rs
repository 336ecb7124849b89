//! The report as JSON, in the shape of `schemas/report.schema.json`.

use wtsa_rules::report::Report;

pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report)
        .unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()));
    text.push('\n');
    text
}
