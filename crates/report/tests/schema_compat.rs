//! The published schemas change only as the versioning policy allows (schemas/CHANGELOG.md):
//! compared with the last release — the snapshot committed under `schemas/released/`, and the
//! latest `schemas-v*` tag when the clone has it — a breaking change needs a raised major
//! version and a CHANGELOG entry.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use wtsa_model::schema::{SchemaVersion, SCHEMA_VERSION};
use wtsa_report::schema::compat::{
    compare, is_compared, latest_snapshot, read_directory, verdict, Release, SchemaSet,
};

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

fn current() -> SchemaSet {
    read_directory(&repo_root().join("schemas")).unwrap()
}

fn changelog() -> String {
    std::fs::read_to_string(repo_root().join("schemas/CHANGELOG.md")).unwrap()
}

fn snapshot() -> Release {
    latest_snapshot(&repo_root().join("schemas/released"))
        .unwrap()
        .expect("schemas/released/v<MAJOR>/ holds the last release")
}

/// Asserts the policy's verdict from `release` to the committed schemas.
fn assert_allowed(release: &Release, against: &str) {
    let changes = compare(release, &current(), SCHEMA_VERSION.major);
    for change in &changes {
        eprintln!("since {against} ({}): {change}", release.version);
    }
    let problems = verdict(release.version, SCHEMA_VERSION, &changes, &changelog());
    assert!(
        problems.is_empty(),
        "compared with {against}:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_unannounced_breaking_change_since_the_released_snapshot() {
    let release = snapshot();
    assert!(!release.schemas.is_empty());
    assert_allowed(&release, "schemas/released");
}

/// The latest `schemas-v*` tag of the clone, if git and the tag are there: a fresh clone may
/// have no tags (CI is given none), and the committed snapshot stands in for it.
fn latest_tag() -> Option<(String, SchemaVersion)> {
    let output = Command::new("git")
        .args(["tag", "--list", "schemas-v*"])
        .current_dir(repo_root())
        .output()
        .ok()?;
    String::from_utf8(output.stdout)
        .ok()?
        .lines()
        .filter_map(|tag| {
            let version = tag.strip_prefix("schemas-v")?.parse().ok()?;
            Some((tag.to_owned(), version))
        })
        .max_by_key(|(_, version)| *version)
}

fn git_show(tag: &str, path: &str) -> Option<String> {
    let output = Command::new("git")
        .args(["show", &format!("{tag}:{path}")])
        .current_dir(repo_root())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).ok())
        .flatten()
}

fn tagged_release(tag: &str, version: SchemaVersion) -> Release {
    let output = Command::new("git")
        .args(["ls-tree", "--name-only", tag, "schemas/"])
        .current_dir(repo_root())
        .output()
        .unwrap();
    let mut schemas = SchemaSet::new();
    for path in String::from_utf8(output.stdout).unwrap().lines() {
        let name = path.trim_start_matches("schemas/");
        if is_compared(name) {
            let text = git_show(tag, path).unwrap();
            schemas.insert(name.to_owned(), serde_json::from_str(&text).unwrap());
        }
    }
    Release { version, schemas }
}

#[test]
fn no_unannounced_breaking_change_since_the_latest_release_tag() {
    let Some((tag, version)) = latest_tag() else {
        eprintln!("no schemas-v* tag in this clone: the snapshot in schemas/released stands in");
        return;
    };
    let release = tagged_release(&tag, version);
    assert!(!release.schemas.is_empty(), "{tag} has no schemas");
    assert_allowed(&release, &tag);
    // The snapshot is the release the tag marks, or a later one.
    let snapshot = snapshot();
    assert!(
        snapshot.version >= version,
        "{tag} is newer than schemas/released"
    );
    if snapshot.version == version {
        assert_eq!(
            snapshot.schemas, release.schemas,
            "schemas/released differs from {tag}"
        );
    }
}

#[test]
fn the_snapshot_is_at_most_the_current_version_and_in_the_changelog() {
    let release = snapshot();
    assert!(release.version <= SCHEMA_VERSION);
    assert!(
        wtsa_report::schema::compat::changelog_mentions(&changelog(), release.version),
        "schemas/CHANGELOG.md has no heading for the released {}",
        release.version
    );
}

// --- A deliberately incompatible change fails the check --------------------------------------

/// The first `(schema, type)` of the committed schemas with a field that is not required.
fn an_optional_field(schemas: &SchemaSet) -> (String, String, String) {
    for (file, schema) in schemas {
        for (name, definition) in schema["$defs"].as_object().into_iter().flatten() {
            let required: Vec<&str> = definition["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let optional = definition["properties"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(field, _)| field)
                .find(|field| !required.contains(&field.as_str()));
            if let Some(field) = optional {
                return (file.clone(), name.clone(), field.clone());
            }
        }
    }
    panic!("no schema has an optional field");
}

fn mutated_copy(name: &str, mutate: impl FnOnce(&mut SchemaSet)) -> SchemaSet {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("schema-compat-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut schemas = current();
    mutate(&mut schemas);
    for (file, schema) in &schemas {
        std::fs::write(
            dir.join(file),
            serde_json::to_string_pretty(schema).unwrap(),
        )
        .unwrap();
    }
    read_directory(&dir).unwrap()
}

#[test]
fn a_deliberately_incompatible_change_fails_unless_the_major_version_is_raised() {
    let released = Release {
        version: SCHEMA_VERSION,
        schemas: current(),
    };
    assert!(compare(&released, &current(), SCHEMA_VERSION.major).is_empty());

    let (file, definition, field) = an_optional_field(&released.schemas);
    let removed = mutated_copy("removed-field", |schemas| {
        let schema = schemas.get_mut(&file).unwrap();
        schema["$defs"][&definition]["properties"]
            .as_object_mut()
            .unwrap()
            .remove(&field);
    });
    let required = mutated_copy("required-field", |schemas| {
        let schema = schemas.get_mut(&file).unwrap();
        let list = schema["$defs"][&definition]["required"].as_array_mut();
        match list {
            Some(list) => list.push(field.clone().into()),
            None => schema["$defs"][&definition]["required"] = vec![field.clone()].into(),
        }
    });
    let next_major = SchemaVersion {
        major: SCHEMA_VERSION.major + 1,
        minor: 0,
        patch: 0,
    };
    for (what, mutated) in [("removed", removed), ("newly required", required)] {
        let changes = compare(&released, &mutated, SCHEMA_VERSION.major);
        let breaking: Vec<String> = changes
            .iter()
            .filter(|c| c.kind.is_breaking())
            .map(ToString::to_string)
            .collect();
        assert!(
            breaking
                .iter()
                .any(|c| c.starts_with(&file) && c.contains(&field)),
            "{what}: {breaking:?}"
        );
        let problems = verdict(SCHEMA_VERSION, SCHEMA_VERSION, &changes, &changelog());
        assert!(
            problems.iter().any(|p| p.contains("breaking change")),
            "{what}: {problems:?}"
        );
        // A raised major version without a CHANGELOG entry is refused too …
        assert!(!verdict(SCHEMA_VERSION, next_major, &changes, &changelog()).is_empty());
        // … and allowed with one.
        let announced = format!("{}\n## {next_major}\n\n- {what}: `{field}`.\n", changelog());
        assert_eq!(
            verdict(SCHEMA_VERSION, next_major, &changes, &announced),
            Vec::<String>::new()
        );
    }
}

#[test]
fn a_removed_schema_is_breaking_and_an_added_one_is_not() {
    let released = Release {
        version: SCHEMA_VERSION,
        schemas: current(),
    };
    let first = released.schemas.keys().next().unwrap().clone();
    let fewer = mutated_copy("removed-schema", |schemas| {
        schemas.remove(&first);
    });
    let changes = compare(&released, &fewer, SCHEMA_VERSION.major);
    assert!(changes.iter().any(|c| c.kind.is_breaking()));
    let more = mutated_copy("added-schema", |schemas| {
        schemas.insert(
            "new-kind.schema.json".into(),
            serde_json::json!({"type": "object"}),
        );
    });
    let changes = compare(&released, &more, SCHEMA_VERSION.major);
    assert_eq!(changes.len(), 1);
    assert!(!changes[0].kind.is_breaking());
}
