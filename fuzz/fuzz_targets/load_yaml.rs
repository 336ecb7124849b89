#![no_main]
//! The YAML loader: any bytes give a document or an error with a position; never a panic.

use libfuzzer_sys::fuzz_target;
use wtsa_rules::{Dataset, Format, Limits};

fuzz_target!(|text: &str| {
    let mut dataset = Dataset::default();
    if let Err(error) = dataset.add_text("fuzz.yaml", text.to_owned(), Format::Yaml, &Limits::default()) {
        assert!(error.to_string().starts_with("fuzz.yaml:"));
    }
});
