//! In-process benchmarks (divan): loading (YAML and JSON), the parse-only floor, JSON Schema
//! validation, and rule evaluation (the whole catalogue, the whole `check`, and each family).
//!
//! The corpus is generated once per run into a scratch directory; the environment variables
//! `WTSA_BENCH_SCALE` and `WTSA_BENCH_SEED` choose it (both default to one). Run with
//! `cargo bench -p wtsa-bench`, as docs/PERFORMANCE.md says.
//!
//! The redline benchmark diffs each study group's proposed Resolution 2 entry (WTSA-24)
//! against the one in force (WTSA-20), as `wtsa diff` does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::{AllocProfiler, Bencher};
use wtsa_bench::tools::{self, Schemas};
use wtsa_bench::{FileFormat, Options};
use wtsa_dataset::{Dataset, Format, Limits};
use wtsa_rules::{engine, Selection};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

struct Corpus {
    yaml: PathBuf,
    json: PathBuf,
    dataset: Dataset,
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let scale: f64 = env_or("WTSA_BENCH_SCALE", 1.0);
        let seed: u64 = env_or("WTSA_BENCH_SEED", 1);
        let root = std::env::temp_dir().join(format!("wtsa-bench-corpus-{}", std::process::id()));
        let mut dirs = Vec::new();
        for format in [FileFormat::Yaml, FileFormat::Json] {
            let out = root.join(format.extension());
            let options = Options {
                scale,
                seed,
                format,
                ..Options::default()
            };
            wtsa_bench::generate(&options, &out).unwrap();
            dirs.push(out.join("data"));
        }
        let json = dirs.pop().unwrap();
        let yaml = dirs.pop().unwrap();
        let dataset = Dataset::load(std::slice::from_ref(&yaml), &Limits::default()).unwrap();
        Corpus {
            yaml,
            json,
            dataset,
        }
    })
}

fn dir(format: &str) -> &'static PathBuf {
    match format {
        "json" => &corpus().json,
        _ => &corpus().yaml,
    }
}

fn files(format: &str) -> Vec<(PathBuf, Format)> {
    tools::data_files(std::slice::from_ref(dir(format))).unwrap()
}

/// The loader: read, deserialise, index every value's position.
#[divan::bench(args = ["yaml", "json"], sample_count = 10, sample_size = 1)]
fn load(bencher: Bencher, format: &str) {
    let dirs = [dir(format).clone()];
    bencher.bench(|| Dataset::load(&dirs, &Limits::default()).unwrap());
}

/// The floor: read and deserialise into typed documents, nothing else.
#[divan::bench(args = ["yaml", "json"], sample_count = 10, sample_size = 1)]
fn parse_only(bencher: Bencher, format: &str) {
    let files = files(format);
    bencher.bench(|| tools::parse_only(&files, tools::Hold::Nothing).unwrap());
}

/// JSON Schema validation of every file against its kind's committed schema.
#[divan::bench(args = ["yaml", "json"], sample_count = 10, sample_size = 1)]
fn schema_validation(bencher: Bencher, format: &str) {
    let files = files(format);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    let schemas = Schemas::directory(&root).unwrap();
    bencher.bench(|| tools::validate(&files, &schemas).unwrap());
}

/// Every rule, without suppressions or the report.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn rules_all(bencher: Bencher) {
    let dataset = &corpus().dataset;
    bencher.bench(|| engine::diagnose(dataset, &Selection::default()));
}

/// `check` as the command runs it after loading: rules, suppressions, locations, report.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn check(bencher: Bencher) {
    let dataset = &corpus().dataset;
    bencher.bench(|| wtsa_rules::check(dataset, &Selection::default()));
}

/// One family of rules at a time.
#[divan::bench(args = ["AC", "YS", "LR", "OR", "PD", "RC"], sample_count = 10, sample_size = 1)]
fn rules_family(bencher: Bencher, family: &str) {
    let dataset = &corpus().dataset;
    let selection = Selection {
        select: vec![family.to_owned()],
        ..Selection::default()
    };
    bencher.bench(|| engine::diagnose(dataset, &selection));
}

/// `wtsa diff`: every proposed Resolution 2 entry against the entry in force it would replace.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn redline(bencher: Bencher) {
    let dataset = &corpus().dataset;
    let entries: Vec<&wtsa_model::Resolution2Entry> = dataset
        .documents
        .iter()
        .filter_map(|d| match &d.document {
            wtsa_model::Document::Resolution2Entry(entry) => Some(entry),
            _ => None,
        })
        .collect();
    let pairs: Vec<(&wtsa_model::Resolution2Entry, &wtsa_model::Resolution2Entry)> = entries
        .iter()
        .filter(|p| p.status == wtsa_model::EntryStatus::Proposed)
        .filter_map(|proposed| {
            entries
                .iter()
                .filter(|base| {
                    base.study_group == proposed.study_group
                        && base.status == wtsa_model::EntryStatus::InForce
                })
                .max_by_key(|base| base.edition)
                .map(|base| (*base, *proposed))
        })
        .collect();
    assert!(!pairs.is_empty());
    bencher.bench(|| {
        pairs
            .iter()
            .map(|(base, proposed)| wtsa_redline::diff(base, proposed))
            .collect::<Vec<_>>()
    });
}
