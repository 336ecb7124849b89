//! Whole-binary tests of the foundation: the embedded dataset, malformed input, schemas.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use assert_cmd::Command;

fn wtsa() -> Command {
    Command::cargo_bin("wtsa").unwrap()
}

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

#[test]
fn check_runs_on_the_embedded_dataset() {
    let output = wtsa()
        .args(["check", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("run on 10 documents in 10 files"),
        "{stdout}"
    );
}

#[test]
fn a_malformed_file_exits_2_naming_file_line_and_column() {
    let dir = tempdir("malformed");
    std::fs::write(
        dir.join("outputs.yaml"),
        "kind: outputs\nstudy_group: SG20\nstudy_period: 2022-2024\napproved:\n  - number: Y.4052\n    approved: 2022-02-30\n",
    )
    .unwrap();
    let output = wtsa().arg("check").arg(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let expected = format!("{}:6:15:", dir.join("outputs.yaml").display());
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn a_malformed_designation_names_its_position() {
    let dir = tempdir("designation");
    std::fs::write(
        dir.join("meetings.json"),
        "{\n  \"kind\": \"meetings\",\n  \"study_group\": \"SG20\",\n  \"study_period\": \"2022-2024\",\n  \"plenaries\": [{\"place\": \"Geneva\", \"dates\": {\"start\": \"2022-07-18\"}, \"reports\": \"SG20-R4 to R2\", \"source\": \"Table 1\"}],\n  \"rapporteur_meetings\": [],\n  \"group_meetings\": []\n}\n",
    )
    .unwrap();
    let output = wtsa().arg("check").arg(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("meetings.json:5:"), "{stderr}");
    assert!(stderr.contains("ends before it starts"), "{stderr}");
}

#[test]
fn schema_check_passes_on_the_committed_schemas_and_fails_when_stale() {
    let output = wtsa()
        .args(["schema", "--check", "--out"])
        .arg(repo_root().join("schemas"))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let dir = tempdir("stale-schemas");
    wtsa()
        .args(["schema", "--out"])
        .arg(&dir)
        .assert()
        .success();
    let people = dir.join("people.schema.json");
    let text = std::fs::read_to_string(&people).unwrap();
    std::fs::write(&people, text.replace("\"people\"", "\"persons\"")).unwrap();
    let output = wtsa()
        .args(["schema", "--check", "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .contains("people.schema.json: differs"));
}

#[test]
fn schema_docs_writes_the_reference_pages_and_check_finds_them_stale() {
    let output = wtsa()
        .args(["schema", "--check", "--docs"])
        .arg(repo_root().join("docs/schemas"))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let dir = tempdir("schema-docs");
    wtsa()
        .args(["schema", "--docs"])
        .arg(&dir)
        .assert()
        .success();
    let people = dir.join("people.md");
    assert!(std::fs::read_to_string(&people)
        .unwrap()
        .contains("## Example"));
    std::fs::write(&people, "edited by hand\n").unwrap();
    let output = wtsa()
        .args(["schema", "--check", "--docs"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .contains("people.md: differs"));
}

/// A fresh directory under the target directory (no extra dependency for temp dirs).
pub fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("foundation-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
