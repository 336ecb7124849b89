//! `LR`: the mandate and lead study-group roles of Resolution 2, Annexes A and B, against
//! each other and against what the report says the study group did with them.

pub mod lead_activity_reports_missing;
pub mod lead_role_not_covered;
pub mod lead_roles_performed;
pub mod title_differs_from_entry_in_force;

use std::collections::BTreeSet;

use wtsa_model::{LeadRole, Resolution2Entry};

use wtsa_model::text::wording::subject_words;

/// The subject words of an entry's title, mandate and points of guidance: what the entry
/// says the study group studies.
pub(crate) fn entry_words(entry: &Resolution2Entry) -> BTreeSet<String> {
    std::iter::once(entry.title.as_str())
        .chain(entry.mandate.iter().map(String::as_str))
        .chain(entry.guidance.iter().map(|g| g.text.as_str()))
        .flat_map(subject_words)
        .collect()
}

/// The subject words of a lead role (`LeadRole::subject`) that the entry's title, mandate and
/// points of guidance never use, in the role's order and without repeats. Empty when the
/// entry covers the role's subject.
///
/// `covered` is the entry's [`entry_words`], gathered once for all of its roles.
pub(crate) fn uncovered_words(covered: &BTreeSet<String>, role: &LeadRole) -> Vec<String> {
    let mut missing: Vec<String> = Vec::new();
    for word in subject_words(role.subject()) {
        if !covered.contains(&word) && !missing.contains(&word) {
            missing.push(word);
        }
    }
    missing
}

/// Joins items as prose: `a`, `a and b`, `a, b and c`.
pub(crate) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
