//! Designations: every identifier the report uses, as a type that parses once.

mod annex_c;
mod error;
mod group;
mod macros;
pub(crate) use macros::string_designation;
mod output;
mod prefix;
mod recommendation;
mod supplement;
mod technical;

pub use annex_c::{AnnexCEntry, AnnexCItem};
pub use error::DesignationError;
pub use group::{QuestionId, ReportNumber, ReportRange, StudyGroupId, WorkingPartyId};
pub use output::OutputDesignation;
pub use prefix::strip_itu_t_prefix;
pub use recommendation::{RecommendationDesignation, RecommendationNumber, MAX_PARTS};
pub use supplement::SupplementNumber;
pub use technical::{TechnicalPublicationId, TechnicalPublicationKind};
