//! WT: wtsa's own checks on the suppressions recorded in the data, each rule with a case that
//! fires and one that stays quiet.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;

const OUTPUTS: &str = "outputs.yaml";

/// The first approved Recommendation of the SG20 outputs (Y.4052, which Annex C covers), with
/// one `suppress:` entry.
fn suppressing(rule: &str, reason: &str) -> wtsa_dataset::Dataset {
    sg20_with(&[(
        OUTPUTS,
        "  - number: Y.4052\n",
        &format!("  - number: Y.4052\n    suppress:\n      - rule: {rule}\n        reason: \"{reason}\"\n"),
    )])
}

/// (code, file suffix matched, pointer, message) of each finding.
fn found(findings: &[wtsa_rules::Finding]) -> Vec<(String, bool, String, String)> {
    findings
        .iter()
        .map(|f| {
            (
                f.code.clone(),
                f.location.file.ends_with(OUTPUTS),
                f.location.pointer.clone(),
                f.message.clone(),
            )
        })
        .collect()
}

fn finding(code: &str, pointer: &str, message: &str) -> (String, bool, String, String) {
    (
        code.to_owned(),
        true,
        pointer.to_owned(),
        message.to_owned(),
    )
}

#[test]
fn wt001_fires_on_a_suppression_without_a_reason() {
    let findings = run(&suppressing("AC003", " "), "WT001");
    assert_eq!(
        found(&findings),
        [finding(
            "WT001",
            "/approved/0/suppress/0",
            "suppression of AC003 has no reason, so it suppresses nothing"
        )]
    );
    assert_eq!(
        findings[0].arguments.get("rule"),
        Some(&wtsa_rules::Arg::Text("AC003".to_owned()))
    );
}

#[test]
fn wt001_is_quiet_on_a_reasoned_suppression_and_leaves_an_unknown_code_to_wt003() {
    assert!(run(
        &suppressing("AC003", "Table 8 gives the number as published"),
        "WT001"
    )
    .is_empty());
    let findings = run_codes(&suppressing("AC999", ""), &["WT001", "WT003"]);
    assert_eq!(
        found(&findings),
        [finding(
            "WT003",
            "/approved/0/suppress/0",
            "suppression names rule `AC999`, which does not exist"
        )]
    );
}

#[test]
fn wt001_leaves_the_finding_it_names_reported() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "  - number: Y.4052\n",
        "  - number: H.642.4\n    suppress:\n      - rule: AC003\n        reason: \"\"\n",
    )]);
    let codes: Vec<String> = run_codes(&dataset, &["AC003", "WT001"])
        .iter()
        .map(|f| format!("{} {}", f.code, f.location.pointer))
        .collect();
    assert_eq!(
        codes,
        ["AC003 /approved/0/number", "WT001 /approved/0/suppress/0"]
    );
}

#[test]
fn wt002_fires_on_a_suppression_that_suppressed_nothing() {
    let findings = run_codes(
        &suppressing("AC003", "Not needed any more."),
        &["AC003", "WT002"],
    );
    assert_eq!(
        found(&findings),
        [finding(
            "WT002",
            "/approved/0/suppress/0",
            "suppression of AC003 suppressed nothing: remove it"
        )]
    );
    assert_eq!(
        findings[0].arguments.get("rule"),
        Some(&wtsa_rules::Arg::Text("AC003".to_owned()))
    );
}

#[test]
fn wt002_is_quiet_on_a_suppression_that_accepted_a_finding() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "  - number: Y.4052\n",
        "  - number: H.642.4\n    suppress:\n      - rule: AC003\n        reason: Transferred by TSAG; Annex C is updated at WTSA-24.\n",
    )]);
    let selection = wtsa_rules::Selection {
        select: vec!["AC003".to_owned(), "WT002".to_owned()],
        ..wtsa_rules::Selection::default()
    };
    let report = wtsa_rules::check(&dataset, &selection);
    assert!(
        report.findings.is_empty(),
        "{:#?}",
        describe(&report.findings)
    );
    assert_eq!(report.summary.suppressed, 1);
}

#[test]
fn wt002_is_quiet_when_the_rule_it_names_did_not_run() {
    assert!(run(&suppressing("AC003", "Not needed any more."), "WT002").is_empty());
}

#[test]
fn wt003_fires_on_a_suppression_naming_no_rule() {
    let findings = run(&suppressing("RC040", "Typo."), "WT003");
    assert_eq!(
        found(&findings),
        [finding(
            "WT003",
            "/approved/0/suppress/0",
            "suppression names rule `RC040`, which does not exist"
        )]
    );
    assert_eq!(
        findings[0].arguments.get("rule"),
        Some(&wtsa_rules::Arg::Text("RC040".to_owned()))
    );
}

#[test]
fn wt003_is_quiet_on_a_suppression_naming_a_rule() {
    assert!(run(&suppressing("RC004", "Typo."), "WT003").is_empty());
    assert!(run(&suppressing("ac003", "Codes match in any case."), "WT003").is_empty());
}

#[test]
fn a_check_stops_between_rules_once_its_result_is_no_longer_wanted() {
    use std::cell::Cell;
    let dataset = wtsa_dataset::Dataset::embedded().unwrap();
    let selection = wtsa_rules::Selection::default();
    // Never asked to stop: the same report as `check`.
    let whole = wtsa_rules::check_unless(&dataset, &selection, &|| false).unwrap();
    assert_eq!(
        serde_json::to_value(&whole).unwrap(),
        serde_json::to_value(wtsa_rules::check(&dataset, &selection)).unwrap()
    );
    // Asked to stop after three rules: no report, and no fourth rule run.
    let asked = Cell::new(0);
    let stop = || {
        asked.set(asked.get() + 1);
        asked.get() > 3
    };
    assert!(wtsa_rules::check_unless(&dataset, &selection, &stop).is_none());
    assert_eq!(asked.get(), 4);
}

/// The suppressions a typed walk of the documents finds are those of their JSON form, at the
/// same pointers: every `suppress` list of every record, with the record it belongs to.
#[test]
fn suppressions_are_collected_from_every_record_as_their_json_form_holds_them() {
    fn walk(value: &serde_json::Value, pointer: &str, out: &mut Vec<(String, String, String)>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, child) in map {
                    let escaped = key.replace('~', "~0").replace('/', "~1");
                    if key == "suppress" {
                        for (k, entry) in child.as_array().into_iter().flatten().enumerate() {
                            let rule = entry["rule"].as_str().unwrap_or_default().to_owned();
                            out.push((pointer.to_owned(), format!("{pointer}/suppress/{k}"), rule));
                        }
                    } else {
                        walk(child, &format!("{pointer}/{escaped}"), out);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{pointer}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let dataset = sg20_with(&[
        (
            OUTPUTS,
            "  - number: Y.4052\n",
            "  - number: Y.4052\n    suppress:\n      - rule: AC003\n        reason: one\n      - rule: RC004\n        reason: two\n",
        ),
        (
            OUTPUTS,
            "  - number: Y.4221\n",
            "  - number: Y.4221\n    suppress:\n      - rule: RC004\n        reason: three\n",
        ),
    ]);
    let collected: Vec<(usize, String, String, String)> =
        wtsa_rules::suppression::collect(&dataset)
            .into_iter()
            .map(|s| (s.document, s.record, s.entry, s.rule))
            .collect();
    let mut expected = Vec::new();
    for (document, loaded) in dataset.documents.iter().enumerate() {
        let mut found = Vec::new();
        walk(&loaded.document.to_json().unwrap(), "", &mut found);
        expected.extend(found.into_iter().map(|(r, e, rule)| (document, r, e, rule)));
    }
    assert!(collected.len() >= 3, "{collected:#?}");
    let sorted = |mut v: Vec<(usize, String, String, String)>| {
        v.sort();
        v
    };
    assert_eq!(sorted(collected), sorted(expected));
}
