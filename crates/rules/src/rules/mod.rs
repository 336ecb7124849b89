//! The rule catalogue: one rule per file, grouped by family.

pub mod annex_c;
pub mod citations;
pub mod organisation;

use crate::rule::Rule;

/// Every rule, in code order. A removed rule's code is never reused.
pub static CATALOGUE: &[&dyn Rule] = &[
    // AC: Annex C
    &annex_c::entry_malformed::AnnexCEntryMalformed,
    &annex_c::overlap::AnnexCOverlap,
    &annex_c::outside_annex_c::RecommendationOutsideAnnexC,
    &annex_c::supplement_parent::SupplementParentOutsideAnnexC,
    &annex_c::double_number::DoubleNumberWithoutY4000,
    &annex_c::across_study_groups::AnnexCOverlapAcrossStudyGroups,
    // OR: organisation
    &organisation::question_working_party::QuestionWorkingParty,
    &organisation::question_without_rapporteur::QuestionWithoutRapporteur,
    &organisation::unknown_reference::UnknownReference,
    &organisation::prose_groups_mismatch::ProseGroupsMismatch,
    &organisation::possible_duplicate_person::PossibleDuplicatePerson,
    &organisation::stated_organisation_counts::StatedOrganisationCounts,
    &organisation::duplicate_identifier::DuplicateIdentifier,
    &organisation::officer_inactive::OfficerInactiveWholePeriod,
];
