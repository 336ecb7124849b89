//! CT: the SG20 data against the embedded ITU-T publication catalogue. Each rule has a case
//! that fires and one that stays quiet; where a rule fires on SG20, the test lists exactly its
//! findings, each checked by hand against the catalogue (`data/catalogue/itu-t.json`) and the
//! report (`data/sources/sg20-report-wtsa24.txt`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_rules::Arg;

fn text(value: &str) -> Option<Arg> {
    Some(Arg::Text(value.to_owned()))
}

fn date(year: i32, month: u32, day: u32) -> Option<Arg> {
    chrono::NaiveDate::from_ymd_opt(year, month, day).map(Arg::Date)
}

const IN_FORCE: &str = "resolution2-wtsa-20.yaml";
const OUTPUTS: &str = "outputs.yaml";
const CLAIMS: &str = "report-claims.yaml";

/// The record each finding is about, by its pointer's key and field.
fn subjects(findings: &[wtsa_rules::Finding]) -> Vec<String> {
    findings.iter().map(|f| f.subject.clone()).collect()
}

#[test]
fn ct001_fires_on_an_approval_the_catalogue_does_not_know() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4052\n", "number: Y.4599\n")]);
    let findings = run(&dataset, "CT001");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/approved/0/number");
    assert!(
        findings[0].message.contains(
            "Y.4599 is listed as approved on 2022-08-29, but the ITU-T catalogue has no edition of it approved in 2022-2024: it has no edition of that number at all"
        ),
        "{}",
        findings[0].message
    );
    assert_eq!(findings[0].arguments.get("number").cloned(), text("Y.4599"));
    assert_eq!(
        findings[0].arguments.get("date").cloned(),
        date(2022, 8, 29)
    );
}

#[test]
fn ct001_is_quiet_on_sg20_every_approval_is_published() {
    assert!(run(&sg20(), "CT001").is_empty());
}

#[test]
fn ct002_fires_on_an_approval_dated_otherwise() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "approved: \"2024-07-01\"\n",
        "approved: \"2024-07-03\"\n",
    )]);
    let findings = run(&dataset, "CT002");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.pointer.ends_with("/approved"));
    assert!(
        findings[0].message.contains(
            "Y.4487 is dated 2024-07-03 in Table 8, but the ITU-T catalogue's ITU-T Y.4487 (07/2024) was approved on 2024-07-01"
        ),
        "{}",
        findings[0].message
    );
    assert_eq!(findings[0].arguments.get("date").cloned(), date(2024, 7, 3));
    assert_eq!(
        findings[0].arguments.get("published").cloned(),
        date(2024, 7, 1)
    );
    assert_eq!(
        findings[0].arguments.get("publication").cloned(),
        text("ITU-T Y.4487 (07/2024)")
    );
}

#[test]
fn ct002_is_quiet_on_sg20_every_date_is_the_published_one() {
    assert!(run(&sg20(), "CT002").is_empty());
}

/// Four titles of Table 8 differ in wording from the published ones (checked against the
/// catalogue: each published title is quoted in the message).
#[test]
fn ct003_fires_on_sg20_where_table_8_words_a_title_otherwise() {
    let findings = run(&sg20(), "CT003");
    let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(
        subjects(&findings),
        [
            "/approved/[number=Y.4226]/title",
            "/approved/[number=Y.4227]/title",
            "/approved/[number=Y.4502]/title",
            "/approved/[number=Y.4705]/title",
        ],
        "{messages:#?}"
    );
    // Y.4226 and Y.4705: the report's singular "system" where ITU-T published "systems".
    assert!(messages[0]
        .contains("\u{201c}system\u{201d} where the catalogue has \u{201c}systems\u{201d}"));
    assert!(messages[3]
        .contains("\u{201c}system\u{201d} where the catalogue has \u{201c}systems\u{201d}"));
    // Y.4227: "for support of" where ITU-T published "to support".
    assert!(
        messages[1].contains("to support blockchain"),
        "{}",
        messages[1]
    );
    // Y.4502: "of IoT sensing" where ITU-T published "of the Internet of things (IoT) sensing".
    assert!(
        messages[2].contains("the catalogue has \u{201c}the"),
        "{}",
        messages[2]
    );
    assert_eq!(
        findings[0].arguments.get("designation").cloned(),
        text("Y.4226")
    );
    assert_eq!(
        findings[0].arguments.get("differences").cloned(),
        text("\u{201c}system\u{201d} where the catalogue has \u{201c}systems\u{201d}")
    );
}

#[test]
fn ct003_is_quiet_on_the_published_title() {
    let dataset = sg20_with(&[
        (
            OUTPUTS,
            "requirements for disaster monitoring system\n",
            "requirements for disaster monitoring systems\n",
        ),
        (
            OUTPUTS,
            "IoT requirements and capabilities for support of blockchain\n",
            "Internet of things requirements and capabilities to support blockchain\n",
        ),
        (
            OUTPUTS,
            "architecture of IoT sensing quality",
            "architecture of the Internet of things (IoT) sensing quality",
        ),
        (
            OUTPUTS,
            "capability for disaster monitoring system\n",
            "capability for disaster monitoring systems\n",
        ),
    ]);
    assert!(run(&dataset, "CT003").is_empty());
}

/// Titles that differ from the published ones only in the report's abbreviations, case or
/// punctuation (checked against the catalogue).
#[test]
fn ct004_fires_on_sg20_where_a_title_abbreviates_the_published_one() {
    let findings = run(&sg20(), "CT004");
    assert_eq!(
        subjects(&findings),
        [
            // "Industrial IoT (IIoT)" where ITU-T published "industrial IoT (IIoT)".
            "/approved/[number=Y.4228]/title",
            // "intelligent IoT services" for "intelligent Internet of things (IoT) services".
            "/approved/[number=Y.4503]/title",
            // "intelligent IoT" for "intelligent Internet of things".
            "/approved/[number=Y.4504]/title",
            // "Minimal Interoperability Mechanisms" for "Minimal interoperability mechanisms".
            "/approved/[number=Y.4505]/title",
            // "AI and IoT" for "artificial intelligence and Internet of things".
            "/supplements/[number=Y Suppl. 82]/title",
            // The same, and "Digital Agriculture with Best Practices" capitalised.
            "/supplements/[number=Y Suppl. 83]/title",
        ],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings
        .iter()
        .all(|f| f.severity == wtsa_rules::Severity::Info));
    assert_eq!(
        findings[0].arguments.get("designation").cloned(),
        text("Y.4228")
    );
    assert_eq!(
        findings[0].arguments.get("source").cloned(),
        text("Table 8")
    );
}

#[test]
fn ct004_is_quiet_where_the_title_is_the_published_one() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "title: Service framework of prediction for intelligent IoT\n",
        "title: Service framework of prediction for intelligent Internet of things\n",
    )]);
    let findings = run(&dataset, "CT004");
    assert!(!subjects(&findings).contains(&"/approved/[number=Y.4504]/title".to_owned()));
    assert_eq!(findings.len(), 5);
}

#[test]
fn ct005_fires_on_a_revised_count_the_catalogue_contradicts() {
    let dataset = sg20_with(&[
        (
            CLAIMS,
            "counts: {new_recommendations: 49, revised_recommendations: 2,",
            "counts: {new_recommendations: 50, revised_recommendations: 1,",
        ),
        (
            OUTPUTS,
            "  - number: Y.4463\n",
            "  - number: Y.4463\n    revision: new\n",
        ),
    ]);
    let findings = run(&dataset, "CT005");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert!(findings[0].location.pointer.ends_with("/revision"));
    assert!(
        findings[0]
            .message
            .contains("Y.4463 is recorded as new, but the ITU-T catalogue holds earlier editions (ITU-T Y.4463 (01/2020))"),
        "{}",
        findings[0].message
    );
    assert_eq!(findings[1].location.pointer, "/totals/counts");
    assert!(
        findings[1].message.contains(
            "§3.1 counts 50 new and 1 revised Recommendations; by the ITU-T catalogue's editions, Table 8 has 49 new and 2 revised (Y.4463, Y.4560)"
        ),
        "{}",
        findings[1].message
    );
    assert_eq!(
        findings[0].arguments.get("earlier"),
        Some(&Arg::List(vec![Arg::Text("ITU-T Y.4463 (01/2020)".into())]))
    );
    assert_eq!(
        findings[1].arguments.get("new_count"),
        Some(&Arg::Integer(50))
    );
    assert_eq!(
        findings[1].arguments.get("revised_in_table"),
        Some(&Arg::Integer(2))
    );
    assert_eq!(
        findings[1].arguments.get("revised"),
        Some(&Arg::List(vec![
            Arg::Text("Y.4463".into()),
            Arg::Text("Y.4560".into())
        ]))
    );
}

/// §3.1's 49 new and 2 revised, and §3.2 d)'s 2 revised for Q4/20, are what the catalogue
/// shows: Y.4463 and Y.4560 have editions of 2020.
#[test]
fn ct005_is_quiet_on_sg20_the_counts_agree_with_the_catalogue() {
    assert!(run(&sg20(), "CT005").is_empty());
}

#[test]
fn ct006_fires_on_an_annex_c_entry_of_another_group() {
    let dataset = sg20_with(&[(IN_FORCE, "- H.623\n", "- H.622\n")]);
    let findings = run(&dataset, "CT006");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(IN_FORCE));
    assert!(
        findings[0]
            .message
            .contains("covers Recommendations the ITU-T catalogue assigns today to another group: H.622 (SG21); the catalogue names the group responsible now, so a transfer after WTSA-20 is no defect of this Annex C"),
        "{}",
        findings[0].message
    );
    assert_eq!(
        findings[0].arguments.get("recommendations"),
        Some(&Arg::List(vec![Arg::Text("H.622 (SG21)".into())]))
    );
}

/// Every Recommendation SG20 approved or has under approval, and every one its Annex C covers
/// (F.744 as a single entry, not the SG21 F.744.1–5), is SG20's in the catalogue.
#[test]
fn ct006_is_quiet_on_sg20() {
    assert!(run(&sg20(), "CT006").is_empty());
}

#[test]
fn ct007_fires_on_an_entry_naming_nothing_published() {
    let dataset = sg20_with(&[(IN_FORCE, "- H.642.3\n", "- H.642.7\n")]);
    let findings = run(&dataset, "CT007");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .contains("`H.642.7` in SG20's Annex C (WTSA-20) covers no Recommendation"));
    assert_eq!(findings[0].arguments.get("entry").cloned(), text("H.642.7"));
}

#[test]
fn ct007_is_quiet_on_sg20_every_entry_covers_a_publication() {
    assert!(run(&sg20(), "CT007").is_empty());
}

#[test]
fn ct008_fires_on_a_supplement_to_an_unpublished_parent() {
    let dataset = sg20_with(&[(OUTPUTS, "parent: Y.4600\n", "parent: Y.4699\n")]);
    let findings = run(&dataset, "CT008");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].message.contains(
        "Y Suppl. 73 supplements `Y.4699`, but the ITU-T catalogue has published no Recommendation with that number"
    ));
    assert_eq!(findings[0].arguments.get("parent").cloned(), text("Y.4699"));
}

#[test]
fn ct008_is_quiet_on_sg20_every_parent_is_published() {
    assert!(run(&sg20(), "CT008").is_empty());
}

/// All twelve Recommendations of Table 9 were approved after the report: ten on 2025-01-15
/// and Y.4499 and Y.4506 on 2025-01-22 (checked in the catalogue); Y.4234 gained the number
/// F.742.3.
#[test]
fn ct009_fires_on_sg20_for_every_recommendation_approved_since() {
    let findings = run(&sg20(), "CT009");
    assert_eq!(findings.len(), 12, "{:#?}", describe(&findings));
    assert!(findings
        .iter()
        .all(|f| f.severity == wtsa_rules::Severity::Info));
    let y4234 = findings
        .iter()
        .find(|f| f.message.starts_with("Y.4234 "))
        .unwrap();
    assert!(
        y4234.message.contains(
            "approved on 2025-01-15 as ITU-T Y.4234/F.742.3 (01/2025), now also numbered F.742.3"
        ),
        "{}",
        y4234.message
    );
    assert_eq!(
        y4234.arguments.get("added"),
        Some(&Arg::List(vec![Arg::Text("F.742.3".into())]))
    );
    assert_eq!(y4234.arguments.get("published").cloned(), date(2025, 1, 15));
    let y4499 = findings
        .iter()
        .find(|f| f.message.starts_with("Y.4499 "))
        .unwrap();
    assert!(y4499.message.contains("approved on 2025-01-22"));
}

#[test]
fn ct009_is_quiet_on_a_consent_after_the_published_approval() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "  - number: Y.4499\n    consented_or_determined: \"2024-07-12\"\n",
        "  - number: Y.4499\n    consented_or_determined: \"2025-02-01\"\n",
    )]);
    let findings = run(&dataset, "CT009");
    assert_eq!(findings.len(), 11);
    assert!(findings.iter().all(|f| !f.message.starts_with("Y.4499 ")));
}

/// One fact, one finding: a Table 9 Recommendation that Table 8 also lists as approved is
/// OR012's (the report contradicts itself); CT009 does not report it again as "approved since".
#[test]
fn ct009_leaves_a_recommendation_also_in_table_8_to_or012() {
    // Y.4222, consented 2024-07-12 (Table 9) and approved 2025-01-15 in the catalogue,
    // planted in Table 8 as approved 2024-08-29 (as OR012's firing test does).
    let dataset = sg20_with(&[(OUTPUTS, "  - number: Y.4505\n", "  - number: Y.4222\n")]);
    let both = run_codes(&dataset, &["OR012", "CT009"]);
    let about_y4222: Vec<&str> = both
        .iter()
        .filter(|f| f.message.starts_with("Y.4222 "))
        .map(|f| f.code.as_str())
        .collect();
    assert_eq!(about_y4222, ["OR012"], "{:#?}", describe(&both));
    assert_eq!(run(&dataset, "CT009").len(), 11);
}

// CT010 conversion-not-published

#[test]
fn ct010_fires_on_a_supplement_nobody_published() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "        into: Y Suppl. 58\n",
        "        into: Y Suppl. 580\n",
    )]);
    let findings = run(&dataset, "CT010");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/group_sections/0/conversions/0/into"
    );
    assert_eq!(
        findings[0].message,
        "§3.3.2 says The JCA-IoT and SC&C Roadmap became `Y Suppl. 580`, but neither Table 12 lists it nor has the ITU-T catalogue published it: a Supplement named is one that exists"
    );
    assert_eq!(
        findings[0].arguments.get("into").cloned(),
        text("Y Suppl. 580")
    );
    assert_eq!(
        findings[0].arguments.get("what").cloned(),
        text("The JCA-IoT and SC&C Roadmap")
    );
}

#[test]
fn ct010_is_quiet_on_sg20_and_on_a_supplement_of_table_12() {
    // Y Suppl. 58 is not in Table 12 (agreed in the previous period) but the catalogue has it
    // (12/2019, 05/2021, 09/2025).
    assert!(run(&sg20(), "CT010").is_empty());
    // Y Suppl. 73 is in Table 12.
    let dataset = sg20_with(&[(
        CLAIMS,
        "        into: Y Suppl. 58\n",
        "        into: Y Suppl. 73\n",
    )]);
    assert!(run(&dataset, "CT010").is_empty());
}
