//! The rule catalogue: one rule per file, grouped by family.

pub mod annex_c;
pub mod citations;
pub mod lead_roles;
pub mod organisation;
pub mod procedure_and_dates;
pub mod proposal;
pub mod publication_catalogue;
pub mod report_claims;
pub mod wtsa;
pub mod y4000_series;

use crate::rule::Rule;

/// The codes of rules that were removed: never given to another rule (a test holds
/// [`CATALOGUE`] apart from them), so a suppression, a baseline or a report that names one
/// never comes to mean a different check. None has been removed so far.
pub static RETIRED_CODES: &[&str] = &[];

/// Every rule, in code order. A removed rule's code is never reused: it moves to
/// [`RETIRED_CODES`].
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
    &lead_roles::title_differs_from_entry_in_force::TitleDiffersFromEntryInForce,
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
    &organisation::linked_person_spelling::LinkedPersonSpelling,
    &organisation::officer_listed_twice::OfficerListedTwice,
    &organisation::approved_and_under_approval::ApprovedAndUnderApproval,
    &organisation::irregular_designation::IrregularDesignation,
    &organisation::affiliation_differs::AffiliationDiffers,
    // PD: procedure and dates
    &procedure_and_dates::date_range_reversed::DateRangeReversed,
    &procedure_and_dates::outside_study_period::OutsideStudyPeriod,
    &procedure_and_dates::tap_outside_plenary::TapOutsidePlenary,
    &procedure_and_dates::aap_approval_too_soon::AapApprovalTooSoon,
    &procedure_and_dates::agreed_outside_meeting::AgreedOutsideMeeting,
    &procedure_and_dates::technical_paper_outside_meeting::TechnicalPaperOutsideMeeting,
    &procedure_and_dates::plenary_report_numbers::PlenaryReportNumbers,
    &procedure_and_dates::activity_outside_study_period::ActivityOutsideStudyPeriod,
    &procedure_and_dates::unreadable_month::UnreadableMonth,
    &procedure_and_dates::meeting_listed_twice::MeetingListedTwice,
    &procedure_and_dates::group_met_before_established::GroupMetBeforeEstablished,
    &procedure_and_dates::group_met_after_concluding::GroupMetAfterConcluding,
    // RC: report claims
    &report_claims::totals_mismatch::TotalsMismatch,
    &report_claims::question_claim_counts::QuestionClaimCounts,
    &report_claims::output_attribution::OutputAttribution,
    &report_claims::title_mismatch::TitleMismatch,
    &report_claims::meeting_count_claims::MeetingCountClaims,
    &report_claims::narrated_meeting_count::NarratedMeetingCount,
    &report_claims::counted_list_mismatch::CountedListMismatch,
    &report_claims::group_name_mismatch::GroupNameMismatch,
    &report_claims::question_title_mismatch::QuestionTitleMismatch,
    &report_claims::web_page_address::WebPageAddress,
    // RP: proposed Resolution 2 changes
    &proposal::renamed_term_leftover::RenamedTermLeftover,
    &proposal::duplicate_guidance::DuplicateGuidance,
    &proposal::lead_role_not_covered_by_proposal::LeadRoleNotCoveredByProposal,
    &proposal::annex_c_change_orphans::AnnexCChangeOrphans,
    &proposal::annex_c_overlaps_other_study_group::AnnexCOverlapsOtherStudyGroup,
    &proposal::editorial_defect::EditorialDefect,
    &proposal::unchanged_paragraph_differs::UnchangedParagraphDiffers,
    &proposal::export_artefact::ExportArtefact,
    &proposal::mandate_differs_from_redline::MandateDiffersFromRedline,
    // CT: the ITU-T publication catalogue
    &publication_catalogue::approved_recommendation_not_published::ApprovedRecommendationNotPublished,
    &publication_catalogue::approval_date_differs::ApprovalDateDiffers,
    &publication_catalogue::title_differs_from_published::TitleDiffersFromPublished,
    &publication_catalogue::title_abbreviated::TitleAbbreviated,
    &publication_catalogue::new_and_revised_counts::NewAndRevisedCounts,
    &publication_catalogue::recommendation_of_another_group::RecommendationOfAnotherGroup,
    &publication_catalogue::annex_c_entry_covers_nothing_published::AnnexCEntryCoversNothingPublished,
    &publication_catalogue::supplement_parent_not_published::SupplementParentNotPublished,
    &publication_catalogue::under_approval_since_approved::UnderApprovalSinceApproved,
    &publication_catalogue::conversion_not_published::ConversionNotPublished,
    // WT: suppressions (evaluated by the engine after every other rule)
    &wtsa::suppression_without_reason::SuppressionWithoutReason,
    &wtsa::suppression_unused::SuppressionUnused,
    &wtsa::suppression_unknown_rule::SuppressionUnknownRule,
];
