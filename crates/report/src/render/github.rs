//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.

use std::fmt::Write as _;

use wtsa_model::text::escape::workflow;
use wtsa_rules::report::Report;
use wtsa_rules::rule::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for finding in &report.findings {
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            workflow::property(&finding.location.file),
            finding.location.line,
            finding.location.column,
            workflow::property(&format!("{} {}", finding.code, finding.rule)),
            workflow::data(&format!("{} ({})", finding.message, finding.citation)),
        );
    }
    out
}
