//! The shipped dataset, embedded at build time by `build.rs`.

/// Every data file under `data/`, as (path relative to `data/`, text), sorted by path.
pub const EMBEDDED_FILES: &[(&str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));
