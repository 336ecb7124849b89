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

#[test]
fn committed_reference_pages_are_up_to_date() {
    let stale = wtsa_report::schema::check_docs(&repo_root().join("docs/schemas"));
    assert!(
        stale.is_empty(),
        "stale reference pages (run `cargo run -p wtsa-cli -- schema --docs docs/schemas`): {stale:?}"
    );
}

#[test]
fn every_committed_schema_and_page_is_one_the_code_generates() {
    // A schema or page left behind by a removed kind would go on being published.
    for (dir, generated) in [
        ("schemas", wtsa_report::schema::generate()),
        ("docs/schemas", wtsa_report::schema::generate_docs()),
    ] {
        let names: Vec<String> = generated.into_iter().map(|g| g.file_name).collect();
        for entry in std::fs::read_dir(repo_root().join(dir)).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            if entry.path().is_file() && (name.ends_with(".json") || name.ends_with(".md")) {
                assert!(
                    names.contains(&name) || name == "CHANGELOG.md",
                    "{dir}/{name} is not generated"
                );
            }
        }
    }
}

#[test]
fn every_shipped_document_validates_against_the_bundle_as_exactly_one_kind() {
    let bundle: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            repo_root()
                .join("schemas")
                .join(wtsa_report::schema::bundle::FILE_NAME),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&bundle)
        .unwrap();
    let dataset = wtsa_dataset::Dataset::embedded().unwrap();
    assert!(!dataset.documents.is_empty());
    for loaded in &dataset.documents {
        let json = loaded.document.to_json().unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", loaded.document.kind());
    }
    // A document of one kind under another kind's name is refused.
    let mut wrong = dataset.documents[0].document.to_json().unwrap();
    wrong["kind"] = "no-such-kind".into();
    assert!(!validator.is_valid(&wrong));
}
