//! The SG20 entries from the repository's data, and the report's source text.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use wtsa_model::Resolution2Entry;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn entry(name: &str) -> Resolution2Entry {
    let path = repo_root().join("data/sg20/2022-2024").join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// SG20's Resolution 2 entry in force (WTSA-20).
pub fn in_force() -> Resolution2Entry {
    entry("resolution2-wtsa-20.yaml")
}

/// SG20's proposed entry for WTSA-24.
pub fn proposal() -> Resolution2Entry {
    entry("resolution2-wtsa-24-proposed.yaml")
}

/// The SG20 report to WTSA-24 as plain text.
pub fn report_text() -> String {
    std::fs::read_to_string(repo_root().join("data/sources/sg20-report-wtsa24.txt")).unwrap()
}
