//! Whole-binary tests of `wtsa site`: it writes the site of a data directory, replaces an
//! existing one only with --force, and never writes over its input (exit 2, nothing written).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

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
