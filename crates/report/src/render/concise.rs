//! One line per finding, `file:line:column: CODE message`, as compilers and ruff's
//! `--output-format concise` print them: what an editor's problem matcher or `grep` reads.

use std::fmt::Write as _;

use wtsa_rules::report::Report;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {}",
            f.location.file, f.location.line, f.location.column, f.code, f.message
        );
    }
    let _ = writeln!(out, "{}", super::summary_line(report));
    out
}
