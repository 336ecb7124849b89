//! The committed schemas are what the code generates.
#![allow(clippy::unwrap_used)]

use std::path::Path;

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

#[test]
fn committed_schemas_are_up_to_date() {
    let stale = wtsa_report::schema::check(&repo_root().join("schemas"));
    assert!(
        stale.is_empty(),
        "stale schemas (run `cargo run -p wtsa-cli -- schema --out schemas`): {stale:?}"
    );
}
