#![no_main]
//! Annex C entries: parsing never panics, display round-trips, and the set operations agree
//! with each other (covering implies overlapping; an entry contains what it covers).

use libfuzzer_sys::fuzz_target;
use wtsa_model::{AnnexCEntry, RecommendationNumber};

fuzz_target!(|input: (&str, &str, &str)| {
    let (a, b, n) = input;
    let (Ok(a), Ok(b)) = (a.parse::<AnnexCEntry>(), b.parse::<AnnexCEntry>()) else {
        return;
    };
    assert_eq!(a.to_string().parse::<AnnexCEntry>().ok(), Some(a.clone()));
    if a.covers(&b) {
        assert!(a.overlaps(&b) && b.overlaps(&a), "{a} covers {b}");
    }
    assert_eq!(a.overlaps(&b), b.overlaps(&a), "{a} / {b}");
    if let Ok(number) = n.parse::<RecommendationNumber>() {
        if a.covers(&b) && b.contains(&number) {
            assert!(a.contains(&number), "{a} covers {b} which contains {number}");
        }
    }
});
