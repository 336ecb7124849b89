use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::common::{Officer, StatedCount};
use super::kind::StudyGroupKind;
use crate::designation::StudyGroupId;
use crate::period::{StudyPeriod, WtsaEdition};
use crate::text::SourceRef;

/// What WTSA entrusted to the study group for the period (§1.1, first paragraph).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibilities {
    /// The WTSA that entrusted them.
    pub entrusted_by: WtsaEdition,
    /// The number of Questions, as stated.
    pub questions: StatedCount,
    /// The areas of study, one per Question, as the paragraph lists them.
    pub areas: Vec<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// The study group's management team (§1.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Management {
    pub chair: Officer,
    pub vice_chairs: Vec<Officer>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A study group in one study period: its title, what it was entrusted with, its management.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StudyGroup {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: StudyGroupKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub title: String,
    pub responsibilities: Responsibilities,
    pub management: Management,
}
