//! The committed ITU-T catalogue (`data/catalogue/itu-t.json`): every identifier parses and
//! displays back exactly as written, the document loads typed and in order, and the index
//! agrees with a scan.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::OnceLock;

use wtsa_model::*;

fn committed_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/catalogue/itu-t.json"
        );
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
    })
}

/// The identifiers as written in the file, before any parsing.
fn written_ids() -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(committed_text()).unwrap();
    value["publications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|publication| publication["id"].as_str().unwrap().to_owned())
        .collect()
}

fn committed() -> Catalogue {
    serde_json::from_str(committed_text()).unwrap()
}

#[test]
fn every_identifier_round_trips() {
    let ids = written_ids();
    let mut refused = Vec::new();
    let mut changed = Vec::new();
    for id in &ids {
        match id.parse::<PublicationId>() {
            Ok(parsed) if parsed.to_string() == *id => {}
            Ok(parsed) => changed.push(format!("{id} -> {parsed}")),
            Err(error) => refused.push(error.to_string()),
        }
    }
    eprintln!(
        "{} identifiers: {} refused, {} displayed differently",
        ids.len(),
        refused.len(),
        changed.len()
    );
    assert!(refused.is_empty(), "refused:\n{}", refused.join("\n"));
    assert!(changed.is_empty(), "changed:\n{}", changed.join("\n"));
}

#[test]
fn the_catalogue_loads_typed_in_order_and_whole() {
    let catalogue = committed();
    // The count of upstream commit daa9deb2 (data/catalogue/README.md); a refresh updates it.
    assert_eq!(catalogue.publications.len(), 16_172);
    assert!(catalogue.is_sorted());
    // Nothing is lost or added on the way through the types.
    let original: serde_json::Value = serde_json::from_str(committed_text()).unwrap();
    assert_eq!(serde_json::to_value(&catalogue).unwrap(), original);
}

#[test]
fn schema_patterns_accept_every_value_the_catalogue_holds() {
    let pattern = |schema: schemars::Schema| {
        let pattern = schema
            .get("pattern")
            .and_then(|p| p.as_str())
            .unwrap()
            .to_owned();
        regex_lite::Regex::new(&pattern).unwrap()
    };
    let id_pattern = pattern(schemars::schema_for!(PublicationId));
    let number_pattern = pattern(schemars::schema_for!(CatalogueNumber));
    let edition_pattern = pattern(schemars::schema_for!(EditionNumber));
    for publication in committed().publications {
        let id = publication.id.to_string();
        assert!(id_pattern.is_match(&id), "{id}");
        for number in publication
            .id
            .recommendation()
            .into_iter()
            .flat_map(|d| d.numbers())
        {
            assert!(
                number_pattern.is_match(&number.to_string()),
                "{number} in {id}"
            );
        }
        if let Some(edition) = publication.edition {
            assert!(
                edition_pattern.is_match(&edition.to_string()),
                "{edition} in {id}"
            );
        }
    }
}

#[test]
fn the_index_agrees_with_a_scan() {
    let catalogue = committed();
    let publications = catalogue.publications.clone();
    let index = CatalogueIndex::new(catalogue);
    for publication in &publications {
        assert_eq!(index.get(&publication.id), Some(publication));
        let Some(designation) = publication.id.recommendation() else {
            continue;
        };
        for number in designation.numbers() {
            let about: Vec<&Publication> = index.publications_about(number).collect();
            assert!(about.contains(&publication), "{}", publication.id);
            assert!(about.windows(2).all(|w| w[0].published <= w[1].published));
            if publication.id.is_recommendation_edition() {
                assert!(index.editions(number).any(|p| p == publication));
                if publication.is_in_force() {
                    assert!(index
                        .in_force_numbers(&publication.group)
                        .any(|n| n == number));
                }
            }
        }
    }
    // Every number the index lists in force has an edition in force with that group.
    for group in index.groups_with_recommendations_in_force() {
        for number in index.in_force_numbers(group) {
            assert!(index
                .editions(number)
                .any(|p| p.is_in_force() && &p.group == group));
        }
    }
}

#[test]
fn the_catalogue_schema_describes_every_field() {
    let schema = serde_json::to_value(schemars::schema_for!(Catalogue)).unwrap();
    assert_eq!(schema["properties"]["kind"]["const"], "catalogue");
    let publication = &schema["$defs"]["Publication"];
    for field in [
        "id",
        "doctype",
        "edition",
        "published",
        "title",
        "group",
        "stage",
        "url",
        "file",
    ] {
        let property = &publication["properties"][field];
        assert!(!property.is_null(), "{field}");
        let described = property["description"].is_string()
            || property["allOf"].is_array()
            || property["$ref"].is_string();
        assert!(described, "{field}: {property}");
    }
    assert_eq!(
        publication["required"],
        serde_json::json!(["id", "doctype", "published"])
    );
}
