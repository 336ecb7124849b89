use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::common::Honorific;
use super::kind::PeopleKind;
use crate::designation::StudyGroupId;
use crate::period::StudyPeriod;
use crate::text::{PersonId, SourceRef};

/// A curator's judgement that a record is another spelling of a person recorded earlier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonLink {
    /// The key of the record this one is another spelling of.
    pub person: PersonId,
    /// Why the two records are taken for one person (the same country, affiliation, offices).
    pub reason: String,
}

/// A person named in the report. One record per spelling: two spellings of what may be one
/// person stay two records, so that a rule can point at both; `same_as` links a spelling to
/// the record of the person it is judged to name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    /// The name as the report writes it (given names first).
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honorific: Option<Honorific>,
    /// The affiliation where the report first gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Where the person is first named.
    pub source: SourceRef,
    /// This record is judged to be another spelling of the person recorded under another key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<PersonLink>,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// The people a study group's report names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct People {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: PeopleKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub people: Vec<Person>,
}
