//! The rule catalogue: one rule per file, grouped by family.

pub mod annex_c;
pub mod citations;
pub mod claims;
pub mod lead_roles;

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
    // LR: mandate and lead roles
    &lead_roles::performed::LeadRolesPerformed,
    &lead_roles::not_covered::LeadRoleNotCovered,
    &lead_roles::activity_reports::LeadActivityReportsMissing,
    // RC: report claims
    &claims::totals::TotalsMismatch,
    &claims::question_counts::QuestionClaimCounts,
    &claims::attribution::OutputAttribution,
    &claims::title_mismatch::TitleMismatch,
    &claims::meeting_counts::MeetingCountClaims,
];
