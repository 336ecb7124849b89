//! Designations: every identifier the report uses, as a type that parses once.

mod annex_c;
mod catalogue_number;
mod cursor;
mod edition_number;
mod error;
mod group;
mod macros;
pub(crate) use macros::string_designation;
mod output;
mod prefix;
mod publication;
mod recommendation;
mod supplement;
mod technical;

pub use annex_c::{AnnexCEntry, AnnexCItem};
pub use catalogue_number::{
    CatalogueDesignation, CatalogueNumber, NumberMark, NumberSpanEnd, NumberSuffix,
};
pub use edition_number::EditionNumber;
pub(crate) use error::malformed;
pub use error::DesignationError;
pub use group::{
    OtherGroupName, QuestionId, ReportNumber, ReportRange, ResponsibleGroup, StudyGroupId,
    WorkingPartyId,
};
pub use output::OutputDesignation;
pub use prefix::strip_itu_t_prefix;
pub use publication::{
    AnnexLabel, AppendixContent, AppendixLabel, BlockSeparator, NamedPublication, PublicationId,
    PublicationItem, PublicationKind, PublicationPart, PublicationSubject, SeriesBlock,
    SeriesScope, VersionMark, VersionStyle, MAX_ITEMS,
};
pub use recommendation::{NumberParts, RecommendationDesignation, RecommendationNumber, MAX_PARTS};
pub use supplement::SupplementNumber;
pub use technical::{TechnicalPublicationId, TechnicalPublicationKind};
