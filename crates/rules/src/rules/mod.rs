//! The rule catalogue: one rule per file, grouped by family.

pub mod annex_c;
pub mod citations;
pub mod lead_roles;
pub mod organisation;
pub mod procedure_and_dates;
pub mod proposal;
pub mod report_claims;
pub mod wtsa;
pub mod y4000_series;

use crate::rule::Rule;

/// Every rule, in code order. A removed rule's code is never reused.
pub static CATALOGUE: &[&dyn Rule] = &[
    // AC: Annex C
    &annex_c::annex_c_entry_malformed::AnnexCEntryMalformed,
    &annex_c::annex_c_overlap::AnnexCOverlap,
    &annex_c::recommendation_outside_annex_c::RecommendationOutsideAnnexC,
    &annex_c::supplement_parent_outside_annex_c::SupplementParentOutsideAnnexC,
    &annex_c::double_number_y4000::DoubleNumberWithoutY4000,
    &annex_c::annex_c_overlap_across_study_groups::AnnexCOverlapAcrossStudyGroups,
    // YS: Y.4000-series
    &y4000_series::sub_series_title::SubSeriesTitle,
    &y4000_series::sub_series_question::SubSeriesQuestion,
    &y4000_series::transferred_without_y4000_number::TransferredWithoutY4000Number,
    // LR: mandate and lead roles
    &lead_roles::lead_roles_performed::LeadRolesPerformed,
    &lead_roles::lead_role_not_covered::LeadRoleNotCovered,
    &lead_roles::lead_activity_reports_missing::LeadActivityReportsMissing,
    // OR: organisation
    &organisation::question_working_party::QuestionWorkingParty,
    &organisation::question_without_rapporteur::QuestionWithoutRapporteur,
    &organisation::unknown_reference::UnknownReference,
    &organisation::prose_groups_mismatch::ProseGroupsMismatch,
    &organisation::possible_duplicate_person::PossibleDuplicatePerson,
    &organisation::stated_organisation_counts::StatedOrganisationCounts,
    &organisation::duplicate_identifier::DuplicateIdentifier,
    &organisation::officer_inactive_whole_period::OfficerInactiveWholePeriod,
    &organisation::duplicate_document::DuplicateDocument,
    // PD: procedure and dates
    &procedure_and_dates::date_range_reversed::DateRangeReversed,
    &procedure_and_dates::outside_study_period::OutsideStudyPeriod,
    &procedure_and_dates::tap_outside_plenary::TapOutsidePlenary,
    &procedure_and_dates::aap_approval_too_soon::AapApprovalTooSoon,
    &procedure_and_dates::agreed_outside_meeting::AgreedOutsideMeeting,
    &procedure_and_dates::technical_paper_outside_meeting::TechnicalPaperOutsideMeeting,
    &procedure_and_dates::plenary_report_numbers::PlenaryReportNumbers,
    &procedure_and_dates::activity_outside_study_period::ActivityOutsideStudyPeriod,
    // RC: report claims
    &report_claims::totals_mismatch::TotalsMismatch,
    &report_claims::question_claim_counts::QuestionClaimCounts,
    &report_claims::output_attribution::OutputAttribution,
    &report_claims::title_mismatch::TitleMismatch,
    &report_claims::meeting_count_claims::MeetingCountClaims,
    // RP: proposed Resolution 2 changes
    &proposal::renamed_term_leftover::RenamedTermLeftover,
    &proposal::duplicate_guidance::DuplicateGuidance,
    &proposal::lead_role_not_covered_by_proposal::LeadRoleNotCoveredByProposal,
    &proposal::annex_c_change_orphans::AnnexCChangeOrphans,
    &proposal::annex_c_overlaps_other_study_group::AnnexCOverlapsOtherStudyGroup,
    &proposal::editorial_defect::EditorialDefect,
    &proposal::unchanged_paragraph_differs::UnchangedParagraphDiffers,
    // WT: suppressions (evaluated by the engine after every other rule)
    &wtsa::suppression_without_reason::SuppressionWithoutReason,
    &wtsa::suppression_unused::SuppressionUnused,
    &wtsa::suppression_unknown_rule::SuppressionUnknownRule,
];
