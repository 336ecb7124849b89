//! Reading a directory of upstream records.

use std::collections::HashMap;
use std::path::Path;

use wtsa_model::{Catalogue, Provenance, PublicationId};

use crate::diagnostic::{Diagnostic, Error};
use crate::relaton::read_record;

/// Whether a file name is one of upstream's ITU-T records; the same directory holds the ITU-R
/// records (`itu-r-*.yaml`), which are not ours.
fn is_itu_t_record(name: &str) -> bool {
    name.starts_with("itu-t-") && name.ends_with(".yaml")
}

/// Reads every `itu-t-*.yaml` record of `directory` (upstream's `data/`) into a catalogue
/// taken from `source`, sorted in the catalogue's order.
///
/// A record that cannot be read, is not YAML, or lacks or garbles a fact the catalogue
/// requires (identifier, published date, doctype) or gives one it cannot understand (an
/// edition, stage or group) is left out, with a [`Diagnostic`] naming its file; a missing
/// title, group, stage, edition or link is normal and not reported. Of two records with the
/// same identifier, the first by file name is kept. Files are read in file-name order, so the
/// diagnostics come in that order.
pub fn read_dir(
    directory: &Path,
    source: Provenance,
) -> Result<(Catalogue, Vec<Diagnostic>), Error> {
    let read_error = |source| Error::ReadDir {
        path: directory.to_owned(),
        source,
    };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(directory).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        // A name that is not UTF-8 cannot be an `itu-t-*.yaml` record.
        if let Some(name) = entry
            .file_name()
            .to_str()
            .filter(|name| is_itu_t_record(name))
        {
            names.push(name.to_owned());
        }
    }
    if names.is_empty() {
        return Err(Error::NoRecords {
            path: directory.to_owned(),
        });
    }
    names.sort();

    let mut publications = Vec::with_capacity(names.len());
    let mut diagnostics = Vec::new();
    let mut first_file: HashMap<PublicationId, String> = HashMap::with_capacity(names.len());
    for name in names {
        let text = match std::fs::read_to_string(directory.join(&name)) {
            Ok(text) => text,
            Err(error) => {
                diagnostics.push(Diagnostic::Unreadable {
                    file: name,
                    reason: error.to_string(),
                });
                continue;
            }
        };
        match read_record(&name, &text) {
            Ok(publication) => {
                if let Some(first) = first_file.get(&publication.id) {
                    diagnostics.push(Diagnostic::DuplicateIdentifier {
                        file: name,
                        id: publication.id.to_string(),
                        first_file: first.clone(),
                    });
                    continue;
                }
                first_file.insert(publication.id.clone(), name);
                publications.push(publication);
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    Ok((Catalogue::new(source, publications), diagnostics))
}
