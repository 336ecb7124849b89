//! Test support: the embedded SG20 dataset, edited or extended, and running one rule on it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use wtsa_dataset::EMBEDDED_FILES;
use wtsa_dataset::{Dataset, Format, Limits};
use wtsa_rules::{Finding, Selection};

/// The embedded dataset with textual edits: (file name suffix, text to find, replacement).
/// Each edit must apply exactly once, so a test cannot silently stop editing anything.
pub fn sg20_with(edits: &[(&str, &str, &str)]) -> Dataset {
    sg20_with_extra(edits, &[])
}

/// The embedded dataset with edits and extra documents (name, YAML text).
pub fn sg20_with_extra(edits: &[(&str, &str, &str)], extra: &[(&str, &str)]) -> Dataset {
    let mut used = vec![false; edits.len()];
    let mut dataset = Dataset::default();
    for (name, text) in EMBEDDED_FILES {
        let mut text = (*text).to_owned();
        for (i, (suffix, from, to)) in edits.iter().enumerate() {
            if name.ends_with(suffix) {
                assert_eq!(
                    text.matches(from).count(),
                    1,
                    "edit {from:?} must match exactly once in {name}"
                );
                text = text.replacen(from, to, 1);
                used[i] = true;
            }
        }
        dataset
            .add_text(name, text, format_of(name), &Limits::default())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    assert!(used.iter().all(|u| *u), "an edit named no file: {edits:?}");
    for (name, text) in extra {
        dataset
            .add_text(name, (*text).to_owned(), Format::Yaml, &Limits::default())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    dataset
}

/// The embedded dataset, unchanged.
pub fn sg20() -> Dataset {
    sg20_with(&[])
}

/// Runs only the rule `code` and returns its findings.
pub fn run(dataset: &Dataset, code: &str) -> Vec<Finding> {
    let selection = Selection {
        select: vec![code.to_owned()],
        ..Selection::default()
    };
    selection.validate().unwrap();
    wtsa_rules::check(dataset, &selection).findings
}

/// Runs only the rules `codes` (for rules about what other rules found) and returns their
/// findings.
pub fn run_codes(dataset: &Dataset, codes: &[&str]) -> Vec<Finding> {
    let selection = Selection {
        select: codes.iter().map(|code| (*code).to_owned()).collect(),
        ..Selection::default()
    };
    selection.validate().unwrap();
    wtsa_rules::check(dataset, &selection).findings
}

/// `file:line pointer message` of each finding, for readable assertions.
pub fn describe(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| {
            format!(
                "{}:{} {} {}",
                f.location.file, f.location.line, f.location.pointer, f.message
            )
        })
        .collect()
}

/// The findings' (file suffix match, pointer) pairs.
pub fn pointers(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .map(|f| f.location.pointer.clone())
        .collect()
}

/// The format of an embedded file, from its name (the catalogue is JSON, the SG20 data YAML).
pub fn format_of(name: &str) -> Format {
    Format::of(std::path::Path::new(name)).unwrap_or(Format::Yaml)
}

/// SG20's data files as the repository has them (`data/sg20/2022-2024/*.yaml`), each passed
/// through `edit` (its file name and text; `None` leaves the file out) and written into `dir`,
/// for tests that load a directory as `wtsa check` does.
pub fn write_sg20_files(dir: &Path, edit: impl Fn(&str, String) -> Option<String>) {
    std::fs::create_dir_all(dir).unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sg20/2022-2024");
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if let Some(text) = edit(&name, std::fs::read_to_string(&path).unwrap()) {
            std::fs::write(dir.join(&name), text).unwrap();
        }
    }
}
