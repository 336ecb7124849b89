//! Pieces several document kinds share: officers and their roles, counts, footnotes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::period::YearMonth;
use crate::text::{PersonId, SourceRef};

/// How the report addresses a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Honorific {
    Mr,
    Ms,
}

/// An office a person holds in a group.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum OfficeRole {
    Chair,
    CoChair,
    ViceChair,
    Rapporteur,
    CoRapporteur,
    AssociateRapporteur,
}

/// A period given to the month, inclusive, such as "from March 2017 to July 2024".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MonthRange {
    pub from: YearMonth,
    pub to: YearMonth,
}

/// How a note "Inactive: Vice-chair from March 2017 to July 2024" is read. The report does not
/// say; the reading is the curator's, recorded so that the rules read the note the same way.
/// A note that gives no reading is read as a period of inactivity, as data written before the
/// reading was recorded meant it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InactiveReading {
    /// The months are the officer's term of office ("Vice-chair from … to …"), and "Inactive"
    /// is the officer's status when the report was written: the office was held in those
    /// months and is held no longer.
    TermOfOffice,
    /// The months bound a period in which the officer held the office without exercising it.
    #[default]
    InactivityPeriod,
}

/// A note that an officer is inactive, in the report's words, with the months it gives and
/// the reading taken of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InactiveNote {
    /// The note as the report writes it, without its parentheses ("Inactive: Vice-chair from
    /// March 2017 to July 2024").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// What the months of the note are: a term of office or a period of inactivity (the
    /// reading when none is given).
    #[serde(default)]
    pub reading: InactiveReading,
    /// The first month the note gives.
    pub from: YearMonth,
    /// The last month the note gives.
    pub to: YearMonth,
    /// What in the report decides the reading taken (the meeting that appointed the
    /// officer, the end of the period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

impl InactiveNote {
    /// The note's months as a range.
    pub fn months(&self) -> MonthRange {
        MonthRange {
            from: self.from,
            to: self.to,
        }
    }
}

/// A person holding an office, with the affiliation and country as the table writes them
/// there (the same person's affiliation is sometimes written differently in two tables).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Officer {
    /// The person's key in the `people` document.
    pub person: PersonId,
    pub role: OfficeRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The report's note that the officer is inactive ("Inactive: Vice-chair from March 2017
    /// to July 2024"), with the reading taken of its months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inactive: Option<InactiveNote>,
    /// The last year of service when the report says the person served only until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub served_until_year: Option<i32>,
    /// Where this officer's row or mention comes from when it differs from the record's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// Findings of these rules about this record are accepted, each with its reason.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::common::read_suppressions"
    )]
    pub suppress: Vec<Suppression>,
}

/// Counts of outputs, as the report claims them or as the tables give them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutputCounts {
    #[serde(default)]
    pub new_recommendations: u32,
    #[serde(default)]
    pub revised_recommendations: u32,
    #[serde(default)]
    pub supplements: u32,
    #[serde(default)]
    pub technical_papers: u32,
    #[serde(default)]
    pub technical_reports: u32,
}

impl OutputCounts {
    /// New and revised Recommendations together.
    pub fn recommendations(&self) -> u32 {
        self.new_recommendations
            .saturating_add(self.revised_recommendations)
    }
}

/// How the report gives a count: in so many words ("held four (4) meetings"), or only by
/// narrating the items one by one ("Its first meeting … Its second meeting …"), from which
/// the count is inferred.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CountBasis {
    /// The report states the number.
    #[default]
    Stated,
    /// The report states no number; the count is the highest ordinal of its narration.
    Inferred,
}

impl CountBasis {
    pub fn is_stated(&self) -> bool {
        *self == Self::Stated
    }
}

/// A stated count with its source, such as "examined 521 contributions" (§3.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatedCount {
    pub count: u32,
    /// The words the report uses, when they are worth keeping ("seven (7)").
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

/// A decision, recorded in the data beside the record it is about, that a rule's finding on
/// that record is accepted. The reason is required: a suppression without one is itself a
/// finding (WT001), as is one that suppresses nothing (WT002).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The rule's code, such as `RC004`.
    pub rule: String,
    /// Why the finding is accepted.
    pub reason: String,
}

thread_local! {
    /// Whether a `suppress` list has been read on this thread since
    /// [`take_suppressions_read`] last asked.
    static SUPPRESSIONS_READ: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reads a record's `suppress` list, noting that one was read ([`take_suppressions_read`]).
pub(super) fn read_suppressions<'de, D>(deserializer: D) -> Result<Vec<Suppression>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    SUPPRESSIONS_READ.with(|read| read.set(true));
    Vec::deserialize(deserializer)
}

/// Whether a `suppress` list (even an empty one) has been read on this thread, by any
/// document's deserialisation, since the last call, which forgets it. A loader asks before
/// and after parsing a document: a document in which none was read holds no suppression, and
/// the suppression pass need not walk it. The parse knows it exactly (an escaped key, such as
/// `"suppr\u0065ss"`, is a `suppress` key once decoded), where a search of the text had to
/// read every byte a second time and guess.
pub fn take_suppressions_read() -> bool {
    SUPPRESSIONS_READ.with(|read| read.replace(false))
}
