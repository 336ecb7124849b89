//! JUnit XML (as GitLab, Jenkins and most CI systems read it): one test case per rule run;
//! a rule with findings gives one failing test case per finding, so every finding is listed
//! by parsers that keep only one failure per test case.

use std::fmt::Write as _;

use wtsa_model::text::escape::html::escape;
use wtsa_rules::report::Report;
use wtsa_rules::CATALOGUE;

pub fn render(report: &Report, rules_run: &[&str]) -> String {
    let mut cases = String::new();
    let mut tests = 0;
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
            let _ = writeln!(
                cases,
                "    <testcase classname=\"{}\" name=\"{} at {}\" file=\"{}\">\n      <failure type=\"{}\" message=\"{}\">{}: {}\n{}</failure>\n    </testcase>",
                escape(&classname),
                escape(&name),
                escape(&location),
                escape(&f.location.file),
                f.severity,
                escape(&f.message),
                escape(&location),
                escape(&f.message),
                escape(&f.citation.to_string()),
            );
        }
    }
    let failures = report
        .findings
        .iter()
        .filter(|f| rules_run.contains(&f.code.as_str()))
        .count();
    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(
        out,
        "<testsuites name=\"wtsa\" tests=\"{tests}\" failures=\"{failures}\">"
    );
    let _ = writeln!(out, "  <testsuite name=\"wtsa check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">");
    out.push_str(&cases);
    let _ = writeln!(out, "  </testsuite>\n</testsuites>");
    out
}
