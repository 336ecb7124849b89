//! wtsa-rules: loading wtsa datasets with locations, the catalogue of procedural rules, and
//! the report value a run produces.
//!
//! It reads and writes files (the model crate does not) and evaluates rules; it does not
//! print: renderings of a report are in `render`, and the command line is `wtsa-cli`.

pub mod baseline;
pub mod catalogue;
pub mod config;
pub mod context;
pub mod diagnostic;
pub mod engine;
pub mod load;
pub mod proposal;
pub mod render;
pub mod report;
pub mod resolve;
pub mod rule;
pub mod rules;
pub mod schema;
pub mod stats;
pub mod suppression;
pub mod tables;
pub mod wording;
pub mod write;

pub use engine::{check, find_rule, Selection, UnknownSelector};
pub use load::{Dataset, Format, Limits, LoadError, LoadedDocument, Position, SourceFile};
pub use report::{Finding, Location, Report, Summary};
pub use rule::{Citation, Family, Periods, Rule, RuleMeta, Severity};
pub use rules::CATALOGUE;
