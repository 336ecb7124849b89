//! wtsa-rules: the catalogue of procedural rules and the engine that runs them over a loaded
//! dataset — the rule trait and its metadata (code, citation, study periods, documentation),
//! the context rules see, findings with their identity, selection and severities, suppressions
//! recorded in the data, baselines — and the report value a run produces; `resolve` and
//! `stats` answer questions from the same context.
//!
//! It does not load data files (`wtsa-dataset`) and does not render or print
//! (`wtsa-report`, `wtsa-cli`).

pub mod baseline;
pub mod by_group;
pub mod catalogue;
pub mod config;
pub mod context;
pub mod diagnostic;
pub mod engine;
pub mod hash;
pub mod identity;
pub mod message;
pub mod pointer;
pub mod report;
pub mod resolve;
pub mod rule;
pub mod rules;
pub mod stats;
pub mod suppression;
pub mod tables;

pub use by_group::{
    check_files, check_files_from, check_files_then, AfterCheck, CheckFilesError,
    BY_GROUP_FROM_BYTES,
};
pub use engine::{
    check, check_unless, find_rule, EmptySelection, FailOn, Selection, UnknownSelector,
};
pub use message::{Arg, Arguments, Message};
pub use report::{Edit, Finding, Fix, Location, Report, Summary};
pub use rule::{Citation, Described, Family, Periods, Rule, RuleMeta, Severity};
pub use rules::{CATALOGUE, RETIRED_CODES};
