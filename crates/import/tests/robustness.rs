//! Damaged copies of the SG20 report (rows removed, cells reordered, tables truncated) are
//! reported at the right lines; the text forms the source really uses are read; and writing
//! never leaves a half dataset or overwrites one without being asked.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use wtsa_import::{
    import, import_file, Diagnostic, ImportError, ImportOptions, Imported, Problem, Severity,
    WriteError,
};

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .parent()
        .unwrap()
}

fn report_path() -> PathBuf {
    repo_root().join("data/sources/sg20-report-wtsa24.txt")
}

fn report() -> Vec<String> {
    std::fs::read_to_string(report_path())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The 1-based number of the first line equal to `text` (after trimming), at or after `from`.
fn line_of(lines: &[String], text: &str, from: usize) -> usize {
    lines
        .iter()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| l.trim() == text)
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("no line `{text}` after line {from}"))
}

/// The 1-based number of the caption `TABLE n` (it may follow bookmark artefacts).
fn caption(lines: &[String], table: u32) -> usize {
    let caption = format!("TABLE {table}");
    lines
        .iter()
        .position(|l| l.trim_end().ends_with(&caption))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no caption {caption}"))
}

/// The 1-based number of the first line containing `text`.
fn line_containing(lines: &[String], text: &str) -> usize {
    lines
        .iter()
        .position(|l| l.contains(text))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line contains `{text}`"))
}

fn run(lines: &[String]) -> Result<Imported, Vec<Diagnostic>> {
    import(&lines.join("\n"), &ImportOptions::default()).map_err(|f| f.diagnostics)
}

fn ok(lines: &[String]) -> Imported {
    run(lines).unwrap_or_else(|d| panic!("the import failed: {}", render(&d)))
}

fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("\n  {d}"))
        .collect::<String>()
}

/// The diagnostics other than the two Annex 2 parts every import of this report leaves to
/// curation.
fn beyond_annex_2(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| !matches!(&d.problem, Problem::NotImported { what, .. } if what.starts_with("the proposed")))
        .collect()
}

/// The row of Table 8 for a Recommendation: the line of its number cell.
fn table_8_row(lines: &[String], number: &str) -> usize {
    line_of(lines, number, caption(lines, 8))
}

#[test]
fn a_removed_table_row_is_named_where_section_3_2_lists_it() {
    let mut lines = report();
    let row = table_8_row(&lines, "Y.4052");
    // The row's five cells and the blank line after it.
    lines.drain(row - 1..row + 5);
    let listing = line_containing(&lines, "ITU-T Y.4052 \"");
    let imported = ok(&lines);
    let warnings = beyond_annex_2(&imported.warnings);
    assert_eq!(warnings.len(), 1, "{}", render(&imported.warnings));
    assert_eq!(warnings[0].line, listing);
    assert_eq!(warnings[0].severity, Severity::Warning);
    assert!(
        warnings[0]
            .to_string()
            .contains("Y.4052 (listed under Q5/20)"),
        "{}",
        warnings[0]
    );
    assert!(imported
        .dataset
        .outputs
        .approved
        .iter()
        .all(|a| a.number.to_string() != "Y.4052"));
}

#[test]
fn a_row_that_lost_a_cell_is_skipped_and_named() {
    let mut lines = report();
    let row = table_8_row(&lines, "Y.4216");
    // The Status cell.
    assert_eq!(lines[row + 1].trim(), "In force");
    lines.remove(row + 1);
    let imported = ok(&lines);
    let warnings = beyond_annex_2(&imported.warnings);
    let cell_count = warnings
        .iter()
        .find(|d| matches!(d.problem, Problem::CellCount { .. }))
        .unwrap_or_else(|| panic!("{}", render(&imported.warnings)));
    assert_eq!(cell_count.line, row);
    assert!(cell_count
        .to_string()
        .contains("Table 8: the row has 4 cells, expected 5"));
    // §3.2 a) still lists it, so that line is named too.
    let listing = line_containing(&lines, "ITU-T Y.4216 \"");
    assert!(
        warnings.iter().any(|d| d.line == listing),
        "{}",
        render(&imported.warnings)
    );
    assert_eq!(warnings.len(), 2, "{}", render(&imported.warnings));
}

#[test]
fn swapped_cells_are_named_at_their_own_lines() {
    let mut lines = report();
    let row = table_8_row(&lines, "Y.4216");
    // Approval date and status swapped.
    lines.swap(row, row + 1);
    let imported = ok(&lines);
    let warnings = beyond_annex_2(&imported.warnings);
    let date = warnings.iter().find(|d| d.line == row + 1).unwrap();
    assert!(
        date.to_string().contains("cannot read date `In force`"),
        "{date}"
    );
    let status = warnings.iter().find(|d| d.line == row + 2).unwrap();
    assert!(
        status
            .to_string()
            .contains("cannot read status `2022-08-29`"),
        "{status}"
    );
}

#[test]
fn columns_reordered_in_a_whole_table_import_the_same() {
    let original = ok(&report());
    let mut lines = report();
    // Table 9: swap the columns `Consent/Determination` and `TAP/AAP` in the header and in
    // every row (the second and third cells of each row).
    let start = caption(&lines, 9);
    let header = line_of(&lines, "Consent/Determination", start);
    let end = caption(&lines, 10);
    for i in header - 2..end - 1 {
        let row_start = lines[i].starts_with('\t') && lines[i - 1].trim().is_empty();
        let is_header = i == header - 2;
        if (row_start || is_header) && lines[i + 1].starts_with('\t') {
            lines.swap(i + 1, i + 2);
        }
    }
    assert_eq!(lines[header - 1].trim(), "TAP/AAP");
    let imported = ok(&lines);
    assert_eq!(
        imported.dataset.outputs.under_approval,
        original.dataset.outputs.under_approval
    );
    assert!(beyond_annex_2(&imported.warnings).is_empty());
}

#[test]
fn a_truncated_table_fails_the_import_and_names_the_lines() {
    let mut lines = report();
    let row = line_of(&lines, "Y.4499", caption(&lines, 9));
    // The report ends after the row's third cell.
    lines.truncate(row + 2);
    let diagnostics = run(&lines).expect_err("the import should fail");
    let last = lines.len();
    // The cut row is named at its first line.
    let cut = diagnostics
        .iter()
        .find(|d| matches!(d.problem, Problem::CellCount { .. }))
        .unwrap_or_else(|| panic!("{}", render(&diagnostics)));
    assert_eq!((cut.line, cut.severity), (row, Severity::Warning));
    // The tables the template requires after it are errors at the end of the report.
    for table in ["Table 12", "Table 13", "Table 14", "Annex 2"] {
        let missing = diagnostics
            .iter()
            .find(|d| matches!(&d.problem, Problem::Missing { what, .. } if what == table))
            .unwrap_or_else(|| panic!("{table}: {}", render(&diagnostics)));
        assert_eq!(
            (missing.line, missing.severity),
            (last, Severity::Error),
            "{missing}"
        );
    }
    // Tables the template allows to be empty are only warnings.
    let table_10 = diagnostics
        .iter()
        .find(|d| matches!(&d.problem, Problem::Missing { what, .. } if what == "Table 10"))
        .unwrap();
    assert_eq!(table_10.severity, Severity::Warning);
}

#[test]
fn a_misspelt_caption_fails_and_its_rows_are_named() {
    let mut lines = report();
    let table_3 = caption(&lines, 3);
    lines[table_3 - 1] = "TABEL 3".to_owned();
    let diagnostics = run(&lines).expect_err("the import should fail");
    let next_caption = caption(&lines, 4);
    let missing = diagnostics
        .iter()
        .find(|d| matches!(&d.problem, Problem::Missing { what, .. } if what == "Table 3"))
        .unwrap_or_else(|| panic!("{}", render(&diagnostics)));
    assert_eq!(
        (missing.line, missing.severity),
        (next_caption, Severity::Error)
    );
    let stray = diagnostics
        .iter()
        .find(|d| d.problem == Problem::StrayRows)
        .unwrap_or_else(|| panic!("{}", render(&diagnostics)));
    assert_eq!(stray.line, table_3 + 2, "the header row after the title");
}

#[test]
fn extra_blank_lines_between_rows_do_not_cut_a_table() {
    let original = ok(&report());
    let mut lines = report();
    let second_row = line_of(&lines, "2022-03-28", caption(&lines, 2));
    lines.insert(second_row - 1, String::new());
    let imported = ok(&lines);
    assert_eq!(imported.dataset.meetings, original.dataset.meetings);
    assert!(beyond_annex_2(&imported.warnings).is_empty());
}

#[test]
fn an_unreadable_date_or_person_is_named_at_its_line() {
    let mut lines = report();
    let date = line_of(&lines, "2022-03-28", caption(&lines, 2));
    lines[date - 1] = "\t2022-03-32".to_owned();
    let person = line_containing(&lines, "Rapporteur: Mr Chao Ma (");
    lines[person - 1] = lines[person - 1].replace("(Ministry", "Ministry");
    let imported = ok(&lines);
    let warnings = beyond_annex_2(&imported.warnings);
    assert_eq!(warnings.len(), 2, "{}", render(&imported.warnings));
    assert_eq!(warnings[0].line, date);
    assert!(warnings[0]
        .to_string()
        .contains("cannot read meeting dates `2022-03-32`"));
    assert_eq!(warnings[1].line, person);
    assert!(warnings[1].to_string().contains("cannot read person"));
}

#[test]
fn a_split_range_without_its_to_is_named_at_the_row() {
    let mut lines = report();
    let first = line_of(&lines, "2022-03-23", caption(&lines, 2));
    assert_eq!(lines[first].trim(), "to");
    lines.remove(first);
    let imported = ok(&lines);
    let warnings = beyond_annex_2(&imported.warnings);
    assert_eq!(warnings.len(), 1, "{}", render(&imported.warnings));
    assert_eq!(warnings[0].line, first);
    assert!(warnings[0]
        .to_string()
        .contains("cannot read meeting dates `2022-03-23 2022-03-24`"));
}

// The text forms the source really uses, read from the SG20 report.

#[test]
fn reads_the_text_forms_of_the_source() {
    let lines = report();
    let imported = ok(&lines);
    let dataset = &imported.dataset;

    // `ITUT` and `ITUT\u{a0}` in §1.1's Annex C; `ITU T` and a no-break space before the dash
    // in Annex 2's.
    let in_force = lines
        .iter()
        .find(|l| l.contains("ITUT\u{a0}Y.2078"))
        .unwrap();
    assert!(in_force.contains("ITUT Y.2074 \u{2013} "));
    let proposed = lines
        .iter()
        .find(|l| l.contains("ITU T Y.2074\u{a0}\u{2013} ITU T Y.2078"))
        .unwrap();
    assert!(proposed.contains("ITU T Y.2291"));
    for entry in [&dataset.in_force, &dataset.proposed] {
        let items: Vec<&str> = entry.annex_c.items().map(|i| i.text()).collect();
        assert!(items.contains(&"Y.2074 \u{2013} Y.2078"), "{items:?}");
        assert!(items.contains(&"Y.2291"), "{items:?}");
        assert!(items.contains(&"Y.4000-series"), "{items:?}");
        assert!(entry.annex_c.items().all(|i| i.entry().is_some()));
    }
    // "ITU T Study Group 20 works on …" and "ITUT Study Group 20 will work on …".
    assert!(lines
        .iter()
        .any(|l| l.starts_with("ITU T Study Group 20 works on")));
    assert_eq!(
        dataset.in_force.guidance_intro,
        "ITU-T Study Group 20 works on the following items:"
    );
    assert_eq!(
        dataset.proposed.guidance_intro,
        "ITU-T Study Group 20 will work on the following items:"
    );
    // `privacy[footnoteRef:2] and trustworthiness1`: one footnote on two words.
    let marked = dataset
        .in_force
        .guidance
        .iter()
        .find(|g| !g.footnotes.is_empty())
        .unwrap();
    assert!(marked
        .text
        .starts_with("security, privacy and trustworthiness of"));
    assert_eq!(
        marked.footnotes[0].attached_to,
        ["privacy", "trustworthiness"]
    );

    // Table 1: `SG20-R2 to R4` and `30 January - 10 February 2023`, `13-22 September 2023`.
    let second = &dataset.meetings.plenaries[1];
    assert_eq!(second.reports.to_string(), "SG20-R2 to R4");
    assert_eq!(second.reports.numbers(), 2..=4);
    assert_eq!(
        (
            second.dates.start.to_string(),
            second.dates.end().to_string()
        ),
        ("2023-01-30".to_owned(), "2023-02-10".to_owned())
    );
    let third = &dataset.meetings.plenaries[2];
    assert_eq!(third.place, "Arusha");
    assert_eq!(
        (third.dates.start.to_string(), third.dates.end().to_string()),
        ("2023-09-13".to_owned(), "2023-09-22".to_owned())
    );

    // Table 2: `2022-03-23` / `to` / `2022-03-24` on three lines.
    let first = &dataset.meetings.rapporteur_meetings[0];
    assert_eq!(
        (first.dates.start.to_string(), first.dates.end().to_string()),
        ("2022-03-23".to_owned(), "2022-03-24".to_owned())
    );
    // §3.3.4: `8 June 2023`.
    let afr = dataset
        .meetings
        .group_meetings
        .iter()
        .find(|m| m.group.as_str() == "SG20RG-AFR")
        .unwrap();
    assert_eq!(afr.dates.start.to_string(), "2023-06-08");
    assert_eq!(afr.dates.end, None);

    // §3.2: "eight", "15", "ten … two revised …".
    let claims = &dataset.report_claims.questions;
    assert_eq!(claims[0].counts.new_recommendations, 8);
    assert_eq!(claims[1].counts.new_recommendations, 15);
    assert_eq!(claims[3].counts.new_recommendations, 10);
    assert_eq!(claims[3].counts.revised_recommendations, 2);
    // `Y.Suppl.76` in §3.2 and `Y Suppl. 76` in Table 12 are one Supplement.
    assert!(claims[1]
        .outputs
        .iter()
        .any(|o| o.designation.to_string() == "Y Suppl. 76"));
    // `YSTR-IADIoT` keeps its irregular hyphen.
    assert!(dataset
        .outputs
        .technical_reports
        .iter()
        .any(|t| t.id.to_string() == "YSTR-IADIoT"));
}

#[test]
fn reads_people_with_nested_parentheses_and_two_spellings() {
    let imported = ok(&report());
    let people = &imported.dataset.people.people;
    let ramy = people
        .iter()
        .find(|p| p.id.as_str() == "ramy-ahmed-fathy")
        .unwrap();
    assert_eq!(
        ramy.affiliation.as_deref(),
        Some("National Telecommunication Regulatory Authority (NTRA)")
    );
    assert_eq!(ramy.country.as_deref(), Some("Egypt"));
    // The same spelling is one person however many tables name them.
    assert_eq!(
        people
            .iter()
            .filter(|p| p.name == "Ramy Ahmed Fathy")
            .count(),
        1
    );
    // Two spellings of one key are two records.
    let martin: Vec<&str> = people
        .iter()
        .filter(|p| p.name.starts_with("Juan Pablo Mart"))
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(martin, ["juan-pablo-martin", "juan-pablo-martin-2"]);
}

// Writing.

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("import-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// An existing dataset directory with one file in it.
fn existing(dir: &Path) -> PathBuf {
    let out = dir.join("dataset");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep.txt"), "curated by hand\n").unwrap();
    out
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_existing_out_is_not_overwritten_without_force() {
    let dir = scratch("no-force");
    let out = existing(&dir);
    let error = import_file(&report_path(), &out, false, &ImportOptions::default()).unwrap_err();
    assert!(
        matches!(error, ImportError::Write(WriteError::Exists { .. })),
        "{error}"
    );
    assert_eq!(entries(&out), ["keep.txt"]);
    assert_eq!(entries(&dir), ["dataset"]);
}

#[test]
fn force_replaces_out_once_the_new_dataset_is_complete() {
    let dir = scratch("force");
    let out = existing(&dir);
    let written = import_file(&report_path(), &out, true, &ImportOptions::default()).unwrap();
    assert_eq!(written.files.len(), 8);
    let mut expected = written.files.clone();
    expected.sort();
    assert_eq!(entries(&out), expected);
    // No staging or replaced directory is left beside it.
    assert_eq!(entries(&dir), ["dataset"]);
}

#[test]
fn a_failing_import_leaves_the_old_out_untouched() {
    let dir = scratch("failing");
    let out = existing(&dir);
    let mut lines = report();
    lines.truncate(lines.len() / 2);
    let broken = dir.join("broken.txt");
    std::fs::write(&broken, lines.join("\n")).unwrap();
    let error = import_file(&broken, &out, true, &ImportOptions::default()).unwrap_err();
    let ImportError::Failed { failed, .. } = error else {
        panic!("{error}")
    };
    assert!(failed.errors() > 0);
    assert_eq!(entries(&out), ["keep.txt"]);
    assert_eq!(
        std::fs::read_to_string(out.join("keep.txt")).unwrap(),
        "curated by hand\n"
    );
    assert_eq!(entries(&dir), ["broken.txt", "dataset"]);
}

#[test]
fn a_new_out_is_created_with_its_parents() {
    let dir = scratch("new");
    let out = dir.join("data/sg20/2022-2024");
    let written = import_file(&report_path(), &out, false, &ImportOptions::default()).unwrap();
    assert_eq!(entries(&out).len(), written.files.len());
    assert_eq!(written.warnings.len(), 2, "only the two Annex 2 parts");
}

#[test]
fn options_override_the_text_with_a_warning() {
    let lines = report();
    let options = ImportOptions {
        study_group: None,
        study_period: Some("2021-2024".parse().unwrap()),
    };
    let imported = import(&lines.join("\n"), &options).unwrap();
    assert_eq!(
        imported.dataset.outputs.study_period.to_string(),
        "2021-2024"
    );
    let warning = imported
        .warnings
        .iter()
        .find(|d| matches!(d.problem, Problem::Inconsistent { .. }))
        .unwrap();
    // Where the report first names its period.
    assert_eq!(
        warning.line,
        line_containing(&lines, "2022-2024 study period")
    );
    assert!(warning
        .to_string()
        .contains("--study-period 2021-2024 differs from 2022-2024"));
    // Agreeing options change nothing.
    let agreeing = ImportOptions {
        study_group: Some("SG20".parse().unwrap()),
        study_period: Some("2022-2024".parse().unwrap()),
    };
    let same = import(&lines.join("\n"), &agreeing).unwrap();
    assert_eq!(same.dataset, ok(&lines).dataset);
    assert_eq!(same.warnings.len(), 2);
}

// No input panics the importer: prefixes of the report, and the report without one of its
// lines, import or fail with diagnostics. (Every fifth, to keep the suite fast in debug
// builds; the cut points still fall in every table and section.)

#[test]
fn prefixes_and_single_line_deletions_import_or_report() {
    let lines = report();
    for end in (0..=lines.len()).step_by(5) {
        let result = run(&lines[..end]);
        if let Err(diagnostics) = result {
            assert!(
                diagnostics.iter().any(|d| d.severity == Severity::Error),
                "a failed import names an error (prefix of {end} lines)"
            );
            assert!(diagnostics
                .iter()
                .all(|d| d.line >= 1 && d.line <= end.max(1)));
        }
    }
    for removed in (0..lines.len()).step_by(5) {
        let mut copy = lines.clone();
        copy.remove(removed);
        if let Ok(imported) = run(&copy) {
            assert!(imported.warnings.iter().all(|d| d.line <= copy.len()));
        }
    }
}

/// Pieces of the export's syntax, so that random inputs look enough like a report to reach
/// every parser.
const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    "\t",
    "TABLE 1",
    "TABLE 2",
    "TABLE 8",
    "TABLE 12",
    "ANNEX 2",
    " 1.1\t",
    "1.2\t",
    "3.2\t",
    "3.3.2\t",
    "a)\t",
    "\u{2013}\t",
    "\u{2022}\t",
    "Study Group 20",
    "2022-2024 study period",
    "[bookmark: _Toc1]",
    "[bookmark:",
    "[footnoteRef:2]",
    "[footnoteRef:",
    "[2: body]",
    "[3:",
    "(",
    ")",
    "'",
    "\"",
    ", ",
    " and ",
    "; ",
    ":",
    "Mr ",
    "Ms ",
    "Rapporteur: ",
    "ITU T ",
    "ITUT\u{a0}",
    "Y.4052",
    "Y Suppl. 73",
    "YSTR-IADIoT",
    "Q1/20",
    "WP1/20",
    "SG20-R2 to R4",
    "2022-03-23",
    "to",
    "13-22 September 2023",
    "30 January - 10 February 2023",
    "In force",
    "AAP",
    "None.",
    "é",
    "\u{2026}",
    "PART 1",
    "PART 2",
    "Annex B",
    "Annex C",
    "WTSA-20",
    "entrusted by",
    "chaired by",
    " assisted by ",
    "In this study period, Q1/20 has developed ",
    "seven (7)",
    "Lead study group on x",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    #[test]
    fn random_report_like_text_never_panics(
        picks in proptest::collection::vec(0..PIECES.len(), 0..400)
    ) {
        let text: String = picks.iter().map(|&i| PIECES[i]).collect();
        let lines = text.lines().count().max(1);
        match import(&text, &ImportOptions::default()) {
            Ok(imported) => proptest::prop_assert!(imported.warnings.iter().all(|d| d.line <= lines)),
            Err(failed) => {
                proptest::prop_assert!(failed.errors() > 0);
                proptest::prop_assert!(failed.diagnostics.iter().all(|d| d.line >= 1 && d.line <= lines));
            }
        }
    }

    #[test]
    fn random_edits_of_the_report_never_panic(
        edits in proptest::collection::vec((0..3u8, 0..2000usize, 0..2000usize, 0..PIECES.len()), 1..6)
    ) {
        let mut lines = report();
        for (kind, a, b, piece) in edits {
            let len = lines.len().max(1);
            let (a, b) = (a % len, b % len);
            match kind {
                0 if !lines.is_empty() => {
                    lines.remove(a);
                }
                1 if !lines.is_empty() => lines.swap(a, b),
                _ => lines.insert(a.min(lines.len()), PIECES[piece].trim_end_matches('\n').to_owned()),
            }
        }
        let count = lines.len().max(1);
        match run(&lines) {
            Ok(imported) => proptest::prop_assert!(imported.warnings.iter().all(|d| d.line <= count)),
            Err(diagnostics) => {
                proptest::prop_assert!(diagnostics.iter().any(|d| d.severity == Severity::Error));
                proptest::prop_assert!(diagnostics.iter().all(|d| d.line >= 1 && d.line <= count));
            }
        }
    }
}
