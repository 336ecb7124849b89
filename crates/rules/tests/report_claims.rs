//! RC: the report's claims (§1.2, §3.1, §3.2, §3.3) against its tables, each rule with a case
//! that fires and one that stays quiet.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_rules::Arg;

fn text(text: &str) -> Option<Arg> {
    Some(Arg::Text(text.to_owned()))
}

fn integer(number: i64) -> Option<Arg> {
    Some(Arg::Integer(number))
}

const CLAIMS: &str = "report-claims.yaml";
const OUTPUTS: &str = "outputs.yaml";
const MEETINGS: &str = "meetings.yaml";
const ORGANISATION_FILE: &str = "organisation.yaml";

const TOTALS: &str = "counts: {new_recommendations: 49, revised_recommendations: 2, supplements: 6, technical_papers: 1, technical_reports: 5}";

// RC001 totals-mismatch

#[test]
fn rc001_fires_when_a_total_disagrees_with_its_table_and_the_questions() {
    let dataset = sg20_with(&[(
        CLAIMS,
        TOTALS,
        "counts: {new_recommendations: 49, revised_recommendations: 2, supplements: 7, technical_papers: 1, technical_reports: 5}",
    )]);
    let findings = run(&dataset, "RC001");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert!(findings
        .iter()
        .all(|f| f.location.pointer == "/totals/counts/supplements"));
    let messages: Vec<&str> = findings.iter().map(|f| f.message.as_str()).collect();
    assert!(messages.contains(
        &"§3.1 claims 7 Supplements but Table 12 lists 6; the totals of §3.1 must count the outputs the tables of Annex 1 list"
    ));
    let sum = findings
        .iter()
        .find(|f| f.message.contains("Question summaries"))
        .unwrap();
    assert!(sum.message.contains(
        "§3.1 claims 7 Supplements but the Question summaries of §3.2 add up to 6 (Q2/20 1, Q4/20 2, Q5/20 1, Q7/20 2)"
    ));
    // One related location per Question that claims Supplements.
    assert_eq!(sum.related.len(), 4);
    assert_eq!(
        sum.related[0].location.pointer,
        "/questions/1/counts/supplements"
    );
    let table = findings
        .iter()
        .find(|f| f.message.contains("Table 12"))
        .unwrap();
    assert_eq!(table.related[0].location.pointer, "/supplements");
    assert_eq!(table.arguments.get("claimed").cloned(), integer(7));
    assert_eq!(table.arguments.get("listed").cloned(), integer(6));
    assert_eq!(table.arguments.get("table").cloned(), text("Table 12"));
    assert_eq!(
        sum.arguments.get("contributions").cloned(),
        Some(Arg::List(
            ["Q2/20 1", "Q4/20 2", "Q5/20 1", "Q7/20 2"]
                .iter()
                .map(|c| Arg::Text((*c).to_owned()))
                .collect()
        ))
    );
    assert!(table.related[0].location.file.ends_with(OUTPUTS));
}

#[test]
fn rc001_compares_new_and_revised_recommendations_with_table_8() {
    let dataset = sg20_with(&[(
        CLAIMS,
        TOTALS,
        "counts: {new_recommendations: 48, revised_recommendations: 2, supplements: 6, technical_papers: 1, technical_reports: 5}",
    )]);
    let findings = run(&dataset, "RC001");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/totals/counts");
    assert!(findings[0].message.starts_with(
        "§3.1 claims 48 new and 2 revised Recommendations (50 in all) but Table 8 lists 51 approved Recommendations"
    ));
    assert_eq!(
        findings[1].location.pointer,
        "/totals/counts/new_recommendations"
    );
    assert!(findings[1].message.contains(
        "add up to 49 (Q1/20 8, Q2/20 15, Q3/20 12, Q4/20 10, Q5/20 1, Q6/20 1, Q7/20 2)"
    ));
}

#[test]
fn rc001_fires_when_a_table_loses_an_output() {
    let dataset = sg20_with(&[(
        OUTPUTS,
        "technical_papers:\n  - id: YSTP.AIoT\n    agreed: \"2023-09-20\"\n    status: new\n    title: Challenges of and Guidelines to Standardization on Artificial Intelligence of Things\n    source: Table 13\n",
        "technical_papers: []\n",
    )]);
    let findings = run(&dataset, "RC001");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/totals/counts/technical_papers"
    );
    assert!(findings[0]
        .message
        .starts_with("§3.1 claims 1 Technical Paper but Table 13 lists 0"));
}

#[test]
fn rc001_is_quiet_on_sg20() {
    // §3.1: 49 new and 2 revised Recommendations, six Supplements, one Technical Paper and
    // five Technical Reports; Tables 8, 12, 13 and 14 list 51, 6, 1 and 5, and the seven
    // Question summaries add up to the same figures.
    assert!(run(&sg20(), "RC001").is_empty());
}

// RC002 question-claim-counts

#[test]
fn rc002_fires_when_a_question_claims_more_than_it_lists() {
    let dataset = sg20_with(&[
        (
            CLAIMS,
            "counts: {new_recommendations: 1, supplements: 1, technical_reports: 1}",
            "counts: {new_recommendations: 1, supplements: 2, technical_reports: 1}",
        ),
        (
            CLAIMS,
            "counts: {new_recommendations: 8, technical_reports: 1}",
            "counts: {new_recommendations: 9, technical_reports: 1}",
        ),
    ]);
    let findings = run(&dataset, "RC002");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/questions/0/counts");
    assert!(findings[0].message.starts_with(
        "Q1/20 (§3.2 a)) claims 9 new Recommendations (“eight new Recommendations and one new Technical Report”) but lists 8: Y.4216, Y.4224"
    ));
    assert_eq!(
        findings[1].location.pointer,
        "/questions/4/counts/supplements"
    );
    assert!(findings[1]
        .message
        .contains("Q5/20 (§3.2 e)) claims 2 Supplements"));
    assert!(findings[1].message.contains("but lists 1: Y Suppl. 77;"));
    assert_eq!(
        findings[1].arguments.get("question").cloned(),
        text("Q5/20")
    );
    assert_eq!(findings[1].arguments.get("claimed").cloned(), integer(2));
    assert_eq!(
        findings[1].arguments.get("listed").cloned(),
        text("Y Suppl. 77")
    );
    assert_eq!(
        findings[1].related[0].location.pointer,
        "/questions/4/outputs"
    );
}

#[test]
fn rc002_fires_when_a_claimed_kind_is_not_listed_at_all() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "counts: {new_recommendations: 12}",
        "counts: {new_recommendations: 12, technical_papers: 1}",
    )]);
    let findings = run(&dataset, "RC002");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/questions/2/counts/technical_papers"
    );
    assert!(findings[0].message.contains(
        "Q3/20 (§3.2 c)) claims 1 Technical Paper (“12 new Recommendations”) but lists none"
    ));
}

#[test]
fn rc002_is_quiet_on_sg20() {
    // Each of the seven summaries lists exactly the outputs its sentence counts.
    assert!(run(&sg20(), "RC002").is_empty());
}

// RC003 output-attribution

#[test]
fn rc003_fires_on_an_output_no_question_lists() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "      - designation: ITU-T Y.4216\n        title: Requirements of sensing and data collection system for city infrastructure\n",
        "",
    )]);
    let findings = run(&dataset, "RC003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(OUTPUTS));
    assert_eq!(findings[0].location.pointer, "/approved/1/number");
    assert!(findings[0].message.starts_with(
        "Y.4216 (Table 8) is not attributed to any Question: no summary of §3.2 lists it (the outputs record from Table 8 gives `question: Q1/20`)"
    ));
    assert_eq!(findings[0].related[0].location.pointer, "/questions");
    assert_eq!(
        findings[0].related[1].location.pointer,
        "/approved/1/question"
    );
}

#[test]
fn rc003_fires_on_an_output_two_questions_list() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "      - designation: ITU-T Y.4463\n",
        "      - designation: ITU-T Y.4224\n        title: Requirements for digital twin federation in smart cities and communities\n      - designation: ITU-T Y.4463\n",
    )]);
    let findings = run(&dataset, "RC003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/approved/8/number");
    assert!(findings[0]
        .message
        .starts_with("Y.4224 (Table 8) is attributed to Q1/20 and Q4/20 in §3.2"));
    assert_eq!(findings[0].arguments.get("output").cloned(), text("Y.4224"));
    assert_eq!(
        findings[0].arguments.get("questions"),
        Some(&Arg::List(vec![Arg::Text("Q1/20".to_owned())]))
    );
    assert_eq!(findings[0].arguments.get("last").cloned(), text("Q4/20"));
    let related: Vec<&str> = findings[0]
        .related
        .iter()
        .map(|r| r.location.pointer.as_str())
        .collect();
    assert_eq!(
        related,
        [
            "/questions/0/outputs/1/designation",
            "/questions/3/outputs/0/designation",
            "/approved/8/question"
        ]
    );
}

#[test]
fn rc003_fires_on_a_listed_output_no_table_gives() {
    let dataset = sg20_with(&[
        (
            CLAIMS,
            "      - designation: ITU-T Y.4217\n",
            "      - designation: ITU-T Y.4299\n        title: A Recommendation nobody approved\n      - designation: ITU-T Y.4217\n",
        ),
        (
            CLAIMS,
            "      - designation: ITU-T YSTR.HTSA-overview\n",
            "      - designation: ITU-T YSTP.HTSA-overview\n",
        ),
    ]);
    let findings = run(&dataset, "RC003");
    assert_eq!(findings.len(), 3, "{:#?}", describe(&findings));
    // Findings come in file order: outputs.yaml first.
    // The Technical Report Table 14 gives is then listed by no Question.
    assert_eq!(findings[0].location.pointer, "/technical_reports/2/id");
    assert!(findings[0]
        .message
        .starts_with("YSTR.HTSA-overview (Table 14) is not attributed to any Question"));
    assert_eq!(
        findings[1].location.pointer,
        "/questions/1/outputs/0/designation"
    );
    assert!(findings[1]
        .message
        .starts_with("Q2/20 (§3.2 b)) lists Y.4299, which Tables 8 and 9 of Annex 1 do not give"));
    assert_eq!(findings[1].related[0].location.pointer, "/approved");
    assert_eq!(
        findings[2].location.pointer,
        "/questions/6/outputs/4/designation"
    );
    assert!(findings[2]
        .message
        .contains("lists YSTP.HTSA-overview, which Tables 13 and 14 of Annex 1 do not give"));
}

#[test]
fn rc003_accepts_a_listed_recommendation_of_table_9() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "      - designation: ITU-T Y.4217\n",
        "      - designation: ITU-T Y.4222\n        title: Framework of smart evacuation in a disaster or emergency in smart cities and communities\n      - designation: ITU-T Y.4217\n",
    )]);
    assert!(run(&dataset, "RC003").is_empty());
}

#[test]
fn rc003_fires_when_table_8_records_another_question() {
    let dataset = sg20_with(&[(OUTPUTS, "    question: Q5/20\n", "    question: Q2/20\n")]);
    let findings = run(&dataset, "RC003");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/approved/0/question");
    assert!(findings[0]
        .message
        .starts_with("Table 8 records Y.4052 under Q2/20 but §3.2 lists it under Q5/20"));
    assert_eq!(
        findings[0].arguments.get("recorded").cloned(),
        text("Q2/20")
    );
    assert_eq!(findings[0].arguments.get("listed").cloned(), text("Q5/20"));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/questions/4/outputs/0/designation"
    );
}

#[test]
fn rc003_attributes_an_output_the_tables_give_twice_by_its_first_row() {
    // YSTR-IADIoT given a second time at the end of Table 14 and listed once, under Q6/20:
    // both rows are the one output §3.2 attributes, so neither is unattributed. (That the
    // tables give an output twice is OR007's finding, not this rule's.)
    let dataset = sg20_with(&[(
        OUTPUTS,
        "    title: Intelligent Anomaly Detection System for IoT\n    source: Table 14\n",
        "    title: Intelligent Anomaly Detection System for IoT\n    source: Table 14\n  - id: YSTR-IADIoT\n    agreed: \"2024-07-12\"\n    status: new\n    title: Intelligent Anomaly Detection System for IoT\n    source: Table 14\n",
    )]);
    let findings = run(&dataset, "RC003");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

#[test]
fn rc003_is_quiet_on_sg20() {
    // The 51 Recommendations of Table 8, six Supplements, one Technical Paper and five
    // Technical Reports are each listed by exactly one Question, every listed output is in
    // the tables, and Table 8's Questions agree with §3.2.
    assert!(run(&sg20(), "RC003").is_empty());
}

// RC004 title-mismatch

#[test]
fn rc004_on_sg20_reports_the_five_titles_section_3_2_words_differently() {
    let findings = run(&sg20(), "RC004");
    assert_eq!(findings.len(), 5, "{:#?}", describe(&findings));
    let found: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f.location.pointer.as_str(),
                f.related[0].location.pointer.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            // Y.4216: §3.2 a) "… for city infrastructure", Table 8 "… for city
            // infrastructures" (source lines 641 and 1076): singular against plural.
            ("/questions/0/outputs/0/title", "/approved/1/title"),
            // Y.4221: §3.2 b) "… monitoring system", Table 8 "… monitoring systems".
            ("/questions/1/outputs/4/title", "/approved/6/title"),
            // Y.4490: §3.2 b) "Framework of monitoring of water system for smart fire
            // protection", Table 8 "Framework of water supply system monitoring for smart
            // fire protection": a different wording, not a spelling variant.
            ("/questions/1/outputs/11/title", "/approved/23/title"),
            // Y.4606: Table 8 has "of the data management system", §3.2 d) drops "the".
            ("/questions/3/outputs/11/title", "/approved/44/title"),
            // Y Suppl. 78: §3.2 g) "… SSC solutions based on ITU-T Y.4900 Recommendation
            // Series", Table 12 "… smart sustainable city solutions based on ITU-T Y.4900
            // Recommendations series": "Recommendation" against "Recommendations" (and the
            // abbreviation, which written out reads "cities" against "city").
            ("/questions/6/outputs/3/title", "/supplements/3/title"),
        ]
    );
    assert!(findings.iter().all(|f| f.location.file.ends_with(CLAIMS)));
    assert!(findings[0].message.starts_with(
        "Y.4216's title in §3.2 a) (Q1/20) “Requirements of sensing and data collection system for city infrastructure” differs from Table 8 “Requirements of sensing and data collection system for city infrastructures” (“infrastructure” where Table 8 has “infrastructures”)"
    ));
    assert!(findings[2].message.contains(
        "(“monitoring of water system” where Table 8 has “water supply system monitoring”)"
    ));
    assert!(findings[3]
        .message
        .contains("(nothing where Table 8 has “the”)"));
    assert_eq!(findings[3].arguments.get("output").cloned(), text("Y.4606"));
    assert_eq!(findings[3].arguments.get("table").cloned(), text("Table 8"));
    assert!(findings[4].message.contains(
        "“SSC” where Table 12 has “smart sustainable city”; “Recommendation” where Table 12 has “Recommendations”"
    ));
}

#[test]
fn rc004_fires_on_a_word_changed_for_one_as_long() {
    // Table 14's title with "assessment" for "evaluation": the same length, another title.
    let dataset = sg20_with(&[(
        OUTPUTS,
        "title: Overview of ICT based highway traffic safety assessment",
        "title: Overview of ICT based highway traffic safety evaluation",
    )]);
    let findings = run(&dataset, "RC004");
    let found: Vec<_> = findings
        .iter()
        .filter(|f| f.message.starts_with("YSTR.HTSA-overview"))
        .collect();
    assert_eq!(found.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(found[0].location.pointer, "/questions/6/outputs/4/title");
    assert!(found[0]
        .message
        .contains("(“assessment” where Table 14 has “evaluation”)"));
    assert_eq!(
        found[0].related[0].location.pointer,
        "/technical_reports/2/title"
    );
}

#[test]
fn rc004_fires_when_supplement_lead_ins_name_different_parents() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "title: ITU-T Y.4600 - Concept and use cases",
        "title: ITU-T Y.4601 - Concept and use cases",
    )]);
    let findings: Vec<_> = run(&dataset, "RC004")
        .into_iter()
        .filter(|f| f.message.starts_with("Y Suppl. 73"))
        .collect();
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/questions/6/outputs/2/title");
    assert!(findings[0]
        .message
        .contains("starts “ITU-T Y.4601” but Table 12 starts it “ITU-T Y.4600”"));
    assert_eq!(
        findings[0].arguments.get("our_parent").cloned(),
        text("Y.4601")
    );
    assert_eq!(
        findings[0].arguments.get("their_parent").cloned(),
        text("Y.4600")
    );
}

#[test]
fn rc004_points_at_the_title_of_a_table_9_row() {
    // Y.4229 is the second Recommendation of Table 9 (row 1 of `under_approval`): the table
    // title a finding points at is that row's, counted within Table 9.
    let dataset = sg20_with(&[(
        CLAIMS,
        "      - designation: ITU-T Y.4217\n",
        "      - designation: ITU-T Y.4229\n        title: Smart forest firefighting\n      - designation: ITU-T Y.4217\n",
    )]);
    let findings: Vec<_> = run(&dataset, "RC004")
        .into_iter()
        .filter(|f| f.message.starts_with("Y.4229"))
        .collect();
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].message.contains("differs from Table 9"));
    let table_title: Vec<&str> = findings[0]
        .related
        .iter()
        .map(|r| r.location.pointer.as_str())
        .collect();
    assert_eq!(table_title, ["/under_approval/1/title"]);
}

#[test]
fn rc004_is_quiet_when_the_titles_agree() {
    // The five titles quoted as the tables give them; the other differences of SG20's §3.2
    // (IoT against Internet of things, middle-platform against middle platform, case, the
    // Supplement lead-ins "ITU-T Y.4600 - " and "ITU-T Y.4051 – ") do not count.
    let dataset = sg20_with(&[
        (
            CLAIMS,
            "data collection system for city infrastructure\n",
            "data collection system for city infrastructures\n",
        ),
        (
            CLAIMS,
            "electric power infrastructure monitoring system\n",
            "electric power infrastructure monitoring systems\n",
        ),
        (
            CLAIMS,
            "Framework of monitoring of water system for smart fire protection",
            "Framework of water supply system monitoring for smart fire protection",
        ),
        (
            CLAIMS,
            "functional model of data management system",
            "functional model of the data management system",
        ),
        (
            CLAIMS,
            "Use Cases on implemented or evaluated SSC solutions based on ITU-T Y.4900 Recommendation Series",
            "Use cases on implemented or evaluated SSC&C solutions based on ITU-T Y.4900 Recommendations series",
        ),
        (
            OUTPUTS,
            "evaluated smart sustainable city solutions",
            "evaluated smart sustainable cities and communities solutions",
        ),
    ]);
    let findings = run(&dataset, "RC004");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

// RC005 meeting-count-claims

#[test]
fn rc005_fires_when_the_prose_counts_other_meetings_than_listed() {
    let dataset = sg20_with(&[
        (
            CLAIMS,
            "  count: 4\n  as_written: four times\n",
            "  count: 5\n  as_written: five times\n",
        ),
        (
            CLAIMS,
            "    count: 4\n    as_written: four (4)\n",
            "    count: 3\n    as_written: three (3)\n",
        ),
    ]);
    let findings = run(&dataset, "RC005");
    // SG20RG-LATAM's count is inferred from a narration, not stated: RC006's, not RC005's.
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/plenary_meetings/count");
    assert!(findings[0].message.starts_with(
        "§1.2 says SG20 met in plenary 5 times (“five times”) but Table 1 lists 4 plenary meetings"
    ));
    assert!(findings[0].related[0].location.file.ends_with(MEETINGS));
    assert_eq!(findings[0].related[0].location.pointer, "/plenaries");
    assert_eq!(
        findings[1].location.pointer,
        "/group_meeting_counts/0/count"
    );
    assert!(findings[1].message.starts_with(
        "§3.3.2 says JCA-IoT and SC&C held 3 meetings (“three (3)”) but the report lists 4 meetings of JCA-IoT and SC&C"
    ));
    assert_eq!(findings[1].related.len(), 4);
    assert_eq!(findings[1].related[3].location.pointer, "/group_meetings/3");
    assert_eq!(findings[0].arguments.get("count").cloned(), integer(5));
    assert_eq!(findings[0].arguments.get("listed").cloned(), integer(4));
    assert_eq!(
        findings[1].arguments.get("group").cloned(),
        text("JCA-IoT and SC&C")
    );
    assert_eq!(
        findings[1].arguments.get("as_written").cloned(),
        text("three (3)")
    );
}

#[test]
fn rc005_is_quiet_on_sg20_where_every_stated_count_matches() {
    // The plenaries ("four times", 4 in Table 1) and the JCA ("four (4)", 4 listed) agree;
    // the regional groups' counts are not stated but inferred from a narration (RC006).
    assert!(run(&sg20(), "RC005").is_empty());
}

#[test]
fn rc005_is_quiet_when_every_count_matches_its_table() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "    count: 4\n    as_written: four (4)\n",
        "    count: 4\n    as_written: four\n",
    )]);
    assert!(run(&dataset, "RC005").is_empty());
}

// RC006 narrated-meeting-count

#[test]
fn rc006_on_sg20_reports_the_latam_narration() {
    // §3.3.3 tells of two SG20RG-LATAM meetings ("Its first meeting was held in Cartagena de
    // Indias … Its second meeting was held in San Salvador …") but its table lists three: the
    // third, "Virtual, 13-14 October 2020" (SG20RG-LATAM-R3), is in the table only. The report
    // states no number: the count 2 is inferred from the narration, so the finding is
    // informational and says so. The other regional groups' narrations agree with their lists.
    let findings = run(&sg20(), "RC006");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/group_meeting_counts/1/count"
    );
    assert_eq!(findings[0].severity, wtsa_rules::Severity::Info);
    assert!(findings[0].message.starts_with(
        "§3.3.3 narrates 2 meetings of SG20RG-LATAM (“Its first meeting … Its second meeting …”) but lists 3; the report states no number — 2 is inferred from the narration"
    ));
    assert_eq!(findings[0].related.len(), 3);
    assert!(findings[0].related[0].location.file.ends_with(MEETINGS));
    assert_eq!(findings[0].arguments.get("count").cloned(), integer(2));
    assert_eq!(findings[0].arguments.get("listed").cloned(), integer(3));
    assert_eq!(
        findings[0].arguments.get("group").cloned(),
        text("SG20RG-LATAM")
    );
}

#[test]
fn rc006_is_quiet_when_the_narration_covers_the_list() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "    count: 2\n    basis: inferred\n    as_written: Its first meeting … Its second meeting …\n    source: §3.3.3",
        "    count: 3\n    basis: inferred\n    as_written: Its first meeting … Its second meeting …\n    source: §3.3.3",
    )]);
    assert!(run(&dataset, "RC006").is_empty());
}

#[test]
fn a_stated_count_is_rc005s_and_an_inferred_one_rc006s() {
    // The same LATAM count marked as stated moves from RC006 (info) to RC005 (warning).
    let dataset = sg20_with(&[(
        CLAIMS,
        "    count: 2\n    basis: inferred\n    as_written: Its first meeting … Its second meeting …\n    source: §3.3.3",
        "    count: 2\n    as_written: two\n    source: §3.3.3",
    )]);
    assert!(run(&dataset, "RC006").is_empty());
    let findings = run(&dataset, "RC005");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .starts_with("§3.3.3 says SG20RG-LATAM held 2 meetings (“two”)"));
}

// RC007 counted-list-mismatch

#[test]
fn rc007_on_sg20_reports_the_u4ssc_supporters() {
    // §3.4.1: U4SSC is "supported by 19 United Nations Agencies and Programmes (CBD, ECLAC,
    // FAO, UNDESA, UNESCO, UNDP, UNECA, UN-Women, UNEP, UNEP-FI, UNFCCC, UNIDO, UNOP, UNU
    // EGOV, UNWTO and WMO)": sixteen named. A real inconsistency of the report.
    let findings = run(&sg20(), "RC007");
    assert_eq!(
        pointers(&findings),
        ["/counted_lists/0/count"],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings[0].location.file.ends_with("activities.yaml"));
    assert!(findings[0].message.starts_with(
        "§3.4.1 counts 19 United Nations Agencies and Programmes supporting U4SSC but names 16 (CBD, ECLAC,"
    ));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/counted_lists/0/items"
    );
    assert_eq!(findings[0].arguments.get("count").cloned(), integer(19));
    assert_eq!(findings[0].arguments.get("named").cloned(), integer(16));
    let Some(Arg::List(items)) = findings[0].arguments.get("items") else {
        panic!("the items named, as a list");
    };
    assert_eq!(items.len(), 16);
    assert_eq!(items[0], Arg::Text("CBD".to_owned()));
}

#[test]
fn rc007_is_quiet_when_the_count_matches() {
    let dataset = sg20_with(&[("activities.yaml", "    count: 19\n", "    count: 16\n")]);
    assert!(run(&dataset, "RC007").is_empty());
}

// RC008 group-name-mismatch

#[test]
fn rc008_on_sg20_reports_the_groups_named_two_ways() {
    // Real, each checked against the report: Table 4 names SG20RG-AFR "Study Group 20 Regional
    // Group for Africa" where §2.1.3 and §3.3.4 write "… for the Africa Region"; SG20RG-AP is
    // "ITU-T SG20 Regional Group for Asia Pacific" in Table 4 and "… for Asia and the Pacific"
    // in §2.1.3 and §3.3.7; SG20RG-LATAM is "Study Group 20 Regional Group for Latin America"
    // in Table 4 and "… for the Latin America Region" in §2.1.3 and §3.3.3. The JCA ("JCA on
    // …" in §3.3.2, "Joint Coordination Activity on …" in §2.1.3), SG20RG-ARB, SG20RG-EECAT
    // and FG-AI4A are named alike.
    let findings = run(&sg20(), "RC008");
    let mut groups: Vec<&str> = findings
        .iter()
        .map(|f| f.message.split(' ').next().unwrap())
        .collect();
    groups.sort_unstable();
    assert_eq!(
        groups,
        ["SG20RG-AFR", "SG20RG-AP", "SG20RG-LATAM"],
        "{:#?}",
        describe(&findings)
    );
    let ap = findings
        .iter()
        .find(|f| f.message.starts_with("SG20RG-AP "))
        .unwrap();
    assert!(ap.message.starts_with(
        "SG20RG-AP is the “ITU-T SG20 Regional Group for Asia Pacific” in Table 4 but the “ITU-T SG20 Regional Group for Asia and the Pacific” in §2.1.3 and the “Regional Group for Asia and the Pacific” in the heading of §3.3.7"
    ));
    let related: Vec<&str> = ap
        .related
        .iter()
        .map(|r| r.location.pointer.as_str())
        .collect();
    assert_eq!(
        related,
        ["/groups_in_prose/5/name", "/group_sections/5/name"]
    );
    assert_eq!(ap.arguments.get("group").cloned(), text("SG20RG-AP"));
    assert_eq!(
        ap.arguments.get("name").cloned(),
        text("ITU-T SG20 Regional Group for Asia Pacific")
    );
    assert_eq!(
        ap.arguments.get("third_place").cloned(),
        text("the heading of §3.3.7")
    );
}

#[test]
fn rc008_is_quiet_when_the_names_agree() {
    let dataset = sg20_with(&[
        (
            ORGANISATION_FILE,
            "    name: Study Group 20 Regional Group for Africa\n",
            "    name: Study Group 20 Regional Group for the Africa Region\n",
        ),
        (
            ORGANISATION_FILE,
            "    name: ITU-T SG20 Regional Group for Asia Pacific\n",
            "    name: ITU-T SG20 Regional Group for Asia and the Pacific\n",
        ),
        (
            ORGANISATION_FILE,
            "    name: Study Group 20 Regional Group for Latin America\n",
            "    name: Study Group 20 Regional Group for the Latin America Region\n",
        ),
    ]);
    assert!(run(&dataset, "RC008").is_empty());
}

// RC009 question-title-mismatch

#[test]
fn rc009_fires_when_a_heading_retitles_a_question() {
    let dataset = sg20_with(&[(
        CLAIMS,
        "    title: Interoperability and interworking of IoT and SC&C applications and services\n",
        "    title: Interoperability of IoT and SC&C applications\n",
    )]);
    let findings = run(&dataset, "RC009");
    assert_eq!(
        pointers(&findings),
        ["/questions/0/title"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "§3.2 a) heads Q1/20 “Interoperability of IoT and SC&C applications” but Table 5 titles it “Interoperability and interworking of IoT and SC&C applications and services”: one Question, two titles"
    );
    assert_eq!(
        findings[0].arguments.get("question").cloned(),
        text("Q1/20")
    );
    assert_eq!(
        findings[0].arguments.get("heading").cloned(),
        text("Interoperability of IoT and SC&C applications")
    );
    assert!(findings[0].related[0]
        .location
        .file
        .ends_with(ORGANISATION_FILE));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/questions/0/title"
    );
}

#[test]
fn rc009_is_quiet_on_sg20() {
    // The seven headings of §3.2 repeat Table 5's titles exactly.
    assert!(run(&sg20(), "RC009").is_empty());
}

// RC010 web-page-address

#[test]
fn rc010_fires_on_each_kind_of_broken_address() {
    let dataset = sg20_with(&[
        (
            CLAIMS,
            "webpage: https://itu.int/en/ITU-T/jca/iot\n",
            "webpage: http://itu.int/en/ITU-T/jca/iot\n",
        ),
        (
            "activities.yaml",
            "url: https://u4ssc.itu.int/publications/\n",
            "url: https://u4ssc.itu.int/publications/.\n",
        ),
        (
            "activities.yaml",
            "url: https://itu.int/cities/dt-digest/\n",
            "url: itu.int/cities/dt-digest/\n",
        ),
    ]);
    let findings = run(&dataset, "RC010");
    assert_eq!(
        pointers(&findings),
        [
            "/web_pages/1/url",
            "/web_pages/3/url",
            "/group_sections/0/webpage"
        ],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[2].message,
        "the address of JCA-IoT and SC&C's web page (§3.3.2), `http://itu.int/en/ITU-T/jca/iot`, is not one a browser opens: it is an `http://` address; ITU serves its pages over `https://`"
    );
    assert_eq!(
        findings[2].arguments.get("group").cloned(),
        text("JCA-IoT and SC&C")
    );
    assert_eq!(
        findings[2].arguments.get("url").cloned(),
        text("http://itu.int/en/ITU-T/jca/iot")
    );
    assert!(findings[0]
        .message
        .ends_with("it ends with the sentence's punctuation"));
    assert!(findings[1]
        .message
        .ends_with("it has no scheme (`https://`): it is not a link"));
}

#[test]
fn rc010_is_quiet_on_sg20() {
    // The report prints every address with https:// (§3.3.2–§3.3.7, §3.4); the data keeps
    // them without the sentence's full stop.
    let findings = run(&sg20(), "RC010");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}
