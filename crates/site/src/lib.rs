//! wtsa-site: a static site of a wtsa dataset, for the people around a study group who do not
//! read YAML or a linter's output.
//!
//! [`build`] turns a loaded dataset into the pages of a site that works from `file://` or any
//! static host: an index of study groups and periods; for each study group and period its
//! management, Working Parties and Questions with their officers (each linked to a person
//! page), its outputs with what the ITU-T catalogue publishes of them, its meetings, the
//! report's claims beside what the data counts, the findings of `wtsa check` grouped by rule
//! and linked to the data file and line, the redline of its proposed Resolution 2 entry and the
//! Annex C map of the series it owns; the rule reference; the data files themselves. Pictures
//! (timeline, approvals, lead times, Annex C map) are SVG drawn at build time, each with a
//! text alternative and its numbers in a table.
//!
//! Every page carries the Content-Security-Policy of the HTML redline (no script, nothing
//! loaded), every datum goes through the one HTML escaper, and the same data gives the same
//! bytes. [`write`] puts the site on disk through `wtsa_dataset`'s directory writer (all at
//! once, never over an input); [`build`] only renders.

mod layout;
mod pages;
pub mod paths;
mod site;
mod svg;

pub use site::build;

use std::path::Path;

use wtsa_dataset::write::{write_directory, Inputs, WriteError};
use wtsa_dataset::Dataset;
use wtsa_rules::Selection;

/// Builds the site of `dataset` and writes it as the directory `out`, all at once: an existing
/// `out` is replaced only with `force`, and never when it is, or holds, one of `inputs`.
/// Returns the number of files written.
pub fn write(
    dataset: &Dataset,
    selection: &Selection,
    inputs: &Inputs,
    out: &Path,
    force: bool,
) -> Result<usize, WriteError> {
    inputs.refuse("--out", out)?;
    wtsa_dataset::write::check_target(out, force)?;
    let files = build(dataset, selection);
    write_directory(&files, out, force)?;
    Ok(files.len())
}
