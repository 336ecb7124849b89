//! JUnit XML (as GitLab, Jenkins and most CI systems read it): one test case per rule run; a
//! rule with findings gives one test case per finding, so every finding is listed by parsers
//! that keep only one failure per test case.
//!
//! Only a finding at or above `--fail-on` is a `<failure>`: a test report must agree with the
//! job's exit code (GitLab would show 38 failed tests on a job that passed). A finding below
//! it is a passing test case whose `<system-out>` tells it, which GitLab and Jenkins both show.
//! The shape is that of the JUnit XSD Jenkins and pytest validate against
//! (`tests/fixtures/vendor/junit-10.xsd`; `ci/validate-outputs` checks it).

use std::fmt::Write as _;

use wtsa_model::text::escape::html::escape;
use wtsa_rules::report::Report;
use wtsa_rules::{FailOn, CATALOGUE};

pub fn render(report: &Report, rules_run: &[&str], fail_on: FailOn) -> String {
    let mut cases = String::new();
    let mut tests = 0;
    let mut failures = 0;
    for rule in CATALOGUE
        .iter()
        .filter(|r| rules_run.contains(&r.meta().code))
    {
        let meta = rule.meta();
        let name = format!("{} {}", meta.code, meta.name);
        let classname = format!("wtsa.{}", meta.family.prefix());
        let findings: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.code == meta.code)
            .collect();
        if findings.is_empty() {
            tests += 1;
            let _ = writeln!(
                cases,
                "    <testcase classname=\"{}\" name=\"{}\"/>",
                escape(&classname),
                escape(&name)
            );
            continue;
        }
        for f in findings {
            tests += 1;
            let location = format!(
                "{}:{}:{}",
                f.location.file, f.location.line, f.location.column
            );
            let body = format!(
                "{}: {}: {}\n{}",
                escape(&location),
                f.severity,
                escape(&f.message),
                escape(&f.citation.to_string()),
            );
            let outcome = if fail_on.fails(f.severity) {
                failures += 1;
                format!(
                    "<failure type=\"{}\" message=\"{}\">{body}</failure>",
                    f.severity,
                    escape(&f.message),
                )
            } else {
                format!("<system-out>{body}</system-out>")
            };
            let _ = writeln!(
                cases,
                "    <testcase classname=\"{}\" name=\"{} at {}\">\n      {outcome}\n    </testcase>",
                escape(&classname),
                escape(&name),
                escape(&location),
            );
        }
    }
    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        out,
        "<testsuites name=\"wtsa\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
    );
    let _ = writeln!(out, "  <testsuite name=\"wtsa check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">");
    out.push_str(&cases);
    let _ = writeln!(out, "  </testsuite>\n</testsuites>");
    out
}
