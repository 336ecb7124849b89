//! The catalogue: codes, documentation, citations, and the generated rule reference.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashSet;
use std::path::Path;

use wtsa_rules::{Family, CATALOGUE};

#[test]
fn codes_are_unique_prefixed_by_family_and_in_order() {
    let mut seen = HashSet::new();
    let mut previous = String::new();
    for rule in CATALOGUE {
        let meta = rule.meta();
        assert!(seen.insert(meta.code), "duplicate code {}", meta.code);
        assert!(
            meta.code.starts_with(meta.family.prefix()),
            "{} is not in {:?}",
            meta.code,
            meta.family
        );
        assert_eq!(meta.code.len(), 5, "{}", meta.code);
        assert!(
            meta.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
            "{}",
            meta.name
        );
        if meta.code[..2] == previous[..previous.len().min(2)] {
            assert!(
                meta.code > previous.as_str(),
                "{} after {previous}",
                meta.code
            );
        }
        previous = meta.code.to_owned();
    }
}

#[test]
fn every_rule_documents_what_why_provision_and_example() {
    for rule in CATALOGUE {
        let meta = rule.meta();
        let docs = meta.documentation();
        for section in [
            "## What it checks",
            "## Why it matters",
            "## Provision",
            "## Example",
        ] {
            assert!(docs.contains(section), "{} lacks {section}", meta.code);
        }
        assert!(
            docs.contains("Fires:") && docs.contains("Quiet:"),
            "{} example lacks a firing and a quiet case",
            meta.code
        );
        assert!(!meta.summary().is_empty(), "{}", meta.code);
        assert!(!meta.citation.instrument.is_empty() && !meta.citation.edition.is_empty());
    }
}

#[test]
fn every_family_but_the_proposal_has_rules() {
    for family in Family::ALL {
        if *family == Family::Proposal {
            continue;
        }
        assert!(
            CATALOGUE
                .iter()
                .filter(|r| r.meta().family == *family)
                .count()
                >= 3,
            "{family:?} has fewer than three rules"
        );
    }
}

#[test]
fn the_committed_rule_reference_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == wtsa_rules::catalogue::reference(),
        "docs/rules.md is stale: run `cargo run -p wtsa-cli -- rules --format markdown > docs/rules.md`"
    );
}
