//! wtsa-bench: a deterministic synthetic corpus at ITU-T scale, and what the performance
//! comparison measures besides `wtsa check`.
//!
//! - [`generate`] writes a multi-study-group dataset at a scale factor from a seed, built from
//!   the model's document types, with a known set of planted inconsistencies, and a
//!   [`Manifest`] of the findings `wtsa check` must report on it;
//! - [`tools`] holds the parse-only floor and JSON Schema validation with the `jsonschema`
//!   crate, which the `wtsa-corpus` binary exposes to the comparison script.
//!
//! It is not part of wtsa: nothing here is published, and CI runs only its small-scale test.
//! The benchmarks are in `benches/`, the whole-process scripts in `bench/` at the repository's
//! root; `docs/PERFORMANCE.md` says how to run them.

pub mod generate;
pub mod manifest;
pub mod rng;
pub mod tools;
mod vocabulary;

pub use generate::{generate, CorpusError, FileFormat, Options, Sizes};
pub use manifest::{count_findings, count_findings_json, Manifest, Mismatch};
