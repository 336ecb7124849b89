//! A check on a dataset that let its texts go once parsed (`Texts::ReadAgain`, as `wtsa check`
//! loads) reports exactly what a check on the texts kept reports, and says when a file changed
//! before its positions were read.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::{Path, PathBuf};

use wtsa_dataset::{Dataset, Limits, LoadError, Texts};
use wtsa_rules::Selection;

/// A copy of SG20's data files in a directory of its own.
fn copy_of_sg20(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    support::write_sg20_files(&dir, |_, text| Some(text));
    dir
}

#[test]
fn the_report_is_the_same_whether_texts_are_kept_or_read_again() {
    let dir = copy_of_sg20("read-again-same");
    let limits = Limits::default();
    let kept = Dataset::load(std::slice::from_ref(&dir), &limits).unwrap();
    let mut again = Dataset::load_with(&[dir], &limits, Texts::ReadAgain).unwrap();
    let selection = Selection::default();
    let (kept, read_again) = (
        wtsa_rules::check(&kept, &selection),
        wtsa_rules::check(&again, &selection),
    );
    assert!(!kept.findings.is_empty());
    assert_eq!(
        serde_json::to_string(&kept).unwrap(),
        serde_json::to_string(&read_again).unwrap()
    );
    assert!(read_again.findings.iter().any(|f| f.location.line > 1));
    assert!(again.text_failures().is_empty());
}

#[test]
fn a_file_edited_before_its_positions_are_read_is_reported_not_located() {
    let dir = copy_of_sg20("read-again-edited");
    let mut dataset = Dataset::load_with(
        std::slice::from_ref(&dir),
        &Limits::default(),
        Texts::ReadAgain,
    )
    .unwrap();
    // Every file edited after parsing, so whichever holds a finding has changed.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("# edited\n{text}")).unwrap();
    }
    let report = wtsa_rules::check(&dataset, &Selection::default());
    assert!(!report.findings.is_empty());
    let failures = dataset.text_failures();
    assert!(!failures.is_empty());
    assert!(failures
        .iter()
        .all(|f| matches!(f, LoadError::Changed { .. })));
}
