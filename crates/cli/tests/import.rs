//! Whole-binary tests of `wtsa import`: exit codes, diagnostics with report lines, --force.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn wtsa() -> Command {
    Command::cargo_bin("wtsa").unwrap()
}

fn report() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sources/sg20-report-wtsa24.txt")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("import-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn import_writes_a_dataset_that_check_loads() {
    let dir = tempdir("ok");
    let out = dir.join("sg20");
    let output = wtsa()
        .arg("import")
        .arg(report())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("wrote 8 files"), "{stdout}");
    // What was left to curation is printed as warnings with the report's lines.
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("sg20-report-wtsa24.txt:1577: warning: the proposed mandate"),
        "{stderr}"
    );
    let check = wtsa()
        .args(["check", "--fail-on", "error"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn an_existing_out_needs_force_and_a_failed_import_exits_2_leaving_it() {
    let dir = tempdir("force");
    let out = dir.join("sg20");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep.txt"), "mine\n").unwrap();

    let refused = wtsa()
        .arg("import")
        .arg(report())
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8(refused.stderr)
        .unwrap()
        .contains("--force"));
    assert!(out.join("keep.txt").exists());

    let text = std::fs::read_to_string(report()).unwrap();
    let cut: Vec<&str> = text.lines().take(700).collect();
    let broken = dir.join("broken.txt");
    std::fs::write(&broken, cut.join("\n")).unwrap();
    let failed = wtsa()
        .arg("import")
        .arg(&broken)
        .arg("--out")
        .arg(&out)
        .arg("--force")
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8(failed.stderr).unwrap();
    assert!(
        stderr.contains("broken.txt:700: error: Table 8 not found"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(out.join("keep.txt").exists());
    assert!(failed.stdout.is_empty());

    let forced = wtsa()
        .arg("import")
        .arg(report())
        .arg("--out")
        .arg(&out)
        .arg("--force")
        .output()
        .unwrap();
    assert_eq!(forced.status.code(), Some(0));
    assert!(!out.join("keep.txt").exists());
    assert!(out.join("outputs.yaml").exists());
}

#[test]
fn a_bad_option_is_a_usage_error() {
    let output = wtsa()
        .arg("import")
        .arg(report())
        .args(["--out", "unused", "--study-period", "2024-2022"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(!Path::new("unused").exists());
}

/// The `$schema` line of an imported file names the repository's schemas from wherever `--out`
/// puts it, given relative to a directory that is not the repository root: the path an editor
/// follows from the file reaches a schema. (It used to be `../../../schemas/` whatever `--out`
/// was.)
#[test]
fn imported_files_name_their_schema_relative_to_where_they_are_written() {
    let repository = tempdir("schema-paths");
    let schemas = repository.join("schemas");
    std::fs::create_dir_all(&schemas).unwrap();
    std::fs::write(schemas.join("study-group.schema.json"), "{}").unwrap();
    let work = repository.join("work");
    std::fs::create_dir_all(&work).unwrap();
    for (out, expected) in [
        ("sg20", "../../schemas"),
        ("deep/er/sg20", "../../../../schemas"),
        ("../sg20", "../schemas"),
    ] {
        if let Some(parent) = Path::new(out).parent() {
            std::fs::create_dir_all(work.join(parent)).unwrap();
        }
        let output = wtsa()
            .current_dir(&work)
            .arg("import")
            .arg(report())
            .args(["--out", out])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{out}");
        let written = work.join(out);
        let first = std::fs::read_to_string(written.join("meetings.yaml")).unwrap();
        let first = first.lines().next().unwrap().to_owned();
        assert_eq!(
            first,
            format!("# yaml-language-server: $schema={expected}/meetings.schema.json"),
            "{out}"
        );
        let schema = first.split("$schema=").nth(1).unwrap();
        assert!(written
            .join(schema)
            .parent()
            .unwrap()
            .join("study-group.schema.json")
            .is_file());
    }
}

/// Outside any repository the files name no schema (a path to nothing would only mislead an
/// editor), and the import says so.
#[test]
fn outside_a_repository_imported_files_name_no_schema_and_a_note_says_so() {
    let dir = std::env::temp_dir().join(format!("wtsa-import-norepo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let output = wtsa()
        .arg("import")
        .arg(report())
        .arg("--out")
        .arg(dir.join("sg20"))
        .output()
        .unwrap();
    let text = std::fs::read_to_string(dir.join("sg20/meetings.yaml"));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no schemas/ directory"));
    assert!(text.unwrap().starts_with("kind: meetings"));
}

#[test]
fn a_warning_shows_the_control_characters_of_the_report_and_sends_none() {
    // A Vice-chair's mention the importer cannot read, carrying a screen-clearing escape
    // sequence and a right-to-left override: the warning quotes it.
    let dir = tempdir("control-characters");
    let text = std::fs::read_to_string(report()).unwrap();
    let hostile = text.replacen(
        "Mr Ali Abbassene (Algeria)",
        "Mr Ali \u{1b}[2JAbbassene\u{202e} Algeria",
        1,
    );
    assert_ne!(hostile, text);
    let edited = dir.join("edited.txt");
    std::fs::write(&edited, hostile).unwrap();
    let output = wtsa()
        .arg("import")
        .arg(&edited)
        .arg("--out")
        .arg(dir.join("sg20"))
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("warning: cannot read person `Mr Ali \\u{1b}[2JAbbassene\\u{202e} Algeria"),
        "{stderr}"
    );
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    assert!(!stderr.contains('\u{202e}'), "{stderr}");
}
