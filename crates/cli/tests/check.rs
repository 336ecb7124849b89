//! Whole-binary tests of `wtsa check` and the other commands: every output format (snapshots),
//! exit codes, configuration, suppressions and baselines.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const FIXTURE: &str = "tests/fixtures/known-findings";

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

/// `wtsa` run from the repository root, so paths in output are stable relative paths.
fn wtsa() -> Command {
    let mut command = Command::cargo_bin("wtsa").unwrap();
    command.current_dir(repo_root()).env("NO_COLOR", "1");
    command
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let output = wtsa().args(args).output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// A fresh copy of the known-findings fixture, to edit.
fn fixture_copy(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("check-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(repo_root().join(FIXTURE)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} in {}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

// ---- formats, on the SG20 dataset and on the fixture ----

#[test]
fn sg20_human() {
    let r = run(&["check", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn sg20_json() {
    let r = run(&["check", "--format", "json", "--fail-on", "never"]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn sg20_junit() {
    let r = run(&["check", "--format", "junit", "--fail-on", "never"]);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn sg20_github() {
    let r = run(&["check", "--format", "github", "--fail-on", "never"]);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn sg20_markdown() {
    let r = run(&["check", "--format", "markdown", "--fail-on", "never"]);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn fixture_human() {
    let r = run(&["check", FIXTURE]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn fixture_json() {
    let r = run(&["check", FIXTURE, "--format", "json"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn fixture_junit() {
    insta::assert_snapshot!(run(&["check", FIXTURE, "--format", "junit"]).stdout);
}

#[test]
fn fixture_github() {
    insta::assert_snapshot!(run(&["check", FIXTURE, "--format", "github"]).stdout);
}

#[test]
fn fixture_markdown() {
    insta::assert_snapshot!(run(&["check", FIXTURE, "--format", "markdown"]).stdout);
}

#[test]
fn fixture_concise() {
    let r = run(&["check", FIXTURE, "--format", "concise"]);
    assert_eq!(r.code, 1);
    // One line per finding, `file:line:column: CODE message`, then the summary.
    for line in r.stdout.lines().filter(|l| !l.starts_with("Found")) {
        let mut parts = line.splitn(4, ':');
        assert!(parts.next().unwrap().ends_with(".yaml"), "{line}");
        assert!(parts.next().unwrap().parse::<u32>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<u32>().is_ok(), "{line}");
    }
    insta::assert_snapshot!(r.stdout);
}

/// GitLab Code Quality: the fields GitLab's widget requires, one of its severities, and a
/// fingerprint per finding that is the finding's stable identity.
#[test]
fn gitlab_code_quality_has_what_gitlab_reads() {
    for args in [
        vec!["check", "--format", "gitlab", "--fail-on", "never"],
        vec!["check", FIXTURE, "--format", "gitlab"],
    ] {
        let r = run(&args);
        let issues: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
        let mut json_args = args.clone();
        json_args[args.iter().position(|a| *a == "gitlab").unwrap()] = "json";
        let report: serde_json::Value = serde_json::from_str(&run(&json_args).stdout).unwrap();
        let findings = report["findings"].as_array().unwrap();
        assert_eq!(issues.len(), findings.len());
        let mut fingerprints = std::collections::HashSet::new();
        for (issue, finding) in issues.iter().zip(findings) {
            for key in ["description", "check_name", "fingerprint", "severity"] {
                assert!(
                    issue[key].as_str().is_some_and(|v| !v.is_empty()),
                    "{issue}"
                );
            }
            assert!(
                ["info", "minor", "major", "critical", "blocker"]
                    .contains(&issue["severity"].as_str().unwrap()),
                "{issue}"
            );
            assert_eq!(issue["location"]["path"], finding["location"]["file"]);
            assert_eq!(
                issue["location"]["lines"]["begin"],
                finding["location"]["line"]
            );
            assert_eq!(issue["fingerprint"], finding["fingerprint"]);
            assert!(fingerprints.insert(issue["fingerprint"].as_str().unwrap().to_owned()));
        }
    }
    insta::assert_snapshot!(run(&["check", FIXTURE, "--format", "gitlab"]).stdout);
}

#[test]
fn statistics_count_findings_per_rule() {
    let r = run(&["check", "--statistics", "--fail-on", "never"]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
    let counts: Vec<serde_json::Value> = serde_json::from_str(
        &run(&[
            "check",
            "--statistics",
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .stdout,
    )
    .unwrap();
    let report: serde_json::Value =
        serde_json::from_str(&run(&["check", "--format", "json", "--fail-on", "never"]).stdout)
            .unwrap();
    let findings = report["findings"].as_array().unwrap();
    let total: u64 = counts.iter().map(|c| c["count"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, findings.len());
    for c in &counts {
        let n = findings.iter().filter(|f| f["code"] == c["code"]).count();
        assert_eq!(c["count"].as_u64().unwrap() as usize, n, "{c}");
    }
    // The exit code still follows --fail-on.
    assert_eq!(run(&["check", FIXTURE, "--statistics"]).code, 1);
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/fixtures/vendor/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    // Formats checked: `uri` and `uri-reference` are what reject a raw path as a URI. The
    // schema declares draft-04, whose format vocabulary lacks `uri-reference` (a draft-06
    // addition the schema uses all the same), so its formats are read as draft-07 reads them.
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn sarif_errors(validator: &jsonschema::Validator, sarif: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let validator = sarif_validator();
    for args in [
        vec!["check", "--format", "sarif", "--fail-on", "never"],
        vec!["check", FIXTURE, "--format", "sarif", "--fail-on", "never"],
    ] {
        let r = run(&args);
        let sarif: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let errors = sarif_errors(&validator, &sarif);
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(sarif["runs"][0]["columnKind"], "unicodeCodePoints");
        let results = sarif["runs"][0]["results"].as_array().unwrap();
        assert!(!results.is_empty());
        for result in results {
            let region = &result["locations"][0]["physicalLocation"]["region"];
            assert!(region["startLine"].as_u64().unwrap() >= 1);
            // Every region says where it ends, and a one-line value ends after it starts.
            let (start, end) = (&region["startColumn"], &region["endColumn"]);
            if region["endLine"] == region["startLine"] {
                assert!(end.as_u64().unwrap() > start.as_u64().unwrap(), "{region}");
            } else {
                assert!(
                    region["endLine"].as_u64().unwrap() > region["startLine"].as_u64().unwrap()
                );
            }
            let rule_index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(
                sarif["runs"][0]["tool"]["driver"]["rules"][rule_index]["id"],
                result["ruleId"]
            );
        }
        let rule = &sarif["runs"][0]["tool"]["driver"]["rules"][0];
        assert!(rule["help"]["text"]
            .as_str()
            .unwrap()
            .contains("## What it checks"));
        // The help URI, where there is one, is the provision the rule cites.
        assert!(rule["helpUri"]
            .as_str()
            .unwrap()
            .starts_with("https://www.itu.int/"));
    }
}

/// A JUnit report agrees with the exit code: only findings at or above `--fail-on` are
/// failures; the others are listed as passing test cases with their text in `<system-out>`.
#[test]
fn junit_failures_are_the_findings_at_or_above_fail_on() {
    for data in [None, Some(FIXTURE)] {
        let mut args = vec!["check"];
        args.extend(data);
        args.extend(["--format", "json", "--fail-on", "never"]);
        let json = run(&args);
        let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        let severities: Vec<&str> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["severity"].as_str().unwrap())
            .collect();
        for (fail_on, failing) in [
            ("error", &["error"][..]),
            ("warning", &["error", "warning"][..]),
            ("info", &["error", "warning", "info"][..]),
            ("never", &[][..]),
        ] {
            let mut args = vec!["check"];
            args.extend(data);
            args.extend(["--format", "junit", "--fail-on", fail_on]);
            let r = run(&args);
            let expected = severities.iter().filter(|s| failing.contains(s)).count();
            assert_eq!(r.stdout.matches("<failure ").count(), expected, "{args:?}");
            assert_eq!(
                r.stdout.matches("<system-out>").count(),
                severities.len() - expected,
                "{args:?}"
            );
            assert!(
                r.stdout.contains(&format!(" failures=\"{expected}\"")),
                "{args:?}"
            );
            assert_eq!(r.code, i32::from(expected > 0), "{args:?}");
        }
    }
}

/// Paths with a space, a `#`, non-ASCII letters, given relative or absolute: SARIF needs URIs,
/// and a raw path is not one.
#[test]
fn sarif_names_awkward_paths_by_valid_uris() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sarif-paths");
    let _ = std::fs::remove_dir_all(&root);
    let data = root.join("my data #1").join("Genève – données");
    std::fs::create_dir_all(&data).unwrap();
    for entry in std::fs::read_dir(repo_root().join(FIXTURE)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, data.join(path.file_name().unwrap())).unwrap();
    }
    let validator = sarif_validator();
    let relative = "my data #1/Genève – données";
    for (given, expect_base) in [
        (relative.to_owned(), true),
        (data.display().to_string(), false),
    ] {
        let output = Command::cargo_bin("wtsa")
            .unwrap()
            .current_dir(&root)
            .args(["check", &given, "--format", "sarif", "--fail-on", "never"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0));
        let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let errors = sarif_errors(&validator, &sarif);
        assert!(errors.is_empty(), "{given}: {errors:#?}");
        // The validator does reject a raw path, as wtsa wrote it before.
        let mut raw = sarif.clone();
        raw["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] =
            serde_json::json!({ "uri": format!("{given}/meetings.yaml") });
        assert!(!sarif_errors(&validator, &raw).is_empty(), "{given}");
        let run = &sarif["runs"][0];
        let location = &run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
        let uri = location["uri"].as_str().unwrap();
        assert!(!uri.contains(' ') && uri.is_ascii(), "{uri}");
        if expect_base {
            assert_eq!(location["uriBaseId"], "%SRCROOT%");
            assert!(
                uri.starts_with("my%20data%20%231/Gen%C3%A8ve%20%E2%80%93%20donn%C3%A9es/"),
                "{uri}"
            );
            let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
                .as_str()
                .unwrap();
            assert!(
                base.starts_with("file:///") && base.ends_with("/sarif-paths/"),
                "{base}"
            );
        } else {
            assert!(location.get("uriBaseId").is_none());
            assert!(
                uri.starts_with("file:///") && uri.contains("/my%20data%20%231/"),
                "{uri}"
            );
        }
    }
}

#[test]
fn the_json_report_validates_against_its_committed_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("schemas/report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for args in [
        vec!["check", "--format", "json", "--fail-on", "never"],
        vec!["check", FIXTURE, "--format", "json"],
    ] {
        let report: serde_json::Value = serde_json::from_str(&run(&args).stdout).unwrap();
        assert!(validator.is_valid(&report));
    }
}

#[test]
fn output_writes_the_report_to_a_file() {
    let dir = fixture_copy("output");
    let out = dir.join("report.json");
    let r = run(&[
        "check",
        FIXTURE,
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(report["summary"]["errors"], 3);
}

// ---- exit codes ----

#[test]
fn exit_0_when_nothing_reaches_the_threshold() {
    // SG20 has warnings and infos but no errors: the default threshold passes.
    assert_eq!(run(&["check"]).code, 0);
    assert_eq!(run(&["check", FIXTURE, "--fail-on", "never"]).code, 0);
    assert_eq!(run(&["check", FIXTURE, "--select", "LR"]).code, 0);
}

#[test]
fn exit_1_at_or_above_the_threshold() {
    assert_eq!(run(&["check", FIXTURE]).code, 1);
    assert_eq!(run(&["check", "--fail-on", "warning"]).code, 1);
    assert_eq!(
        run(&["check", FIXTURE, "--select", "LR", "--fail-on", "warning"]).code,
        1
    );
}

#[test]
fn exit_2_on_an_unknown_rule_code() {
    let r = run(&["check", "--select", "AC999"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("unknown rule code or family `AC999`"),
        "{}",
        r.stderr
    );
    assert_eq!(run(&["explain", "ZZ001"]).code, 2);
    assert_eq!(run(&["check", "--format", "xml"]).code, 2);
}

#[test]
fn exit_2_on_a_malformed_data_file() {
    let dir = fixture_copy("malformed");
    edit(&dir.join("outputs.yaml"), "process: AAP", "process: XYZ");
    let r = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("outputs.yaml:9:14:"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

// ---- configuration ----

#[test]
fn wtsa_toml_in_the_data_directory_selects_and_overrides() {
    let dir = fixture_copy("config");
    std::fs::write(
        dir.join("wtsa.toml"),
        "[rules]\nignore = [\"PD\"]\n\n[rules.severity]\nAC003 = \"warning\"\n\n[check]\nfail-on = \"error\"\n",
    )
    .unwrap();
    let r = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["AC003", "LR002"]);
    assert_eq!(report["findings"][0]["severity"], "warning");
    assert_eq!(r.code, 0, "no error remains");
}

#[test]
fn a_bad_configuration_exits_2_naming_line_and_column() {
    let dir = fixture_copy("bad-config");
    std::fs::write(
        dir.join("wtsa.toml"),
        "[rules]\nignore = [\"PD\"]\n\n[rules.severity]\nAC003 = \"fatal\"\n",
    )
    .unwrap();
    let r = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("wtsa.toml:5:10:"), "{}", r.stderr);
    let explicit = dir.join("other.toml");
    std::fs::write(&explicit, "[rules]\nselect = [\"QQ\"]\n").unwrap();
    let r = run(&["check", FIXTURE, "--config", explicit.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("other.toml:2:"), "{}", r.stderr);
}

// ---- suppressions ----

#[test]
fn a_reasoned_suppression_accepts_a_finding_on_its_record_only() {
    let dir = fixture_copy("suppress");
    edit(
        &dir.join("outputs.yaml"),
        "    title: Test network protocols\n",
        "    title: Test network protocols\n    suppress:\n      - rule: AC003\n        reason: Z.130 was transferred to SG99 by TSAG in 2023; Annex C is updated at WTSA-24.\n",
    );
    let r = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let codes: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"AC003"), "{codes:?}");
    assert_eq!(report["summary"]["suppressed"], 1);
}

#[test]
fn suppressions_without_reason_unused_or_unknown_are_findings() {
    let dir = fixture_copy("bad-suppress");
    edit(
        &dir.join("outputs.yaml"),
        "    title: Test network protocols\n",
        "    title: Test network protocols\n    suppress:\n      - rule: AC003\n        reason: \"\"\n",
    );
    edit(
        &dir.join("outputs.yaml"),
        "    title: Requirements of test networks\n",
        "    title: Requirements of test networks\n    suppress:\n      - rule: AC003\n        reason: Not needed any more.\n      - rule: AC999\n        reason: Typo.\n",
    );
    let r = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let found: Vec<(String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["location"]["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        found.contains(&("AC003".into(), "/approved/1/number".into())),
        "a reasonless suppression suppresses nothing: {found:?}"
    );
    assert!(
        found.contains(&("WT001".into(), "/approved/1/suppress/0".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("WT002".into(), "/approved/0/suppress/0".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("WT003".into(), "/approved/0/suppress/1".into())),
        "{found:?}"
    );
}

// ---- baselines ----

#[test]
fn a_baseline_passes_today_and_fails_on_one_new_inconsistency() {
    let dir = fixture_copy("baseline");
    let baseline = dir.with_extension("baseline.json");
    let data = dir.to_str().unwrap();
    let r = run(&[
        "check",
        data,
        "--write-baseline",
        baseline.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(&["check", data, "--baseline", baseline.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("4 in the baseline"), "{}", r.stdout);
    // An unrelated edit above the findings moves their lines: the baseline still holds.
    edit(
        &dir.join("outputs.yaml"),
        "approved:\n",
        "# reviewed 2024-09\napproved:\n",
    );
    assert_eq!(
        run(&["check", data, "--baseline", baseline.to_str().unwrap()]).code,
        0
    );
    // One new inconsistency: a second Recommendation outside Annex C.
    edit(&dir.join("outputs.yaml"), "number: Y.9001", "number: Z.140");
    let r = run(&[
        "check",
        data,
        "--baseline",
        baseline.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 1);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["code"], "AC003");
    assert!(findings[0]["message"]
        .as_str()
        .unwrap()
        .starts_with("Z.140"));
    // Fixing a recorded finding lists it as fixed.
    edit(
        &dir.join("meetings.yaml"),
        "end: \"2023-04-10\"",
        "end: \"2023-04-13\"",
    );
    let r = run(&[
        "check",
        data,
        "--baseline",
        baseline.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let fixed = report["fixed_since_baseline"].as_array().unwrap();
    assert_eq!(fixed.len(), 1);
    assert!(fixed[0].as_str().unwrap().starts_with("PD001"));
}

#[test]
fn a_malformed_baseline_exits_2() {
    let dir = fixture_copy("bad-baseline");
    let baseline = dir.join("baseline.json");
    std::fs::write(&baseline, "{\"format_version\": 1,\n \"findings\": [}\n").unwrap();
    let r = run(&["check", FIXTURE, "--baseline", baseline.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("baseline.json:2:"), "{}", r.stderr);
}

// ---- other commands ----

#[test]
fn rules_lists_every_rule_with_citation_and_periods() {
    let r = run(&["rules", "--format", "json"]);
    assert_eq!(r.code, 0);
    let rules: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    assert!(rules.len() >= 30);
    for rule in &rules {
        for key in [
            "code", "name", "family", "severity", "citation", "periods", "summary",
        ] {
            assert!(rule.get(key).is_some(), "{rule} lacks {key}");
        }
    }
    let families: std::collections::BTreeSet<&str> = rules
        .iter()
        .map(|r| r["family"].as_str().unwrap())
        .collect();
    for family in ["AC", "YS", "LR", "OR", "PD", "RC", "WT"] {
        assert!(families.contains(family), "{family}");
    }
    let table = run(&["rules"]).stdout;
    // One short line per rule, not 223 characters of repeated citations (issue 14).
    let widest = table.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(
        widest <= 130,
        "a line of `wtsa rules` is {widest} characters wide"
    );
    insta::assert_snapshot!(table);
}

#[test]
fn explain_prints_the_rule_documentation_and_citation() {
    let r = run(&["explain", "AC003"]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
    assert_eq!(
        run(&["explain", "recommendation-outside-annex-c"]).stdout,
        r.stdout
    );
}

#[test]
fn resolve_names_the_study_group_entry_and_sub_series() {
    let r = run(&["resolve", "ITU-T Y.4500.3"]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
    let r = run(&["resolve", "Y.4101/Y.2067", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json["is_double_number"], true);
    let entries: Vec<&str> = json["responsible"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["entry"].as_str().unwrap())
        .collect();
    assert!(
        entries.contains(&"Y.4000-series") && entries.contains(&"Y.2060 – Y.2070"),
        "{entries:?}"
    );
    assert_eq!(
        json["sub_series"][0]["heading"],
        "Requirements and use cases"
    );
    assert_eq!(run(&["resolve", "not-a-number"]).code, 2);
}

/// Any ITU-T publication, from the embedded catalogue (each fact checked in
/// data/catalogue/itu-t.json).
#[test]
fn resolve_answers_any_publication_from_the_catalogue() {
    let r = run(&["resolve", "H.264"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("responsible today (ITU-T catalogue): SG21"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("ITU-T H.264 (V16) (06/2026)  2026-06-"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("no Annex C entry in the data covers it"));

    let json: serde_json::Value =
        serde_json::from_str(&run(&["resolve", "E.164", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["published"]["responsible_today"], "SG2");
    let editions = json["published"]["editions"].as_array().unwrap();
    assert_eq!(editions.last().unwrap()["id"], "ITU-T E.164 (02/2026)");
    assert_eq!(editions.last().unwrap()["stage"], "in-force");

    for (asked, other) in [("Y.4101", "Y.2067"), ("Y.2067", "Y.4101")] {
        let json: serde_json::Value =
            serde_json::from_str(&run(&["resolve", asked, "--format", "json"]).stdout).unwrap();
        assert_eq!(json["published"]["double_numbers"][0], "Y.4101/Y.2067");
        assert!(json["numbers"]
            .as_array()
            .unwrap()
            .contains(&serde_json::Value::from(other)));
        let entries: Vec<&str> = json["responsible"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["entry"].as_str().unwrap())
            .collect();
        assert!(
            entries.contains(&"Y.4000-series") && entries.contains(&"Y.2060 – Y.2070"),
            "{asked}: {entries:?}"
        );
    }

    let r = run(&["resolve", "G.101 App. I"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("ITU-T G.101 App. I (05/2000)  2000-05-"),
        "{}",
        r.stdout
    );
    assert!(r
        .stdout
        .contains("responsible today (ITU-T catalogue): SG12"));

    let r = run(&["resolve", "E.164 (2010) Amd. 1", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        json["published"]["editions"][0]["id"],
        "ITU-T E.164 (2010) Amd. 1 (06/2011)"
    );

    let r = run(&["resolve", "Y.9999"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("not published"), "{}", r.stdout);
    let json: serde_json::Value =
        serde_json::from_str(&run(&["resolve", "Y.9999", "--format", "json"]).stdout).unwrap();
    assert!(json["published"].is_null());
}

/// A series letter typed in lower case is read in capitals, with a note, rather than refused
/// with "expected a series letter".
#[test]
fn resolve_reads_a_lower_case_series_letter() {
    let lower = run(&["resolve", "y.4101/y.2067"]);
    assert_eq!(lower.code, 0, "{}", lower.stderr);
    assert_eq!(lower.stdout, run(&["resolve", "Y.4101/Y.2067"]).stdout);
    assert!(
        lower
            .stderr
            .contains("read `y.4101/y.2067` as `Y.4101/Y.2067`"),
        "{}",
        lower.stderr
    );
}

/// `schema --check` finds the repository's `schemas/` from a directory below the root, and
/// outside any repository says so instead of calling every schema stale.
#[test]
fn schema_check_finds_the_schemas_directory_from_anywhere() {
    let below = Command::cargo_bin("wtsa")
        .unwrap()
        .current_dir(repo_root().join("crates/cli/src"))
        .args(["schema", "--check"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(below.stdout).unwrap();
    assert_eq!(below.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("schemas: schemas are up to date"),
        "{stdout}"
    );
    let outside = Command::cargo_bin("wtsa")
        .unwrap()
        .current_dir(std::env::temp_dir())
        .args(["schema", "--check"])
        .output()
        .unwrap();
    assert_eq!(outside.status.code(), Some(2));
    let stderr = String::from_utf8(outside.stderr).unwrap();
    assert!(stderr.contains("no `schemas` directory in"), "{stderr}");
}

#[test]
fn stats_gives_the_reports_figures() {
    let r = run(&["stats"]);
    assert_eq!(r.code, 0);
    // Q5/20 and Q6/20 have one Recommendation each: not "1 Recommendations".
    assert!(
        r.stdout.contains("Q5/20: 1 Recommendation, 1 Supplement,"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains(" 1 Recommendations") && !r.stdout.contains(" 1 Technical Reports"));
    insta::assert_snapshot!(r.stdout);
    let json: serde_json::Value =
        serde_json::from_str(&run(&["stats", "--format", "json"]).stdout).unwrap();
    assert_eq!(json[0]["approved"], 51);
    assert_eq!(json[0]["tap"]["count"], 11);
    assert_eq!(json[0]["tap"]["percent"], "21.6");
}

#[test]
fn completions_and_man_page() {
    let r = run(&["completions", "bash"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("_wtsa()"));
    let r = run(&["man"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains(".TH wtsa"));
}

/// wtsa.1 refers to `wtsa-check(1)` and a page per subcommand: `wtsa man --out` writes each.
#[test]
fn every_man_page_the_main_page_names_is_written() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("man-pages");
    let _ = std::fs::remove_dir_all(&dir);
    let r = run(&["man", "--out", dir.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let main = std::fs::read_to_string(dir.join("wtsa.1")).unwrap();
    assert_eq!(main, run(&["man"]).stdout);
    let named: Vec<&str> = main
        .split("wtsa\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(name, _)| name))
        .collect();
    assert!(named.contains(&"check") && named.len() >= 9, "{named:?}");
    for name in named {
        let page = std::fs::read_to_string(dir.join(format!("wtsa-{name}.1")))
            .unwrap_or_else(|_| panic!("wtsa.1 names wtsa-{name}(1), which was not written"));
        assert!(page.contains(".TH wtsa-"), "{name}");
    }
}

#[test]
fn a_run_that_would_check_nothing_exits_2() {
    let r = run(&["check", "--select", "RC004", "--ignore", "RC"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("runs no rule"), "{}", r.stderr);
    let dir = fixture_copy("no-period");
    std::fs::write(
        dir.join("wtsa.toml"),
        "[check]\nstudy-periods = [\"2017-2020\"]\n",
    )
    .unwrap();
    let r = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("study period 2017-2020 is selected but no data document is about it"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_most_specific_severity_override_wins_and_selectors_ignore_case() {
    let dir = fixture_copy("specific");
    std::fs::write(
        dir.join("wtsa.toml"),
        "[rules.severity]\nAC = \"info\"\nAC003 = \"warning\"\n",
    )
    .unwrap();
    let r = run(&[
        "check",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--select",
        "ac003, pd",
    ]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let ac003 = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "AC003")
        .unwrap();
    assert_eq!(ac003["severity"], "warning");
}

#[test]
fn baselines_and_reports_are_never_written_into_the_data() {
    let dir = fixture_copy("guards");
    let data = dir.to_str().unwrap();
    let outputs = dir.join("outputs.yaml");
    let before = std::fs::read_to_string(&outputs).unwrap();
    for args in [
        vec!["check", data, "--write-baseline", outputs.to_str().unwrap()],
        vec!["check", data, "--output", outputs.to_str().unwrap()],
    ] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(
            r.stderr.contains("never writes into its input"),
            "{}",
            r.stderr
        );
    }
    let inside = dir.join("wtsa-baseline.json");
    let r = run(&["check", data, "--write-baseline", inside.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("where the next run would read it as data"),
        "{}",
        r.stderr
    );
    assert!(!inside.exists());
    // A hidden name is fine, and hidden files are not read as data.
    let hidden = dir.join(".wtsa-baseline.json");
    assert_eq!(
        run(&["check", data, "--write-baseline", hidden.to_str().unwrap()]).code,
        0
    );
    assert_eq!(
        run(&["check", data, "--baseline", hidden.to_str().unwrap()]).code,
        0
    );
    let base = dir.join("base.yaml");
    std::fs::copy(
        repo_root().join("data/sg20/2022-2024/resolution2-wtsa-20.yaml"),
        &base,
    )
    .unwrap();
    let r = run(&[
        "diff",
        base.to_str().unwrap(),
        base.to_str().unwrap(),
        "--output",
        base.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(std::fs::read_to_string(&outputs).unwrap(), before);
}

#[test]
fn a_certain_fix_shows_as_an_edit_in_human_and_json_output() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-fix");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(repo_root().join("data/sg20/2022-2024")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    let proposal = dir.join("resolution2-wtsa-24-proposed.yaml");
    edit(
        &proposal,
        "metaverse, and smart",
        "metaverse, and and smart",
    );
    let path = dir.to_str().unwrap();

    let human = run(&["check", path, "--select", "RP006"]);
    assert!(
        human
            .stdout
            .contains("= help: correct the text of the proposal\n")
            && human
                .stdout
                .contains("= fix: replace \u{201c}and and\u{201d} with \u{201c}and\u{201d}\n"),
        "{}",
        human.stdout
    );

    let json = run(&["check", path, "--select", "RP006", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let finding = &report["findings"][0];
    assert_eq!(finding["fix"], "correct the text of the proposal");
    let edit = &finding["edit"];
    assert_eq!(edit["text"], "and and");
    assert_eq!(edit["replacement"], "and");
    // The characters start..end of the value at the finding's pointer are the text replaced.
    let text = std::fs::read_to_string(&proposal).unwrap();
    let line = text.lines().nth(10).unwrap();
    let value = line.strip_prefix("  - ").unwrap();
    assert_eq!(finding["location"]["pointer"], "/mandate/0");
    let (start, end) = (
        edit["start"].as_u64().unwrap() as usize,
        edit["end"].as_u64().unwrap() as usize,
    );
    let replaced: String = value.chars().skip(start).take(end - start).collect();
    assert_eq!(replaced, "and and");
    // The report, edit included, is what its schema says.
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("schemas/report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}
