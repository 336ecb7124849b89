//! A dataset that lets its texts go once parsed ([`Texts::ReadAgain`]) reads them again for
//! positions, and says so, rather than give wrong positions, when a file changed meanwhile.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use wtsa_dataset::{Dataset, Limits, LoadError, Texts};

fn sg20() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sg20")
}

/// A copy of SG20's outputs file in a directory of its own.
fn copy_of_outputs(name: &str) -> (PathBuf, PathBuf) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("outputs.yaml");
    std::fs::copy(sg20().join("2022-2024/outputs.yaml"), &file).unwrap();
    (dir, file)
}

#[test]
fn texts_read_again_are_the_texts_kept() {
    let limits = Limits::default();
    let kept = Dataset::load(&[sg20()], &limits).unwrap();
    let read_again = Dataset::load_with(&[sg20()], &limits, Texts::ReadAgain).unwrap();
    assert_eq!(kept.files.len(), read_again.files.len());
    for (kept, again) in kept.files.iter().zip(&read_again.files) {
        assert_eq!(kept.path, again.path);
        assert!(!kept.text().is_empty());
        assert_eq!(kept.text(), again.text());
        assert_eq!(kept.may_hold_suppressions(), again.may_hold_suppressions());
        assert_eq!(kept.position("/kind"), again.position("/kind"));
    }
    let mut read_again = read_again;
    assert!(read_again.text_failures().is_empty());
}

#[test]
fn a_file_changed_after_parsing_is_a_failure_not_a_wrong_position() {
    let (dir, file) = copy_of_outputs("texts-changed");
    let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::ReadAgain).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    // The same length, one letter changed: only the checksum can tell.
    std::fs::write(&file, text.replacen("approved", "Approved", 1)).unwrap();
    let source = dataset.files.first().unwrap();
    assert_eq!(source.text(), "");
    assert_eq!(source.position("/approved/3").line, 1);
    let failures = dataset.text_failures();
    assert_eq!(failures.len(), 1);
    assert!(matches!(&failures[0], LoadError::Changed { path } if path.ends_with("outputs.yaml")));
    assert!(failures[0]
        .to_string()
        .ends_with("outputs.yaml: the file changed while wtsa was checking it; check again"));
    // Said once.
    assert!(dataset.text_failures().is_empty());
}

#[test]
fn a_file_removed_after_parsing_is_a_read_failure() {
    let (dir, file) = copy_of_outputs("texts-removed");
    let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::ReadAgain).unwrap();
    std::fs::remove_file(&file).unwrap();
    assert_eq!(dataset.files.first().unwrap().text(), "");
    let failures = dataset.text_failures();
    assert!(matches!(failures.as_slice(), [LoadError::Read { .. }]));
}

#[test]
fn an_unchanged_file_is_read_again_whole() {
    let (dir, file) = copy_of_outputs("texts-unchanged");
    let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::ReadAgain).unwrap();
    let source = dataset.files.first().unwrap();
    assert_eq!(source.text(), std::fs::read_to_string(&file).unwrap());
    assert!(source.position("/approved/3").line > 1);
    assert!(dataset.text_failures().is_empty());
}

#[test]
fn positions_asked_for_in_a_changed_file_are_a_failure_too() {
    // The report's path: `prepare` reads the text only for the call.
    let (dir, file) = copy_of_outputs("texts-prepared");
    let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::ReadAgain).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("approved", "Approved", 1)).unwrap();
    let source = dataset.files.first().unwrap();
    source.prepare(["/approved/3"]);
    assert_eq!(source.position("/approved/3").line, 1);
    let failures = dataset.text_failures();
    assert!(matches!(failures.as_slice(), [LoadError::Changed { .. }]));
}

#[test]
fn a_file_no_longer_utf8_or_too_large_has_changed() {
    for (name, bytes) in [
        ("texts-not-utf8", vec![0xff_u8; 64]),
        ("texts-too-large", vec![b' '; 17 * 1024 * 1024]),
    ] {
        let (dir, file) = copy_of_outputs(name);
        let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::ReadAgain).unwrap();
        std::fs::write(&file, bytes).unwrap();
        assert_eq!(dataset.files.first().unwrap().text(), "");
        let failures = dataset.text_failures();
        assert!(
            matches!(failures.as_slice(), [LoadError::Changed { .. }]),
            "{name}: {failures:?}"
        );
    }
}

#[test]
fn a_copy_reads_again_and_reports_on_its_own() {
    let (dir, file) = copy_of_outputs("texts-copied");
    let dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::ReadAgain).unwrap();
    let mut copy = dataset.clone();
    // Copying read nothing: the copy reads the text when asked, as the original would.
    std::fs::remove_file(&file).unwrap();
    assert_eq!(copy.files.first().unwrap().text(), "");
    assert!(matches!(
        copy.text_failures().as_slice(),
        [LoadError::Read { .. }]
    ));
}

#[test]
fn a_text_held_until_let_go_is_the_text_parsed_then_read_again() {
    let (dir, file) = copy_of_outputs("texts-until-let-go");
    let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::UntilLetGo).unwrap();
    let parsed = std::fs::read_to_string(&file).unwrap();
    // Changed on disk while held: the positions still come from the text parsed.
    std::fs::write(&file, parsed.replacen("approved", "Approved", 1)).unwrap();
    let source = dataset.files.first().unwrap();
    assert_eq!(source.text(), parsed);
    source.prepare(["/approved/3"]);
    let line = source.position("/approved/3").line;
    assert!(line > 1);
    assert!(dataset.text_failures().is_empty());
    // Let go: what was located stays; the text read again is not the one parsed.
    dataset.let_go_texts(0..);
    let source = dataset.files.first().unwrap();
    assert_eq!(source.position("/approved/3").line, line);
    assert_eq!(source.text(), "");
    let failures = dataset.text_failures();
    assert!(matches!(failures.as_slice(), [LoadError::Changed { .. }]));
}

#[test]
fn a_text_let_go_is_no_longer_held() {
    let (dir, file) = copy_of_outputs("texts-let-go-unchanged");
    let mut dataset = Dataset::load_with(&[dir], &Limits::default(), Texts::UntilLetGo).unwrap();
    dataset.let_go_texts(0..);
    // Read again from the file, which is gone: the text was let go, not kept.
    std::fs::remove_file(&file).unwrap();
    assert_eq!(dataset.files.first().unwrap().text(), "");
    let failures = dataset.text_failures();
    assert!(matches!(failures.as_slice(), [LoadError::Read { .. }]));
}

#[test]
fn a_text_given_as_text_is_never_let_go() {
    let text = std::fs::read_to_string(sg20().join("2022-2024/outputs.yaml")).unwrap();
    let mut dataset = Dataset::default();
    dataset
        .add_text(
            "outputs.yaml",
            text.clone(),
            wtsa_dataset::Format::Yaml,
            &Limits::default(),
        )
        .unwrap();
    dataset.let_go_texts(0..);
    assert_eq!(dataset.files.first().unwrap().text(), text);
}

/// A text let go for good is held as read until let go, takes no checksum, and is never read
/// again: what was located stays, and a text asked for afterwards is said to have been let go.
#[test]
fn a_text_let_go_for_good_is_not_read_again() {
    let (dir, file) = copy_of_outputs("texts-let-go-for-good");
    let mut dataset =
        Dataset::load_with(&[dir], &Limits::default(), Texts::UntilLetGoForGood).unwrap();
    let parsed = std::fs::read_to_string(&file).unwrap();
    let source = dataset.files.first().unwrap();
    assert_eq!(source.text(), parsed);
    source.prepare(["/approved/3"]);
    let line = source.position("/approved/3").line;
    assert!(line > 1);
    dataset.let_go_texts(0..);
    let source = dataset.files.first().unwrap();
    assert_eq!(source.position("/approved/3").line, line);
    // The file is unchanged, and still not read.
    assert_eq!(source.text(), "");
    let failures = dataset.text_failures();
    assert!(matches!(failures.as_slice(), [LoadError::LetGo { .. }]));
    assert!(failures[0]
        .to_string()
        .ends_with("outputs.yaml: wtsa let this file's text go after checking it and cannot read it again; please report this"));
}
