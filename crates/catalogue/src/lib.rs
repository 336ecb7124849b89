//! wtsa-catalogue: reads the ITU-T publication catalogue from the Relaton YAML records of
//! `relaton/relaton-data-itu` (one `itu-t-*.yaml` file per publication) into a
//! [`Catalogue`], and renders the catalogue in the compact form the repository commits.
//!
//! It reads; it does not write. The caller writes the rendered text (atomically, through the
//! dataset crate). A damaged record never stops the reading: it is left out and reported as a
//! [`Diagnostic`] naming its file.

mod compact;
mod diagnostic;
mod read;
mod relaton;

pub use compact::to_compact_json;
pub use diagnostic::{Diagnostic, Error};
pub use read::read_dir;
pub use relaton::read_record;

pub use wtsa_model::{Catalogue, CommitId, Provenance, Publication};

/// The upstream repository the catalogue is harvested from.
pub const UPSTREAM_REPOSITORY: &str = "https://github.com/relaton/relaton-data-itu";
