//! A summary fit for a pull-request comment: counts, then a table of findings.

use std::fmt::Write as _;

use wtsa_model::text::escape::markdown::escape;
use wtsa_rules::report::Report;

pub fn render(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::new();
    let _ = writeln!(out, "## wtsa check\n");
    let _ = writeln!(
        out,
        "**{}** errors, **{}** warnings, **{}** infos — {} rules on {} documents in {} files.",
        s.errors, s.warnings, s.infos, s.rules_run, s.documents, s.files
    );
    if s.suppressed > 0 || s.baselined > 0 {
        let _ = writeln!(
            out,
            "\n{} suppressed in the data, {} in the baseline.",
            s.suppressed, s.baselined
        );
    }
    if !report.fixed_since_baseline.is_empty() {
        let _ = writeln!(
            out,
            "\nFixed since the baseline: {}.",
            report.fixed_since_baseline.len()
        );
    }
    if report.findings.is_empty() {
        let _ = writeln!(out, "\nNo findings.");
        return out;
    }
    let _ = writeln!(out, "\n| Severity | Rule | Location | Finding |");
    let _ = writeln!(out, "|---|---|---|---|");
    for f in &report.findings {
        let _ = writeln!(
            out,
            "| {} | {} {} | {}:{}:{} | {} |",
            f.severity,
            escape(&f.code),
            escape(&f.rule),
            escape(&f.location.file),
            f.location.line,
            f.location.column,
            escape(&f.message)
        );
    }
    out
}
