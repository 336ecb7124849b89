use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::kind::ActivitiesKind;
use crate::designation::StudyGroupId;
use crate::period::{DateRange, StudyPeriod};
use crate::text::SourceRef;

/// What an activity item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActivityCategory {
    /// An event organised in the period (§3.4.5).
    Event,
    /// A workshop or webinar of a focus group (§3.3.8).
    FocusGroupEvent,
    /// A work item a focus group completed (§3.3.8).
    FocusGroupDeliverable,
    /// A U4SSC meeting (§3.4.1).
    U4sscMeeting,
    /// A U4SSC thematic group (§3.4.1).
    U4sscThematicGroup,
    /// A working group of a U4SSC thematic group (§3.4.1).
    U4sscWorkingGroup,
    /// A U4SSC deliverable shared with the study group (§3.4.1).
    U4sscDeliverable,
    /// A U4SSC KPI publication: flipbook, city snapshot, verification report, case study.
    U4sscKpiPublication,
    /// An edition of the Digital Transformation and Cities Digest (§3.4.3).
    DigestEdition,
    /// A resource or toolkit (§3.4.2, §3.4.4).
    Resource,
    /// Another publication (§3.4.6).
    Publication,
}

/// One item of the report's prose lists of activities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub category: ActivityCategory,
    /// The item's name as written.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<DateRange>,
    /// The year, where the report gives only a year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The item this one belongs to (a U4SSC working group's thematic group; a city
    /// snapshot's list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A list the report gives with a count of its items ("supported by 19 United Nations
/// Agencies and Programmes (CBD, ECLAC, …)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CountedList {
    /// What is counted, in the report's words.
    pub about: String,
    /// The number the report states.
    pub count: u32,
    /// The items the report names, as written.
    pub items: Vec<String>,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// A page address the report gives, with what it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WebPage {
    /// What the page holds, in the report's words or as its sentence says.
    pub about: String,
    pub url: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// The report's prose lists of projects, events and publications (§3.3.8, §3.4), encoded by
/// hand: no template fixes their shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activities {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: ActivitiesKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub activities: Vec<Activity>,
    /// Lists the report gives with a count of their items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counted_lists: Vec<CountedList>,
    /// The page addresses §3.4 gives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub web_pages: Vec<WebPage>,
}
