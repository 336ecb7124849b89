use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::common::{Officer, StatedCount};
use super::kind::OrganisationKind;
use crate::designation::{QuestionId, StudyGroupId, WorkingPartyId};
use crate::period::{DateRange, StudyPeriod, WtsaResolution};
use crate::text::{GroupAcronym, SourceRef};

/// A Working Party (Table 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkingParty {
    pub id: WorkingPartyId,
    pub title: String,
    /// The Questions the table assigns to it.
    pub questions: Vec<QuestionId>,
    pub officers: Vec<Officer>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// How a Question came to be studied in the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionOrigin {
    /// Assigned by the WTSA that opened the period (Table 5).
    AssignedByWtsa,
    /// Adopted by the study group during the period (Table 6).
    AdoptedInPeriod,
}

/// A Question with its Working Party and Rapporteurs (Tables 5 and 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    pub title: String,
    pub working_party: WorkingPartyId,
    pub origin: QuestionOrigin,
    pub rapporteurs: Vec<Officer>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A Question deleted during the period (Table 7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletedQuestion {
    pub id: QuestionId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// The kind of a group other than a Working Party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKind {
    JointCoordinationActivity,
    RegionalGroup,
    FocusGroup,
    AdHocGroup,
    CorrespondenceGroup,
}

/// The provision a group was created under, as the report states it ("In line with WTSA-20
/// Resolution 54, the Regional Group for Asia and the Pacific region was created by Study
/// Group 20 during the study period").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EstablishmentBasis {
    pub resolution: WtsaResolution,
    /// The report says the group was created during the study period.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub during_period: bool,
    pub source: SourceRef,
}

/// When and where a group was established, as the report tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Establishment {
    /// The meeting at which the group was established.
    pub meeting: String,
    pub dates: DateRange,
    pub source: SourceRef,
    /// The provision the report says the group was created under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<EstablishmentBasis>,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A group under the study group's responsibility with its officers (Table 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherGroup {
    pub acronym: GroupAcronym,
    /// The group's full name as the table writes it.
    pub name: String,
    pub group_kind: GroupKind,
    #[serde(default)]
    pub chairs: Vec<Officer>,
    #[serde(default)]
    pub vice_chairs: Vec<Officer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<Establishment>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A group as the prose enumerates it (§2.1.3), with the section it points to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupMention {
    pub acronym: GroupAcronym,
    pub name: String,
    /// The section the prose sends the reader to ("see section 3.3.2").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub see_section: Option<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// How the study group organised its work in the period (§2, Tables 3–7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: OrganisationKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    /// How many Working Parties the study group decided to establish (§2.1.1).
    pub working_parties_established: StatedCount,
    pub working_parties: Vec<WorkingParty>,
    /// How many Questions WTSA assigned (§2.2.1).
    pub questions_assigned: StatedCount,
    pub questions: Vec<Question>,
    #[serde(default)]
    pub questions_deleted: Vec<DeletedQuestion>,
    pub other_groups: Vec<OtherGroup>,
    /// The groups §2.1.3 enumerates in prose.
    pub groups_in_prose: Vec<GroupMention>,
}
