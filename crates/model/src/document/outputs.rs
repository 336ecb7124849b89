use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::kind::OutputsKind;
use crate::designation::{
    AnnexCEntry, QuestionId, RecommendationDesignation, StudyGroupId, SupplementNumber,
    TechnicalPublicationId,
};
use crate::period::StudyPeriod;
use crate::text::SourceRef;

/// The approval procedure a Recommendation followed: the Traditional Approval Process
/// (WTSA Resolution 1 §9) or the Alternative Approval Process (Recommendation ITU-T A.8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum ApprovalProcess {
    #[serde(rename = "TAP")]
    Tap,
    #[serde(rename = "AAP")]
    Aap,
}

/// A publication's status as the tables give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PublicationStatus {
    InForce,
    New,
    Superseded,
    Withdrawn,
}

/// Whether a Recommendation is new or a revision of one in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Revision {
    New,
    Revised,
}

/// A Recommendation approved during the period (Table 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApprovedRecommendation {
    pub number: RecommendationDesignation,
    pub approved: NaiveDate,
    pub status: PublicationStatus,
    pub process: ApprovalProcess,
    pub title: String,
    /// New or revised, where the report says which (Table 8 does not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
    /// The Question responsible, where the report says (its §3.2 lists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionId>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Recommendation consented (AAP) or determined (TAP) but not yet approved (Table 9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecommendationUnderApproval {
    pub number: RecommendationDesignation,
    /// The date of consent (AAP) or determination (TAP).
    pub consented_or_determined: NaiveDate,
    pub process: ApprovalProcess,
    pub title: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Recommendation deleted during the period (Table 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletedRecommendation {
    pub number: RecommendationDesignation,
    pub last_version: String,
    pub withdrawn: NaiveDate,
    pub title: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Recommendation submitted to the next WTSA for approval (Table 11).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubmittedRecommendation {
    pub number: RecommendationDesignation,
    pub proposal: String,
    pub title: String,
    pub reference: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Supplement agreed during the period (Table 12).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Supplement {
    pub number: SupplementNumber,
    pub agreed: NaiveDate,
    pub status: PublicationStatus,
    /// The title as the table writes it, including an "ITU-T Y.4600 – " lead-in.
    pub title: String,
    /// The Recommendation or series the Supplement supplements, where its title names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<AnnexCEntry>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Technical Paper or Technical Report agreed during the period (Tables 13 and 14).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TechnicalPublication {
    pub id: TechnicalPublicationId,
    pub agreed: NaiveDate,
    pub status: PublicationStatus,
    pub title: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// Another publication (Table 15).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherPublication {
    pub designation: String,
    pub date: NaiveDate,
    pub status: PublicationStatus,
    pub title: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// What the study group produced or deleted in the period (Annex 1, Tables 8–15).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outputs {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: OutputsKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub approved: Vec<ApprovedRecommendation>,
    pub under_approval: Vec<RecommendationUnderApproval>,
    #[serde(default)]
    pub deleted: Vec<DeletedRecommendation>,
    #[serde(default)]
    pub submitted_to_wtsa: Vec<SubmittedRecommendation>,
    pub supplements: Vec<Supplement>,
    pub technical_papers: Vec<TechnicalPublication>,
    pub technical_reports: Vec<TechnicalPublication>,
    #[serde(default)]
    pub other_publications: Vec<OtherPublication>,
}
