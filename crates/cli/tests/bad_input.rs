//! The bad-input corpus (tests/bad-input): every case exits 2 with the expected message naming
//! file, line and column, or 1 with the expected findings, and nothing panics.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

fn check(path: &Path, extra: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("wtsa")
        .unwrap()
        .current_dir(repo_root())
        .arg("check")
        .arg(path)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        !stderr.contains("panicked"),
        "{} panicked: {stderr}",
        path.display()
    );
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        stderr,
    )
}

fn findings(stdout: &str) -> String {
    let report: serde_json::Value = serde_json::from_str(stdout).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let file = f["location"]["file"].as_str().unwrap();
            let name = file.rsplit('/').next().unwrap();
            format!(
                "{}@{}:{}:{}",
                f["code"].as_str().unwrap(),
                name,
                f["location"]["line"],
                f["location"]["column"]
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn every_committed_case_gives_its_expected_result() {
    let expected =
        std::fs::read_to_string(repo_root().join("tests/bad-input/expected.tsv")).unwrap();
    let mut cases = 0;
    let mut failures = Vec::new();
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut fields = line.splitn(3, '\t');
        let (name, code, result) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap_or(""),
        );
        let path = PathBuf::from("tests/bad-input/cases").join(name);
        assert!(
            repo_root().join(&path).exists(),
            "{name} is listed but missing"
        );
        let (actual_code, stdout, stderr) = check(&path, &[]);
        let actual = if actual_code == 2 {
            stderr.lines().next().unwrap_or_default().to_owned()
        } else {
            findings(&stdout)
        };
        if actual_code.to_string() != code || actual != result {
            failures.push(format!(
                "{name}: expected {code} {result:?}\n   got {actual_code} {actual:?}"
            ));
        }
        if actual_code == 2 {
            // Every refusal names a position, except those about a whole file or directory.
            let positioned = actual.contains(&format!("{}:", path.display()));
            assert!(positioned, "{name}: {actual}");
        }
        cases += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let on_disk = std::fs::read_dir(repo_root().join("tests/bad-input/cases"))
        .unwrap()
        .count();
    assert_eq!(
        cases, on_disk,
        "every case in cases/ is listed in expected.tsv"
    );
    assert!(cases >= 50);
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("bad-input-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_100_mb_file_is_refused_without_being_read() {
    let dir = scratch("large");
    let path = dir.join("huge.yaml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let (code, _, stderr) = check(&path, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("huge.yaml: the file is 104857600 bytes, over the limit of 16777216 bytes"),
        "{stderr}"
    );
    // The limit is configurable.
    let small = dir.join("small.yaml");
    std::fs::write(
        &small,
        "kind: people\nstudy_group: SG20\nstudy_period: 2022-2024\npeople: []\n",
    )
    .unwrap();
    let (code, _, stderr) = check(&small, &["--max-file-bytes", "10"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("over the limit of 10 bytes"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported() {
    let dir = scratch("loop");
    std::fs::write(
        dir.join("people.yaml"),
        "kind: people\nstudy_group: SG20\nstudy_period: 2022-2024\npeople: []\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
    let (code, _, stderr) = check(&dir, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("a symbolic link loop leads back to"),
        "{stderr}"
    );
    // Two links pointing at each other.
    let pair = scratch("loop-pair");
    std::os::unix::fs::symlink(pair.join("b.yaml"), pair.join("a.yaml")).unwrap();
    std::os::unix::fs::symlink(pair.join("a.yaml"), pair.join("b.yaml")).unwrap();
    let (code, _, stderr) = check(&pair, &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("a.yaml: cannot read"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("unreadable");
    let path = dir.join("people.yaml");
    std::fs::write(
        &path,
        "kind: people\nstudy_group: SG20\nstudy_period: 2022-2024\npeople: []\n",
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads any file; a dangling link is unreadable for everyone.
    std::os::unix::fs::symlink(dir.join("missing.yaml"), dir.join("dangling.yaml")).unwrap();
    let (code, _, stderr) = check(&dir, &[]);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(code, 2);
    assert!(stderr.contains("dangling.yaml: cannot read"), "{stderr}");
}
