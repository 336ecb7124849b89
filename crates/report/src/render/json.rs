//! The report as JSON, in the shape of `schemas/report.schema.json`.

use wtsa_rules::report::Report;

pub fn render(report: &Report) -> String {
    super::pretty_json(report, super::expected_json_bytes(report))
        .unwrap_or_else(|e| format!("{{\"error\": {:?}}}\n", e.to_string()))
}
