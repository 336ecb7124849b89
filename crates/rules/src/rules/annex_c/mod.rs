//! `AC`: Annex C, the Recommendations under a study group's responsibility.

pub mod across_study_groups;
pub mod double_number;
pub mod entry_malformed;
pub mod outside_annex_c;
pub mod overlap;
pub mod supplement_parent;
