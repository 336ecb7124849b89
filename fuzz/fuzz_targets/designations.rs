#![no_main]
//! Every designation parser: no panic on any text; what parses displays canonically and
//! parses back to the same value.

use libfuzzer_sys::fuzz_target;
use wtsa_model::*;

fn round_trip<T>(text: &str)
where
    T: std::str::FromStr + std::fmt::Display + PartialEq + std::fmt::Debug,
{
    if let Ok(value) = text.parse::<T>() {
        let shown = value.to_string();
        let again = shown.parse::<T>().ok();
        assert_eq!(again.as_ref(), Some(&value), "{text:?} -> {shown:?}");
    }
}

fuzz_target!(|text: &str| {
    round_trip::<RecommendationNumber>(text);
    round_trip::<RecommendationDesignation>(text);
    round_trip::<SupplementNumber>(text);
    round_trip::<TechnicalPublicationId>(text);
    round_trip::<QuestionId>(text);
    round_trip::<WorkingPartyId>(text);
    round_trip::<StudyGroupId>(text);
    round_trip::<ReportNumber>(text);
    round_trip::<ReportRange>(text);
    round_trip::<StudyPeriod>(text);
    round_trip::<WtsaEdition>(text);
    round_trip::<YearMonth>(text);
    round_trip::<SourceRef>(text);
    round_trip::<PersonId>(text);
    round_trip::<GroupAcronym>(text);
    round_trip::<DocumentNumber>(text);
    round_trip::<LeadRole>(text);
    round_trip::<OutputDesignation>(text);
});
