//! A finding's identity: baselines survive a reworded message, an edit of a text the message
//! quotes, and rows inserted above the record (issue 12).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::collections::BTreeSet;

use support::{sg20, sg20_with};
use wtsa_rules::baseline::Baseline;
use wtsa_rules::engine::{diagnose, report};
use wtsa_rules::{Message, Selection};

fn fingerprints(report: &wtsa_rules::Report) -> BTreeSet<String> {
    report
        .findings
        .iter()
        .map(|f| f.fingerprint.clone())
        .collect()
}

#[test]
fn rewording_every_message_leaves_every_fingerprint() {
    let dataset = sg20();
    let selection = Selection::default();
    let (diagnostics, rules_run) = diagnose(&dataset, &selection);
    let before = report(&dataset, &selection, diagnostics.clone(), rules_run);
    assert!(before.findings.len() > 20, "SG20 has findings to compare");
    let reworded = diagnostics
        .into_iter()
        .map(|mut d| {
            d.message = Message::text(format!(
                "reworded: {}",
                d.message.to_string().to_uppercase()
            ));
            for related in &mut d.related {
                related.message = Message::from("reworded");
            }
            d
        })
        .collect();
    let after = report(&dataset, &selection, reworded, rules_run);
    assert_eq!(fingerprints(&before), fingerprints(&after));
    assert!(after
        .findings
        .iter()
        .all(|f| f.message.starts_with("reworded: ")));
}

#[test]
fn a_baseline_matches_after_a_quoted_text_is_edited_and_a_row_is_inserted_above() {
    let before = wtsa_rules::check(&sg20(), &Selection::default());
    let baseline = Baseline::from_report(&before);
    // RC004 quotes both titles of Y.4221; edit the quoted Table 8 title (the titles still
    // differ, so the finding remains), and insert a person and an approved Recommendation at
    // the top of their lists, so every later record moves down one place.
    let edited = sg20_with(&[
        (
            "outputs.yaml",
            "title: Requirements of IoT-based electric power infrastructure monitoring systems",
            "title: Requirements of IoT-based electric power infrastructure monitoring systems (edited)",
        ),
        (
            "people.yaml",
            "people:\n",
            "people:\n  - id: a-new-person\n    name: A New Person\n    source: §1.2\n",
        ),
    ]);
    let mut after = wtsa_rules::check(&edited, &Selection::default());
    let quoted = after
        .findings
        .iter()
        .find(|f| f.code == "RC004" && f.message.contains("(edited)"))
        .expect("RC004 still reports Y.4221 and quotes the edited title");
    assert!(quoted.subject.contains("Y.4221"), "{}", quoted.subject);
    let old = fingerprints(&before);
    baseline.apply(&mut after);
    let new: Vec<String> = after
        .findings
        .iter()
        .filter(|f| old.contains(&f.fingerprint))
        .map(|f| f.message.clone())
        .collect();
    assert!(
        new.is_empty(),
        "findings the baseline holds came back: {new:?}"
    );
    // Only findings about the inserted person may be new — and CT003's on the edited title,
    // which no longer is the published one — and nothing was fixed.
    for finding in &after.findings {
        assert!(
            finding.subject.contains("a-new-person")
                || (finding.code == "CT003" && finding.subject.contains("Y.4221")),
            "unexpected new finding: {} {} {}",
            finding.code,
            finding.subject,
            finding.message
        );
    }
    assert!(
        after.fixed_since_baseline.is_empty(),
        "{:?}",
        after.fixed_since_baseline
    );
}

#[test]
fn a_subject_names_the_record_by_its_key_not_its_position() {
    let report = wtsa_rules::check(&sg20(), &Selection::default());
    let rc004: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "RC004")
        .map(|f| f.subject.as_str())
        .collect();
    assert!(!rc004.is_empty());
    for subject in rc004 {
        assert!(
            subject.contains("[question=Q") && subject.contains("/outputs/[designation="),
            "{subject}"
        );
    }
}
