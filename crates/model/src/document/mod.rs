//! The document kinds of a dataset and the corpus that holds them.

mod activities;
mod catalogue;
mod catalogue_index;
mod claims;
mod common;
mod kind;
mod meetings;
mod organisation;
mod outputs;
mod people;
mod resolution2;
mod study_group;

pub use activities::{Activities, Activity, ActivityCategory, CountedList, WebPage};
pub use catalogue::{Catalogue, CommitId, Doctype, Provenance, Publication, PublicationStage};
pub use catalogue_index::CatalogueIndex;
pub use claims::{
    Conversion, GroupMeetingCount, GroupSection, LeadActivityReport, LeadRolesPerformed,
    ListedOutput, QuestionClaim, ReportClaims, StatedMonth, Totals,
};
pub use common::{
    take_suppressions_read, CountBasis, Honorific, InactiveNote, InactiveReading, MonthRange,
    OfficeRole, Officer, OutputCounts, StatedCount, Suppression,
};
pub use kind::*;
pub use meetings::{GroupMeeting, Meetings, Plenary, RapporteurMeeting};
pub use organisation::{
    DeletedQuestion, Establishment, EstablishmentBasis, GroupKind, GroupMention, Organisation,
    OtherGroup, Question, QuestionOrigin, WorkingParty,
};
pub use outputs::{
    ApprovalProcess, ApprovedRecommendation, DeletedRecommendation, OtherPublication, Outputs,
    PublicationStatus, RecommendationUnderApproval, Revision, SubmittedRecommendation, Supplement,
    TechnicalPublication,
};
pub use people::{People, Person, PersonLink};
pub use resolution2::{
    AnnexC, Confidence, DocumentPointer, EncodingNote, EntryStatus, FlattenedText, Footnote,
    OtherReading, PointOfGuidance, Reconstruction, Resolution2Entry,
};
pub use study_group::{Management, Responsibilities, StudyGroup};

use crate::designation::StudyGroupId;
use crate::period::StudyPeriod;

/// One document of any kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    /// The ITU-T publication catalogue: the one kind not about a study group and period.
    /// Held with its index, built once at load.
    Catalogue(Box<CatalogueIndex>),
    StudyGroup(StudyGroup),
    Resolution2Entry(Resolution2Entry),
    People(People),
    Organisation(Organisation),
    Meetings(Meetings),
    Outputs(Outputs),
    ReportClaims(ReportClaims),
    Activities(Activities),
}

impl Document {
    pub fn kind(&self) -> DocumentKind {
        match self {
            Self::StudyGroup(_) => DocumentKind::StudyGroup,
            Self::Resolution2Entry(_) => DocumentKind::Resolution2Entry,
            Self::People(_) => DocumentKind::People,
            Self::Organisation(_) => DocumentKind::Organisation,
            Self::Meetings(_) => DocumentKind::Meetings,
            Self::Outputs(_) => DocumentKind::Outputs,
            Self::ReportClaims(_) => DocumentKind::ReportClaims,
            Self::Activities(_) => DocumentKind::Activities,
            Self::Catalogue(_) => DocumentKind::Catalogue,
        }
    }

    /// The study group the document is about.
    pub fn study_group(&self) -> Option<StudyGroupId> {
        match self {
            Self::StudyGroup(d) => Some(d.study_group),
            Self::Resolution2Entry(d) => Some(d.study_group),
            Self::People(d) => Some(d.study_group),
            Self::Organisation(d) => Some(d.study_group),
            Self::Meetings(d) => Some(d.study_group),
            Self::Outputs(d) => Some(d.study_group),
            Self::ReportClaims(d) => Some(d.study_group),
            Self::Activities(d) => Some(d.study_group),
            Self::Catalogue(_) => None,
        }
    }

    /// The study period the document is about (for a Resolution 2 entry, the one it governs).
    pub fn study_period(&self) -> Option<StudyPeriod> {
        match self {
            Self::StudyGroup(d) => Some(d.study_period),
            Self::Resolution2Entry(d) => Some(d.study_period),
            Self::People(d) => Some(d.study_period),
            Self::Organisation(d) => Some(d.study_period),
            Self::Meetings(d) => Some(d.study_period),
            Self::Outputs(d) => Some(d.study_period),
            Self::ReportClaims(d) => Some(d.study_period),
            Self::Activities(d) => Some(d.study_period),
            Self::Catalogue(_) => None,
        }
    }

    /// The document as a JSON value, in the shape its schema describes.
    pub fn to_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        match self {
            Self::StudyGroup(d) => serde_json::to_value(d),
            Self::Resolution2Entry(d) => serde_json::to_value(d),
            Self::People(d) => serde_json::to_value(d),
            Self::Organisation(d) => serde_json::to_value(d),
            Self::Meetings(d) => serde_json::to_value(d),
            Self::Outputs(d) => serde_json::to_value(d),
            Self::ReportClaims(d) => serde_json::to_value(d),
            Self::Activities(d) => serde_json::to_value(d),
            Self::Catalogue(d) => serde_json::to_value(d.catalogue()),
        }
    }
}

/// The JSON Schema (draft 2020-12) of one document kind, as wtsa publishes it (see
/// [`crate::schema`]: versioned `$id`, standard formats only).
pub fn schema_for(kind: DocumentKind) -> schemars::Schema {
    use crate::schema::published_schema;
    let title = format!("wtsa {} document", kind.name());
    match kind {
        DocumentKind::StudyGroup => published_schema::<StudyGroup>(kind.name(), &title),
        DocumentKind::Resolution2Entry => published_schema::<Resolution2Entry>(kind.name(), &title),
        DocumentKind::People => published_schema::<People>(kind.name(), &title),
        DocumentKind::Organisation => published_schema::<Organisation>(kind.name(), &title),
        DocumentKind::Meetings => published_schema::<Meetings>(kind.name(), &title),
        DocumentKind::Outputs => published_schema::<Outputs>(kind.name(), &title),
        DocumentKind::ReportClaims => published_schema::<ReportClaims>(kind.name(), &title),
        DocumentKind::Activities => published_schema::<Activities>(kind.name(), &title),
        DocumentKind::Catalogue => published_schema::<Catalogue>(kind.name(), &title),
    }
}
