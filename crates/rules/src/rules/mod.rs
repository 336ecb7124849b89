//! The rule catalogue: one rule per file, grouped by family.

pub mod annex_c;
pub mod citations;
pub mod claims;
pub mod lead_roles;
pub mod organisation;
pub mod procedure;
pub mod proposal;
pub mod wtsa;
pub mod y4000;

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
    // YS: Y.4000-series
    &y4000::sub_series_title::SubSeriesTitle,
    &y4000::sub_series_question::SubSeriesQuestion,
    &y4000::transferred_without_y4000::TransferredWithoutY4000Number,
    // LR: mandate and lead roles
    &lead_roles::performed::LeadRolesPerformed,
    &lead_roles::not_covered::LeadRoleNotCovered,
    &lead_roles::activity_reports::LeadActivityReportsMissing,
    // OR: organisation
    &organisation::question_working_party::QuestionWorkingParty,
    &organisation::question_without_rapporteur::QuestionWithoutRapporteur,
    &organisation::unknown_reference::UnknownReference,
    &organisation::prose_groups_mismatch::ProseGroupsMismatch,
    &organisation::possible_duplicate_person::PossibleDuplicatePerson,
    &organisation::stated_organisation_counts::StatedOrganisationCounts,
    &organisation::duplicate_identifier::DuplicateIdentifier,
    &organisation::officer_inactive::OfficerInactiveWholePeriod,
    &organisation::duplicate_document::DuplicateDocument,
    // PD: procedure and dates
    &procedure::date_range_reversed::DateRangeReversed,
    &procedure::outside_study_period::OutsideStudyPeriod,
    &procedure::tap_outside_plenary::TapOutsidePlenary,
    &procedure::aap_approval_too_soon::AapApprovalTooSoon,
    &procedure::agreed_outside_meeting::AgreedOutsideMeeting,
    &procedure::technical_paper_outside_meeting::TechnicalPaperOutsideMeeting,
    &procedure::plenary_report_numbers::PlenaryReportNumbers,
    &procedure::activity_outside_study_period::ActivityOutsideStudyPeriod,
    // RC: report claims
    &claims::totals::TotalsMismatch,
    &claims::question_counts::QuestionClaimCounts,
    &claims::attribution::OutputAttribution,
    &claims::title_mismatch::TitleMismatch,
    &claims::meeting_counts::MeetingCountClaims,
    // RP: proposed Resolution 2 changes
    &proposal::renamed_term_leftover::RenamedTermLeftover,
    &proposal::duplicate_guidance::DuplicateGuidance,
    &proposal::lead_role_not_covered::LeadRoleNotCoveredByProposal,
    &proposal::annex_c_orphans::AnnexCChangeOrphans,
    &proposal::annex_c_overlaps_other_study_group::AnnexCOverlapsOtherStudyGroup,
    &proposal::editorial_defect::EditorialDefect,
    &proposal::unchanged_paragraph_differs::UnchangedParagraphDiffers,
    // WT: suppressions (evaluated by the engine after every other rule)
    &wtsa::suppression_without_reason::SuppressionWithoutReason,
    &wtsa::suppression_unused::SuppressionUnused,
    &wtsa::suppression_unknown_rule::SuppressionUnknownRule,
];
