//! `wtsa diff` and `wtsa check --proposal`, whole binary.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn wtsa() -> Command {
    Command::cargo_bin("wtsa").unwrap()
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/sg20/2022-2024")
        .join(name)
}

#[test]
fn diff_defaults_to_the_sg20_entries_and_matches_the_files() {
    let embedded = wtsa().args(["diff", "--format", "json"]).assert().success();
    let from_files = wtsa()
        .arg("diff")
        .arg(data("resolution2-wtsa-20.yaml"))
        .arg(data("resolution2-wtsa-24-proposed.yaml"))
        .args(["--format", "json"])
        .assert()
        .success();
    assert_eq!(embedded.get_output().stdout, from_files.get_output().stdout);
    let value: serde_json::Value = serde_json::from_slice(&embedded.get_output().stdout).unwrap();
    assert_eq!(value["proposed"]["edition"], "WTSA-24");
}

#[test]
fn diff_flatten_runs_deleted_and_inserted_words_together() {
    let out = wtsa().args(["diff", "--flatten"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("requirements and capabilities forof IoT and smart cities and communities (SC&C)SSC&C including verticals;"));
}

#[test]
fn diff_writes_html_to_a_file() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wtsa-diff");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("redline.html");
    wtsa()
        .args(["diff", "--format", "html", "--output"])
        .arg(&file)
        .assert()
        .success()
        .stdout("");
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Content-Security-Policy"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_of_a_file_that_is_not_an_entry_exits_2() {
    let out = wtsa()
        .arg("diff")
        .arg(data("outputs.yaml"))
        .arg(data("resolution2-wtsa-24-proposed.yaml"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr);
    assert!(stderr.contains("not a Resolution 2 entry"), "{stderr}");
}

#[test]
fn check_proposal_checks_the_file_in_place_of_the_dataset_proposal() {
    let text = std::fs::read_to_string(data("resolution2-wtsa-24-proposed.yaml")).unwrap();
    let edited = text.replace(
        "  - text: digital and smart services for SC&C;\n    unchanged: true\n",
        "  - text: digital and smart services for SSC&C;\n    unchanged: true\n",
    );
    assert_ne!(text, edited);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("wtsa-proposal");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("proposal.yaml");
    std::fs::write(&file, edited).unwrap();
    let out = wtsa()
        .args([
            "check",
            "--select",
            "RP007",
            "--format",
            "json",
            "--proposal",
        ])
        .arg(&file)
        .assert()
        .code(1);
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report:#}");
    assert!(findings[0]["location"]["file"]
        .as_str()
        .unwrap()
        .ends_with("proposal.yaml"));
    let _ = std::fs::remove_dir_all(&dir);
}
