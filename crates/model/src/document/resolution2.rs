//! A study group's part of WTSA Resolution 2, in force or proposed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::kind::Resolution2EntryKind;
use crate::designation::{AnnexCEntry, AnnexCItem, StudyGroupId};
use crate::period::{StudyPeriod, WtsaEdition};
use crate::text::{LeadRole, SourceRef};

/// Whether an entry is the text in force or a study group's proposal for the next WTSA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntryStatus {
    InForce,
    Proposed,
}

/// A point of guidance (Resolution 2, Annex B).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointOfGuidance {
    /// The item's text, without its bullet or footnote markers.
    pub text: String,
    /// Footnotes attached to words of the item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<Footnote>,
    /// In a proposal: the proposal states that this point is the text in force, unchanged
    /// (what a proposal writes as "[unchanged]" or "no change"). Rule RP007 checks that the
    /// text is indeed, character for character, a point of guidance of the entry in force.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unchanged: bool,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
}

/// A footnote and the words it is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    /// The words that carry the footnote mark ("privacy", "trustworthiness").
    pub attached_to: Vec<String>,
    pub text: String,
}

/// Annex C: the Recommendations under the study group's responsibility.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnnexC {
    /// The entries, grouped as the Annex prints them, one line per group.
    pub lines: Vec<Vec<AnnexCItem>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl AnnexC {
    /// Every item as written, in order.
    pub fn items(&self) -> impl Iterator<Item = &AnnexCItem> {
        self.lines.iter().flatten()
    }

    /// Every entry that parses, in order.
    pub fn entries(&self) -> impl Iterator<Item = &AnnexCEntry> {
        self.items().filter_map(AnnexCItem::entry)
    }
}

/// A note by whoever encoded the entry, recording a judgement the source text forced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EncodingNote {
    /// The part of the entry the note is about ("guidance[0]", "title").
    pub about: String,
    pub note: String,
}

/// A study group's entry in WTSA Resolution 2: title, mandate, lead study-group roles
/// (Annex A), points of guidance (Annex B) and the Recommendations under its responsibility
/// (Annex C), for one WTSA edition.
///
/// The entry in force and a proposed entry are values of this same type, so a redline compares
/// like with like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resolution2Entry {
    /// The schema the file follows, for editors and validators: a JSON file may name it here
    /// (a YAML file names it in its first-line comment instead).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub kind: Resolution2EntryKind,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    /// The WTSA whose Resolution 2 this is (in force) or for which it is proposed.
    pub edition: WtsaEdition,
    pub status: EntryStatus,
    /// The study period the entry governs.
    pub study_period: StudyPeriod,
    pub source: SourceRef,
    pub title: String,
    /// What the proposal says of Part 1, the general areas of study, when it says anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub general_areas_note: Option<String>,
    /// The mandate, one paragraph per item.
    pub mandate: Vec<String>,
    /// Lead study-group roles (Annex A; Part 2 of a proposal).
    pub lead_roles: Vec<LeadRole>,
    /// The sentence that opens the points of guidance ("ITU-T Study Group 20 works on …").
    pub guidance_intro: String,
    /// Points of guidance (Annex B).
    pub guidance: Vec<PointOfGuidance>,
    pub annex_c: AnnexC,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encoding_notes: Vec<EncodingNote>,
}
