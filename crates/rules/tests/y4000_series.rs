//! YS: Y.4000-series rules, each with a case that fires and one that stays quiet, and the
//! findings on the real SG20 data with why each is true.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_rules::Arg;

fn text(value: &str) -> Option<Arg> {
    Some(Arg::Text(value.to_owned()))
}

const IN_FORCE: &str = "resolution2-wtsa-20.yaml";
const OUTPUTS: &str = "outputs.yaml";

#[test]
fn ys001_on_sg20_reports_the_eight_titles_of_other_sub_series() {
    let findings = run(&sg20(), "YS001");
    // Each finding is a true statement: the title contains the quoted words of another
    // sub-series and none of the keywords of the sub-series the number is in.
    assert_eq!(
        pointers(&findings),
        [
            // Y.4495 "Requirements and a reference model of data for smart greenhouse
            // service": in Frameworks, architectures and protocols (Y.4400–Y.4549), but the
            // title names requirements and a service; a "reference model" is no framework,
            // architecture or protocol by name.
            "/approved/28/number",
            // Y.4500.3 "oneM2M – Security solutions": in the frameworks sub-series (the
            // oneM2M block Y.4500.x), but its subject is security, which has Y.4800–Y.4899.
            "/approved/31/number",
            // Y.4600 "Requirements and capabilities of a digital twin system for smart
            // cities": in Services, applications, computation and data processing, but a
            // requirements Recommendation by its title.
            "/approved/38/number",
            // Y.4601 "Requirements and capability framework of a digital twin for smart
            // firefighting": the same sub-series; requirements and a framework.
            "/approved/39/number",
            // Y.4603 "Requirements and functional model to support data quality management
            // in Internet of things": requirements, and management (Y.4700–Y.4799).
            "/approved/41/number",
            // Y.4607 "Requirements for the interworking of autonomous urban delivery
            // robots": requirements only.
            "/approved/45/number",
            // Y.4222 (Table 9) "Framework of smart evacuation in a disaster or emergency in
            // smart cities and communities": in Requirements and use cases, but a framework.
            "/under_approval/0/number",
            // Y.4233 (Table 9) "Framework for smart public health emergency management in
            // smart and sustainable cities": a framework, and management.
            "/under_approval/5/number",
        ],
        "{:#?}",
        describe(&findings)
    );
    let y4601 = &findings[3];
    assert!(y4601.message.starts_with(
        "Y.4601 is in 'Services, applications, computation and data processing' (Y.4550\u{2013}Y.4699) but its title speaks of 'Requirements and use cases' (Y.4100\u{2013}Y.4249) (\"Requirements\") and 'Frameworks, architectures and protocols' (Y.4400\u{2013}Y.4549) (\"framework\")"
    ));
    assert_eq!(y4601.related[0].location.pointer, "/approved/39/title");
    assert_eq!(y4601.arguments.get("number").cloned(), text("Y.4601"));
    assert_eq!(
        y4601.arguments.get("sub_series").cloned(),
        text("Services, applications, computation and data processing")
    );
    assert_eq!(
        y4601.arguments.get("range").cloned(),
        text("Y.4550\u{2013}Y.4699")
    );
    assert!(findings.iter().all(|f| f.severity.as_str() == "info"));
}

#[test]
fn ys001_fires_on_a_framework_title_among_requirements() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "title: Requirements of sensing and data collection system for city infrastructures\n",
        "title: Framework of sensing and data collection system for city infrastructures\n",
    )]);
    let findings = run(&dataset, "YS001");
    assert_eq!(findings.len(), 9, "{:#?}", describe(&findings));
    let y4216 = findings
        .iter()
        .find(|f| f.location.pointer == "/approved/1/number")
        .unwrap();
    assert!(y4216.message.starts_with(
        "Y.4216 is in 'Requirements and use cases' (Y.4100\u{2013}Y.4249) but its title speaks of 'Infrastructure, connectivity and networks' (Y.4250\u{2013}Y.4399) (\"infrastructures\") and 'Frameworks, architectures and protocols' (Y.4400\u{2013}Y.4549) (\"Framework\")"
    ));
}

#[test]
fn ys001_names_the_y4000_number_of_a_double_number() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4222\n", "number: Y.2067/Y.4222\n")]);
    let findings = run(&dataset, "YS001");
    assert_eq!(findings.len(), 8, "{:#?}", describe(&findings));
    assert!(findings[6]
        .message
        .starts_with("Y.4222 (of Y.2067/Y.4222) is in 'Requirements and use cases'"));
    assert_eq!(
        findings[6].arguments.get("designation").cloned(),
        text("Y.2067/Y.4222")
    );
}

#[test]
fn ys001_is_quiet_when_the_title_speaks_of_its_own_sub_series_too() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "title: Requirements and capability framework of a digital twin for smart firefighting\n",
        "title: Requirements and service framework of a digital twin for smart firefighting\n",
    )]);
    let findings = run(&dataset, "YS001");
    assert_eq!(findings.len(), 7, "{:#?}", describe(&findings));
    assert!(!pointers(&findings).contains(&"/approved/39/number".to_owned()));
}

#[test]
fn ys001_is_quiet_in_the_general_sub_series_and_on_titles_without_keywords() {
    // Y.4052's vocabulary title moved to General (which has no keywords); Y.4600's title
    // made to speak of nothing the table knows.
    let dataset = sg20_with(&[
        (OUTPUTS, "number: Y.4052\n", "number: Y.4001\n"),
        (
            OUTPUTS,
            "title: Requirements and capabilities of a digital twin system for smart cities\n",
            "title: A digital twin system for smart cities\n",
        ),
    ]);
    let findings = run(&dataset, "YS001");
    assert_eq!(findings.len(), 7, "{:#?}", describe(&findings));
    assert!(!pointers(&findings).contains(&"/approved/0/number".to_owned()));
    assert!(!pointers(&findings).contains(&"/approved/38/number".to_owned()));
}

#[test]
fn ys002_on_sg20_reports_y4500_3_of_the_security_question() {
    let findings = run(&sg20(), "YS002");
    // Y.4500.3 "oneM2M – Security solutions" is Q6/20's ("Security, privacy, trust and
    // identification for IoT and SC&C", Table 5) and numbered in Frameworks, architectures
    // and protocols (Y.4400–Y.4549), not in Identification and security (Y.4800–Y.4899):
    // true. Every other Recommendation of the terminology and evaluation Questions (Q5/20:
    // Y.4052; Q7/20: Y.4909, Y.4910) is in the sub-series its Question signals.
    assert_eq!(
        pointers(&findings),
        ["/approved/31/question"],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings[0].message.starts_with(
        "Y.4500.3 is in 'Frameworks, architectures and protocols' (Y.4400\u{2013}Y.4549) but its Question, Q6/20 \"Security, privacy, trust and identification for IoT and SC&C\", studies 'Identification and security' (Y.4800\u{2013}Y.4899)"
    ));
    assert!(findings[0].related[0]
        .location
        .file
        .ends_with("organisation.yaml"));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/questions/5/title"
    );
    assert_eq!(
        findings[0].arguments.get("question").cloned(),
        text("Q6/20")
    );
    assert_eq!(
        findings[0].arguments.get("number").cloned(),
        text("Y.4500.3")
    );
}

#[test]
fn ys002_fires_on_a_requirements_recommendation_of_the_evaluation_question() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "title: Requirements of sensing and data collection system for city infrastructures\n    question: Q1/20\n",
        "title: Requirements of sensing and data collection system for city infrastructures\n    question: Q7/20\n",
    )]);
    let findings = run(&dataset, "YS002");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/approved/1/question");
    assert!(findings[0]
        .message
        .contains("studies 'Evaluation and assessment' (Y.4900\u{2013}Y.4999)"));
}

#[test]
fn ys002_is_quiet_when_the_number_is_in_the_signalled_sub_series() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4500.3\n", "number: Y.4810\n")]);
    assert!(run(&dataset, "YS002").is_empty());
}

#[test]
fn ys003_fires_on_a_recommendation_without_a_y4000_number() {
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4052\n", "number: Y.2067\n")]);
    let findings = run(&dataset, "YS003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/approved/0/number");
    assert!(findings[0]
        .message
        .starts_with("Y.2067 was approved by SG20 under no Y.4000-series number"));
    assert_eq!(findings[0].related[0].location.pointer, "/annex_c/notes");
    assert_eq!(
        findings[0].arguments.get("designation").cloned(),
        text("Y.2067")
    );
    assert_eq!(
        findings[0].arguments.get("stage").cloned(),
        text("approved")
    );
}

#[test]
fn ys003_is_quiet_on_sg20_and_on_double_numbers() {
    // Every Recommendation of SG20's Tables 8 and 9 has a Y.4000-series number.
    assert!(run(&sg20(), "YS003").is_empty());
    let dataset = sg20_with(&[(OUTPUTS, "number: Y.4052\n", "number: Y.2067/Y.4052\n")]);
    assert!(run(&dataset, "YS003").is_empty());
}

#[test]
fn ys003_is_quiet_when_annex_c_does_not_hold_the_y4000_series() {
    let dataset = sg20_with(&[
        (OUTPUTS, "number: Y.4052\n", "number: Y.2067\n"),
        (
            IN_FORCE,
            "    - - Y.4000-series\n",
            "    - - Y.4000 – Y.4999\n",
        ),
    ]);
    assert!(run(&dataset, "YS003").is_empty());
}
