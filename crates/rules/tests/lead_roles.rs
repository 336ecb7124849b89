//! LR: lead study-group roles (Resolution 2, Annex A) against the mandate and the report,
//! each rule with a case that fires and one that stays quiet.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_rules::Arg;

fn text(value: &str) -> Option<Arg> {
    Some(Arg::Text(value.to_owned()))
}

const CLAIMS: &str = "report-claims.yaml";
const IN_FORCE: &str = "resolution2-wtsa-20.yaml";

// LR001 lead-roles-performed

#[test]
fn lr001_fires_on_a_role_reported_in_other_words() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "    - Lead study group on smart cities and communities and related digital services\n",
        "    - Lead study group on smart sustainable cities and communities\n",
    )]);
    let findings = run(&dataset, "LR001");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert!(findings.iter().all(|f| f.location.file.ends_with(CLAIMS)));
    let extra = findings
        .iter()
        .find(|f| f.location.pointer == "/lead_roles_performed/roles/1")
        .unwrap();
    assert!(extra.message.starts_with(
        "§3.3.1 reports “Lead study group on smart sustainable cities and communities” as a lead role SG20 performed, but Annex A (WTSA-20) assigns it no such role"
    ));
    assert!(extra.related[0].location.file.ends_with(IN_FORCE));
    assert_eq!(
        extra.arguments.get("role").cloned(),
        text("Lead study group on smart sustainable cities and communities")
    );
    assert_eq!(extra.arguments.get("section").cloned(), text("§3.3.1"));
    assert_eq!(extra.related[0].location.pointer, "/lead_roles");
    let missing = findings
        .iter()
        .find(|f| f.location.pointer == "/lead_roles_performed/roles")
        .unwrap();
    assert!(missing.message.starts_with(
        "Annex A (WTSA-20) assigns SG20 “Lead study group on smart cities and communities and related digital services” but §3.3.1 does not report it"
    ));
    assert_eq!(missing.related[0].location.pointer, "/lead_roles/1");
}

#[test]
fn lr001_fires_on_another_assigning_edition() {
    let dataset = sg20_with(&[(CLAIMS, "assigned_by: WTSA-20", "assigned_by: WTSA-16")]);
    let findings = run(&dataset, "LR001");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/lead_roles_performed/assigned_by"
    );
    assert!(findings[0].message.starts_with(
        "§3.3.1 says the lead roles were assigned by WTSA-16 but the Resolution 2 entry in force for 2022-2024 is WTSA-20's"
    ));
    assert_eq!(findings[0].related[0].location.pointer, "/edition");
    assert_eq!(
        findings[0].arguments.get("assigned_by").cloned(),
        text("WTSA-16")
    );
}

#[test]
fn lr001_ignores_case() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "    - Lead study group on Internet of things and its applications\n",
        "    - Lead Study Group on Internet of Things and its Applications\n",
    )]);
    assert!(run(&dataset, "LR001").is_empty());
}

#[test]
fn lr001_is_quiet_on_sg20() {
    // §3.3.1 reports the four roles of Annex A (WTSA-20) word for word.
    assert!(run(&sg20(), "LR001").is_empty());
}

// LR002 lead-role-not-covered

#[test]
fn lr002_on_sg20_reports_the_digital_health_role() {
    let findings = run(&sg20(), "LR002");
    // Real gap: WTSA-20 made SG20 "Lead study group on digital health related to Internet
    // of things and smart cities and communities", but neither its title, its mandate nor
    // any of its nineteen points of guidance mentions health (the other subject words,
    // digital, Internet of things, smart cities and communities, all appear). The three
    // other roles are covered: "Internet of things and its applications" (mandate), "smart
    // cities and communities and related digital services" ("digital services for SC&C" in
    // the mandate), "Internet of things identification" ("identification aspects of IoT and
    // SC&C" in the guidance). The proposed WTSA-24 entry is not checked by this rule.
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(IN_FORCE));
    assert_eq!(findings[0].location.pointer, "/lead_roles/3");
    assert!(findings[0].message.starts_with(
        "SG20's lead role “Lead study group on digital health related to Internet of things and smart cities and communities” (WTSA-20) is not covered by its title, mandate or points of guidance: the subject word “health” does not appear in any of them"
    ));
    let related: Vec<&str> = findings[0]
        .related
        .iter()
        .map(|r| r.location.pointer.as_str())
        .collect();
    assert_eq!(related, ["/mandate", "/guidance"]);
    assert_eq!(findings[0].arguments.get("word").cloned(), text("health"));
}

#[test]
fn lr002_lists_every_missing_word() {
    let dataset = sg20_with(&[(
        IN_FORCE,
        "  - Lead study group for Internet of things identification\n",
        "  - Lead study group for Internet of things identification\n  - Lead study group on quantum key distribution\n",
    )]);
    let findings = run(&dataset, "LR002");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    // The new role comes before the digital-health one, now /lead_roles/4.
    assert_eq!(findings[0].location.pointer, "/lead_roles/3");
    assert_eq!(findings[1].location.pointer, "/lead_roles/4");
    assert!(findings[0].message.contains(
        "the subject words “quantum”, “key” and “distribution” do not appear in any of them"
    ));
}

#[test]
fn lr002_is_quiet_when_the_mandate_names_the_subject() {
    let dataset = sg20_with(&[(
        IN_FORCE,
        "digital services for SC&C,",
        "digital services and digital health for SC&C,",
    )]);
    let findings = run(&dataset, "LR002");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

// LR003 lead-activity-reports-missing

const REPORTS: &str = "lead_activity_reports:
  - document: TSAG-TD39
    place: Geneva
    dates: {start: \"2022-12-12\", end: \"2022-12-16\"}
    source: §3.3.1
  - document: TSAG-TD207
    place: Geneva
    dates: {start: \"2023-05-30\", end: \"2023-06-02\"}
    source: §3.3.1
  - document: TSAG-TD341
    place: Geneva
    dates: {start: \"2024-01-22\", end: \"2024-01-26\"}
    source: §3.3.1
  - document: TSAG-TD542
    place: Geneva
    dates: {start: \"2024-07-29\", end: \"2024-08-02\"}
    source: §3.3.1
";

#[test]
fn lr003_fires_when_no_activity_report_is_listed() {
    let dataset = sg20_with(&[(CLAIMS, REPORTS, "lead_activity_reports: []\n")]);
    let findings = run(&dataset, "LR003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/lead_activity_reports");
    assert!(findings[0].message.starts_with(
        "Annex A (WTSA-20) assigns SG20 4 lead roles but the report lists no lead-study-group activity report to TSAG for 2022-2024"
    ));
    assert!(findings[0].related[0].location.file.ends_with(IN_FORCE));
    assert_eq!(findings[0].related[0].location.pointer, "/lead_roles");
    assert_eq!(findings[0].arguments.get("count"), Some(&Arg::Integer(4)));
}

#[test]
fn lr003_fires_on_a_report_to_a_tsag_meeting_outside_the_period() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "dates: {start: \"2024-07-29\", end: \"2024-08-02\"}",
        "dates: {start: \"2024-10-07\", end: \"2024-10-18\"}",
    )]);
    let findings = run(&dataset, "LR003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/lead_activity_reports/3/dates"
    );
    assert!(findings[0].message.starts_with(
        "TSAG-TD542 went to the TSAG meeting of 2024-10-07 to 2024-10-18 (Geneva), outside the 2022-2024 study period (2022-03-09 to 2024-10-14)"
    ));
    assert_eq!(
        findings[0].arguments.get("start"),
        Some(&Arg::Date(
            chrono::NaiveDate::from_ymd_opt(2024, 10, 7).unwrap()
        ))
    );
    assert_eq!(
        findings[0].arguments.get("document").cloned(),
        text("TSAG-TD542")
    );
}

#[test]
fn lr003_is_quiet_on_sg20() {
    // Four activity reports, TSAG-TD39 (December 2022) to TSAG-TD542 (July–August 2024), all
    // within 9 March 2022 – 14 October 2024.
    assert!(run(&sg20(), "LR003").is_empty());
}

// LR004 title-differs-from-entry-in-force

#[test]
fn lr004_fires_on_the_proposed_title_given_as_the_title_in_force() {
    let dataset = sg20_with(&[(
        "study-group.yaml",
        "title: Internet of things (IoT) and smart cities and communities\n",
        "title: Internet of things (IoT), digital twins and smart sustainable cities and communities (SSC&C)\n",
    )]);
    let findings = run(&dataset, "LR004");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/title");
    assert_eq!(
        findings[0].message,
        "the report titles SG20 “Internet of things (IoT), digital twins and smart sustainable cities and communities (SSC&C)”, but the Resolution 2 entry in force (WTSA-20, §1.1) titles it “Internet of things (IoT) and smart cities and communities”: the title is the one WTSA gave"
    );
    assert_eq!(
        findings[0].arguments.get("title_in_force").cloned(),
        text("Internet of things (IoT) and smart cities and communities")
    );
    assert!(findings[0].related[0].location.file.ends_with(IN_FORCE));
}

#[test]
fn lr004_is_quiet_on_sg20_and_on_an_export_artefact() {
    assert!(run(&sg20(), "LR004").is_empty());
    // A no-break space is RP008's to report, not a different title.
    let dataset = sg20_with(&[(
        "study-group.yaml",
        "title: Internet of things (IoT) and smart cities and communities\n",
        "title: Internet of things (IoT) and smart\u{a0}cities and communities\n",
    )]);
    assert!(run(&dataset, "LR004").is_empty());
}
