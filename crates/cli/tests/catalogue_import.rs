//! Whole-binary tests of `wtsa catalogue import`: the Relaton sample read into the committed
//! form, damaged records reported by file, the commit read from git or refused, nothing written
//! into an input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

const COMMIT: &str = "daa9deb25193b9e16015befac0e1e68f9d8fcdf6";

fn wtsa() -> Command {
    Command::cargo_bin("wtsa").unwrap()
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalogue/tests/fixtures")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("catalogue-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn the_sample_is_written_in_the_committed_form_and_loads() {
    let dir = tempdir("sample");
    let out = dir.join("itu-t.json");
    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(fixtures().join("relaton-sample"))
        .arg("--out")
        .arg(&out)
        .args(["--commit", COMMIT])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("wrote 20 publications") && stdout.contains("(0 records left out)"),
        "{stdout}"
    );
    assert!(output.stderr.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    // One publication a line, as data/catalogue/itu-t.json, from the same commit.
    assert_eq!(text.lines().count(), 20 + 2);
    let catalogue: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(catalogue["source"]["commit"], COMMIT);
    let ids: Vec<&str> = catalogue["publications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    let expected =
        std::fs::read_to_string(fixtures().join("relaton-sample-expected.jsonl")).unwrap();
    for line in expected.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = record["docid"].as_str().unwrap();
        assert!(ids.contains(&id), "{id} missing");
    }
    // Every committed line of those records is what the importer wrote.
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/catalogue/itu-t.json"),
    )
    .unwrap();
    for line in text.lines().skip(1).filter(|l| l.starts_with("{\"id\"")) {
        let line = line.trim_end_matches(',');
        assert!(
            committed.lines().any(|c| c.trim_end_matches(',') == line),
            "{line}"
        );
    }
    // Written over a catalogue, the import keeps the `$schema` that file names.
    std::fs::write(
        &out,
        "{\"$schema\":\"../../schemas/catalogue.schema.json\",\"kind\":\"catalogue\",\"publications\":[\n]}\n",
    )
    .unwrap();
    let again = wtsa()
        .args(["catalogue", "import"])
        .arg(fixtures().join("relaton-sample"))
        .arg("--out")
        .arg(&out)
        .args(["--commit", COMMIT])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(0));
    let rewritten = std::fs::read_to_string(&out).unwrap();
    assert!(
        rewritten.starts_with(
            "{\"$schema\":\"../../schemas/catalogue.schema.json\",\"kind\":\"catalogue\""
        ),
        "{rewritten}"
    );
    assert_eq!(
        rewritten.lines().skip(1).collect::<Vec<_>>(),
        text.lines().skip(1).collect::<Vec<_>>()
    );
    // The written file is a catalogue document wtsa loads.
    let check = wtsa()
        .args(["check", "--fail-on", "never"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn damaged_records_are_named_by_file_and_the_rest_is_written() {
    let dir = tempdir("damaged");
    let out = dir.join("itu-t.json");
    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(fixtures().join("damaged"))
        .arg("--out")
        .arg(&out)
        .args(["--commit", COMMIT])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8(output.stderr).unwrap();
    for file in [
        "itu-t-bad-yaml.yaml:",
        "itu-t-no-docidentifier.yaml: no primary ITU `docidentifier`",
        "itu-t-bad-date.yaml: published date `2020-01-32`",
    ] {
        assert!(stderr.contains(file), "{file} in {stderr}");
    }
    assert!(!stderr.contains("itu-t-uneven.yaml"), "{stderr}");
    assert!(!stderr.contains("itu-r-not-read.yaml"), "{stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("wrote 2 publications"), "{stdout}");
    assert!(stdout.contains("(3 records left out)"), "{stdout}");
    assert!(out.is_file());
}

#[test]
fn a_warning_shows_the_control_characters_of_a_record_and_sends_none() {
    // The bad date of a damaged record, carrying a line break, a forged warning and a
    // screen-clearing escape sequence, quoted by the warning that leaves the record out.
    let dir = tempdir("control-characters");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let record = std::fs::read_to_string(fixtures().join("damaged/itu-t-bad-date.yaml")).unwrap();
    let hostile = record.replace(
        "at: '2020-01-32'",
        "at: \"2020-01-32\\nwarning: forged\\u001b[2J\"",
    );
    assert_ne!(hostile, record);
    std::fs::write(data.join("itu-t-bad-date.yaml"), hostile).unwrap();
    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(&data)
        .arg("--out")
        .arg(dir.join("itu-t.json"))
        .args(["--commit", COMMIT])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("`2020-01-32\\u{a}warning: forged\\u{1b}[2J`"),
        "{stderr}"
    );
    assert!(
        !stderr.lines().any(|l| l.starts_with("warning: forged")),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
}

#[test]
fn the_commit_is_read_from_the_checkout_or_asked_for() {
    let dir = tempdir("commit");
    let data = dir.join("relaton-data-itu/data");
    copy_dir(&fixtures().join("relaton-sample"), &data);
    let out = dir.join("itu-t.json");

    // No git work tree around the directory, no --commit: refused, nothing written.
    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("give it with --commit"), "{stderr}");
    assert!(!out.exists());

    // A checkout: the commit HEAD names.
    let git = dir.join("relaton-data-itu/.git");
    std::fs::create_dir_all(git.join("refs/heads")).unwrap();
    std::fs::write(git.join("HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(git.join("refs/heads/main"), format!("{COMMIT}\n")).unwrap();
    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains(COMMIT));
}

#[test]
fn an_input_is_never_overwritten_and_bad_arguments_exit_2() {
    let dir = tempdir("refuse");
    let data = dir.join("data");
    copy_dir(&fixtures().join("relaton-sample"), &data);
    let record = data.join("itu-t-y-4052-08-2022.yaml");
    let before = std::fs::read(&record).unwrap();
    for target in [record.clone(), data.join("itu-t.json")] {
        let output = wtsa()
            .args(["catalogue", "import"])
            .arg(&data)
            .arg("--out")
            .arg(&target)
            .args(["--commit", COMMIT])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{}", target.display());
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("--out"), "{stderr}");
    }
    assert_eq!(std::fs::read(&record).unwrap(), before);
    assert!(!data.join("itu-t.json").exists());

    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(dir.join("missing"))
        .arg("--out")
        .arg(dir.join("out.json"))
        .args(["--commit", COMMIT])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("cannot list the directory"));

    let output = wtsa()
        .args(["catalogue", "import"])
        .arg(&data)
        .arg("--out")
        .arg(dir.join("out.json"))
        .args(["--commit", "not-a-commit"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!dir.join("out.json").exists());
}
