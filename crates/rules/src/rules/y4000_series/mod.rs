//! `YS`: Y.4000-series membership and sub-series.
//!
//! The sub-series table is data (`tables/y4000-subseries.yaml`); its keywords and Question
//! flags are wtsa's curation, so the sub-series rules are informational.

pub mod sub_series_question;
pub mod sub_series_title;
pub mod transferred_without_y4000_number;

use crate::tables::{SeriesTable, SubSeries};

/// Names a sub-series as findings do: `'Requirements and use cases' (Y.4100–Y.4249)`.
pub(crate) fn describe(table: &SeriesTable, sub_series: &SubSeries) -> String {
    format!("'{}' ({})", sub_series.heading, table.range_of(sub_series))
}

/// Quotes matched words: `"Requirements", "use cases"`.
pub(crate) fn quoted(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Joins phrases with commas and a final "and".
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
