//! Times loading the committed catalogue (`data/catalogue/itu-t.json`, or the file given) and
//! building its index:
//!
//! ```text
//! cargo run --release -p wtsa-catalogue --example load_committed
//! ```

use std::process::ExitCode;
use std::time::Instant;

use wtsa_model::{Catalogue, CatalogueIndex};

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/catalogue/itu-t.json"
        )
        .to_owned()
    });
    let started = Instant::now();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::from(2);
        }
    };
    let read = started.elapsed();
    let catalogue: Catalogue = match serde_json::from_str(&text) {
        Ok(catalogue) => catalogue,
        Err(error) => {
            eprintln!("{path}: {error}");
            return ExitCode::from(2);
        }
    };
    let parsed = started.elapsed();
    let count = catalogue.publications.len();
    let index = CatalogueIndex::new(catalogue);
    let indexed = started.elapsed();
    eprintln!(
        "{count} publications, {} numbers, {} bytes: read {read:.2?}, parsed {:.2?}, indexed {:.2?}",
        index.numbers().count(),
        text.len(),
        parsed - read,
        indexed - parsed
    );
    ExitCode::SUCCESS
}
