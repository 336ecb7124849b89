//! `WT`: wtsa's own checks on suppressions recorded in the data. The engine evaluates them
//! after every other rule (they are about what the other rules found).

pub mod suppression_unknown_rule;
pub mod suppression_unused;
pub mod suppression_without_reason;
