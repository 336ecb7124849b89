//! A small corpus, generated, loaded, validated and checked: the findings are exactly the
//! planted ones. Fast enough for CI (a fraction of the 1x corpus).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use wtsa_bench::tools::{self, Schemas};
use wtsa_bench::{count_findings, FileFormat, Options};
use wtsa_dataset::{Dataset, Limits};
use wtsa_rules::Selection;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("wtsa-bench-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check_against_manifest(format: FileFormat) {
    let out = scratch(format.extension());
    let options = Options {
        scale: 0.1,
        seed: 7,
        groups: 4,
        format,
    };
    let manifest = wtsa_bench::generate(&options, &out).unwrap();
    // Every planted rule has at least one plant at this size.
    for code in [
        "AC001", "AC002", "AC003", "AC006", "OR005", "OR007", "PD001", "PD002", "PD003", "RC003",
        "RC004",
    ] {
        assert!(manifest.expected[code] > 0, "{code} not planted");
    }
    let dataset = Dataset::load(&[out.join("data")], &Limits::default()).unwrap();
    assert_eq!(dataset.documents.len(), manifest.files);
    let report = wtsa_rules::check(&dataset, &Selection::default());
    let found = count_findings(&report);
    let mismatches = manifest.compare(&found);
    assert!(mismatches.is_empty(), "{mismatches:#?}");

    let files = tools::data_files(&[out.join("data")]).unwrap();
    // Every file parsed, whatever is held.
    for hold in [
        tools::Hold::Nothing,
        tools::Hold::Directory,
        tools::Hold::All,
    ] {
        assert_eq!(tools::parse_only(&files, hold).unwrap(), manifest.files);
    }
    let schemas = Schemas::directory(&repo_root().join("schemas")).unwrap();
    let invalid = tools::validate(&files, &schemas).unwrap();
    assert!(invalid.is_empty(), "{invalid:#?}");
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_yaml_corpus_gives_exactly_the_planted_findings() {
    check_against_manifest(FileFormat::Yaml);
}

#[test]
fn a_json_corpus_gives_exactly_the_planted_findings() {
    check_against_manifest(FileFormat::Json);
}

#[test]
fn the_same_seed_writes_the_same_corpus() {
    let (a, b) = (scratch("seed-a"), scratch("seed-b"));
    let options = Options {
        scale: 0.05,
        seed: 3,
        groups: 2,
        format: FileFormat::Yaml,
    };
    let first = wtsa_bench::generate(&options, &a).unwrap();
    let second = wtsa_bench::generate(&options, &b).unwrap();
    assert_eq!(first, second);
    for (path, _) in tools::data_files(&[a.join("data")]).unwrap() {
        let twin = b.join(path.strip_prefix(&a).unwrap());
        assert_eq!(
            std::fs::read(&path).unwrap(),
            std::fs::read(&twin).unwrap(),
            "{}",
            path.display()
        );
    }
    std::fs::remove_dir_all(&a).unwrap();
    std::fs::remove_dir_all(&b).unwrap();
}
