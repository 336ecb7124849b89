#![no_main]
//! The importer on arbitrary text: a dataset or diagnostics, never a panic.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = wtsa_import::import(text, &wtsa_import::ImportOptions::default());
});
