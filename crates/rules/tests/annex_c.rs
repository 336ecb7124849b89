//! AC: Annex C rules, each with a case that fires and one that stays quiet.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_rules::Arg;

fn text(value: &str) -> Option<Arg> {
    Some(Arg::Text(value.to_owned()))
}

const IN_FORCE: &str = "resolution2-wtsa-20.yaml";
const PROPOSED: &str = "resolution2-wtsa-24-proposed.yaml";
const OUTPUTS: &str = "outputs.yaml";

#[test]
fn ac001_fires_on_a_reversed_range_and_a_range_across_series() {
    let dataset = sg20_with(&[
        (IN_FORCE, "F.748.0 – F.748.5", "F.748.5 – F.748.0"),
        (PROPOSED, "- L.1600\n", "- L.1600 – Y.1603\n"),
    ]);
    let findings = run(&dataset, "AC001");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(IN_FORCE));
    assert!(findings[0].message.contains("starts after it ends"));
    assert!(findings[1].location.file.ends_with(PROPOSED));
    assert!(findings[1].message.contains("across series"));
    assert_eq!(
        findings[0].arguments.get("text").cloned(),
        text("F.748.5 – F.748.0")
    );
    assert_eq!(
        findings[0].arguments.get("study_group").cloned(),
        text("SG20")
    );
    assert!(findings[0]
        .location
        .pointer
        .starts_with("/annex_c/lines/0/"));
}

#[test]
fn ac001_is_quiet_on_the_sg20_entries() {
    assert!(run(&sg20(), "AC001").is_empty());
}

#[test]
fn ac002_fires_on_a_covered_entry() {
    let dataset = sg20_with(&[(
        IN_FORCE,
        "- Y.2213\n",
        "- Y.2213\n      - Y.4100 – Y.4120\n",
    )]);
    let findings = run(&dataset, "AC002");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .contains("`Y.4100 – Y.4120` is redundant: `Y.4000-series` already covers it"));
    assert_eq!(
        findings[0].arguments.get("later").cloned(),
        text("Y.4100 – Y.4120")
    );
    assert_eq!(
        findings[0].arguments.get("earlier").cloned(),
        text("Y.4000-series")
    );
    assert_eq!(findings[0].related.len(), 1);
}

#[test]
fn ac002_is_quiet_on_the_sg20_entries() {
    assert!(run(&sg20(), "AC002").is_empty());
}

#[test]
fn ac003_fires_on_a_recommendation_outside_annex_c() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4052\n", "number: H.642.4\n")]);
    let findings = run(&dataset, "AC003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/approved/0/number");
    assert!(findings[0]
        .message
        .starts_with("H.642.4 was approved by SG20"));
    assert_eq!(
        findings[0].arguments.get("designation").cloned(),
        text("H.642.4")
    );
    assert_eq!(
        findings[0].arguments.get("edition").cloned(),
        text("WTSA-20")
    );
    assert!(findings[0].related[0].location.file.ends_with(IN_FORCE));
}

#[test]
fn ac003_is_quiet_when_every_recommendation_is_covered() {
    // Every SG20 Recommendation of Tables 8 and 9 is in the Y.4000-series.
    assert!(run(&sg20(), "AC003").is_empty());
}

#[test]
fn ac004_fires_on_a_supplement_to_another_groups_series() {
    let dataset = sg20_with(&[(OUTPUTS, "parent: Y.4600\n", "parent: Y.3000-series\n")]);
    let findings = run(&dataset, "AC004");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .contains("Y Suppl. 73 supplements `Y.3000-series`"));
    assert_eq!(
        findings[0].arguments.get("supplement").cloned(),
        text("Y Suppl. 73")
    );
    assert_eq!(
        findings[0].arguments.get("parent").cloned(),
        text("Y.3000-series")
    );
}

#[test]
fn ac004_is_quiet_on_sg20_supplements() {
    assert!(run(&sg20(), "AC004").is_empty());
}

#[test]
fn ac005_fires_on_a_double_number_without_a_y4000_number() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4052\n", "number: Y.2067/Y.2074\n")]);
    let findings = run(&dataset, "AC005");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .contains("has 0 numbers in the Y.4000-series"));
    assert_eq!(findings[0].arguments.get("count"), Some(&Arg::Integer(0)));
    assert_eq!(
        findings[0].arguments.get("designation").cloned(),
        text("Y.2067/Y.2074")
    );
}

#[test]
fn ac005_is_quiet_on_a_proper_double_number() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4052\n", "number: Y.4052/Y.2074\n")]);
    assert!(run(&dataset, "AC005").is_empty());
}

const SG13_ENTRY: &str = "kind: resolution2-entry
study_group: SG13
edition: WTSA-20
status: in-force
study_period: 2022-2024
source: Annex 2
title: Future networks
mandate: [x]
lead_roles: []
guidance_intro: x
guidance: []
annex_c:
  lines:
    - [Y.2079 – Y.2099, Y.3000-series]
";

#[test]
fn ac006_fires_when_two_study_groups_claim_the_same_range() {
    let overlapping = SG13_ENTRY.replace("Y.2079 – Y.2099", "Y.2062 – Y.2065");
    let dataset = sg20_with_extra(&[], &[("sg13/resolution2-wtsa-20.yaml", &overlapping)]);
    let findings = run(&dataset, "AC006");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .contains("SG13's Annex C entry `Y.2062 – Y.2065` overlaps SG20's `Y.2060 – Y.2070`"));
    assert_eq!(findings[0].location.file, "sg13/resolution2-wtsa-20.yaml");
    assert_eq!(
        findings[0].arguments.get("study_group").cloned(),
        text("SG13")
    );
    assert_eq!(
        findings[0].arguments.get("other_entry").cloned(),
        text("Y.2060 – Y.2070")
    );
}

#[test]
fn ac006_is_quiet_when_study_groups_partition_the_numbers() {
    let dataset = sg20_with_extra(&[], &[("sg13/resolution2-wtsa-20.yaml", SG13_ENTRY)]);
    assert!(run(&dataset, "AC006").is_empty());
}
