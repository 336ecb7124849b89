//! The SG20 dataset: the report's figures, read from the data; every file valid against its
//! committed schema; and it reads back what it writes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use wtsa_dataset::{Dataset, Format, Limits, EMBEDDED_FILES};
use wtsa_model::{Document, QuestionOrigin};

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

#[test]
fn the_dataset_gives_the_reports_figures() {
    let dataset = Dataset::embedded().unwrap();
    let mut seen = 0;
    for loaded in &dataset.documents {
        match &loaded.document {
            Document::Outputs(o) => {
                assert_eq!(o.approved.len(), 51, "Table 8");
                assert_eq!(o.under_approval.len(), 12, "Table 9");
                assert_eq!(o.supplements.len(), 6, "Table 12");
                assert_eq!(o.technical_papers.len(), 1, "Table 13");
                assert_eq!(o.technical_reports.len(), 5, "Table 14");
                assert!(
                    o.deleted.is_empty()
                        && o.submitted_to_wtsa.is_empty()
                        && o.other_publications.is_empty()
                );
                seen += 1;
            }
            Document::Organisation(o) => {
                assert_eq!(o.working_parties.len(), 2, "Table 3");
                let assigned = o
                    .questions
                    .iter()
                    .filter(|q| q.origin == QuestionOrigin::AssignedByWtsa)
                    .count();
                assert_eq!(assigned, 7, "Table 5");
                let in_parties: usize = o.working_parties.iter().map(|wp| wp.questions.len()).sum();
                assert_eq!(in_parties, 7, "Table 3 assigns the seven Questions");
                seen += 1;
            }
            Document::Meetings(m) => {
                assert_eq!(m.plenaries.len(), 4, "Table 1");
                assert_eq!(m.rapporteur_meetings.len(), 59, "Table 2");
                seen += 1;
            }
            _ => {}
        }
    }
    assert_eq!(
        seen, 3,
        "one outputs, one organisation and one meetings document"
    );
}

#[test]
fn the_embedded_copy_is_the_data_directory() {
    let mut on_disk = Vec::new();
    let data = repo_root().join("data");
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().unwrap() != "sources" {
                    walk(&path, root, out);
                }
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            ) {
                out.push(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    walk(&data, &data, &mut on_disk);
    on_disk.sort();
    let embedded: Vec<String> = EMBEDDED_FILES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    assert_eq!(embedded, on_disk);
    for (name, text) in EMBEDDED_FILES {
        assert_eq!(
            *text,
            std::fs::read_to_string(data.join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn the_source_report_is_the_shared_copy() {
    // The copy under data/sources must never be edited; when the shared original is present
    // (on a developer's machine and in CI), it must be byte-identical.
    let copy = repo_root().join("data/sources/sg20-report-wtsa24.txt");
    let original = repo_root().join("../shared/sources/sg20-report-wtsa24.txt");
    let copy = std::fs::read(copy).unwrap();
    assert!(copy.len() > 100_000);
    if let Ok(original) = std::fs::read(original) {
        assert_eq!(copy, original);
    }
}

#[test]
fn every_data_file_validates_against_its_committed_schema() {
    for (name, text) in EMBEDDED_FILES {
        let instance: serde_json::Value = if name.ends_with(".json") {
            serde_json::from_str(text).unwrap()
        } else {
            serde_saphyr::from_str(text).unwrap()
        };
        let kind = instance["kind"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} has no kind"));
        let schema_path = repo_root()
            .join("schemas")
            .join(format!("{kind}.schema.json"));
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .take(20)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        // YAML files name their schema on the first line, for editors with a YAML language
        // server; JSON files in their `$schema` member.
        let depth = name.matches('/').count() + 1;
        let expected = format!("{}schemas/{kind}.schema.json", "../".repeat(depth));
        if name.ends_with(".json") {
            assert_eq!(
                instance["$schema"].as_str(),
                Some(expected.as_str()),
                "{name}"
            );
        } else {
            let first = text.lines().next().unwrap();
            assert_eq!(
                first,
                format!("# yaml-language-server: $schema={expected}"),
                "{name}"
            );
        }
    }
}

#[test]
fn a_serialised_document_validates_and_reads_back_equal() {
    let dataset = Dataset::embedded().unwrap();
    for loaded in &dataset.documents {
        let kind = loaded.document.kind();
        let json = loaded.document.to_json().unwrap();
        let schema = serde_json::to_value(wtsa_model::schema_for(kind)).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        assert!(validator.is_valid(&json), "{kind}");
        let mut again = Dataset::default();
        again
            .add_text(
                "again.json",
                serde_json::to_string(&json).unwrap(),
                Format::Json,
                &Limits::default(),
            )
            .unwrap();
        assert_eq!(again.documents[0].document, loaded.document, "{kind}");
    }
}

/// Every committed data file reads the same to a YAML 1.1 reader (PyYAML, js-yaml): dates are
/// quoted, so they stay the strings the schemas say rather than becoming dates.
#[test]
fn committed_data_files_read_the_same_in_yaml_1_1() {
    let mut files = 0;
    let mut surprises = Vec::new();
    for (name, text) in EMBEDDED_FILES {
        if !name.ends_with(".yaml") {
            continue;
        }
        files += 1;
        for s in wtsa_dataset::yaml11::yaml11_surprises(text) {
            surprises.push(format!(
                "data/{name}:{}:{}: `{}` reads as a {} in YAML 1.1: quote it",
                s.position.line, s.position.column, s.text, s.reads_as
            ));
        }
    }
    assert!(files >= 9);
    assert!(surprises.is_empty(), "{}", surprises.join("\n"));
}
