//! A check study group by study group (`wtsa_rules::check_files`, what `wtsa check DIR` runs)
//! gives the report of the check of the whole dataset: findings across study groups (AC006,
//! OR009), suppressions in the documents every group shares used in one group and at the end
//! or not at all, a study group with only a Resolution 2 entry, the catalogue; and falls back
//! to the whole check when a file has no heading. The fixture is small, so the tests ask for
//! the check by group from 0 bytes (`check_files_from`); `check_files` checks it whole.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use std::path::{Path, PathBuf};

use wtsa_dataset::{Dataset, Limits, LoadError, Texts};
use wtsa_rules::{AfterCheck, CheckFilesError, EmptySelection, Report, Selection};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// SG20's data files (or only the one named `only`), with every `SG20` written `to`, and
/// `suppress` entries after the `kind:` line of the files named in `suppress`.
fn copy_of_sg20(dir: &Path, to: &str, only: Option<&str>, suppress: &[(&str, &str)]) {
    support::write_sg20_files(dir, |name, text| {
        if only.is_some_and(|o| o != name) {
            return None;
        }
        let mut text = text.replace("SG20", to);
        if let Some((_, entries)) = suppress.iter().find(|(file, _)| *file == name) {
            let at = text.find("\nkind:").unwrap() + 1;
            let end = at + text[at..].find('\n').unwrap() + 1;
            text.insert_str(end, entries);
        }
        Some(text)
    });
}

/// Three study groups: SG20; a copy as SG21 (its Annex C overlapping SG20's, suppressions in
/// its Resolution 2 entry and people, and a copy of each, which is read first: the files
/// left out are OR009's);
/// SG22 with only an entry in force; and the ITU-T catalogue.
fn fixture(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    copy_of_sg20(&dir.join("sg20"), "SG20", None, &[]);
    copy_of_sg20(
        &dir.join("sg21"),
        "SG21",
        None,
        &[
            (
                "resolution2-wtsa-20.yaml",
                "suppress:\n  - rule: AC006\n    reason: the fixture copies SG20's entry\n  - rule: LR002\n    reason: a lead role written in prose\n  - rule: PD002\n    reason: never found here\n",
            ),
            (
                "people.yaml",
                "suppress:\n  - rule: OR010\n    reason: as in the report\n  - rule: RC004\n    reason: not about people\n",
            ),
        ],
    );
    let sg21 = dir.join("sg21");
    std::fs::copy(sg21.join("people.yaml"), sg21.join("people-again.yaml")).unwrap();
    std::fs::copy(
        sg21.join("resolution2-wtsa-20.yaml"),
        sg21.join("resolution2-again.yaml"),
    )
    .unwrap();
    copy_of_sg20(
        &dir.join("sg22"),
        "SG22",
        Some("resolution2-wtsa-20.yaml"),
        &[],
    );
    std::fs::create_dir_all(dir.join("catalogue")).unwrap();
    std::fs::copy(
        repository().join("data/catalogue/itu-t.json"),
        dir.join("catalogue/itu-t.json"),
    )
    .unwrap();
    dir
}

fn whole(dir: &Path, selection: &Selection) -> (Report, Dataset) {
    let dataset =
        Dataset::load_with(&[dir.to_path_buf()], &Limits::default(), Texts::ReadAgain).unwrap();
    (wtsa_rules::check(&dataset, selection), dataset)
}

/// The check in parts, from 0 bytes of data (the fixtures are small).
fn in_parts(dir: &Path, selection: &Selection) -> (Report, Dataset) {
    wtsa_rules::check_files_from(
        &[dir.to_path_buf()],
        &Limits::default(),
        selection,
        0,
        AfterCheck::ReadsTexts,
    )
    .unwrap()
}

fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap()
}

#[test]
fn study_group_by_study_group_the_report_is_the_whole_checks() {
    let dir = fixture("by-group-same");
    let selection = Selection::default();
    let (expected, all) = whole(&dir, &selection);
    let (report, held) = in_parts(&dir, &selection);
    assert_eq!(json(&report), json(&expected));
    // Checked group by group: what is left held is the six Resolution 2 entries and the
    // catalogue.
    assert_eq!(held.documents.len(), 7);
    assert!(all.documents.len() > 20);
    assert_eq!(report.files, expected.files);
    // What the fixture is for.
    let codes: Vec<&str> = report.findings.iter().map(|f| f.code.as_str()).collect();
    for code in [
        "AC006", "RP005", "OR009", "WT002", "CT003", "LR002", "RP001",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert_eq!(codes.iter().filter(|c| **c == "OR009").count(), 2);
    assert!(report.summary.suppressed > 0);
    // SG21's entry in force is the copy, read first (the other is OR009's): of its
    // suppressions, LR002's was used within SG21's views, AC006's by the rule across study
    // groups at the end, and PD002's by nothing, which WT002 says.
    let unused: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "WT002" && f.location.file.ends_with("resolution2-again.yaml"))
        .map(|f| f.location.pointer.as_str())
        .collect();
    assert_eq!(unused, ["/suppress/2"]);
}

/// A caller that reads only the report (the JSON report) has each part's texts let go for
/// good: the report is the same, nothing failed, and a text asked for afterwards is said to
/// have been let go rather than read again.
#[test]
fn a_check_whose_report_alone_is_read_lets_its_texts_go_for_good() {
    let dir = fixture("by-group-for-good");
    let selection = Selection::default();
    let (expected, _) = in_parts(&dir, &selection);
    let (report, mut held) = wtsa_rules::check_files_from(
        &[dir.to_path_buf()],
        &Limits::default(),
        &selection,
        0,
        AfterCheck::ReadsReportOnly,
    )
    .unwrap();
    assert_eq!(json(&report), json(&expected));
    assert!(held.text_failures().is_empty());
    let file = held
        .files
        .iter()
        .find(|f| f.path.ends_with("people.yaml"))
        .unwrap();
    assert_eq!(file.text(), "");
    let failures = held.text_failures();
    assert!(
        matches!(failures.as_slice(), [LoadError::LetGo { path }] if path.ends_with("people.yaml")),
        "{failures:?}"
    );
}

/// The spans a SARIF report asks again after the check, for its regions, come from the
/// positions found for the findings: no file a part was read from is indexed whole (read
/// again, every value of it) to answer them. The shared files, whose positions each part finds
/// for itself, may be.
#[test]
fn the_spans_of_the_findings_come_from_the_positions_found_for_them() {
    let dir = fixture("by-group-spans");
    let (report, dataset) = in_parts(&dir, &Selection::default());
    let locations = report
        .findings
        .iter()
        .flat_map(|f| std::iter::once(&f.location).chain(f.related.iter().map(|r| &r.location)));
    let mut asked = 0;
    for location in locations {
        let file = dataset
            .files
            .iter()
            .find(|file| file.path == location.file)
            .unwrap();
        let span = file.span(&location.pointer);
        assert_eq!(
            (span.start.line, span.start.column),
            (location.line, location.column),
            "{} {}",
            location.file,
            location.pointer
        );
        asked += 1;
    }
    assert!(asked > 100, "{asked} spans asked");
    let shared = |path: &str| path.contains("resolution2") || path.contains("catalogue");
    let whole: Vec<&str> = dataset
        .files
        .iter()
        .filter(|file| file.is_indexed_whole() && !shared(&file.path))
        .map(|file| file.path.as_str())
        .collect();
    assert!(whole.is_empty(), "indexed whole: {whole:?}");
}

#[test]
fn a_file_without_a_heading_is_checked_with_the_whole_dataset() {
    let dir = fixture("by-group-no-heading");
    // The people of SG21 as one line of JSON in a YAML file: no `kind:` line to read.
    let people = dir.join("sg21/people.yaml");
    let text = std::fs::read_to_string(&people).unwrap();
    let document = wtsa_dataset::parse_document(
        "people.yaml",
        &text,
        wtsa_dataset::Format::Yaml,
        &Limits::default(),
    )
    .unwrap();
    std::fs::write(&people, document.to_json().unwrap().to_string()).unwrap();
    let selection = Selection::default();
    let (expected, all) = whole(&dir, &selection);
    let (report, dataset) = wtsa_rules::check_files_from(
        &[dir],
        &Limits::default(),
        &selection,
        0,
        AfterCheck::ReadsTexts,
    )
    .unwrap();
    assert_eq!(json(&report), json(&expected));
    assert_eq!(dataset.documents.len(), all.documents.len());
}

#[test]
fn errors_in_several_study_groups_are_reported_in_the_order_of_the_files() {
    let dir = fixture("by-group-errors");
    for file in [
        "sg21/meetings.yaml",
        "sg20/people.yaml",
        "sg22/resolution2-wtsa-20.yaml",
    ] {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\nnot: [closed\n")).unwrap();
    }
    let expected = Dataset::load_with(
        std::slice::from_ref(&dir),
        &Limits::default(),
        Texts::ReadAgain,
    )
    .unwrap_err();
    assert_eq!(expected.len(), 3);
    let Err(CheckFilesError::Load(errors)) = wtsa_rules::check_files_from(
        &[dir],
        &Limits::default(),
        &Selection::default(),
        0,
        AfterCheck::ReadsTexts,
    ) else {
        panic!("the errors are not reported");
    };
    let messages = |errors: &[wtsa_dataset::LoadError]| -> Vec<String> {
        errors.iter().map(ToString::to_string).collect()
    };
    assert_eq!(messages(&errors), messages(&expected));
}

#[test]
fn a_study_period_not_in_the_data_is_refused_as_the_whole_check_refuses_it() {
    let dir = fixture("by-group-period");
    let selection = Selection {
        periods: vec!["2017-2020".parse().unwrap()],
        ..Selection::default()
    };
    let result = wtsa_rules::check_files_from(
        &[dir],
        &Limits::default(),
        &selection,
        0,
        AfterCheck::ReadsTexts,
    );
    assert!(matches!(
        result,
        Err(CheckFilesError::Selection(EmptySelection::PeriodNotInData(
            _
        )))
    ));
}

#[test]
fn a_small_dataset_is_checked_whole() {
    let dir = fixture("by-group-small");
    let selection = Selection::default();
    let (expected, all) = whole(&dir, &selection);
    let (report, dataset) =
        wtsa_rules::check_files(&[dir], &Limits::default(), &selection).unwrap();
    assert!(all.files.len() > 20);
    let size: u64 = all
        .files
        .iter()
        .map(|f| std::fs::metadata(&f.path).unwrap().len())
        .sum();
    assert!(size < wtsa_rules::BY_GROUP_FROM_BYTES);
    assert_eq!(json(&report), json(&expected));
    assert_eq!(dataset.documents.len(), all.documents.len());
}

/// A check by group runs the rules across study groups once per group, on what the group
/// leaves them (its pairs of duplicate documents), and once at the end on the held documents.
/// So a rule's `check_corpus` may read the Resolution 2 entries, the catalogue and the pairs
/// of duplicates, and nothing else: with those taken away, only OR009 still finds anything.
#[test]
fn the_rules_across_groups_read_only_the_entries_the_catalogue_and_the_duplicates() {
    use wtsa_rules::context::Context;
    use wtsa_rules::diagnostic::Sink;
    let dir = fixture("by-group-corpus");
    let dataset = Dataset::load(&[dir], &Limits::default()).unwrap();
    let found = |context: &Context<'_>| -> Vec<&'static str> {
        let mut diagnostics = Vec::new();
        for rule in wtsa_rules::CATALOGUE {
            rule.check_corpus(context, &mut Sink::new(rule.meta(), &mut diagnostics));
        }
        diagnostics.iter().map(|d| d.rule.code).collect()
    };
    let mut context = Context::new(&dataset);
    let everything = found(&context);
    for code in ["AC006", "RP005", "OR009"] {
        assert!(everything.contains(&code), "{code}");
    }
    context.views.clear();
    context.resolution2.clear();
    context.catalogue = None;
    let left = found(&context);
    assert!(!left.is_empty());
    assert!(left.iter().all(|code| *code == "OR009"), "{left:?}");
}

/// A check by group reads one study group's period at a time, and places a proposal in the
/// period it was made in among all of its group's periods, as the whole check does: here
/// SG20's last period (2022-2024) has no entry in force, and an earlier one (2017-2020) has,
/// so the part of 2017-2020 alone would take the proposal for its own.
#[test]
fn a_proposal_is_checked_in_the_period_it_was_made_in_among_all_of_its_groups() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("by-period-proposal");
    let _ = std::fs::remove_dir_all(&dir);
    copy_of_sg20(&dir.join("sg20"), "SG20", None, &[]);
    std::fs::remove_file(dir.join("sg20/resolution2-wtsa-20.yaml")).unwrap();
    let earlier = dir.join("sg20-2017");
    std::fs::create_dir_all(&earlier).unwrap();
    let sg20 = repository().join("data/sg20/2022-2024");
    for name in ["people.yaml", "resolution2-wtsa-20.yaml"] {
        let text = std::fs::read_to_string(sg20.join(name))
            .unwrap()
            .replace("2022-2024", "2017-2020")
            .replace("WTSA-20", "WTSA-16");
        std::fs::write(earlier.join(name), text).unwrap();
    }
    // A second study group, so that the check goes by group.
    copy_of_sg20(&dir.join("sg21"), "SG21", Some("people.yaml"), &[]);
    let selection = Selection::default();
    let (expected, _) = whole(&dir, &selection);
    let (report, held) = in_parts(&dir, &selection);
    assert_eq!(json(&report), json(&expected));
    // Checked part by part: the entries (one in force, one proposed) are what is left held.
    assert_eq!(held.documents.len(), 2);
    // What the fixture is for: findings about the proposal, and both of SG20's periods.
    let in_file = |name: &str| {
        report
            .findings
            .iter()
            .filter(|f| f.location.file.ends_with(name))
            .count()
    };
    assert!(in_file("resolution2-wtsa-24-proposed.yaml") > 0);
    assert!(in_file("sg20-2017/people.yaml") + in_file("sg20/people.yaml") > 0);
}

/// Two findings of one key (a rule, a document's kind, group and period, a record) are told
/// apart by their order across the whole check, not within each part: here the entry in force
/// for 2025-2028 (checked in its own period) and the proposal for it (checked in 2022-2024,
/// where it was made) give AC001 the same reversed range.
#[test]
fn findings_of_one_key_in_two_parts_have_the_fingerprints_of_the_whole_check() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("by-period-same-key");
    let _ = std::fs::remove_dir_all(&dir);
    let reversed = |text: String| text.replace("F.748.0 – F.748.5", "F.748.5 – F.748.0");
    support::write_sg20_files(&dir.join("sg20"), |name, text| match name {
        "resolution2-wtsa-24-proposed.yaml" => Some(reversed(text)),
        _ => Some(text),
    });
    let in_force =
        std::fs::read_to_string(repository().join("data/sg20/2022-2024/resolution2-wtsa-20.yaml"))
            .unwrap()
            .replace("WTSA-20", "WTSA-24")
            .replace("2022-2024", "2025-2028");
    std::fs::write(
        dir.join("sg20/resolution2-wtsa-24.yaml"),
        reversed(in_force),
    )
    .unwrap();
    copy_of_sg20(&dir.join("sg21"), "SG21", Some("people.yaml"), &[]);
    let selection = Selection::default();
    let (expected, _) = whole(&dir, &selection);
    let (report, held) = in_parts(&dir, &selection);
    // Checked part by part: what is left held is the three entries.
    assert_eq!(held.documents.len(), 3);
    assert_eq!(json(&report), json(&expected));
    let reversed_ranges: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.code == "AC001" && f.subject.contains("F.748.5"))
        .map(|f| f.fingerprint.as_str())
        .collect();
    assert_eq!(reversed_ranges.len(), 2, "{reversed_ranges:?}");
    assert_ne!(reversed_ranges[0], reversed_ranges[1]);
}
