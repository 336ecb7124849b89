//! GitLab Code Quality: the JSON array (a subset of Code Climate's issue format) that GitLab's
//! merge-request widget and pipeline tab read from a `codequality` report artifact.
//!
//! Each finding is one issue: `description`, `check_name` (the rule code), `fingerprint` (the
//! finding's identity, stable across rewording and unrelated edits, so GitLab tells new
//! findings from old), `severity`, and `location.path` with `location.lines.begin`.

use serde::Serialize;

use wtsa_rules::report::{Finding, Report};
use wtsa_rules::rule::Severity;

/// Code Quality's severities are info, minor, major, critical and blocker. An error fails a
/// run by default (`--fail-on error`), which is what GitLab calls major; a warning is minor.
fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    description: String,
    check_name: &'a str,
    fingerprint: &'a str,
    severity: &'static str,
    categories: [&'static str; 1],
    location: IssueLocation,
}

#[derive(Serialize)]
struct IssueLocation {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
}

/// GitLab matches `path` against the repository's files: relative, with `/`, without `./`.
fn repository_path(file: &str) -> String {
    let path = file.replace('\\', "/");
    let mut rest = path.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped;
    }
    rest.to_owned()
}

fn issue(finding: &Finding) -> Issue<'_> {
    Issue {
        kind: "issue",
        description: format!("{} {}: {}", finding.code, finding.rule, finding.message),
        check_name: &finding.code,
        fingerprint: &finding.fingerprint,
        severity: severity(finding.severity),
        categories: ["Style"],
        location: IssueLocation {
            path: repository_path(&finding.location.file),
            lines: Lines {
                begin: finding.location.line,
            },
        },
    }
}

pub fn render(report: &Report) -> String {
    let issues: Vec<Issue<'_>> = report.findings.iter().map(issue).collect();
    let mut text = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_to_the_repository() {
        assert_eq!(repository_path("./data/x.yaml"), "data/x.yaml");
        assert_eq!(repository_path("data\\x.yaml"), "data/x.yaml");
    }
}
