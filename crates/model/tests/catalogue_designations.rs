//! The catalogue's designation types: `parse(display(x)) == x` for values built from their
//! parts, across every kind of mark, item and subject.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use wtsa_model::*;

fn series() -> impl Strategy<Value = char> {
    prop::sample::select(vec!['A', 'D', 'E', 'G', 'H', 'Q', 'X', 'Y'])
}

fn mark() -> impl Strategy<Value = NumberMark> {
    prop_oneof![
        Just(NumberMark::Bis),
        Just(NumberMark::Ter),
        Just(NumberMark::Quater),
        Just(NumberMark::QuaterSpelledQuarter),
        prop::sample::select(vec!['a', 'b', 'c', 'l', 'A', 'C', 'F', 'R', 'v'])
            .prop_map(NumberMark::Letter),
    ]
}

fn catalogue_number() -> impl Strategy<Value = CatalogueNumber> {
    (
        series(),
        prop::collection::vec(0u32..5000, 1..=3),
        prop::option::of((mark(), any::<bool>())),
        prop::option::of((any::<bool>(), 1u32..50)),
        any::<bool>(),
    )
        .prop_map(|(series, parts, suffix, span, pad)| {
            let number = RecommendationNumber::new(series, parts.clone()).unwrap();
            let mut result = CatalogueNumber::new(number);
            if pad {
                let widths = parts
                    .iter()
                    .map(|p| p.to_string().len() as u8 + 2)
                    .collect();
                result = result.with_widths(widths).unwrap();
            }
            if let Some((full, extra)) = span {
                let last = *parts.last().unwrap() + extra;
                let end = if full {
                    let mut end_parts = parts.clone();
                    *end_parts.last_mut().unwrap() = last;
                    NumberSpanEnd::Number(RecommendationNumber::new(series, end_parts).unwrap())
                } else {
                    NumberSpanEnd::LastPart(last)
                };
                result = result.with_span_end(end).unwrap();
            }
            if let Some((mark, spaced)) = suffix {
                result = result.with_suffix(NumberSuffix::new(mark, spaced).unwrap());
            }
            result
        })
}

fn designation() -> impl Strategy<Value = CatalogueDesignation> {
    (
        catalogue_number(),
        prop::collection::vec(catalogue_number(), 0..=2),
    )
        .prop_filter_map("numbers repeat", |(primary, others)| {
            CatalogueDesignation::new(primary, others)
        })
}

fn item() -> impl Strategy<Value = PublicationItem> {
    prop_oneof![
        (1u32..20).prop_map(PublicationItem::Amendment),
        (1u32..20).prop_map(PublicationItem::Corrigendum),
        (1u32..20).prop_map(PublicationItem::TechnicalCorrigendum),
        (1u32..5, 1u32..5).prop_map(|(amendment, corrigendum)| {
            PublicationItem::AmendmentAndTechnicalCorrigendum {
                amendment,
                corrigendum,
            }
        }),
        (1u32..20).prop_map(PublicationItem::Erratum),
        (1u32..20).prop_map(PublicationItem::Addendum),
        (
            prop::char::range('A', 'Z'),
            prop::option::of(0u32..10),
            any::<bool>()
        )
            .prop_map(|(l, n, plus)| PublicationItem::Annex(AnnexLabel::new(l, n, plus).unwrap())),
        (
            1u32..60,
            any::<bool>(),
            prop::option::of(prop::sample::select(vec![
                AppendixContent::Software,
                AppendixContent::TestVectors
            ]))
        )
            .prop_map(|(n, spaced, content)| {
                PublicationItem::Appendix(AppendixLabel::new(n, spaced, content).unwrap())
            }),
        (1u32..80, prop::option::of(0u32..10))
            .prop_map(|(number, part)| PublicationItem::Supplement { number, part }),
        Just(PublicationItem::Attachment),
    ]
}

fn part() -> impl Strategy<Value = PublicationPart> {
    (prop::option::of(1000i32..=9999), item())
        .prop_map(|(year, item)| PublicationPart::new(year, item).unwrap())
}

fn subject() -> impl Strategy<Value = PublicationSubject> {
    let block = (
        prop::sample::select(vec![
            BlockSeparator::None,
            BlockSeparator::Hyphen,
            BlockSeparator::Dot,
        ]),
        1u32..2000,
        prop::option::of(1u32..500),
        any::<bool>(),
    )
        .prop_filter_map("not a block", |(separator, first, extra, word)| {
            SeriesBlock::new(separator, first, extra.map(|e| first + e), word)
        });
    prop_oneof![
        3 => designation().prop_map(PublicationSubject::Recommendation),
        1 => (series(), prop::option::of(block))
            .prop_map(|(series, block)| PublicationSubject::Series(SeriesScope::new(series, block).unwrap())),
        1 => ("[A-Z]{2,4}", "[A-Z0-9]{1,4}")
            .prop_map(|(family, item)| PublicationSubject::Named(NamedPublication::new(&family, &item).unwrap())),
    ]
}

fn publication_id() -> impl Strategy<Value = PublicationId> {
    (
        subject(),
        prop::option::of((
            1u32..20,
            prop::sample::select(vec![VersionStyle::Parenthesised, VersionStyle::Dotted]),
        )),
        prop::collection::vec(part(), 0..=3),
        (1000i32..=9999, 1u32..=12),
        (1u32..80, prop::option::of(0u32..10)),
    )
        .prop_filter_map(
            "not an identifier",
            |(subject, version, mut parts, (year, month), (number, sub))| {
                // A series is only ever supplemented, so its identifier starts with `Suppl.`.
                let version = match subject {
                    PublicationSubject::Series(_) => {
                        parts.insert(
                            0,
                            PublicationPart::new(
                                None,
                                PublicationItem::Supplement { number, part: sub },
                            )
                            .unwrap(),
                        );
                        None
                    }
                    _ => version.map(|(n, style)| VersionMark::new(n, style)),
                };
                PublicationId::new(
                    subject,
                    version,
                    parts,
                    YearMonth::new(year, month).unwrap(),
                )
            },
        )
}

proptest! {
    #[test]
    fn catalogue_numbers_round_trip(number in catalogue_number()) {
        let text = number.to_string();
        prop_assert_eq!(text.parse::<CatalogueNumber>().unwrap(), number.clone());
        prop_assert_eq!(format!("ITU-T {text}").parse::<CatalogueNumber>().unwrap(), number);
    }

    #[test]
    fn catalogue_designations_round_trip(designation in designation()) {
        prop_assert_eq!(designation.to_string().parse::<CatalogueDesignation>().unwrap(), designation);
    }

    #[test]
    fn publication_ids_round_trip(id in publication_id()) {
        let text = id.to_string();
        let parsed: PublicationId = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(&parsed, &id, "{}", text);
        prop_assert!(text.starts_with("ITU-T "));
        prop_assert_eq!(text.trim_start_matches("ITU-T ").parse::<PublicationId>().unwrap(), id);
    }

    #[test]
    fn publication_id_kind_is_the_last_items(id in publication_id()) {
        match id.parts().last() {
            Some(part) => prop_assert_eq!(id.kind(), part.item().kind()),
            None => prop_assert!(matches!(
                id.kind(),
                PublicationKind::Recommendation | PublicationKind::NamedPublication
            )),
        }
    }

    #[test]
    fn edition_numbers_round_trip(major in 0u32..100, minor in prop::option::of(0u32..20)) {
        let edition = EditionNumber::new(major, minor);
        prop_assert_eq!(edition.to_string().parse::<EditionNumber>().unwrap(), edition);
    }

    #[test]
    fn responsible_groups_round_trip(number in 1u32..30, name in "[A-Za-z][A-Za-z0-9 ]{0,30}[A-Za-z0-9]") {
        for group in [ResponsibleGroup::StudyGroup(StudyGroupId::new(number)), ResponsibleGroup::Tsag, ResponsibleGroup::Unknown] {
            prop_assert_eq!(group.to_string().parse::<ResponsibleGroup>().unwrap(), group);
        }
        let other: ResponsibleGroup = name.parse().unwrap();
        prop_assert_eq!(other.to_string().parse::<ResponsibleGroup>().unwrap(), other);
    }
}

#[test]
fn catalogue_numbers_order_by_number_then_mark() {
    let n = |s: &str| s.parse::<CatalogueNumber>().unwrap();
    assert!(n("Q.11") < n("Q.11 bis"));
    assert!(n("Q.11 bis") < n("Q.11 ter"));
    assert!(n("Q.11 ter") < n("Q.12"));
    assert!(n("Y.4500.3") < n("Y.4500.10"));
}

#[test]
fn responsible_groups_read_upstreams_names() {
    let g = |s: &str| s.parse::<ResponsibleGroup>().unwrap();
    assert_eq!(
        g("ITU-T Study Group 20"),
        ResponsibleGroup::StudyGroup(StudyGroupId::new(20))
    );
    assert_eq!(
        g("Telecommunication Standardization Advisory Group"),
        ResponsibleGroup::Tsag
    );
    assert_eq!(
        g("ITU-T Focus Group on AI").to_string(),
        "ITU-T Focus Group on AI"
    );
    assert!("".parse::<ResponsibleGroup>().is_err());
}
