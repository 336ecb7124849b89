//! Whole-binary tests of `wtsa site`: it writes the site of a data directory, replaces an
//! existing one only with --force, and never writes over its input (exit 2, nothing written).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn wtsa() -> Command {
    Command::cargo_bin("wtsa").unwrap()
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("site-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A copy of the SG20 data directory, to read and to try to overwrite.
fn data_copy(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sg20/2022-2024");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    for entry in std::fs::read_dir(source).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&path, data.join(path.file_name().unwrap())).unwrap();
        }
    }
    data
}

#[test]
fn site_writes_pages_and_needs_force_to_replace() {
    let dir = tempdir("ok");
    let data = data_copy(&dir);
    let out = dir.join("public");
    let output = wtsa()
        .arg("site")
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.starts_with("wrote ") && stdout.contains(" files to "),
        "{stdout}"
    );
    let index = std::fs::read_to_string(out.join("sg20/2022-2024/index.html")).unwrap();
    assert!(index.contains("Content-Security-Policy"));

    let again = wtsa()
        .arg("site")
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let forced = wtsa()
        .arg("site")
        .arg(&data)
        .args(["--force", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(forced.status.code(), Some(0));
}

#[test]
fn site_never_writes_over_its_input() {
    let dir = tempdir("input");
    let data = data_copy(&dir);
    for target in [data.clone(), dir.clone()] {
        let output = wtsa()
            .arg("site")
            .arg(&data)
            .args(["--force", "--out"])
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{target:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("never writes over its input"), "{stderr}");
    }
    assert!(
        data.join("outputs.yaml").is_file(),
        "the data is still there"
    );
    assert!(!data.join("index.html").exists());
}

/// Findings per rule code as `wtsa check --format json` reports them.
fn check_counts(data: &Path, options: &[&str]) -> BTreeMap<String, usize> {
    let output = wtsa()
        .arg("check")
        .arg(data)
        .args(options)
        .args(["--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut counts = BTreeMap::new();
    for finding in report["findings"].as_array().unwrap() {
        *counts
            .entry(finding["code"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    counts
}

/// Findings per rule code as the site's findings pages list them (each page's "Rules with
/// findings" navigation: `<li><a href="#code">CODE</a> (N)</li>`).
fn site_counts(site: &Path) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for page in ["findings.html", "sg20/2022-2024/findings.html"] {
        let text = std::fs::read_to_string(site.join(page)).unwrap();
        for item in text.split("<li><a href=\"#").skip(1) {
            let (_, rest) = item.split_once("\">").unwrap();
            let (code, rest) = rest.split_once("</a> (").unwrap();
            let (n, _) = rest.split_once(")</li>").unwrap();
            *counts.entry(code.to_owned()).or_default() += n.parse::<usize>().unwrap();
        }
    }
    counts
}

#[test]
fn site_shows_the_findings_check_shows_with_the_same_options() {
    let dir = tempdir("select");
    let data = data_copy(&dir);
    let config = dir.join("strict.toml");
    std::fs::write(&config, "[rules]\nignore = [\"RC006\"]\n").unwrap();
    let config = config.to_str().unwrap();
    let all = check_counts(&data, &[]);
    for options in [
        vec!["--select", "RC,OR"],
        vec!["--ignore", "RC,PD002"],
        vec!["--config", config],
        vec!["--config", config, "--select", "RC", "--ignore", "RC004"],
    ] {
        let expected = check_counts(&data, &options);
        assert!(
            !expected.is_empty() && expected != all,
            "{options:?} selects some findings, not all: {expected:?}"
        );
        let out = dir.join("public");
        let output = wtsa()
            .arg("site")
            .arg(&data)
            .args(&options)
            .args(["--force", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{options:?}: {output:?}");
        assert_eq!(site_counts(&out), expected, "{options:?}");
    }
    // An unknown rule is refused as `wtsa check` refuses it: exit 2, nothing written.
    let out = dir.join("unknown");
    let output = wtsa()
        .arg("site")
        .arg(&data)
        .args(["--select", "XX999", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("XX999"));
    assert!(!out.exists());
}
