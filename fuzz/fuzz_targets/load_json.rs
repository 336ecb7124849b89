#![no_main]
//! The JSON loader: any bytes give a document or an error with a position; never a panic.

use libfuzzer_sys::fuzz_target;
use wtsa_rules::{Dataset, Format, Limits};

fuzz_target!(|text: &str| {
    let mut dataset = Dataset::default();
    if let Err(error) = dataset.add_text("fuzz.json", text.to_owned(), Format::Json, &Limits::default()) {
        assert!(error.to_string().starts_with("fuzz.json:"));
    }
});
