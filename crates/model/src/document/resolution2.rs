//! A study group's part of WTSA Resolution 2, in force or proposed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::Suppression;

use super::kind::Resolution2EntryKind;
use crate::designation::{AnnexCEntry, AnnexCItem, StudyGroupId};
use crate::period::{ResolutionRevision, StudyPeriod, WtsaDocument, WtsaEdition};
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
    /// In a proposal read back from a flattened redline: how the text was reconstructed,
    /// certainly or by judgement, with the evidence and the readings not taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconstruction: Option<Reconstruction>,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// How sure a reconstruction is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// The flattened text and the text in force admit this one reading.
    Certain,
    /// The flattened text admits more than one reading; the curator chose this one.
    Judgement,
}

/// A reading of the flattened text that was not taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherReading {
    /// The reading, in words ("the point was deleted entirely").
    pub reading: String,
    /// The point's text under that reading; absent when under it the point would not be in
    /// the proposal at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// How a point of guidance was read back from a redline flattened to plain text (deleted and
/// inserted words run together, with no marks), against the text in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reconstruction {
    pub confidence: Confidence,
    /// Where the flattened text is ("Annex 2, line 1602").
    pub source: SourceRef,
    /// The index of the point of the entry in force it derives from (0-based), when it
    /// derives from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derives_from: Option<usize>,
    /// What in the flattened text decides the reading taken.
    pub evidence: String,
    /// The readings not taken: empty when the reconstruction is certain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<OtherReading>,
}

/// Where the report sends the reader for more of what it proposes ("see WTSA-24 Document 22").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentPointer {
    pub document: WtsaDocument,
    /// What the document holds, in the report's words.
    pub holds: String,
    pub source: SourceRef,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
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

/// Text an Annex prints as a Word redline flattened to plain text — deleted and inserted words
/// run together, with nothing to tell them apart —, kept as printed beside the clean text the
/// entry holds, so that the two can be compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FlattenedText {
    /// The paragraphs as the Annex prints them, one per item, in order.
    pub paragraphs: Vec<String>,
    /// Where they are printed ("Annex 2").
    pub source: SourceRef,
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
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
    pub study_group: StudyGroupId,
    /// The WTSA whose Resolution 2 this is (in force) or for which it is proposed.
    pub edition: WtsaEdition,
    pub status: EntryStatus,
    /// The study period the entry governs.
    pub study_period: StudyPeriod,
    pub source: SourceRef,
    /// The revision of Resolution 2 the report cites for the entry ("Rev. Geneva, 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<ResolutionRevision>,
    pub title: String,
    /// What the proposal says of Part 1, the general areas of study, when it says anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub general_areas_note: Option<String>,
    /// The mandate, one paragraph per item.
    pub mandate: Vec<String>,
    /// In a proposal whose clean mandate is taken from elsewhere in the report (§4): the
    /// mandate as the Annex prints it, a flattened redline. Rule RP009 checks that the clean
    /// mandate is this text with words of the mandate in force (the deleted ones) removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandate_as_flattened: Option<FlattenedText>,
    /// Lead study-group roles (Annex A; Part 2 of a proposal).
    pub lead_roles: Vec<LeadRole>,
    /// The sentence that opens the points of guidance ("ITU-T Study Group 20 works on …").
    pub guidance_intro: String,
    /// Points of guidance (Annex B).
    pub guidance: Vec<PointOfGuidance>,
    pub annex_c: AnnexC,
    /// In a proposal: the documents the report points to for the rest of what it proposes
    /// (the text of the Questions proposed for the next period).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub see_also: Vec<DocumentPointer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encoding_notes: Vec<EncodingNote>,
}
