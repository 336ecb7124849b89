//! OR: organisation rules, each with a case that fires and one that stays quiet.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_dataset::EMBEDDED_FILES;
use wtsa_dataset::{Dataset, Limits};
use wtsa_rules::Arg;

/// A text argument.
fn text(text: &str) -> Option<Arg> {
    Some(Arg::Text(text.to_owned()))
}

/// The argument `name` of a finding's message.
fn arg(finding: &wtsa_rules::Finding, name: &str) -> Option<Arg> {
    finding.arguments.get(name).cloned()
}

/// A date argument.
fn date(year: i32, month: u32, day: u32) -> Option<Arg> {
    chrono::NaiveDate::from_ymd_opt(year, month, day).map(Arg::Date)
}

const ORGANISATION: &str = "organisation.yaml";
const PEOPLE: &str = "people.yaml";
const STUDY_GROUP: &str = "study-group.yaml";
const MEETINGS: &str = "meetings.yaml";
const CLAIMS: &str = "report-claims.yaml";
const OUTPUTS: &str = "outputs.yaml";

/// The embedded dataset without the files whose names end with `without`, with edits.
fn sg20_without(without: &str, edits: &[(&str, &str, &str)]) -> Dataset {
    let mut dataset = Dataset::default();
    for (name, text) in EMBEDDED_FILES {
        if name.ends_with(without) {
            continue;
        }
        let mut text = (*text).to_owned();
        for (suffix, from, to) in edits {
            if name.ends_with(suffix) {
                assert_eq!(text.matches(from).count(), 1, "{from:?} in {name}");
                text = text.replacen(from, to, 1);
            }
        }
        dataset
            .add_text(name, text, format_of(name), &Limits::default())
            .unwrap();
    }
    dataset
}

// OR001 question-working-party

#[test]
fn or001_fires_when_table_3_and_table_5_name_different_working_parties() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "    working_party: WP1/20\n    origin: assigned-by-wtsa\n    rapporteurs:\n      - person: gyu-myoung-lee",
        "    working_party: WP2/20\n    origin: assigned-by-wtsa\n    rapporteurs:\n      - person: gyu-myoung-lee",
    )]);
    let findings = run(&dataset, "OR001");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/questions/3/working_party");
    assert_eq!(
        findings[0].message,
        "Table 3 lists Q4/20 under WP1/20, but Table 5 gives it to WP2/20; the two tables must assign the Question to the same Working Party"
    );
    assert_eq!(arg(&findings[0], "question"), text("Q4/20"));
    assert_eq!(arg(&findings[0], "listed_under"), text("WP1/20"));
    assert_eq!(arg(&findings[0], "working_party"), text("WP2/20"));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/working_parties/0/questions/3"
    );
}

#[test]
fn or001_fires_on_a_question_listed_twice_or_not_at_all() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "      - Q6/20\n      - Q7/20\n",
        "      - Q6/20\n      - Q4/20\n",
    )]);
    let findings = run(&dataset, "OR001");
    assert_eq!(findings.len(), 2, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/questions/3/working_party");
    assert!(findings[0]
        .message
        .starts_with("Table 3 lists Q4/20 under 2 Working Parties (WP1/20, WP2/20)"));
    assert_eq!(arg(&findings[0], "count"), Some(Arg::Integer(2)));
    assert_eq!(
        arg(&findings[0], "listed_under"),
        Some(Arg::List(vec![
            Arg::Text("WP1/20".to_owned()),
            Arg::Text("WP2/20".to_owned())
        ]))
    );
    assert_eq!(findings[0].related.len(), 2);
    assert_eq!(findings[1].location.pointer, "/questions/6/working_party");
    assert!(findings[1].message.starts_with(
        "Q7/20 is given to WP2/20 in Table 5, but no Working Party in Table 3 lists it"
    ));
    assert_eq!(
        findings[1].related[0].location.pointer,
        "/working_parties/1/questions"
    );
}

#[test]
fn or001_fires_on_a_question_repeated_in_one_working_party() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "      - Q1/20\n      - Q2/20\n",
        "      - Q1/20\n      - Q1/20\n      - Q2/20\n",
    )]);
    let findings = run(&dataset, "OR001");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.pointer,
        "/working_parties/0/questions/1"
    );
    assert!(findings[0]
        .message
        .contains("lists Q1/20 twice among WP1/20's Questions"));
}

#[test]
fn or001_is_quiet_on_sg20() {
    // WP1/20 lists Q1/20–Q4/20 and WP2/20 lists Q5/20–Q7/20, as Table 5 does.
    assert!(run(&sg20(), "OR001").is_empty());
}

// OR002 question-without-rapporteur

#[test]
fn or002_fires_on_a_question_with_only_associates() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "      - person: jun-seob-lee\n        role: rapporteur",
        "      - person: jun-seob-lee\n        role: associate-rapporteur",
    )]);
    let findings = run(&dataset, "OR002");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/questions/0/rapporteurs");
    assert!(findings[0].message.starts_with(
        "Table 5 names no Rapporteur or co-Rapporteur for Q1/20, only Jun Seob Lee (associate Rapporteur), Martin Brynskov (associate Rapporteur)"
    ));
    assert_eq!(arg(&findings[0], "question"), text("Q1/20"));
    let Some(Arg::List(officers)) = arg(&findings[0], "officers") else {
        panic!("a list of officers");
    };
    assert_eq!(
        officers[..2],
        [
            Arg::Text("Jun Seob Lee (associate Rapporteur)".to_owned()),
            Arg::Text("Martin Brynskov (associate Rapporteur)".to_owned())
        ]
    );
}

#[test]
fn or002_fires_on_a_question_with_nobody() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "    rapporteurs:
      - person: okan-geray
        role: co-rapporteur
        affiliation: Digital Dubai Authority
        country: United Arab Emirates
      - person: keng-li
        role: co-rapporteur
        affiliation: China Information Communication Technologies Group
        country: China
      - person: leonidas-anthopoulos
        role: associate-rapporteur
        affiliation: Ministry of Digital Policy, Telecommunications & Media
        country: Greece
",
        "    rapporteurs: []\n",
    )]);
    let findings = run(&dataset, "OR002");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/questions/6/rapporteurs");
    assert!(findings[0]
        .message
        .starts_with("Table 5 names no Rapporteur for Q7/20"));
}

#[test]
fn or002_is_quiet_on_sg20() {
    // Q1–Q4/20 have a Rapporteur; Q5–Q7/20 two co-Rapporteurs each.
    assert!(run(&sg20(), "OR002").is_empty());
}

// OR003 unknown-reference

#[test]
fn or003_fires_on_each_kind_of_dangling_reference() {
    let dataset = sg20_with(&[
        (STUDY_GROUP, "person: toru-yamada", "person: toru-yamda"),
        (
            ORGANISATION,
            "      - Q7/20\n    officers:",
            "      - Q7/20\n      - Q9/20\n    officers:",
        ),
        (
            ORGANISATION,
            "    working_party: WP1/20\n    origin: assigned-by-wtsa\n    rapporteurs:\n      - person: gyu-myoung-lee",
            "    working_party: WP3/20\n    origin: assigned-by-wtsa\n    rapporteurs:\n      - person: gyu-myoung-lee",
        ),
        (
            MEETINGS,
            "2022-03-24\"}\n    place: E-Meeting\n    questions: [Q1/20]",
            // Q12/13 is another study group's: a joint meeting, not checked.
            "2022-03-24\"}\n    place: E-Meeting\n    questions: [Q1/20, Q8/20, Q12/13]",
        ),
        (MEETINGS, "  - group: SG20RG-AFR\n", "  - group: SG20RG-AFRICA\n"),
        (CLAIMS, "  - question: Q7/20", "  - question: Q17/20"),
        (
            OUTPUTS,
            "in data processing and management aspects\n    question: Q5/20",
            "in data processing and management aspects\n    question: Q50/20",
        ),
    ]);
    let findings = run(&dataset, "OR003");
    let mut by_pointer: Vec<(String, String)> = findings
        .iter()
        .map(|f| (f.location.pointer.clone(), f.message.clone()))
        .collect();
    by_pointer.sort();
    assert_eq!(findings.len(), 7, "{:#?}", describe(&findings));
    let expected = [
        (
            "/approved/0/question",
            "Y.4052 (Table 8) is attributed to Q50/20, which is not one of SG20's Questions (Tables 5–7)",
        ),
        (
            "/group_meetings/7/group",
            "§3.3.4 lists a meeting (2023-06-08, Sharm el-Sheikh) of `SG20RG-AFRICA`, a group neither in Table 4 nor among the groups §2.1.3 enumerates",
        ),
        (
            "/management/vice_chairs/10/person",
            "`toru-yamda`, vice-chair of SG20 (§1.2), is not a person of the people document; every officer must name a recorded person",
        ),
        (
            "/questions/3/working_party",
            "Table 5 gives Q4/20 to WP3/20, which is not one of the Working Parties of Table 3",
        ),
        (
            "/questions/6/question",
            "§3.2 g) summarises the results of Q17/20, which is not one of SG20's Questions (Tables 5–7)",
        ),
        (
            "/rapporteur_meetings/0/questions/1",
            "the Rapporteur-group meeting of 2022-03-23 to 2022-03-24 (Table 2) is held under Q8/20, which is not one of SG20's Questions (Tables 5–7)",
        ),
        (
            "/working_parties/1/questions/3",
            "Table 3 lists Q9/20 under WP2/20, which is not one of SG20's Questions (Tables 5–7)",
        ),
    ];
    for ((pointer, message), (want_pointer, want_message)) in by_pointer.iter().zip(expected) {
        assert_eq!(pointer, want_pointer);
        assert_eq!(message, want_message);
    }
    assert!(findings.iter().all(|f| f.related.len() == 1));
    let attributed = findings
        .iter()
        .find(|f| f.location.pointer == "/approved/0/question")
        .unwrap();
    assert_eq!(arg(attributed, "question"), text("Q50/20"));
    assert_eq!(arg(attributed, "number"), text("Y.4052"));
    assert_eq!(arg(attributed, "study_group"), text("SG20"));
    let meeting = findings
        .iter()
        .find(|f| f.location.pointer == "/group_meetings/7/group")
        .unwrap();
    assert_eq!(arg(meeting, "group"), text("SG20RG-AFRICA"));
    assert_eq!(arg(meeting, "dates"), text("2023-06-08"));
}

#[test]
fn or003_fires_on_an_unknown_rapporteur_and_group_officer() {
    let dataset = sg20_with(&[
        (ORGANISATION, "person: jun-seob-lee", "person: jun-seob-le"),
        (ORGANISATION, "person: bin-yang", "person: yang-bin"),
    ]);
    let findings = run(&dataset, "OR003");
    assert_eq!(
        pointers(&findings),
        [
            "/questions/0/rapporteurs/0/person",
            "/other_groups/6/chairs/1/person"
        ]
    );
    assert!(findings[0]
        .message
        .starts_with("`jun-seob-le`, Rapporteur of Q1/20 (Table 5), is not a person"));
    assert_eq!(arg(&findings[0], "person"), text("jun-seob-le"));
    assert!(findings[1]
        .message
        .starts_with("`yang-bin`, chair of AHG-EEM (Table 4), is not a person"));
}

#[test]
fn or003_skips_people_checks_without_a_people_document() {
    let dataset = sg20_without(
        PEOPLE,
        &[(STUDY_GROUP, "person: toru-yamada", "person: toru-yamda")],
    );
    assert!(run(&dataset, "OR003").is_empty());
}

#[test]
fn or003_skips_question_and_group_checks_without_an_organisation_document() {
    let dataset = sg20_without(
        ORGANISATION,
        &[(
            MEETINGS,
            "  - group: SG20RG-AFR\n",
            "  - group: SG20RG-AFRICA\n",
        )],
    );
    assert!(run(&dataset, "OR003").is_empty());
}

#[test]
fn or003_is_quiet_on_sg20() {
    // Every officer is in people.yaml, every Question is Q1/20–Q7/20, and the JCA-IoT and
    // SC&C meetings resolve to the group §2.1.3 enumerates.
    assert!(run(&sg20(), "OR003").is_empty());
}

// OR004 prose-groups-mismatch

#[test]
fn or004_on_sg20_reports_jca_iot_and_ahg_eem() {
    // Both real: §2.1.3 says "Table 4 lists other groups" and enumerates JCA-IoT and SC&C
    // first, but Table 4 has no row for the JCA (its convener and meetings appear only in
    // §3.3.2); Table 4's last row is AHG-EEM (chairs Chao Ma and Bin Yang), which §2.1.3
    // does not enumerate and no section of §3.3 describes.
    let findings = run(&sg20(), "OR004");
    assert_eq!(
        pointers(&findings),
        ["/other_groups/6/acronym", "/groups_in_prose/0/acronym"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "Table 4 lists AHG-EEM (Ad hoc Group on IoT, digital twins and AI for effective energy management), but §2.1.3, which introduces Table 4 and enumerates its groups, does not name it"
    );
    assert_eq!(arg(&findings[0], "acronym"), text("AHG-EEM"));
    assert_eq!(findings[0].related[0].location.pointer, "/groups_in_prose");
    assert_eq!(
        findings[1].message,
        "§2.1.3 enumerates JCA-IoT and SC&C (Joint Coordination Activity on Internet of things and Smart Cities and Communities; see §3.3.2) among the groups Table 4 lists, but Table 4 has no row for it"
    );
    assert_eq!(findings[1].related[0].location.pointer, "/other_groups");
}

#[test]
fn or004_is_quiet_when_both_lists_name_the_same_groups() {
    let dataset = sg20_with(&[
        (
            ORGANISATION,
            "  - acronym: JCA-IoT and SC&C\n    name: Joint Coordination Activity on Internet of things and Smart Cities and Communities\n    see_section: \"3.3.2\"",
            "  - acronym: AHG-EEM\n    name: Ad hoc Group on IoT, digital twins and AI for effective energy management",
        ),
        // Acronyms compare without regard to case.
        (
            ORGANISATION,
            "  - acronym: SG20RG-AP\n    name: ITU-T SG20 Regional Group for Asia and the Pacific",
            "  - acronym: SG20RG-Ap\n    name: ITU-T SG20 Regional Group for Asia and the Pacific",
        ),
    ]);
    assert!(run(&dataset, "OR004").is_empty());
}

// OR005 possible-duplicate-person

/// The `same_as` link of a person record, as its lines read in `people.yaml`.
fn link(to: &str) -> String {
    format!("    same_as:\n      person: {to}\n")
}

/// `people.yaml` with the `same_as` link of the record `from` removed.
fn unlink(from: &str, to: &str) -> (&'static str, String, String) {
    let text = EMBEDDED_FILES
        .iter()
        .find(|(name, _)| name.ends_with(PEOPLE))
        .unwrap()
        .1;
    let start = text.find(&format!("  - id: {from}\n")).unwrap();
    let at = start + text[start..].find(&link(to)).unwrap();
    let end = at + link(to).len() + text[at + link(to).len()..].find('\n').unwrap() + 1;
    (PEOPLE, text[at..end].to_owned(), String::new())
}

#[test]
fn or005_is_quiet_on_sg20_where_each_pair_is_linked() {
    // The report spells two people two ways each (Abou-Almal/AbouAlmal, Martín/Martin); the
    // curated data links each pair with `same_as`, so the pairs are known: OR010 reports the
    // spellings instead.
    assert!(run(&sg20(), "OR005").is_empty());
}

#[test]
fn or005_reports_a_pair_whose_link_is_removed() {
    // Real pairs of the report once their links are removed: Table 3 writes "Abdulhadi
    // Abou-Almal" (WP2/20 vice-chair, Q6/20 co-Rapporteur) and Table 4 "Abdulhadi AbouAlmal"
    // (SG20RG-ARB vice-chair), both of the United Arab Emirates; Table 4 writes "Juan Pablo
    // Martín" (SG20RG-LATAM chair) and Table 5 "Juan Pablo Martin" (Q2/20 associate
    // Rapporteur), both of Universidad Tecnológica Nacional, Argentina.
    let (file, from, to) = unlink("abdulhadi-aboualmal", "abdulhadi-abou-almal");
    let (file2, from2, to2) = unlink("juan-pablo-martin-2", "juan-pablo-martin");
    let dataset = sg20_with(&[(file, &from, &to), (file2, &from2, &to2)]);
    let findings = run(&dataset, "OR005");
    assert_eq!(
        pointers(&findings),
        ["/people/22/name", "/people/49/name"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "Abdulhadi AbouAlmal (`abdulhadi-aboualmal`, Table 4) and Abdulhadi Abou-Almal (`abdulhadi-abou-almal`, Table 3) differ only in hyphens, spaces or apostrophes: probably one person written two ways; the report should write the name one way"
    );
    assert_eq!(arg(&findings[0], "person"), text("abdulhadi-aboualmal"));
    assert_eq!(
        arg(&findings[0], "first_person"),
        text("abdulhadi-abou-almal")
    );
    assert_eq!(
        arg(&findings[0], "difference"),
        text("hyphens, spaces or apostrophes")
    );
    assert_eq!(findings[0].related[0].location.pointer, "/people/14/name");
    assert!(findings[1].message.starts_with(
        "Juan Pablo Martin (`juan-pablo-martin-2`, Table 5) and Juan Pablo Martín (`juan-pablo-martin`, Table 4) differ only in accents"
    ));
    assert_eq!(findings[1].related[0].location.pointer, "/people/27/name");
}

#[test]
fn or005_fires_on_names_in_another_order() {
    let dataset = sg20_with(&[
        (PEOPLE, "name: Zeqiang Chen", "name: Chen Zhongxin"),
        (PEOPLE, "name: Abdulhadi AbouAlmal", "name: Abdulhadi Almal"),
        (
            PEOPLE,
            "name: Juan Pablo Martin\n",
            "name: Juan Pablo Martinez\n",
        ),
    ]);
    let findings = run(&dataset, "OR005");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .starts_with("Chen Zhongxin (`zeqiang-chen`, Table 5) and Zhongxin Chen (`zhongxin-chen`, Table 4) differ only in the order of the words"));
}

#[test]
fn or005_is_quiet_on_distinct_names_and_different_countries() {
    let dataset = sg20_with(&[
        (PEOPLE, "name: Abdulhadi AbouAlmal", "name: Abdulhadi Almal"),
        // Same spelling but another country: likely another person.
        (
            PEOPLE,
            "name: Juan Pablo Martin\n    honorific: Mr\n    affiliation: Universidad Tecnológica Nacional\n    country: Argentina",
            "name: Juan Pablo Martin\n    honorific: Mr\n    affiliation: Universidad Tecnológica Nacional\n    country: Spain",
        ),
    ]);
    assert!(run(&dataset, "OR005").is_empty());
}

// OR006 stated-organisation-counts

#[test]
fn or006_fires_on_each_stated_count() {
    let dataset = sg20_with(&[
        (
            ORGANISATION,
            "  count: 2\n  as_written: two\n",
            "  count: 3\n  as_written: three\n",
        ),
        (
            ORGANISATION,
            "  count: 7\n  as_written: seven\n",
            "  count: 6\n  as_written: six\n",
        ),
        (
            STUDY_GROUP,
            "    count: 7\n    as_written: seven (7)\n",
            "    count: 8\n    as_written: eight (8)\n",
        ),
        (
            STUDY_GROUP,
            "    - Study of emerging digital technologies, terminology and definitions\n",
            "",
        ),
    ]);
    let findings = run(&dataset, "OR006");
    let mut messages: Vec<(String, String)> = findings
        .iter()
        .map(|f| (f.location.pointer.clone(), f.message.clone()))
        .collect();
    messages.sort();
    assert_eq!(messages.len(), 4, "{:#?}", describe(&findings));
    assert_eq!(
        messages,
        [
            (
                "/questions_assigned/count".to_owned(),
                "§2.2.1 says WTSA assigned six (6) Questions, but Table 5 lists 7 Questions assigned by WTSA".to_owned()
            ),
            (
                "/responsibilities/areas".to_owned(),
                "§1.1 lists 6 areas of study, one per Question entrusted by WTSA-20, but Table 5 lists 7 Questions assigned by WTSA".to_owned()
            ),
            (
                "/responsibilities/questions/count".to_owned(),
                "§1.1 says WTSA-20 entrusted the study group with eight (8) Questions, but Table 5 lists 7 Questions assigned by WTSA".to_owned()
            ),
            (
                "/working_parties_established/count".to_owned(),
                "§2.1.1 says the study group established three (3) Working Parties, but Table 3 lists 2".to_owned()
            ),
        ]
    );
    let at = |pointer: &str| {
        findings
            .iter()
            .find(|f| f.location.pointer == pointer)
            .unwrap()
    };
    let established = at("/working_parties_established/count");
    assert_eq!(arg(established, "as_written"), text("three"));
    assert_eq!(arg(established, "count"), Some(Arg::Integer(3)));
    assert_eq!(arg(established, "listed"), Some(Arg::Integer(2)));
    let entrusted = at("/responsibilities/questions/count");
    assert_eq!(arg(entrusted, "as_written"), text("eight (8)"));
    assert_eq!(arg(entrusted, "count"), None, "the words give the number");
    assert_eq!(arg(entrusted, "entrusted_by"), text("WTSA-20"));
    assert_eq!(
        arg(at("/responsibilities/areas"), "areas"),
        Some(Arg::Integer(6))
    );
}

#[test]
fn or006_counts_only_questions_assigned_by_wtsa() {
    // A Question adopted during the period (Table 6) is not one WTSA assigned.
    let dataset = sg20_with(&[(
        ORGANISATION,
        "    working_party: WP2/20\n    origin: assigned-by-wtsa\n    rapporteurs:\n      - person: okan-geray",
        "    working_party: WP2/20\n    origin: adopted-in-period\n    rapporteurs:\n      - person: okan-geray",
    )]);
    let findings = run(&dataset, "OR006");
    assert_eq!(
        pointers(&findings),
        [
            "/questions_assigned/count",
            "/responsibilities/questions/count",
            "/responsibilities/areas"
        ],
        "{:#?}",
        describe(&findings)
    );
}

#[test]
fn or006_is_quiet_on_sg20() {
    // Two Working Parties (§2.1.1, Table 3); seven Questions (§1.1, §2.2.1, Table 5); seven
    // areas in §1.1.
    assert!(run(&sg20(), "OR006").is_empty());
}

// OR007 duplicate-identifier

#[test]
fn or007_fires_on_each_kind_of_duplicate() {
    let dataset = sg20_with(&[
        (PEOPLE, "  - id: bin-yang\n", "  - id: chao-ma\n"),
        (ORGANISATION, "  - id: Q4/20\n", "  - id: Q3/20\n"),
        (ORGANISATION, "  - id: WP2/20\n", "  - id: WP1/20\n"),
        (OUTPUTS, "number: Y.4216\n", "number: Y.4052\n"),
        (OUTPUTS, "number: Y.4229\n", "number: Y.4222/Y.2070\n"),
        (OUTPUTS, "number: Y Suppl. 76\n", "number: Y Suppl. 73\n"),
        (OUTPUTS, "id: YSTR.P2P-CC\n", "id: YSTR-BP-DTw\n"),
    ]);
    let findings = run(&dataset, "OR007");
    let mut found: Vec<String> = pointers(&findings);
    found.sort();
    assert_eq!(
        found,
        [
            "/approved/1/number",
            "/people/42/id",
            "/questions/3/id",
            "/supplements/1/number",
            "/technical_reports/3/id",
            "/under_approval/1/number",
            "/working_parties/1/id",
        ],
        "{:#?}",
        describe(&findings)
    );
    let message = |pointer: &str| {
        findings
            .iter()
            .find(|f| f.location.pointer == pointer)
            .unwrap()
            .message
            .clone()
    };
    assert_eq!(
        message("/approved/1/number"),
        "Y.4052 (Table 8, approved 2022-08-29) repeats Y.4052, already used by Y.4052 (Table 8, approved 2022-08-29): each approved Recommendation is listed once under one identifier"
    );
    let approved = findings
        .iter()
        .find(|f| f.location.pointer == "/approved/1/number")
        .unwrap();
    assert_eq!(
        arg(approved, "numbers"),
        Some(Arg::List(vec![Arg::Text("Y.4052".to_owned())]))
    );
    assert_eq!(arg(approved, "approved"), date(2022, 8, 29));
    let person = findings
        .iter()
        .find(|f| f.location.pointer == "/people/42/id")
        .unwrap();
    assert_eq!(
        arg(person, "person"),
        Some(Arg::List(vec![Arg::Text("chao-ma".to_owned())]))
    );
    assert!(message("/under_approval/1/number")
        .starts_with("Y.4222/Y.2070 (Table 9, consented or determined 2024-07-12) repeats Y.4222"));
    assert!(message("/technical_reports/3/id").starts_with("YSTR-BP-DTw (Table 14"));
    assert!(message("/technical_reports/3/id").contains("repeats YSTR.BP-DTw"));
    assert!(message("/people/42/id").starts_with(
        "the record of Bin Yang (first named in Table 4) repeats the person key `chao-ma`, already used by the record of Chao Ma"
    ));
    assert!(findings.iter().all(|f| f.related.len() == 1));
}

#[test]
fn or007_is_quiet_on_a_version_superseded_within_the_period() {
    let dataset = sg20_with(&[
        (
            OUTPUTS,
            "number: Y.4052\n    approved: \"2022-08-29\"\n    status: in-force",
            "number: Y.4052\n    approved: \"2022-08-29\"\n    status: superseded",
        ),
        (OUTPUTS, "number: Y.4218\n", "number: Y.4052\n"),
    ]);
    assert!(run(&dataset, "OR007").is_empty());
}

#[test]
fn or007_is_quiet_on_sg20() {
    assert!(run(&sg20(), "OR007").is_empty());
}

// OR008 officer-inactive-whole-period

#[test]
fn or008_is_quiet_on_sg20_where_both_notes_are_read_as_terms_of_office() {
    // Table 4 notes "Inactive: Vice-chair from March 2017 to July 2024" (Khaled Al-Azemi,
    // SG20RG-ARB) and "Inactive: Vice-chair from July 2022 to June 2024" (Marco Baten,
    // SG20RG-LATAM). The data reads the months as terms of office (March 2017: the Dubai
    // meeting that created SG20RG-ARB; July 2022: the first plenary of the period), so no
    // office is said to have gone unexercised.
    assert!(run(&sg20(), "OR008").is_empty());
    let organisation = sg20();
    let text = organisation
        .files
        .iter()
        .find(|f| f.path.ends_with(ORGANISATION))
        .map(|f| f.text().to_owned())
        .unwrap();
    assert_eq!(text.matches("reading: term-of-office").count(), 2);
}

#[test]
fn or008_fires_on_a_note_read_as_inactivity_for_the_whole_period() {
    // Al-Azemi's note read as a period of inactivity: March 2017 to July 2024 spans the whole
    // period, from the end of WTSA-20 to the last plenary (Geneva, 1–12 July 2024).
    let dataset = sg20_with(&[(
        ORGANISATION,
        "          reading: term-of-office\n          from: \"2017-03\"",
        "          reading: inactivity-period\n          from: \"2017-03\"",
    )]);
    let findings = run(&dataset, "OR008");
    assert_eq!(
        pointers(&findings),
        ["/other_groups/1/vice_chairs/2/inactive"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "Khaled Al-Azemi, vice-chair of SG20RG-ARB (Table 4), is recorded \u{201c}Inactive: Vice-chair from March 2017 to July 2024\u{201d}, read as inactive from 2017-03 to 2024-07, which covers the whole 2022-2024 study period as the report records it, from 2022-03-09 (end of WTSA-20) to 2024-07-12 (end of the last plenary, Geneva, Table 1): the office was held without being exercised in the period"
    );
    assert_eq!(arg(&findings[0], "from"), text("2017-03"));
    assert_eq!(arg(&findings[0], "start"), date(2022, 3, 9));
    assert_eq!(arg(&findings[0], "end"), date(2024, 7, 12));
    assert_eq!(arg(&findings[0], "opened_by"), text("WTSA-20"));
    assert_eq!(arg(&findings[0], "study_period"), text("2022-2024"));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/plenaries/3/dates"
    );
}

#[test]
fn or008_stays_quiet_on_a_partial_inactivity() {
    // Baten's note read as inactivity: July 2022 to June 2024 leaves both ends of the period.
    let dataset = sg20_with(&[(
        ORGANISATION,
        "          reading: term-of-office\n          from: \"2022-07\"",
        "          reading: inactivity-period\n          from: \"2022-07\"",
    )]);
    assert!(run(&dataset, "OR008").is_empty());
}

#[test]
fn or008_uses_the_period_end_without_plenaries() {
    // Without a meetings document the record runs to the eve of WTSA-24: July 2024 falls short.
    let dataset = sg20_without(MEETINGS, &[]);
    assert!(run(&dataset, "OR008").is_empty());
}

#[test]
fn or009_fires_on_a_second_document_of_one_kind_for_one_period() {
    let copy = wtsa_dataset::EMBEDDED_FILES
        .iter()
        .find(|(name, _)| name.ends_with("outputs.yaml"))
        .map(|(_, text)| (*text).to_owned())
        .unwrap();
    let dataset = sg20_with_extra(&[], &[("sg20/2022-2024/outputs-copy.yaml", &copy)]);
    let findings = run(&dataset, "OR009");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(
        findings[0].location.file,
        "sg20/2022-2024/outputs-copy.yaml"
    );
    assert_eq!(findings[0].location.pointer, "/kind");
    assert!(findings[0]
        .message
        .starts_with("a second `outputs` document for SG20 2022-2024"));
    assert_eq!(arg(&findings[0], "kind"), text("outputs"));
    assert_eq!(arg(&findings[0], "study_group"), text("SG20"));
    assert!(findings[0].related[0]
        .location
        .file
        .ends_with("/outputs.yaml"));
}

#[test]
fn or009_is_quiet_with_one_document_of_each_kind() {
    assert!(run(&sg20(), "OR009").is_empty());
}

// OR010 linked-person-spelling

#[test]
fn or010_on_sg20_reports_the_three_linked_spellings() {
    // Real, each checked against the report: "Harin Grewal" (Table 3, WP2/20 co-chair) and
    // "Harinderpal Singh Grewal" (§1.2, vice-chair), both of Singapore; "Abdulhadi AbouAlmal"
    // (Table 4) and "Abdulhadi Abou-Almal" (Table 3); "Juan Pablo Martin" (Table 5) and "Juan
    // Pablo Martín" (Table 4). The curated data links each pair (`same_as`); the report still
    // writes each name two ways.
    let findings = run(&sg20(), "OR010");
    let ids: Vec<&str> = findings
        .iter()
        .map(|f| f.message.split('`').nth(1).unwrap())
        .collect();
    assert_eq!(
        ids,
        ["harin-grewal", "abdulhadi-aboualmal", "juan-pablo-martin-2"],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings
        .iter()
        .all(|f| f.severity == wtsa_rules::Severity::Info));
    assert!(findings[1].message.starts_with(
        "Table 4 names `abdulhadi-aboualmal` “Abdulhadi AbouAlmal” and Table 3 names the same person “Abdulhadi Abou-Almal”: one person's name is written two ways (linked as one person: The same given name"
    ));
    assert_eq!(findings[1].location.pointer, "/people/22/name");
    assert_eq!(arg(&findings[1], "person"), text("abdulhadi-aboualmal"));
    assert_eq!(
        arg(&findings[1], "linked_name"),
        text("Abdulhadi Abou-Almal")
    );
    assert_eq!(findings[1].related[0].location.pointer, "/people/14/name");
}

#[test]
fn or010_is_quiet_when_a_linked_record_writes_the_name_the_same_way() {
    let dataset = sg20_with(&[
        (
            PEOPLE,
            "name: Harin Grewal\n",
            "name: Harinderpal Singh Grewal\n",
        ),
        (
            PEOPLE,
            "name: Abdulhadi AbouAlmal\n",
            "name: Abdulhadi Abou-Almal\n",
        ),
        (
            PEOPLE,
            "name: Juan Pablo Martin\n",
            "name: Juan Pablo Martín\n",
        ),
    ]);
    assert!(run(&dataset, "OR010").is_empty());
}

#[test]
fn or003_reports_a_link_to_an_unknown_person() {
    let dataset = sg20_with(&[(
        PEOPLE,
        "      person: harinderpal-singh-grewal\n      reason:",
        "      person: harinderpal-grewal\n      reason:",
    )]);
    let findings = run(&dataset, "OR003");
    assert_eq!(
        pointers(&findings),
        ["/people/13/same_as/person"],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings[0]
        .message
        .contains("not a person of the people document"));
    assert_eq!(arg(&findings[0], "linked"), text("harinderpal-grewal"));
}

// OR011 officer-listed-twice

#[test]
fn or011_fires_on_a_rapporteur_who_is_also_an_associate_of_the_same_question() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "      - person: xueqin-jia\n",
        "      - person: marco-carugi\n",
    )]);
    let findings = run(&dataset, "OR011");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .location
        .pointer
        .starts_with("/questions/1/rapporteurs/"));
    assert!(findings[0].location.pointer.ends_with("/person"));
    assert_eq!(
        findings[0].message,
        "Marco Carugi is listed as Rapporteur of Q2/20 (Table 5) and as associate Rapporteur of Q2/20 (Table 5): one person holds one office in a group"
    );
    assert_eq!(arg(&findings[0], "person"), text("Marco Carugi"));
    assert_eq!(
        arg(&findings[0], "first_office"),
        text("Rapporteur of Q2/20 (Table 5)")
    );
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/questions/1/rapporteurs/0/person"
    );
}

#[test]
fn or011_counts_a_linked_spelling_as_the_same_person() {
    // AbouAlmal is linked to Abou-Almal: listed as another SG20RG-ARB vice-chair under the
    // other key, it is the same person listed twice.
    let dataset = sg20_with(&[(
        ORGANISATION,
        "      - person: rana-alsaqabi\n",
        "      - person: abdulhadi-abou-almal\n",
    )]);
    let findings = run(&dataset, "OR011");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .message
        .contains("is listed twice as vice-chair of SG20RG-ARB"));
}

#[test]
fn or011_is_quiet_on_sg20() {
    // People hold offices in several groups (Ramy Ahmed Fathy: SG20 vice-chair, WP1/20
    // co-chair, FG-AI4A chair; Chao Ma: SG20RG-AP vice-chair, AHG-EEM chair), never two in one.
    let findings = run(&sg20(), "OR011");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

// OR012 approved-and-under-approval

#[test]
fn or012_fires_on_a_recommendation_in_tables_8_and_9() {
    // Y.4222, consented 2024-07-12 (Table 9), planted in Table 8 as approved 2024-08-29.
    let dataset = sg20_with(&[(OUTPUTS, "  - number: Y.4505\n", "  - number: Y.4222\n")]);
    let findings = run(&dataset, "OR012");
    assert_eq!(
        pointers(&findings),
        ["/under_approval/0/number"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "Y.4222 is listed under approval in Table 9 (consented or determined 2024-07-12) and as approved in Table 8 (approved 2024-08-29): a version under approval is not yet approved"
    );
    assert_eq!(arg(&findings[0], "number"), text("Y.4222"));
    assert_eq!(
        arg(&findings[0], "consented_or_determined"),
        date(2024, 7, 12)
    );
    assert_eq!(arg(&findings[0], "approved"), date(2024, 8, 29));
    assert!(findings[0].related[0]
        .location
        .pointer
        .starts_with("/approved/"));
}

#[test]
fn or012_is_quiet_on_sg20() {
    assert!(run(&sg20(), "OR012").is_empty());
}

// OR013 irregular-designation

#[test]
fn or013_on_sg20_reports_ystr_iadiot() {
    // Real: Table 14 and §3.2 f) write "YSTR-IADIoT" where every other Technical Report of
    // the table has a dot after "YSTR" (YSTR.P2P-CC, YSTR.HTSA-overview …).
    let findings = run(&sg20(), "OR013");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(OUTPUTS));
    assert_eq!(
        findings[0].message,
        "`YSTR-IADIoT` (Table 14) is written with a hyphen where its series puts a dot (`YSTR.IADIoT`); kept as written, as the publication's name"
    );
    assert_eq!(arg(&findings[0], "id"), text("YSTR-IADIoT"));
    assert_eq!(arg(&findings[0], "regular"), text("YSTR.IADIoT"));
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/questions/5/outputs/1/designation"
    );
}

#[test]
fn or013_is_quiet_on_the_regular_form() {
    let dataset = sg20_with(&[
        (OUTPUTS, "  - id: YSTR-IADIoT\n", "  - id: YSTR.IADIoT\n"),
        (CLAIMS, "ITU-T YSTR-IADIoT", "ITU-T YSTR.IADIoT"),
    ]);
    assert!(run(&dataset, "OR013").is_empty());
}

// OR014 affiliation-differs

#[test]
fn or014_on_sg20_reports_the_two_names_of_one_ministry() {
    // Real, checked against the report: Table 3 gives Mr Achime Malick Ndiaye, WP1/20
    // co-chair, as of the "Ministère de la Communication, des Télécommunications, des Postes
    // et de l'Economie numérique, Senegal" and Table 4, SG20RG-AFR vice-chair, as of the
    // "Ministère de l'Economie numérique et des Télécommunications, Senegal" (§1.2 gives only
    // "Senegal"). Neither is a shortening of the other. Every other person's affiliation and
    // country is written the same way, or shortened, wherever the report gives it.
    let findings = run(&sg20(), "OR014");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    let finding = &findings[0];
    assert_eq!(finding.severity, wtsa_rules::Severity::Info);
    assert!(finding.location.file.ends_with(ORGANISATION));
    assert!(
        finding.location.pointer.starts_with("/other_groups/")
            && finding.location.pointer.ends_with("/affiliation"),
        "{}",
        finding.location.pointer
    );
    assert_eq!(
        finding.message,
        "Achime Malick Ndiaye's affiliation is “Ministère de l'Economie numérique et des Télécommunications” as vice-chair of SG20RG-AFR (Table 4) but “Ministère de la Communication, des Télécommunications, des Postes et de l'Economie numérique” as co-chair of WP1/20 (Table 3): one person's affiliation is written two ways that are not shortenings of one another"
    );
    assert_eq!(
        finding.related[0].location.pointer,
        "/working_parties/0/officers/1/affiliation"
    );
    assert_eq!(arg(finding, "person"), text("Achime Malick Ndiaye"));
    assert_eq!(
        arg(finding, "value"),
        text("Ministère de l'Economie numérique et des Télécommunications")
    );
    assert_eq!(
        arg(finding, "place"),
        text("as vice-chair of SG20RG-AFR (Table 4)")
    );
}

#[test]
fn or014_fires_on_a_country_written_otherwise() {
    let dataset = sg20_with(&[(
        ORGANISATION,
        "        role: chair\n        affiliation: National Telecommunication Regulatory Authority (NTRA)\n        country: Egypt\n      - person: sebastian-bosse",
        "        role: chair\n        affiliation: National Telecommunication Regulatory Authority (NTRA)\n        country: Morocco\n      - person: sebastian-bosse",
    )]);
    let findings = run(&dataset, "OR014");
    let countries: Vec<&String> = findings
        .iter()
        .map(|f| &f.message)
        .filter(|m| m.contains("country"))
        .collect();
    assert_eq!(countries.len(), 1, "{:#?}", describe(&findings));
    assert!(countries[0].starts_with(
        "Ramy Ahmed Fathy's country is “Morocco” as chair of FG-AI4A (Table 4) but “Egypt” as vice-chair of SG20 (§1.2)"
    ));
}

#[test]
fn or014_is_quiet_on_a_shortening_and_on_an_acronym() {
    // Table 4's FG-AI4A row shortened to the acronym, and Ms Shane He's "Nokia Corporation"
    // shortened to "Nokia": a shortening, not another affiliation.
    let dataset = sg20_with(&[
        (
            ORGANISATION,
            "        role: chair\n        affiliation: National Telecommunication Regulatory Authority (NTRA)\n        country: Egypt\n      - person: sebastian-bosse",
            "        role: chair\n        affiliation: NTRA\n        country: Egypt\n      - person: sebastian-bosse",
        ),
        (
            ORGANISATION,
            "        affiliation: Nokia Corporation\n",
            "        affiliation: Nokia\n",
        ),
    ]);
    let findings = run(&dataset, "OR014");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].message.starts_with("Achime Malick Ndiaye's"));
}

#[test]
fn or014_compares_the_records_a_curator_linked_as_one_person() {
    // "Harin Grewal" (Table 3) is linked to "Harinderpal Singh Grewal" (§1.2, Singapore):
    // planted with another country in Table 3, the two records disagree.
    let dataset = sg20_with(&[(
        ORGANISATION,
        "        affiliation: InfoComm Media Development Authority\n        country: Singapore\n",
        "        affiliation: InfoComm Media Development Authority\n        country: Malaysia\n",
    )]);
    let findings = run(&dataset, "OR014");
    let countries: Vec<&String> = findings
        .iter()
        .map(|f| &f.message)
        .filter(|m| m.contains("'s country"))
        .collect();
    assert_eq!(countries.len(), 1, "{:#?}", describe(&findings));
    assert!(countries[0].starts_with(
        "Harinderpal Singh Grewal's country is “Malaysia” as co-chair of WP2/20 (Table 3) but “Singapore” as vice-chair of SG20 (§1.2)"
    ), "{}", countries[0]);
}
