//! Reading Relaton YAML records: the samples give the shared extract's facts, damaged copies
//! give diagnostics naming their files, and the committed catalogue renders back to itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use wtsa_catalogue::*;
use wtsa_model::{
    Doctype, PublicationId, PublicationKind, PublicationStage, ResponsibleGroup, StudyGroupId,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn source() -> Provenance {
    Provenance {
        repository: UPSTREAM_REPOSITORY.to_owned(),
        commit: "daa9deb2".parse().unwrap(),
    }
}

/// The shared extract's facts for one record, in the catalogue's vocabulary.
fn expected(line: &str) -> (String, serde_json::Value) {
    let r: serde_json::Value = serde_json::from_str(line).unwrap();
    let group = match r["group"].as_str() {
        None => serde_json::Value::Null,
        Some("Telecommunication Standardization Advisory Group") => "TSAG".into(),
        Some(name) => name.replace("ITU-T Study Group ", "SG").into(),
    };
    let stage = match r["stage"].as_str() {
        Some("Published") => "in-force".into(),
        Some("Withdrawal") => "superseded-or-withdrawn".into(),
        _ => serde_json::Value::Null,
    };
    let facts = serde_json::json!({
        "id": r["docid"], "doctype": r["doctype"], "edition": r["edition"],
        "published": r["published"], "title": r["title"], "group": group, "stage": stage,
        "url": r["url"],
    });
    (r["file"].as_str().unwrap().to_owned(), facts)
}

#[test]
fn the_samples_give_the_shared_extracts_facts() {
    let (catalogue, diagnostics) = read_dir(&fixtures().join("relaton-sample"), source()).unwrap();
    assert_eq!(diagnostics, []);
    let lines = std::fs::read_to_string(fixtures().join("relaton-sample-expected.jsonl")).unwrap();
    assert_eq!(catalogue.publications.len(), lines.lines().count());
    for line in lines.lines() {
        let (file, facts) = expected(line);
        let publication = catalogue
            .publications
            .iter()
            .find(|p| p.upstream_file() == file)
            .unwrap_or_else(|| panic!("{file} not read"));
        let got = serde_json::json!({
            "id": publication.id.to_string(),
            "doctype": publication.doctype.as_str(),
            "edition": publication.edition.map(|e| e.to_string()),
            "published": publication.published.to_string(),
            "title": publication.title,
            "group": (!publication.group.is_unknown()).then(|| publication.group.to_string()),
            "stage": serde_json::to_value(publication.stage).unwrap(),
            "url": publication.url,
        });
        let mut want = facts;
        if want["stage"].is_null() {
            want["stage"] = "unknown".into();
        }
        assert_eq!(got, want, "{file}");
        // Every sample follows upstream's naming, so none stores its file name.
        assert_eq!(publication.file, None, "{file}");
    }
    assert!(catalogue.is_sorted());
}

#[test]
fn the_samples_uneven_facts_are_typed() {
    let (catalogue, _) = read_dir(&fixtures().join("relaton-sample"), source()).unwrap();
    let get = |id: &str| {
        let id: PublicationId = id.parse().unwrap();
        catalogue
            .publications
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .clone()
    };
    let erratum = get("ITU-T A.11 (2012) Err. 1 (02/2020)");
    assert_eq!(erratum.edition.unwrap().to_string(), "4.0");
    assert_eq!(erratum.title, None);
    assert_eq!(erratum.group, ResponsibleGroup::Tsag);
    assert_eq!(erratum.kind(), PublicationKind::Erratum);
    // Upstream's doctype for an erratum is that of what it corrects.
    assert_eq!(erratum.doctype, Doctype::Recommendation);
    let old = get("ITU-T A.10 (10/1976)");
    assert_eq!(old.group, ResponsibleGroup::Unknown);
    assert_eq!(old.url, None);
    assert_eq!(old.stage, PublicationStage::SupersededOrWithdrawn);
    let double = get("ITU-T Y.4101/Y.2067 (10/2017)");
    assert_eq!(
        double.group,
        ResponsibleGroup::StudyGroup(StudyGroupId::new(20))
    );
    assert_eq!(double.stage, PublicationStage::InForce);
    assert_eq!(
        double.title.as_deref(),
        Some(
            "Common requirements and capabilities of a gateway for Internet of things applications"
        )
    );
    // A folded YAML title comes out on one line.
    let q3403 = get("ITU-T Q.3403 v.1 (02/2016)");
    assert!(q3403
        .title
        .unwrap()
        .contains("session description protocol - Basic call"));
}

#[test]
fn damaged_records_are_reported_by_file_and_the_rest_is_read() {
    let (catalogue, diagnostics) = read_dir(&fixtures().join("damaged"), source()).unwrap();
    let files: Vec<&str> = diagnostics.iter().map(Diagnostic::file).collect();
    assert_eq!(
        files,
        [
            "itu-t-bad-date.yaml",
            "itu-t-bad-yaml.yaml",
            "itu-t-no-docidentifier.yaml"
        ]
    );
    assert!(
        matches!(&diagnostics[0], Diagnostic::PublishedDate { text, .. } if text == "2020-01-32")
    );
    assert!(matches!(&diagnostics[1], Diagnostic::Yaml { line, .. } if *line > 0));
    assert!(matches!(&diagnostics[2], Diagnostic::NoIdentifier { .. }));
    for diagnostic in &diagnostics {
        assert!(
            diagnostic.to_string().starts_with(diagnostic.file()),
            "{diagnostic}"
        );
    }

    let ids: Vec<String> = catalogue
        .publications
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(ids, ["ITU-T Y.4052 (08/2022)", "ITU-T Y.4222 (01/2025)"]);
    let uneven = &catalogue.publications[0];
    assert_eq!(uneven.title, None);
    assert_eq!(uneven.group, ResponsibleGroup::Unknown);
    assert_eq!(uneven.edition, None);
    assert_eq!(uneven.stage, PublicationStage::Unknown);
    assert_eq!(uneven.url, None);
    assert_eq!(uneven.file.as_deref(), Some("itu-t-uneven.yaml"));
    assert_eq!(uneven.upstream_file(), "itu-t-uneven.yaml");
}

#[test]
fn a_missing_or_empty_directory_is_an_error() {
    assert!(matches!(
        read_dir(&fixtures().join("no-such-directory"), source()),
        Err(Error::ReadDir { .. })
    ));
    assert!(matches!(
        read_dir(&fixtures(), source()),
        Err(Error::NoRecords { .. })
    ));
}

#[test]
fn the_compact_form_is_one_publication_a_line_and_reads_back() {
    let (catalogue, _) = read_dir(&fixtures().join("relaton-sample"), source()).unwrap();
    let text = to_compact_json(&catalogue).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), catalogue.publications.len() + 2);
    assert!(lines[0].starts_with(r#"{"kind":"catalogue","source":{"#));
    assert!(lines[0].ends_with(r#""publications":["#));
    assert_eq!(lines.last(), Some(&"]}"));
    for (line, publication) in lines[1..lines.len() - 1]
        .iter()
        .zip(&catalogue.publications)
    {
        let line = line.strip_suffix(',').unwrap_or(line);
        assert_eq!(
            &serde_json::from_str::<Publication>(line).unwrap(),
            publication
        );
    }
    assert_eq!(serde_json::from_str::<Catalogue>(&text).unwrap(), catalogue);
}

#[test]
fn the_committed_catalogue_is_in_its_compact_form() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/catalogue/itu-t.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let catalogue: Catalogue = serde_json::from_str(&text).unwrap();
    assert!(
        to_compact_json(&catalogue).unwrap() == text,
        "{} is not as to_compact_json renders it",
        path.display()
    );
}

#[test]
fn a_repeated_identifier_and_an_unreadable_file_are_reported() {
    let directory =
        std::env::temp_dir().join(format!("wtsa-catalogue-test-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let record =
        std::fs::read(fixtures().join("relaton-sample/itu-t-y-4052-08-2022.yaml")).unwrap();
    std::fs::write(directory.join("itu-t-y-4052-08-2022.yaml"), &record).unwrap();
    std::fs::write(directory.join("itu-t-y-4052-copy.yaml"), &record).unwrap();
    std::fs::write(directory.join("itu-t-latin-1.yaml"), b"title: caf\xe9\n").unwrap();
    let read = read_dir(&directory, source());
    std::fs::remove_dir_all(&directory).unwrap();
    let (catalogue, diagnostics) = read.unwrap();
    assert_eq!(catalogue.publications.len(), 1);
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    assert!(matches!(
        &diagnostics[0],
        Diagnostic::Unreadable { file, .. } if file == "itu-t-latin-1.yaml"
    ));
    assert!(matches!(
        &diagnostics[1],
        Diagnostic::DuplicateIdentifier { file, first_file, .. }
            if file == "itu-t-y-4052-copy.yaml" && first_file == "itu-t-y-4052-08-2022.yaml"
    ));
}
