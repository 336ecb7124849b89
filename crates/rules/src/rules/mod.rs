//! The rule catalogue: one rule per file, grouped by family.

pub mod annex_c;
pub mod citations;
pub mod wtsa;

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
    // WT: suppressions (evaluated by the engine after every other rule)
    &wtsa::suppression_without_reason::SuppressionWithoutReason,
    &wtsa::suppression_unused::SuppressionUnused,
    &wtsa::suppression_unknown_rule::SuppressionUnknownRule,
];
