//! Designations: round trips, order, and every prefix form the source uses.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use wtsa_model::*;

fn recommendation() -> impl Strategy<Value = RecommendationNumber> {
    (
        prop::sample::select(vec!['A', 'F', 'G', 'H', 'L', 'Q', 'X', 'Y']),
        prop::collection::vec(0u32..20_000, 1..=MAX_PARTS),
    )
        .prop_map(|(series, parts)| RecommendationNumber::new(series, parts).unwrap())
}

fn annex_c_entry() -> impl Strategy<Value = AnnexCEntry> {
    prop_oneof![
        recommendation().prop_map(AnnexCEntry::Recommendation),
        (recommendation(), 1u32..50).prop_map(|(start, extra)| {
            let mut parts = start.parts().to_vec();
            let last = parts.len() - 1;
            parts[last] += extra;
            let end = RecommendationNumber::new(start.series(), parts).unwrap();
            AnnexCEntry::Range { start, end }
        }),
        (prop::sample::select(vec!['F', 'Y']), 1u32..10, 1u32..4).prop_map(
            |(series, head, zeros)| {
                AnnexCEntry::Series {
                    series,
                    block_start: head * 10u32.pow(zeros),
                }
            }
        ),
    ]
}

/// Numbers in a small space (two series, first parts 8–31, sub-parts 0–2, up to four parts),
/// so that random entries and probes meet often and every witness of an overlap, or of a
/// range not covering another, lies in the space.
fn small_number(max_depth: usize) -> impl Strategy<Value = RecommendationNumber> {
    (
        prop::sample::select(vec!['F', 'Y']),
        8u32..=31,
        prop::collection::vec(0u32..3, 0..max_depth),
    )
        .prop_map(|(series, base, rest)| {
            let mut parts = vec![base];
            parts.extend(rest);
            RecommendationNumber::new(series, parts).unwrap()
        })
}

fn small_entry() -> impl Strategy<Value = AnnexCEntry> {
    prop_oneof![
        small_number(3).prop_map(AnnexCEntry::Recommendation),
        (small_number(3), small_number(3)).prop_filter_map("a range", |(a, b)| {
            let b = RecommendationNumber::new(a.series(), {
                let mut parts = b.parts().to_vec();
                parts.resize(a.parts().len(), 0);
                parts
            })?;
            let (start, end) = if a < b { (a, b) } else { (b, a) };
            (start != end).then_some(AnnexCEntry::Range { start, end })
        }),
        (
            prop::sample::select(vec!['F', 'Y']),
            prop::sample::select(vec![10u32, 20])
        )
            .prop_map(|(series, block_start)| AnnexCEntry::Series {
                series,
                block_start
            }),
    ]
}

fn every_small_number() -> Vec<RecommendationNumber> {
    let mut numbers = Vec::new();
    for series in ['F', 'Y'] {
        for base in 8u32..=31 {
            let mut layer = vec![vec![base]];
            for _ in 0..4 {
                let mut next = Vec::new();
                for parts in &layer {
                    numbers.push(RecommendationNumber::new(series, parts.clone()).unwrap());
                    for sub in 0..3 {
                        let mut deeper = parts.clone();
                        deeper.push(sub);
                        next.push(deeper);
                    }
                }
                layer = next;
            }
        }
    }
    numbers
}

proptest! {
    /// `overlaps` and `covers` say exactly what `contains` implies, checked against every
    /// number of the small space.
    #[test]
    fn overlaps_and_covers_agree_with_contains(a in small_entry(), b in small_entry()) {
        let numbers = every_small_number();
        let shared = numbers.iter().any(|n| a.contains(n) && b.contains(n));
        prop_assert_eq!(a.overlaps(&b), shared, "{} / {}", a, b);
        prop_assert_eq!(b.overlaps(&a), shared);
        let covered = numbers.iter().all(|n| !b.contains(n) || a.contains(n));
        prop_assert_eq!(a.covers(&b), covered, "{} covers {}", a, b);
    }

    #[test]
    fn recommendation_round_trips(number in recommendation()) {
        let text = number.to_string();
        prop_assert_eq!(text.parse::<RecommendationNumber>().unwrap(), number);
        for prefix in ["ITU-T ", "ITUT ", "ITU T ", "ITU\u{2011}T ", "ITU-T\u{a0}", "ITUT\u{a0}", "ITU-T"] {
            prop_assert_eq!(format!("{prefix}{text}").parse::<RecommendationNumber>().unwrap(), number);
        }
    }

    #[test]
    fn recommendation_order_is_numeric_part_by_part(a in recommendation(), b in recommendation()) {
        let expected = (a.series(), a.parts().to_vec()).cmp(&(b.series(), b.parts().to_vec()));
        prop_assert_eq!(a.cmp(&b), expected);
    }

    #[test]
    fn double_numbers_round_trip(a in recommendation(), b in recommendation()) {
        prop_assume!(a != b);
        let text = format!("{a}/{b}");
        let designation: RecommendationDesignation = text.parse().unwrap();
        prop_assert_eq!(designation.to_string(), text);
        prop_assert_eq!(designation.primary(), &a);
        prop_assert!(designation.is_double());
    }

    #[test]
    fn supplement_round_trips(series in prop::sample::select(vec!['G', 'Q', 'Y']), number in 0u32..1000) {
        let supplement = SupplementNumber::new(series, number).unwrap();
        prop_assert_eq!(supplement.to_string().parse::<SupplementNumber>().unwrap(), supplement);
        prop_assert_eq!(format!("{series}.Suppl.{number}").parse::<SupplementNumber>().unwrap(), supplement);
        prop_assert_eq!(format!("ITU-T {series} Suppl. {number}").parse::<SupplementNumber>().unwrap(), supplement);
    }

    #[test]
    fn question_working_party_and_report_round_trip(n in 0u32..100, sg in 0u32..30, r in 1u32..40, extra in 0u32..10) {
        let group = StudyGroupId::new(sg);
        let question = QuestionId::new(n, group);
        prop_assert_eq!(question.to_string().parse::<QuestionId>().unwrap(), question);
        let party = WorkingPartyId::new(n, group);
        prop_assert_eq!(party.to_string().parse::<WorkingPartyId>().unwrap(), party);
        let report = ReportNumber::new(group, r);
        prop_assert_eq!(report.to_string().parse::<ReportNumber>().unwrap(), report);
        let range: ReportRange = format!("{report} to R{}", r + extra).parse().unwrap();
        prop_assert_eq!(range.to_string().parse::<ReportRange>().unwrap(), range);
        prop_assert_eq!(range.numbers().count() as u32, extra + 1);
        prop_assert_eq!(group.to_string().parse::<StudyGroupId>().unwrap(), group);
    }

    #[test]
    fn annex_c_entries_round_trip(entry in annex_c_entry()) {
        prop_assert_eq!(entry.to_string().parse::<AnnexCEntry>().unwrap(), entry);
    }

    #[test]
    fn a_range_contains_the_numbers_whose_head_lies_in_it(entry in annex_c_entry(), probe in recommendation()) {
        if let AnnexCEntry::Range { start, end } = &entry {
            let depth = start.parts().len();
            let expected = probe.series() == start.series()
                && probe.parts().len() >= depth
                && start.parts() <= &probe.parts()[..depth]
                && &probe.parts()[..depth] <= end.parts();
            prop_assert_eq!(entry.contains(&probe), expected);
        }
        // Every entry covers itself and overlaps itself.
        prop_assert!(entry.covers(&entry));
        prop_assert!(entry.overlaps(&entry));
    }

    #[test]
    fn periods_and_months_round_trip(first in 0i32..9995, len in 0i32..5, month in 1u32..=12) {
        let period = StudyPeriod::new(first, first + len).unwrap();
        prop_assert_eq!(period.to_string().parse::<StudyPeriod>().unwrap(), period);
        let ym = YearMonth::new(first, month).unwrap();
        prop_assert_eq!(ym.to_string().parse::<YearMonth>().unwrap(), ym);
    }
}

#[test]
fn order_examples_from_the_brief() {
    let parse = |s: &str| s.parse::<RecommendationNumber>().unwrap();
    assert!(parse("Y.4500") < parse("Y.4500.3"));
    assert!(parse("Y.4500.3") < parse("Y.4500.10"));
    assert!(parse("Y.4500.10") < parse("Y.4501"));
    assert!(parse("F.748.0") < parse("F.748.5"));
    assert!(parse("F.771") < parse("H.621"));
}

#[test]
fn every_prefix_form_in_the_source_parses() {
    // The report writes `ITUT` (§1.1 Annex C), `ITU T` (Annex 2 Annex C), `ITU-T` (§3.2), with a
    // no-break space before Y.2078 and Y.2291; other ITU texts use U+2011.
    for text in [
        "ITUT F.744",
        "ITU T F.744",
        "ITU-T F.744",
        "ITU\u{2011}T F.744",
        "ITUT\u{a0}F.744",
        "ITU-T\u{a0}F.744",
        "ITUTF.744",
        "F.744",
    ] {
        assert_eq!(
            text.parse::<RecommendationNumber>().unwrap().to_string(),
            "F.744",
            "{text:?}"
        );
    }
    for text in [
        "ITUT Y.2060 – ITUT Y.2070",
        "ITU T Y.2060 – ITU T Y.2070",
        "ITU-T Y.2060 - ITU-T Y.2070",
        "Y.2060–Y.2070",
        "Y.2060-Y.2070",
        "ITU T Y.2074\u{a0}– ITU T Y.2078",
    ] {
        let entry: AnnexCEntry = text.parse().unwrap();
        assert!(matches!(entry, AnnexCEntry::Range { .. }), "{text:?}");
    }
    assert_eq!(
        "ITUT Y.4000-series"
            .parse::<AnnexCEntry>()
            .unwrap()
            .to_string(),
        "Y.4000-series"
    );
    assert_eq!(
        "ITU-T Y.Suppl.73"
            .parse::<SupplementNumber>()
            .unwrap()
            .to_string(),
        "Y Suppl. 73"
    );
    assert_eq!(
        "Y Suppl. 73"
            .parse::<SupplementNumber>()
            .unwrap()
            .to_string(),
        "Y Suppl. 73"
    );
}

#[test]
fn technical_publications_keep_the_irregular_separator() {
    for text in [
        "YSTP.AIoT",
        "YSTR.BP-DTw",
        "YSTR.DataModelling-Agri",
        "YSTR.HTSA-overview",
        "YSTR.P2P-CC",
        "YSTR-IADIoT",
    ] {
        let id: TechnicalPublicationId = text.parse().unwrap();
        assert_eq!(id.to_string(), text);
    }
    let irregular: TechnicalPublicationId = "YSTR-IADIoT".parse().unwrap();
    assert!(irregular.has_irregular_separator());
    assert_eq!(irregular.kind(), TechnicalPublicationKind::TechnicalReport);
    assert_eq!(
        "ITU-T YSTP.AIoT"
            .parse::<TechnicalPublicationId>()
            .unwrap()
            .kind(),
        TechnicalPublicationKind::TechnicalPaper
    );
}

#[test]
fn annex_c_ranges_cover_the_sub_numbers_of_their_numbers() {
    let range: AnnexCEntry = "F.748.0 – F.748.5".parse().unwrap();
    let n = |s: &str| s.parse::<RecommendationNumber>().unwrap();
    assert!(range.contains(&n("F.748.3")));
    assert!(range.contains(&n("F.748.5")));
    assert!(!range.contains(&n("F.748")));
    assert!(range.contains(&n("F.748.3.1")));
    assert!(!range.contains(&n("F.748.6")));
    assert!(!range.contains(&n("F.748.6.1")));
    let iot: AnnexCEntry = "Y.4000 – Y.4999".parse().unwrap();
    assert!(iot.contains(&n("Y.4500.3")));
    assert!(!iot.contains(&n("Y.5000.1")));
    let f747: AnnexCEntry = "F.747.1 – F.747.8".parse().unwrap();
    assert!(f747.contains(&n("F.747.8.1")));
    assert!(!f747.contains(&n("F.747")));
    assert!(!f747.contains(&n("F.747.9.1")));
    let single: AnnexCEntry = "Q.3052".parse().unwrap();
    assert!(!single.contains(&n("Q.3052.1")));
    // The range and the block hold the same numbers, at every depth.
    let block: AnnexCEntry = "Y.4000-series".parse().unwrap();
    assert!(iot.covers(&block) && block.covers(&iot));
    let sub: AnnexCEntry = "Y.4500.1 – Y.4500.9".parse().unwrap();
    assert!(iot.covers(&sub) && !sub.covers(&iot));
    assert!(iot.overlaps(&sub) && sub.overlaps(&iot));
    assert!(!f747.covers(&"F.747 – F.748".parse().unwrap()));
    let series: AnnexCEntry = "Y.4000-series".parse().unwrap();
    assert!(series.contains(&n("Y.4500.3")));
    assert!(series.contains(&n("Y.4999")));
    assert!(!series.contains(&n("Y.5000")));
    assert!(!series.contains(&n("Y.3999")));
    let block: AnnexCEntry = "Y.4900-series".parse().unwrap();
    assert!(block.contains(&n("Y.4910")));
    assert!(!block.contains(&n("Y.4899")));
    assert!(series.covers(&block));
    assert!(!block.covers(&series));
}

#[test]
fn malformed_designations_are_parse_errors() {
    assert!(matches!(
        "F.744 – Y.2070".parse::<AnnexCEntry>(),
        Err(DesignationError::RangeAcrossSeries { .. })
    ));
    assert!(matches!(
        "Y.2070 – Y.2060".parse::<AnnexCEntry>(),
        Err(DesignationError::RangeReversed { .. })
    ));
    assert!(matches!(
        "Y.2060 – Y.2060.1".parse::<AnnexCEntry>(),
        Err(DesignationError::RangeDepthMismatch { .. })
    ));
    for bad in [
        "",
        "Y",
        "Y.",
        "Y.04052",
        "y.4052",
        "Y.4052.",
        "Y.1.2.3.4.5",
        "Y.99999999999",
        "Q1/20",
    ] {
        assert!(bad.parse::<RecommendationNumber>().is_err(), "{bad:?}");
    }
    assert!("Y.4101/Y.4101"
        .parse::<RecommendationDesignation>()
        .is_err());
    assert!("SG20-R4 to R2".parse::<ReportRange>().is_err());
    assert!("SG20-R2 to SG13-R4".parse::<ReportRange>().is_err());
    assert!("Y.4005-series".parse::<AnnexCEntry>().is_err());
    assert!("2023-13".parse::<YearMonth>().is_err());
    assert!("2024-2022".parse::<StudyPeriod>().is_err());
    assert!("Lead group on x".parse::<LeadRole>().is_err());
}

#[test]
fn source_report_forms() {
    assert_eq!(
        "SG20-R2 to R4".parse::<ReportRange>().unwrap().numbers(),
        2..=4
    );
    assert_eq!(
        "SG20-R1".parse::<ReportRange>().unwrap().to_string(),
        "SG20-R1"
    );
    assert_eq!(
        "Question 1/20".parse::<QuestionId>().unwrap().to_string(),
        "Q1/20"
    );
    assert_eq!(
        "Study Group 20"
            .parse::<StudyGroupId>()
            .unwrap()
            .to_string(),
        "SG20"
    );
    let role: LeadRole = "Lead study group for Internet of things identification"
        .parse()
        .unwrap();
    assert_eq!(role.subject(), "Internet of things identification");
    assert_eq!(
        role.to_string(),
        "Lead study group for Internet of things identification"
    );
}

/// Regression: found by the `designations` fuzz target (fuzz/artifacts, input `0222-2024`):
/// a study period before year 1000 displayed without its leading zero and did not parse back.
#[test]
fn fuzz_regression_study_period_displays_four_digit_years() {
    let period: StudyPeriod = "0222-2024".parse().unwrap();
    assert_eq!(period.to_string(), "0222-2024");
    assert_eq!(period.to_string().parse::<StudyPeriod>().unwrap(), period);
}

proptest! {
    /// Numbers and designations hold their parts inline; equality, order and hashing are
    /// still those of the series and the parts as a list (and of the numbers as a list),
    /// trailing zeros included: `Y.4500` < `Y.4500.0` < `Y.4500.0.1` < `Y.4500.3`.
    #[test]
    fn numbers_compare_as_their_series_and_parts(
        a in (prop::sample::select(vec!['F', 'Y']), prop::collection::vec(0u32..3, 1..=MAX_PARTS)),
        b in (prop::sample::select(vec!['F', 'Y']), prop::collection::vec(0u32..3, 1..=MAX_PARTS)),
    ) {
        let x = RecommendationNumber::new(a.0, a.1.clone()).unwrap();
        let y = RecommendationNumber::new(b.0, b.1.clone()).unwrap();
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        prop_assert_eq!(x == y, a == b);
        prop_assert_eq!(x.parts(), a.1.as_slice());
        let state = std::collections::hash_map::RandomState::new();
        use std::hash::BuildHasher;
        if x == y {
            prop_assert_eq!(state.hash_one(x), state.hash_one(y));
        }
        let one = RecommendationDesignation::from(x);
        let two = RecommendationDesignation::new(vec![x, y]);
        prop_assert_eq!(one.numbers(), std::slice::from_ref(&x));
        prop_assert_eq!(one.primary(), &x);
        if let Some(two) = two {
            prop_assert_eq!(two.numbers(), &[x, y][..]);
            prop_assert_eq!(two.primary(), &x);
            prop_assert_eq!(one.cmp(&two), std::slice::from_ref(&x).cmp(&[x, y][..]));
            prop_assert!(one != two && two.is_double() && !one.is_double());
        }
        prop_assert_eq!(state.hash_one(&one), state.hash_one(one.clone()));
    }
}

#[test]
fn a_malformed_part_is_the_error_before_too_many_parts() {
    let too_many = "Y.1.2.3.4.5".parse::<RecommendationNumber>().unwrap_err();
    assert!(
        too_many.to_string().contains("too many parts"),
        "{too_many}"
    );
    let malformed = "Y.1.2.3.4.x".parse::<RecommendationNumber>().unwrap_err();
    assert!(
        !malformed.to_string().contains("too many parts"),
        "{malformed}"
    );
    assert!(RecommendationNumber::new('Y', vec![]).is_none());
    assert!(RecommendationNumber::new('Y', vec![1; MAX_PARTS + 1]).is_none());
    assert!(RecommendationNumber::new('y', vec![1]).is_none());
    assert_eq!(
        RecommendationNumber::new('Y', vec![4500, 0])
            .unwrap()
            .to_string(),
        "Y.4500.0"
    );
    let double: RecommendationDesignation = "Y.4101/Y.2067".parse().unwrap();
    assert_eq!(double.to_string(), "Y.4101/Y.2067");
    assert!("Y.4101/Y.4101"
        .parse::<RecommendationDesignation>()
        .is_err());
    assert!("Y.1/Y.2/Y.3/Y.4/Y.5"
        .parse::<RecommendationDesignation>()
        .is_err());
}

#[test]
fn number_parts_cut_to_a_depth_are_the_parts_of_that_depth() {
    let parts = NumberParts::new(&[4500, 3, 7]).unwrap();
    assert_eq!(parts.head(1), NumberParts::new(&[4500]).unwrap());
    assert_eq!(parts.head(2).as_slice(), &[4500, 3]);
    assert_eq!(parts.head(9), parts);
    assert!(parts.head(1) < parts && parts < NumberParts::new(&[4500, 4]).unwrap());
    assert!(NumberParts::new(&[1; MAX_PARTS + 1]).is_none());
    let number: RecommendationNumber = "Y.4500.3.7".parse().unwrap();
    assert_eq!(number.number_parts(), parts);
}
