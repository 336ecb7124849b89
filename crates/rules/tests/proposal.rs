//! RP: rules on a proposed Resolution 2 entry, each with a case that fires and one that stays
//! quiet, and, for the rules that fire on SG20's proposal for WTSA-24, the exact findings with
//! why each is a real defect of the proposal.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::*;
use wtsa_dataset::EMBEDDED_FILES;
use wtsa_rules::Arg;

fn text(value: &str) -> Option<Arg> {
    Some(Arg::Text(value.to_owned()))
}

const IN_FORCE: &str = "resolution2-wtsa-20.yaml";
const PROPOSED: &str = "resolution2-wtsa-24-proposed.yaml";
const OUTPUTS: &str = "outputs.yaml";

// RP001 renamed-term-leftover

#[test]
fn rp001_on_sg20_reports_each_leftover_sc_and_c() {
    let findings = run(&sg20(), "RP001");
    // The proposed title renames "smart cities and communities" (SC&C in force) to "smart
    // sustainable cities and communities (SSC&C)", and the proposal rewrites SC&C to SSC&C in
    // its mandate and in its edited points of guidance, but four points still say SC&C. Each
    // is real: Annex 2 prints them word for word as in force, with no revision mark, so the
    // WTSA would adopt the old name next to the new one (unless the points were deleted whole,
    // which the flattened text cannot show: each is marked `judgement`, and the finding names
    // the reconstruction):
    // - point 5 "… technical impact on IoT and SC&C;";
    // - point 16 "big data aspects, … of IoT and SC&C;";
    // - point 17 "digital and smart services for SC&C;";
    // - point 19 "… data value chain for IoT and SC&C, …".
    // (Points 8 and 18 kept "SC&C" beside an inserted "SSC&C" until the re-examination of
    // issue 15 read the old qualifier as deleted: see RECONSTRUCTION.md.)
    assert_eq!(
        pointers(&findings),
        [
            "/guidance/4/text",
            "/guidance/15/text",
            "/guidance/16/text",
            "/guidance/18/text"
        ],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings.iter().all(|f| f.location.file.ends_with(PROPOSED)));
    assert!(findings[0].message.starts_with(
        "“SC&C” still appears in a point of guidance of SG20's proposal (“…r technical impact on IoT and SC&C;”), but the proposed title renames “smart cities and communities (SC&C)” to “smart sustainable cities and communities (SSC&C)”"
    ));
    assert_eq!(findings[0].related[0].location.pointer, "/title");
    // Each of the four points is a reconstruction by judgement, and the finding says so.
    for finding in &findings {
        let judgement = finding
            .related
            .iter()
            .find(|r| r.location.pointer.ends_with("/reconstruction"))
            .unwrap_or_else(|| panic!("{finding:#?}"));
        assert!(judgement
            .message
            .starts_with("this point's text is a reconstruction by judgement from Annex 2"));
    }
}

#[test]
fn rp001_names_no_reconstruction_for_a_certain_point() {
    // Point 3 is certain (it shows only new wording); with SC&C planted in it, the finding
    // has no reconstruction to name.
    let dataset = sg20_with(&[(
        PROPOSED,
        "definitions and terminology for IoT and SSC&C;",
        "definitions and terminology for IoT and SC&C;",
    )]);
    let findings: Vec<_> = run(&dataset, "RP001")
        .into_iter()
        .filter(|f| f.location.pointer == "/guidance/3/text")
        .collect();
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0]
        .related
        .iter()
        .all(|r| !r.location.pointer.ends_with("/reconstruction")));
}

#[test]
fn every_proposed_point_carries_its_reconstruction_mark() {
    // RECONSTRUCTION.md's table of marks, read from the data: the judgement points and the
    // readings not taken.
    let proposal = EMBEDDED_FILES
        .iter()
        .find(|(name, _)| name.ends_with(PROPOSED))
        .unwrap()
        .1;
    let entry: wtsa_model::Resolution2Entry = serde_saphyr::from_str(proposal).unwrap();
    let judged: Vec<usize> = entry
        .guidance
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.reconstruction.as_ref().unwrap().confidence == wtsa_model::Confidence::Judgement
        })
        .map(|(i, _)| i)
        .collect();
    assert_eq!(judged, [0, 1, 4, 7, 15, 16, 17, 18, 20]);
    for i in judged {
        let r = entry.guidance[i].reconstruction.as_ref().unwrap();
        assert!(!r.other_readings.is_empty(), "point {i}");
        assert!(!r.evidence.is_empty(), "point {i}");
    }
    for i in [4, 15, 16, 18] {
        assert!(entry.guidance[i].unchanged, "point {i}");
        let other = &entry.guidance[i]
            .reconstruction
            .as_ref()
            .unwrap()
            .other_readings[0];
        assert!(other.reading.contains("deleted entirely") && other.text.is_none());
    }
}

#[test]
fn rp001_fires_on_the_written_out_old_term_in_the_mandate() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "\n  - By developing robust standards",
        "\n  - For smart cities and communities (SC&C), by developing robust standards",
    )]);
    let findings: Vec<_> = run(&dataset, "RP001")
        .into_iter()
        .filter(|f| f.location.pointer.starts_with("/mandate"))
        .collect();
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/mandate/2");
    assert!(findings[0]
        .message
        .starts_with("“smart cities and communities (SC&C)” still appears in a mandate paragraph"));
    assert_eq!(
        findings[0].arguments.get("item").cloned(),
        text("mandate paragraph")
    );
    assert_eq!(
        findings[0].arguments.get("old_short").cloned(),
        text("SC&C")
    );
    assert_eq!(
        findings[0].arguments.get("new_short").cloned(),
        text("SSC&C")
    );
}

#[test]
fn rp001_is_quiet_when_the_title_keeps_its_terms() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "title: Internet of things (IoT), digital twins and smart sustainable cities and communities (SSC&C)",
        "title: Internet of things (IoT) and smart cities and communities",
    )]);
    assert!(run(&dataset, "RP001").is_empty());
}

// RP002 duplicate-guidance

#[test]
fn rp002_fires_on_a_moved_item_whose_original_was_kept() {
    // The reading of Annex 2 that RECONSTRUCTION.md rejected: the old "database maintenance"
    // item kept at its place as well as moved, edited, to the end of the list.
    let dataset = sg20_with(&[(
        PROPOSED,
        "  - text: big data aspects, including big data ecosystems, of IoT and SC&C;\n",
        "  - text: database maintenance of IoT and SC&C standards;\n  - text: big data aspects, including big data ecosystems, of IoT and SC&C;\n",
    )]);
    let findings = run(&dataset, "RP002");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert_eq!(findings[0].location.pointer, "/guidance/21/text");
    assert_eq!(findings[0].related[0].location.pointer, "/guidance/15/text");
    assert!(findings[0].message.starts_with(
        "point of guidance 22 of SG20's proposal “database maintenance of IoT and SSC&C standards.” nearly repeats"
    ));
    assert_eq!(findings[0].arguments.get("point"), Some(&Arg::Integer(22)));
    assert_eq!(
        findings[0].arguments.get("earlier_point"),
        Some(&Arg::Integer(16))
    );
    assert!(matches!(
        findings[0].arguments.get("percent"),
        Some(Arg::Integer(50..=100))
    ));
}

#[test]
fn rp002_fires_on_an_identical_item() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "  - text: metaverse for SSC&C (CitiVerse);\n",
        "  - text: metaverse for SSC&C (CitiVerse);\n  - text: metaverse for SSC&C (CitiVerse);\n",
    )]);
    let findings = run(&dataset, "RP002");
    assert_eq!(pointers(&findings), ["/guidance/12/text"]);
    assert!(findings[0].message.contains("” repeats point 12 “"));
}

#[test]
fn rp002_is_quiet_on_sg20() {
    // No two of SG20's 21 proposed points say the same thing: the most alike ("protocols and
    // interfaces of IoT and SSC&C systems, services and applications" and "interoperability
    // and interworking of …") share only the list's boilerplate. The two old items that Annex 2
    // still shows next to their rewritten forms were judged moves and not encoded
    // (RECONSTRUCTION.md), so they are not duplicates here.
    assert!(run(&sg20(), "RP002").is_empty());
}

// RP003 lead-role-not-covered-by-proposal

#[test]
fn rp003_on_sg20_reports_effective_energy_management() {
    let findings = run(&sg20(), "RP003");
    // Real gap: the proposal extends the SSC&C lead role with "including effective energy
    // management, digital twins and metaverse". Digital twins and metaverse are in the
    // proposed mandate and points of guidance, energy is nowhere in the proposed title, mandate
    // or 21 points of guidance ("management" is, as "data processing and management", so the
    // missing words are "effective" and "energy"). The other three roles are covered, digital
    // health now too ("particularly in digital health" in the proposed mandate).
    assert_eq!(
        pointers(&findings),
        ["/lead_roles/1"],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings[0].location.file.ends_with(PROPOSED));
    assert!(findings[0].message.contains(
        "covers “effective energy management” but the proposed title, mandate and points of guidance never do (missing: “effective” and “energy”)"
    ));
    assert_eq!(
        findings[0].arguments.get("phrase").cloned(),
        text("effective energy management")
    );
    assert_eq!(
        findings[0].arguments.get("edition").cloned(),
        text("WTSA-24")
    );
}

#[test]
fn rp003_is_quiet_when_the_guidance_names_the_subject() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "  - text: decentralized/distributed IoT;\n",
        "  - text: decentralized/distributed IoT;\n  - text: effective energy management in SSC&C;\n",
    )]);
    assert!(run(&dataset, "RP003").is_empty());
}

// RP004 annex-c-change-orphans

#[test]
fn rp004_fires_when_the_proposal_drops_an_entry_in_use() {
    let dataset = sg20_with(&[
        (OUTPUTS, "number: Y.4052\n", "number: Q.3052\n"),
        (PROPOSED, "    - - Q.3052\n", ""),
    ]);
    let findings = run(&dataset, "RP004");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(PROPOSED));
    assert_eq!(findings[0].location.pointer, "/annex_c");
    assert!(findings[0].message.starts_with("Q.3052 ("));
    assert!(findings[0]
        .message
        .contains("is under `Q.3052` in the Annex C in force (WTSA-20) but under no entry of the proposed Annex C (WTSA-24)"));
    assert!(findings[0].related[0].location.file.ends_with(OUTPUTS));
    assert_eq!(
        findings[0].arguments.get("old_entry").cloned(),
        text("Q.3052")
    );
    assert_eq!(
        findings[0].arguments.get("proposed_edition").cloned(),
        text("WTSA-24")
    );
}

#[test]
fn rp004_is_quiet_on_sg20() {
    // SG20 proposes its Annex C unchanged: every Recommendation of Tables 8 and 9 stays under
    // Y.4000-series.
    assert!(run(&sg20(), "RP004").is_empty());
}

/// Narrowing `Y.4000-series` to `Y.4000 – Y.4499` gives up every published Recommendation
/// in force from Y.4500 up (88 in the catalogue, all SG20's) but those also numbered under a
/// kept entry (`Y.4551/F.771` under `F.771`): the catalogue names them.
#[test]
fn rp004_names_the_published_recommendations_a_narrowed_entry_orphans() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "    - - Y.4000-series\n",
        "    - - Y.4000 – Y.4499\n",
    )]);
    let findings = run(&dataset, "RP004");
    let published: Vec<&wtsa_rules::Finding> = findings
        .iter()
        .filter(|f| f.message.starts_with("the proposed Annex C"))
        .collect();
    assert_eq!(published.len(), 1, "{:#?}", describe(&findings));
    let message = &published[0].message;
    assert!(
        message.contains("Recommendations in force that `Y.4000-series` gives SG20 in the Annex C in force (WTSA-20), all SG20's in the ITU-T catalogue: Y.4500.1, Y.4500.2,"),
        "{message}"
    );
    assert!(!message.contains("Y.4551"), "{message}");
    assert!(!message.contains("Y.4499"), "{message}");
    assert!(published[0].related[0].location.file.ends_with(IN_FORCE));
    assert_eq!(
        published[0].arguments.get("entry").cloned(),
        text("Y.4000-series")
    );
    let Some(Arg::List(named)) = published[0].arguments.get("recommendations") else {
        panic!("a list of Recommendations: {:?}", published[0].arguments);
    };
    assert_eq!(named.first(), Some(&Arg::Text("Y.4500.1".into())));
    assert!(matches!(
        published[0].arguments.get("count"),
        Some(Arg::Integer(n)) if *n >= 2
    ));
    // Table 8's Recommendations from Y.4500 up are named one by one, as before.
    assert!(findings.iter().any(|f| f.message.starts_with("Y.4505 (")));
}

// RP005 annex-c-overlaps-other-study-group

#[test]
fn rp005_fires_when_the_proposal_takes_a_recommendation_the_catalogue_gives_another_group() {
    let dataset = sg20_with(&[(PROPOSED, "      - H.623\n", "      - H.622\n")]);
    let findings = run(&dataset, "RP005");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(PROPOSED));
    assert_eq!(
        findings[0].message,
        "SG20's proposed Annex C entry `H.622` (WTSA-24) covers Recommendations in force that the ITU-T catalogue gives to another group today: H.622 (SG21)"
    );
    assert_eq!(findings[0].arguments.get("entry").cloned(), text("H.622"));
}

const SG13_IN_FORCE: &str = "kind: resolution2-entry
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
    - [Y.2062 – Y.2065, Y.3000-series]
";

#[test]
fn rp005_fires_when_the_proposal_keeps_what_another_group_holds() {
    let dataset = sg20_with_extra(&[], &[("sg13/resolution2-wtsa-20.yaml", SG13_IN_FORCE)]);
    let findings = run(&dataset, "RP005");
    assert_eq!(findings.len(), 1, "{:#?}", describe(&findings));
    assert!(findings[0].location.file.ends_with(PROPOSED));
    assert_eq!(findings[0].location.pointer, "/annex_c/lines/4/3");
    assert_eq!(
        findings[0].message,
        "SG20's proposed Annex C entry `Y.2060 – Y.2070` (WTSA-24) overlaps SG13's `Y.2062 – Y.2065` (in force, WTSA-20)"
    );
    assert_eq!(
        findings[0].arguments.get("other_entry").cloned(),
        text("Y.2062 – Y.2065")
    );
    assert_eq!(
        findings[0].arguments.get("other_study_group").cloned(),
        text("SG13")
    );
    assert_eq!(
        findings[0].related[0].location.file,
        "sg13/resolution2-wtsa-20.yaml"
    );
}

#[test]
fn rp005_is_quiet_when_the_other_groups_proposal_gives_the_range_up() {
    let sg13_proposal = SG13_IN_FORCE
        .replace("edition: WTSA-20", "edition: WTSA-24")
        .replace("status: in-force", "status: proposed")
        .replace("study_period: 2022-2024", "study_period: 2025-2028")
        .replace("Y.2062 – Y.2065, ", "");
    let dataset = sg20_with_extra(
        &[],
        &[
            ("sg13/resolution2-wtsa-20.yaml", SG13_IN_FORCE),
            ("sg13/resolution2-wtsa-24-proposed.yaml", &sg13_proposal),
        ],
    );
    assert!(run(&dataset, "RP005").is_empty());
}

#[test]
fn rp005_is_quiet_on_sg20_alone() {
    assert!(run(&sg20(), "RP005").is_empty());
}

// RP006 editorial-defect

#[test]
fn rp006_fires_on_what_flattened_revision_marks_leave() {
    // Four lines exactly as Annex 2 flattens them.
    let dataset = sg20_with(&[
        (
            PROPOSED,
            "requirements and capabilities of IoT and SSC&C including verticals;",
            "requirements and capabilities forof IoT and SSC&C including verticals;",
        ),
        (
            PROPOSED,
            "IoT and SSC&C platforms including digital twins;",
            "IoT and SSC&C platforms for IoT and SC&Cincluding digital twins;",
        ),
        (
            PROPOSED,
            "infrastructure for the use of emerging digital technologies (e.g.,",
            "infrastructure for the use of emerging digital technologies in the smartness of cities(e.g.,",
        ),
        (
            PROPOSED,
            "for the Internet of things (IoT), digital twins, metaverse, and smart",
            "for the Internet of things (IoT), digital twins, metaverse, and and smart",
        ),
    ]);
    let findings = run(&dataset, "RP006");
    assert_eq!(
        pointers(&findings),
        [
            "/mandate/0",
            "/guidance/2/text",
            "/guidance/7/text",
            "/guidance/10/text"
        ],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings[0]
        .message
        .starts_with("the word “and” is doubled in mandate paragraph 1"));
    assert_eq!(findings[0].arguments.get("word").cloned(), text("and"));
    assert_eq!(
        findings[0].arguments.get("paragraph").cloned(),
        text("mandate paragraph 1")
    );
    assert!(findings[1]
        .message
        .starts_with("“forof” runs two words together"));
    assert!(findings[2]
        .message
        .starts_with("no space before “(” in point of guidance 8"));
    // Point 8 is a reconstruction by judgement: the finding names it.
    assert_eq!(
        findings[2].related[0].location.pointer,
        "/guidance/7/reconstruction"
    );
    assert!(findings[3]
        .message
        .starts_with("“SC&Cincluding” runs a term and a word together"));
}

#[test]
fn rp006_fires_on_unbalanced_parentheses() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "metaverse for SSC&C (CitiVerse);",
        "metaverse for SSC&C (CitiVerse;",
    )]);
    let findings = run(&dataset, "RP006");
    assert_eq!(pointers(&findings), ["/guidance/11/text"]);
    assert!(findings[0].message.starts_with("1 “(” not closed"));
    assert_eq!(findings[0].arguments.get("count"), Some(&Arg::Integer(1)));
}

#[test]
fn rp006_is_quiet_on_sg20() {
    // The reconstruction took the clean reading of every run-together word of Annex 2
    // (RECONSTRUCTION.md), and §4 gives the mandate clean: the proposal as encoded has no
    // doubled word, glued words, missing space before a parenthesis or unpaired bracket.
    assert!(
        run(&sg20(), "RP006").is_empty(),
        "{:#?}",
        describe(&run(&sg20(), "RP006"))
    );
}

/// The string at a finding's pointer in its document, and that string with the finding's edit
/// made.
fn edited(dataset: &wtsa_dataset::Dataset, finding: &wtsa_rules::Finding) -> (String, String) {
    let file = dataset
        .files
        .iter()
        .find(|f| f.path == finding.location.file)
        .unwrap();
    let outline = wtsa_dataset::outline::Outline::build(file.text());
    let value = outline
        .get(&finding.location.pointer)
        .and_then(|node| node.scalar())
        .unwrap()
        .to_owned();
    let edit = finding
        .fix
        .as_ref()
        .and_then(|fix| fix.edit.as_ref())
        .unwrap_or_else(|| panic!("no edit: {finding:#?}"));
    let after = edit.apply(&value).unwrap();
    (value, after)
}

#[test]
fn rp006_gives_an_edit_where_the_correction_is_certain_and_none_where_a_person_chooses() {
    let dataset = sg20_with(&[
        (
            PROPOSED,
            "for the Internet of things (IoT), digital twins, metaverse, and smart",
            "for the Internet of things (IoT), digital twins, metaverse, and and smart",
        ),
        (
            PROPOSED,
            "requirements and capabilities of IoT and SSC&C including verticals;",
            "requirements and capabilities forof IoT and SSC&C including verticals;",
        ),
        (
            PROPOSED,
            "metaverse for SSC&C (CitiVerse);",
            "metaverse for SSC&C ( CitiVerse) ;",
        ),
        (
            PROPOSED,
            "infrastructure for the use of emerging digital technologies (e.g.,",
            "infrastructure for the use of emerging digital technologies(e.g.,",
        ),
        (
            PROPOSED,
            "  - Lead study group for Internet of things identification\n",
            "  - Lead study group for for Internet of things identification\n",
        ),
    ]);
    let findings = run(&dataset, "RP006");
    let at = |pointer: &str| -> Vec<&wtsa_rules::Finding> {
        findings
            .iter()
            .filter(|f| f.location.pointer == pointer)
            .collect()
    };
    // The doubled word loses its second copy; the rest of the paragraph is untouched.
    let doubled = at("/mandate/0")[0];
    let edit = doubled.fix.as_ref().unwrap().edit.as_ref().unwrap();
    assert_eq!(
        (edit.text.as_str(), edit.replacement.as_str()),
        ("and and", "and")
    );
    let (before, after) = edited(&dataset, doubled);
    assert_eq!(after, before.replacen("and and", "and", 1));
    assert!(after.contains("metaverse, and smart"));
    // Misplaced spaces go, a missing one comes: each edit on its own.
    let spacing = at("/guidance/11/text");
    assert_eq!(spacing.len(), 2, "{:#?}", describe(&findings));
    assert!(edited(&dataset, spacing[0])
        .1
        .contains("SSC&C (CitiVerse) ;"));
    assert!(edited(&dataset, spacing[1])
        .1
        .contains("SSC&C ( CitiVerse);"));
    let glued = at("/guidance/7/text")[0];
    assert!(edited(&dataset, glued)
        .1
        .contains("digital technologies (e.g.,"));
    // Which of two run-together words was deleted is for a person to say: advice, no edit.
    let forof = at("/guidance/2/text")[0];
    let fix = forof.fix.as_ref().unwrap();
    assert_eq!(fix.advice, "correct the text of the proposal");
    assert!(fix.edit.is_none());
    // A lead role's value holds a prefix the rule does not see: no edit there either.
    assert!(at("/lead_roles/2")[0].fix.as_ref().unwrap().edit.is_none());
}

// RP007 unchanged-paragraph-differs

#[test]
fn rp007_fires_on_a_point_marked_unchanged_that_changed() {
    let dataset = sg20_with(&[(
        PROPOSED,
        "  - text: definitions and terminology for IoT and SSC&C;\n",
        "  - text: definitions and terminology for IoT and SSC&C;\n    unchanged: true\n",
    )]);
    let findings = run(&dataset, "RP007");
    assert_eq!(
        pointers(&findings),
        ["/guidance/3/text"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "point of guidance 4 of SG20's proposal is marked unchanged but differs from point 3 in force (WTSA-20): definitions and terminology for IoT and [-SC&C-]{+SSC&C+};"
    );
    assert!(findings[0].related[0].location.file.ends_with(IN_FORCE));
    assert_eq!(findings[0].related[0].location.pointer, "/guidance/2/text");
    assert_eq!(findings[0].arguments.get("point"), Some(&Arg::Integer(4)));
    assert_eq!(
        findings[0].arguments.get("point_in_force"),
        Some(&Arg::Integer(3))
    );
}

#[test]
fn rp007_is_quiet_on_a_point_truly_unchanged() {
    // Point 17 is marked unchanged in the data and is the point in force word for word.
    let proposal = wtsa_dataset::EMBEDDED_FILES
        .iter()
        .find(|(name, _)| name.ends_with(PROPOSED))
        .unwrap()
        .1;
    assert!(
        proposal.contains("  - text: digital and smart services for SC&C;\n    unchanged: true\n")
    );
    assert!(run(&sg20(), "RP007").is_empty());
}

#[test]
fn rp007_is_quiet_on_sg20() {
    // SG20's proposal marks four points unchanged (points 5, 16, 17 and 19: read as kept, not
    // deleted whole, by judgement); each is the point in force character for character once
    // the no-break space of point 19 is normalised.
    assert!(run(&sg20(), "RP007").is_empty());
}

#[test]
fn rp006_fires_on_spacing_and_on_a_word_doubled_after_a_lead_roles_prefix() {
    let dataset = sg20_with(&[
        (
            PROPOSED,
            "  - Lead study group for Internet of things identification\n",
            "  - Lead study group for for Internet of things identification\n",
        ),
        (
            PROPOSED,
            "metaverse for SSC&C (CitiVerse);",
            "metaverse for SSC&C ( CitiVerse) ;",
        ),
    ]);
    let findings = run(&dataset, "RP006");
    assert_eq!(
        pointers(&findings),
        ["/lead_roles/2", "/guidance/11/text", "/guidance/11/text"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "the word “for” is doubled in lead role 3 of SG20's proposal: “Lead study group for for Internet of things identification”"
    );
    assert_eq!(findings[0].arguments.get("number"), Some(&Arg::Integer(3)));
    assert_eq!(findings[2].arguments.get("mark").cloned(), text(";"));
    assert!(findings[1]
        .message
        .starts_with("a space after “(” in point of guidance 12"));
    assert!(findings[2]
        .message
        .starts_with("a space before “;” in point of guidance 12"));
}

// RP008 export-artefact

#[test]
fn rp008_fires_on_each_export_artefact_in_either_entry() {
    // The report's own text before normalisation: "in ITUT … (ITUR) … (ITUD)" in force, a
    // no-break space in "Study Group 3" in the proposal.
    let dataset = sg20_with(&[
        (
            IN_FORCE,
            "in ITU-T and in close cooperation with the ITU Radiocommunication Sector (ITU-R)",
            "in ITUT and in close cooperation with the ITU Radiocommunication Sector (ITUR)",
        ),
        (
            PROPOSED,
            "in collaboration with Study Group 3, as appropriate;",
            "in collaboration with Study Group\u{a0}3, as appropriate;",
        ),
    ]);
    let findings = run(&dataset, "RP008");
    let files: Vec<bool> = findings
        .iter()
        .map(|f| f.location.file.ends_with(IN_FORCE))
        .collect();
    assert_eq!(files, [true, true, false], "{:#?}", describe(&findings));
    assert_eq!(
        pointers(&findings),
        ["/guidance/0/text", "/guidance/0/text", "/guidance/18/text"]
    );
    let itut = findings
        .iter()
        .find(|f| f.message.contains("(“ITUT”)"))
        .unwrap();
    assert!(itut.message.starts_with(
        "a sector name without its hyphen (“ITUT”) in point of guidance 1 of SG20's WTSA-20 entry (in force), where the Word document shows “ITU-T”"
    ));
    assert!(findings[2].message.starts_with(
        "a no-break space (U+00A0) in point of guidance 19 of SG20's WTSA-24 entry (proposed), where the Word document shows “ ”"
    ));
    assert_eq!(itut.arguments.get("found").cloned(), text("ITUT"));
    assert_eq!(itut.arguments.get("normal").cloned(), text("ITU-T"));
    assert_eq!(
        findings[2].arguments.get("code_points").cloned(),
        text("U+00A0")
    );
    assert_eq!(
        findings[2].arguments.get("status").cloned(),
        text("proposed")
    );
    // Point 19 of the proposal is a reconstruction by judgement: the finding names it.
    assert_eq!(
        findings[2].related[0].location.pointer,
        "/guidance/18/reconstruction"
    );
}

#[test]
fn rp008_edits_give_what_the_word_document_shows() {
    let dataset = sg20_with(&[
        (
            IN_FORCE,
            "in ITU-T and in close cooperation with the ITU Radiocommunication Sector (ITU-R)",
            "in ITUT and in close cooperation with the ITU Radiocommunication Sector (ITUR)",
        ),
        (
            PROPOSED,
            "in collaboration with Study Group 3, as appropriate;",
            "in collaboration with Study Group\u{a0}3, as appropriate;",
        ),
    ]);
    let findings = run(&dataset, "RP008");
    let mut fixed = Vec::new();
    for finding in &findings {
        let (before, after) = edited(&dataset, finding);
        assert_ne!(before, after);
        fixed.push(after);
    }
    // Each edit makes one artefact what the Word document shows, and leaves the others.
    for (artefact, shown, left) in [
        ("in ITUT and", "in ITU-T and", "Sector (ITUR)"),
        ("Sector (ITUR)", "Sector (ITU-R)", "in ITUT and"),
    ] {
        let after = fixed
            .iter()
            .find(|f| !f.contains(artefact))
            .unwrap_or_else(|| panic!("{fixed:#?}"));
        assert!(after.contains(shown) && after.contains(left), "{after}");
    }
    assert!(fixed[2].contains("Study Group 3, as"), "{}", fixed[2]);
    let edit = findings[2].fix.as_ref().unwrap().edit.as_ref().unwrap();
    assert_eq!(
        edit.to_string(),
        "replace \u{201c}<U+00A0>\u{201d} with \u{201c} \u{201d}"
    );
}

#[test]
fn rp008_is_quiet_on_sg20() {
    // Every artefact of the export is normalised in the data, each in an encoding note.
    let findings = run(&sg20(), "RP008");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

// RP009 mandate-differs-from-redline

#[test]
fn rp009_on_sg20_reports_the_full_stop_of_etc() {
    // Real, checked against the report: §4 (line 1043) writes "(e.g. metaverse, AI, etc.)"
    // and Annex 2 (line 1578) "(e.g. metaverse, AI, etc)"; the data keeps §4's form (see the
    // mandate's encoding note). Paragraph 1, which Annex 2 prints with the WTSA-20 words
    // "studies relating to", "and its applications, and", "relating to big data aspects of IoT
    // and SC&C," and "for SC&C, and digital transformation relevant IoT and SC&C aspects." run
    // in, and paragraph 3, printed alike, are the redline without its deletions.
    let findings = run(&sg20(), "RP009");
    assert_eq!(
        pointers(&findings),
        ["/mandate/1"],
        "{:#?}",
        describe(&findings)
    );
    assert_eq!(
        findings[0].message,
        "paragraph 2 of the proposed mandate is not the redline of Annex 2 without its deletions: the clean text has `.` in “…metaverse, AI, etc.)…”, which Annex 2 lacks: “…metaverse, AI, etc),…”"
    );
    assert_eq!(
        findings[0].related[0].location.pointer,
        "/mandate_as_flattened/paragraphs/1"
    );
    assert_eq!(
        findings[0].arguments.get("paragraph"),
        Some(&Arg::Integer(2))
    );
    assert_eq!(findings[0].arguments.get("word").cloned(), text("."));
    assert_eq!(
        findings[0].arguments.get("source").cloned(),
        text("Annex 2")
    );
}

#[test]
fn rp009_is_quiet_when_the_clean_text_is_the_redline_without_its_deletions() {
    let dataset = sg20_with(&[(PROPOSED, "AI, etc.), security", "AI, etc), security")]);
    let findings = run(&dataset, "RP009");
    assert!(findings.is_empty(), "{:#?}", describe(&findings));
}

#[test]
fn rp009_fires_on_a_word_the_redline_adds_that_is_neither_new_nor_old() {
    let dataset = sg20_with(&[
        (PROPOSED, "AI, etc.), security", "AI, etc), security"),
        (
            PROPOSED,
            "    - By developing robust standards and best practices, Study Group 20 aims to foster global innovation for IoT and SSC&C in line with the Sustainable Development Goals.\n  source: Annex 2",
            "    - By developing robust standards and best practices, Study Group 20 aims to foster global innovation for IoT and SSC&C in line with the Sustainable Development Goals and more.\n  source: Annex 2",
        ),
    ]);
    let findings = run(&dataset, "RP009");
    assert_eq!(
        pointers(&findings),
        ["/mandate/2"],
        "{:#?}",
        describe(&findings)
    );
    assert!(findings[0].message.contains("Annex 2 has `more` in “…Development Goals and more.”, which is neither in the clean text nor a word of the mandate in force"), "{}", findings[0].message);
}
