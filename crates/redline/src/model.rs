//! The redline value: what every rendering reads. It is serialised as the JSON output of
//! `wtsa diff --format json`, and its JSON Schema is `redline.schema.json`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use wtsa_model::{
    Confidence, EntryStatus, Reconstruction, Resolution2Entry, StudyGroupId, StudyPeriod,
    WtsaEdition,
};

/// A redline of one Resolution 2 entry against another, part by part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Redline {
    /// The entry compared against (usually the one in force).
    pub base: EntryLabel,
    /// The entry compared (usually a proposal).
    pub proposed: EntryLabel,
    /// One part per piece of Resolution 2, in the order the Resolution prints them.
    pub parts: Vec<Part>,
    /// The counts of every part added up.
    pub summary: Counts,
}

/// Which entry a side of the redline is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EntryLabel {
    pub study_group: StudyGroupId,
    pub edition: WtsaEdition,
    pub status: EntryStatus,
    pub study_period: StudyPeriod,
}

impl EntryLabel {
    pub fn of(entry: &Resolution2Entry) -> Self {
        Self {
            study_group: entry.study_group,
            edition: entry.edition,
            status: entry.status,
            study_period: entry.study_period,
        }
    }

    /// "SG20 WTSA-20 (in force, 2022-2024)".
    pub fn describe(&self) -> String {
        let status = match self.status {
            EntryStatus::InForce => "in force",
            EntryStatus::Proposed => "proposed",
        };
        format!(
            "{} {} ({status}, {})",
            self.study_group, self.edition, self.study_period
        )
    }
}

/// A piece of a Resolution 2 entry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PartKind {
    /// The study group's title.
    Title,
    /// What a proposal says of Part 1, the general areas of study.
    GeneralAreas,
    /// The mandate, one item per paragraph.
    Mandate,
    /// Lead study-group roles (Annex A).
    LeadRoles,
    /// The sentence that opens the points of guidance.
    GuidanceIntro,
    /// Points of guidance (Annex B).
    Guidance,
    /// Footnotes of the points of guidance, as "words: text".
    GuidanceFootnotes,
    /// Annex C entries, one item per entry; `group` is the Annex's line.
    AnnexC,
    /// The notes under Annex C.
    AnnexCNotes,
}

impl PartKind {
    pub const ALL: &'static [PartKind] = &[
        PartKind::Title,
        PartKind::GeneralAreas,
        PartKind::Mandate,
        PartKind::LeadRoles,
        PartKind::GuidanceIntro,
        PartKind::Guidance,
        PartKind::GuidanceFootnotes,
        PartKind::AnnexC,
        PartKind::AnnexCNotes,
    ];

    /// The part's name as a heading.
    pub fn title(self) -> &'static str {
        match self {
            Self::Title => "Title",
            Self::GeneralAreas => "General areas of study",
            Self::Mandate => "Mandate",
            Self::LeadRoles => "Lead study-group roles (Annex A)",
            Self::GuidanceIntro => "Introduction to the points of guidance",
            Self::Guidance => "Points of guidance (Annex B)",
            Self::GuidanceFootnotes => "Footnotes to the points of guidance",
            Self::AnnexC => "Annex C entries",
            Self::AnnexCNotes => "Annex C notes",
        }
    }

    /// The kebab-case name, as in JSON and HTML ids.
    pub fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::GeneralAreas => "general-areas",
            Self::Mandate => "mandate",
            Self::LeadRoles => "lead-roles",
            Self::GuidanceIntro => "guidance-intro",
            Self::Guidance => "guidance",
            Self::GuidanceFootnotes => "guidance-footnotes",
            Self::AnnexC => "annex-c",
            Self::AnnexCNotes => "annex-c-notes",
        }
    }
}

/// One part of the redline: its items in document order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub kind: PartKind,
    /// Items in the order a reader meets them: the proposed order, with each removed item (and
    /// the old place of each moved item) after the item that preceded it in the base.
    pub items: Vec<Item>,
    pub summary: Counts,
}

/// What happened to an item.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    /// Same text, same relative place.
    Kept,
    /// Matched with a base item of similar words, text changed, same relative place.
    Changed,
    /// No base item matches it.
    Added,
    /// No proposed item matches it.
    Removed,
    /// Matched with a base item that stood elsewhere in the order; its text may also have
    /// changed (the segments say).
    Moved,
    /// The place a moved item was taken from; its text is the base text, deleted here.
    MovedAway,
}

impl ItemStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kept => "kept",
            Self::Changed => "changed",
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Moved => "moved",
            Self::MovedAway => "moved-away",
        }
    }
}

/// One item of a part: a paragraph, a role, a point of guidance, an Annex C entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub status: ItemStatus,
    /// Index of the item in the base entry's list, when it has one there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_index: Option<usize>,
    /// Index of the item in the proposed entry's list, when it has one there (for
    /// `moved-away`: where the item went).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_index: Option<usize>,
    /// Word similarity of the matched base and proposed texts, 0 to 1 (three decimals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// The Annex C line the entry is on (in the proposed entry; in the base for a removed
    /// entry). Absent for other parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The text as a word diff. Kept items have one `equal` segment, added items one
    /// `insert`, removed and moved-away items one `delete`.
    pub segments: Vec<Segment>,
    /// For a point of guidance of a proposal read back from a flattened redline: how its
    /// text was reconstructed (certainly, or by judgement with the evidence and the readings
    /// not taken), as the proposal's data records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconstruction: Option<Reconstruction>,
}

impl Item {
    /// A short note of how the item's proposed text was reconstructed, when it was by
    /// judgement: "reconstructed by judgement (1 other reading): …evidence".
    pub fn judgement_note(&self) -> Option<String> {
        let r = self.reconstruction.as_ref()?;
        if r.confidence != Confidence::Judgement {
            return None;
        }
        let others: Vec<String> = r
            .other_readings
            .iter()
            .map(|o| format!("not taken: {}", o.reading))
            .collect();
        Some(format!(
            "reconstructed by judgement ({}): {}{}",
            r.source,
            r.evidence,
            if others.is_empty() {
                String::new()
            } else {
                format!(" [{}]", others.join("; "))
            }
        ))
    }

    /// The base text (equal and deleted segments).
    pub fn base_text(&self) -> String {
        self.segments
            .iter()
            .filter(|s| s.op != Op::Insert)
            .map(|s| s.text.as_str())
            .collect()
    }

    /// The proposed text (equal and inserted segments).
    pub fn proposed_text(&self) -> String {
        self.segments
            .iter()
            .filter(|s| s.op != Op::Delete)
            .map(|s| s.text.as_str())
            .collect()
    }

    /// Whether any segment is deleted or inserted.
    pub fn has_edits(&self) -> bool {
        self.segments.iter().any(|s| s.op != Op::Equal)
    }
}

/// What a piece of text is in the diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

/// A run of text with one operation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub op: Op,
    pub text: String,
}

/// How many items of each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    pub kept: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    /// Moved items, counted once (at their new place).
    pub moved: usize,
}

impl Counts {
    pub fn of(items: &[Item]) -> Self {
        let mut counts = Self::default();
        for item in items {
            match item.status {
                ItemStatus::Kept => counts.kept += 1,
                ItemStatus::Changed => counts.changed += 1,
                ItemStatus::Added => counts.added += 1,
                ItemStatus::Removed => counts.removed += 1,
                ItemStatus::Moved => counts.moved += 1,
                ItemStatus::MovedAway => {}
            }
        }
        counts
    }

    pub fn add(&mut self, other: &Self) {
        self.kept += other.kept;
        self.changed += other.changed;
        self.added += other.added;
        self.removed += other.removed;
        self.moved += other.moved;
    }

    /// Whether anything changed.
    pub fn has_changes(&self) -> bool {
        self.changed + self.added + self.removed + self.moved > 0
    }
}
