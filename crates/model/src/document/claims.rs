use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::common::{CountBasis, OutputCounts, StatedCount};
use super::kind::ReportClaimsKind;
use crate::designation::{OutputDesignation, QuestionId, StudyGroupId, SupplementNumber};
use crate::period::{DateRange, StudyPeriod, WtsaEdition, YearMonth};
use crate::text::{DocumentNumber, GroupAcronym, LeadRole, SourceRef};

/// The totals of §3.1 ("drew up 49 new Recommendations; revised two …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub counts: OutputCounts,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// An output as a Question's summary lists it, with the title as written there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListedOutput {
    pub designation: OutputDesignation,
    pub title: String,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// What §3.2 says one Question produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionClaim {
    pub question: QuestionId,
    /// The Question's title as the summary's heading writes it ("a) Q1/20, Interoperability
    /// and …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The sentence's words ("eight new Recommendations and one new Technical Report").
    pub claim: String,
    /// The same claim as numbers.
    pub counts: OutputCounts,
    /// The outputs the summary then lists, in order.
    pub outputs: Vec<ListedOutput>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// The lead roles §3.3.1 says the study group performed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadRolesPerformed {
    pub assigned_by: WtsaEdition,
    pub roles: Vec<LeadRole>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A lead-study-group activity report submitted to TSAG (§3.3.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LeadActivityReport {
    pub document: DocumentNumber,
    pub place: String,
    /// The dates of the TSAG meeting it went to.
    pub dates: DateRange,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A number of meetings the prose says a group held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupMeetingCount {
    pub group: GroupAcronym,
    pub count: u32,
    /// Whether the report states the number or only narrates the meetings one by one.
    #[serde(default, skip_serializing_if = "CountBasis::is_stated")]
    pub basis: CountBasis,
    /// The report's words: the number as stated ("four (4)"), or the narration the count is
    /// inferred from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A publication that a group's work became, as the group's section tells it ("The
/// JCA-IoT and SC&C Roadmap was converted into ITU-T Y-series Supplement 58 …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conversion {
    /// What was converted, in the report's words.
    pub what: String,
    /// The Supplement it became.
    pub into: SupplementNumber,
    /// The Supplement's title as the report quotes it.
    pub title: String,
    /// Whether the report says the publication is being kept updated.
    #[serde(default)]
    pub kept_updated: bool,
}

/// A month the report states in words ("concluded its work in June 2024").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatedMonth {
    pub month: YearMonth,
    /// The report's words.
    pub as_written: String,
}

/// What a group's own section of §3.3 says of it besides its meetings: its name there, where
/// its web page is, whether it met with the study group, what its work became, when it ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupSection {
    pub group: GroupAcronym,
    /// The section's number ("3.3.2").
    pub section: String,
    /// The group's name as the section's heading writes it (without the acronym).
    pub name: String,
    /// The page address the section gives for the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webpage: Option<String>,
    /// The section says the group's meetings were held in conjunction with the study
    /// group's meetings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub meets_with_study_group: bool,
    /// Publications the group's work became.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conversions: Vec<Conversion>,
    /// When the section says the group concluded its work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concluded: Option<StatedMonth>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// What the report's prose claims, so rules can hold it against the tables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportClaims {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: ReportClaimsKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub contributions_examined: StatedCount,
    /// How many times the study group met in plenary (§1.2).
    pub plenary_meetings: StatedCount,
    pub totals: Totals,
    pub questions: Vec<QuestionClaim>,
    pub lead_roles_performed: LeadRolesPerformed,
    pub lead_activity_reports: Vec<LeadActivityReport>,
    #[serde(default)]
    pub group_meeting_counts: Vec<GroupMeetingCount>,
    /// What each group's section of §3.3 says of it besides its meetings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group_sections: Vec<GroupSection>,
}
