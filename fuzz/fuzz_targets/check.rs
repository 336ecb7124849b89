#![no_main]
//! The whole catalogue on whatever a fuzzed YAML document loads as, beside the SG20 dataset:
//! rules never panic, whatever the data says.

use libfuzzer_sys::fuzz_target;
use wtsa_rules::{Dataset, Format, Limits, Selection};

fuzz_target!(|text: &str| {
    let Ok(mut dataset) = Dataset::embedded() else {
        return;
    };
    if dataset
        .add_text("fuzz.yaml", text.to_owned(), Format::Yaml, &Limits::default())
        .is_ok()
    {
        let _ = wtsa_rules::check(&dataset, &Selection::default());
    }
});
