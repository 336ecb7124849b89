use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::common::{OutputCounts, StatedCount};
use super::kind::ReportClaimsKind;
use crate::designation::{OutputDesignation, QuestionId, StudyGroupId};
use crate::period::{DateRange, StudyPeriod, WtsaEdition};
use crate::text::{DocumentNumber, GroupAcronym, LeadRole, SourceRef};

/// The totals of §3.1 ("drew up 49 new Recommendations; revised two …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub counts: OutputCounts,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// An output as a Question's summary lists it, with the title as written there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListedOutput {
    pub designation: OutputDesignation,
    pub title: String,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// What §3.2 says one Question produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionClaim {
    pub question: QuestionId,
    /// The sentence's words ("eight new Recommendations and one new Technical Report").
    pub claim: String,
    /// The same claim as numbers.
    pub counts: OutputCounts,
    /// The outputs the summary then lists, in order.
    pub outputs: Vec<ListedOutput>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// A number of meetings the prose says a group held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupMeetingCount {
    pub group: GroupAcronym,
    pub count: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
}
