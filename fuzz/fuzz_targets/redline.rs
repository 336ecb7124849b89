#![no_main]
//! The redline: the SG20 entry in force against a fuzzed proposal (any text that loads as a
//! Resolution 2 entry) — diff, every rendering and the flattening never panic, and the HTML
//! never carries a raw `<script`.

use libfuzzer_sys::fuzz_target;
use wtsa_model::Document;
use wtsa_rules::{Dataset, Format, Limits};

fuzz_target!(|text: &str| {
    let Ok(dataset) = Dataset::embedded() else {
        return;
    };
    let Some(base) = dataset.documents.iter().find_map(|d| match &d.document {
        Document::Resolution2Entry(e) if e.edition.number() == 20 => Some(e.clone()),
        _ => None,
    }) else {
        return;
    };
    let mut fuzzed = Dataset::default();
    if fuzzed
        .add_text("fuzz.yaml", text.to_owned(), Format::Yaml, &Limits::default())
        .is_err()
    {
        return;
    }
    let Some(Document::Resolution2Entry(proposed)) = fuzzed.documents.first().map(|d| &d.document) else {
        return;
    };
    let redline = wtsa_redline::diff(&base, proposed);
    let html = wtsa_redline::html::render(&redline);
    assert!(!html.to_ascii_lowercase().contains("<script"), "unescaped script");
    let _ = wtsa_redline::markdown::render(&redline);
    let _ = wtsa_redline::json::render(&redline);
    let _ = wtsa_redline::human::render(&redline, Default::default());
    let _ = wtsa_redline::flatten(&redline);
});
