//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.

use std::fmt::Write as _;

use wtsa_rules::report::Report;
use wtsa_rules::rule::Severity;

/// Escapes a command's message: `%`, CR and LF (the runner's own rules).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, plus `:` and `,`, which delimit properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

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
            escape_property(&finding.location.file),
            finding.location.line,
            finding.location.column,
            escape_property(&format!("{} {}", finding.code, finding.rule)),
            escape_data(&format!("{} ({})", finding.message, finding.citation)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_colons_commas_and_percent_cannot_break_a_command() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
