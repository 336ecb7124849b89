//! wtsa-model: the typed model of ITU-T study-group governance.
//!
//! It holds the designations the report uses (Recommendation numbers, Supplements, Questions,
//! Annex C entries, the ITU-T catalogue's publication identifiers …) as types that parse once
//! and display canonically, and the document kinds of a wtsa dataset (Resolution 2 entries,
//! organisation, meetings, outputs, the report's own claims, the ITU-T publication catalogue
//! and its index), with serde and JSON Schema derivations; and the one set of text primitives
//! ([`text`]: words, accent folding, the report's wordings, escaping per output language).
//!
//! It is not a loader: it reads no files and prints nothing (see `wtsa-dataset` for loading with
//! locations, and `wtsa-cli` for the command line).

pub mod designation;
pub mod document;
pub mod period;
pub mod schema;
pub mod text;

pub use designation::*;
pub use document::*;
pub use period::*;
pub use text::{DocumentNumber, GroupAcronym, LeadRole, LeadRolePreposition, PersonId, SourceRef};
