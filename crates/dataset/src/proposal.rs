//! Resolution 2 entries for `wtsa diff` and `wtsa check --proposal`: read from a file, taken
//! from the embedded dataset, or added to a dataset as the proposal to check.

use std::path::{Path, PathBuf};

use thiserror::Error;
use wtsa_model::{Document, EntryStatus, Resolution2Entry};

use crate::load::{Dataset, Limits, LoadError};

#[derive(Debug, Error)]
pub enum EntryError {
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Load(Vec<LoadError>),
    #[error("{path}: not a Resolution 2 entry (expected `kind: resolution2-entry`)")]
    NotAnEntry { path: String },
    #[error("{path}: holds {count} documents; give one Resolution 2 entry per file")]
    NotOneDocument { path: String, count: usize },
    #[error("{path}: the entry's status is `in-force`; a proposal has `status: proposed`")]
    NotAProposal { path: String },
    #[error("the dataset holds no proposed Resolution 2 entry")]
    NoProposal,
    #[error("the dataset holds no Resolution 2 entry of {study_group} in force before {edition}")]
    NoEntryInForce {
        study_group: String,
        edition: String,
    },
}

/// The one Resolution 2 entry in the file at `path`.
pub fn load_entry(path: &Path, limits: &Limits) -> Result<Resolution2Entry, EntryError> {
    let dataset = Dataset::load(&[path.to_path_buf()], limits).map_err(EntryError::Load)?;
    let display = path.display().to_string();
    match dataset.documents.as_slice() {
        [one] => match &one.document {
            Document::Resolution2Entry(entry) => Ok(entry.clone()),
            _ => Err(EntryError::NotAnEntry { path: display }),
        },
        many => Err(EntryError::NotOneDocument {
            path: display,
            count: many.len(),
        }),
    }
}

/// The entry in force that `proposal` would replace: its study group's latest entry in force
/// for an earlier WTSA.
pub fn entry_in_force_for<'a>(
    dataset: &'a Dataset,
    proposal: &Resolution2Entry,
) -> Result<&'a Resolution2Entry, EntryError> {
    dataset
        .documents
        .iter()
        .filter_map(|d| match &d.document {
            Document::Resolution2Entry(e)
                if e.status == EntryStatus::InForce
                    && e.study_group == proposal.study_group
                    && e.edition < proposal.edition =>
            {
                Some(e)
            }
            _ => None,
        })
        .max_by_key(|e| e.edition)
        .ok_or_else(|| EntryError::NoEntryInForce {
            study_group: proposal.study_group.to_string(),
            edition: proposal.edition.to_string(),
        })
}

/// The dataset's first proposal and the entry in force it would replace (for the embedded
/// dataset: SG20's WTSA-20 entry and its proposal for WTSA-24).
pub fn default_pair(dataset: &Dataset) -> Result<(Resolution2Entry, Resolution2Entry), EntryError> {
    let proposal = dataset
        .documents
        .iter()
        .find_map(|d| match &d.document {
            Document::Resolution2Entry(e) if e.status == EntryStatus::Proposed => Some(e),
            _ => None,
        })
        .ok_or(EntryError::NoProposal)?;
    let in_force = entry_in_force_for(dataset, proposal)?;
    Ok((in_force.clone(), proposal.clone()))
}

/// Adds the proposal in `path` to `dataset`, in place of any proposal of the same study group
/// for the same WTSA, so that `wtsa check` checks it against the entry in force.
pub fn add_proposal(
    dataset: &mut Dataset,
    path: &PathBuf,
    limits: &Limits,
) -> Result<(), EntryError> {
    let mut extra = Dataset::load(std::slice::from_ref(path), limits).map_err(EntryError::Load)?;
    let display = path.display().to_string();
    let proposal = match extra.documents.as_slice() {
        [one] => match &one.document {
            Document::Resolution2Entry(e) if e.status == EntryStatus::Proposed => e.clone(),
            Document::Resolution2Entry(_) => {
                return Err(EntryError::NotAProposal { path: display })
            }
            _ => return Err(EntryError::NotAnEntry { path: display }),
        },
        many => {
            return Err(EntryError::NotOneDocument {
                path: display,
                count: many.len(),
            })
        }
    };
    dataset.documents.retain(|d| match &d.document {
        Document::Resolution2Entry(e) => {
            !(e.status == EntryStatus::Proposed
                && e.study_group == proposal.study_group
                && e.edition == proposal.edition)
        }
        _ => true,
    });
    let offset = dataset.files.len();
    dataset.files.append(&mut extra.files);
    for mut document in extra.documents {
        document.file += offset;
        dataset.documents.push(document);
    }
    Ok(())
}
