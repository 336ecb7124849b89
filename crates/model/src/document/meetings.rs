use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::kind::MeetingsKind;
use crate::designation::{QuestionId, ReportRange, StudyGroupId};
use crate::period::{DateRange, StudyPeriod};
use crate::text::{DocumentNumber, GroupAcronym, SourceRef};

/// A plenary meeting of the study group (Table 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plenary {
    pub place: String,
    pub dates: DateRange,
    /// The meeting's reports.
    pub reports: ReportRange,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Rapporteur-group meeting, or another meeting held under Questions (Table 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RapporteurMeeting {
    pub dates: DateRange,
    /// Place or host as the table writes it ("E-Meeting", "China [Beijing]").
    pub place: String,
    pub questions: Vec<QuestionId>,
    /// The event name as the table writes it.
    pub event: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A meeting of a JCA, regional group or focus group (§3.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupMeeting {
    pub group: GroupAcronym,
    pub place: String,
    pub dates: DateRange,
    pub report: DocumentNumber,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// The meetings held in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meetings {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: MeetingsKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub plenaries: Vec<Plenary>,
    pub rapporteur_meetings: Vec<RapporteurMeeting>,
    pub group_meetings: Vec<GroupMeeting>,
}
