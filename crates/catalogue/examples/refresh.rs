//! Reads upstream's `data/` directory and prints the catalogue's committed form on standard
//! output, the diagnostics and a count on standard error:
//!
//! ```text
//! cargo run --release -p wtsa-catalogue --example refresh -- <relaton-data-itu>/data <commit> > itu-t.json
//! ```
//!
//! A development aid until the CLI offers the refresh (and writes the file atomically).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use wtsa_catalogue::{read_dir, to_compact_json, CommitId, Provenance, UPSTREAM_REPOSITORY};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(directory), Some(commit)) = (args.next(), args.next()) else {
        eprintln!("usage: refresh <relaton-data-itu>/data <commit>");
        return ExitCode::from(2);
    };
    let commit: CommitId = match commit.parse() {
        Ok(commit) => commit,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let source = Provenance {
        repository: UPSTREAM_REPOSITORY.to_owned(),
        commit,
    };
    let (catalogue, diagnostics) = match read_dir(&PathBuf::from(directory), source) {
        Ok(read) => read,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let read = started.elapsed();
    for diagnostic in &diagnostics {
        eprintln!("{diagnostic}");
    }
    match to_compact_json(&catalogue) {
        Ok(text) => print!("{text}"),
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    }
    eprintln!(
        "{} publications, {} records left out, read in {:.2?}",
        catalogue.publications.len(),
        diagnostics.len(),
        read
    );
    ExitCode::SUCCESS
}
