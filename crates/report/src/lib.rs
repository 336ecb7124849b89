//! wtsa-report: what a run hands to people and to other programs. The renderings of one typed
//! [`wtsa_rules::Report`] — human, concise, JSON, SARIF, JUnit, GitHub workflow commands,
//! GitLab Code Quality, Markdown, per-rule statistics —
//! each a small module, and the JSON Schemas wtsa publishes (every document kind, the report,
//! the redline).
//!
//! It decides nothing: which findings exist and how severe they are is `wtsa-rules`; where a
//! file is written is the caller's, through `wtsa-dataset`'s writer.

pub mod render;
pub mod schema;

pub use render::{render, render_statistics, streams, write, OutputFormat, RenderOptions};
