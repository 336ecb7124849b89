//! One line per finding, `file:line:column: CODE message`, as compilers and ruff's
//! `--output-format concise` print them: what an editor's problem matcher or `grep` reads.
//! The file and the message come from the data, so they go through the terminal escaper: a
//! line break in a message cannot write a line (a finding) of its own.

use std::fmt::Write as _;

use wtsa_model::text::escape::terminal::visible;
use wtsa_rules::report::Report;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {}",
            visible(&f.location.file),
            f.location.line,
            f.location.column,
            f.code,
            visible(&f.message)
        );
    }
    let _ = writeln!(out, "{}", super::summary_line(report));
    out
}
