//! `--statistics`: how many findings each rule gave, most first (ruff's `--statistics`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use wtsa_rules::report::Report;
use wtsa_rules::rule::Severity;

/// One rule's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    pub code: String,
    pub name: String,
    pub severity: Severity,
    pub count: usize,
}

/// The count of each rule that gave findings, most first, then by code.
pub fn counts(report: &Report) -> Vec<RuleCount> {
    let mut by_code: BTreeMap<(&str, Severity), RuleCount> = BTreeMap::new();
    for f in &report.findings {
        by_code
            .entry((&f.code, f.severity))
            .or_insert_with(|| RuleCount {
                code: f.code.clone(),
                name: f.rule.clone(),
                severity: f.severity,
                count: 0,
            })
            .count += 1;
    }
    let mut counts: Vec<RuleCount> = by_code.into_values().collect();
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
    counts
}

/// The counts as a table: count, code, severity, name.
pub fn render(report: &Report) -> String {
    let counts = counts(report);
    let width = counts
        .iter()
        .map(|c| c.count.to_string().len())
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    for c in &counts {
        let _ = writeln!(
            out,
            "{:>width$}  {:<6} {:<8} {}",
            c.count,
            c.code,
            c.severity.as_str(),
            c.name
        );
    }
    let _ = writeln!(out, "{}", super::summary_line(report));
    out
}

/// The counts as JSON.
pub fn json(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(&counts(report)).unwrap_or_default();
    text.push('\n');
    text
}
