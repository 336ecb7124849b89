use crate::hash::HashMap;

use wtsa_model::{Outputs, RecommendationNumber};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Recommendation listed both as approved (Table 8) and as under approval (Table 9) —
    /// any number of a double-numbered Recommendation counts — when it was consented or
    /// determined on or before the day Table 8 says it was approved. The two tables exclude
    /// each other for one version: a version under approval is not yet approved. (A revision
    /// consented after an earlier version's approval is a new version, and is left alone.)
    ///
    /// ## Why it matters
    /// The Recommendation is counted twice in the report's totals, and the reader cannot tell
    /// whether the approval happened; the secretariat's record of what is in force depends on
    /// it.
    ///
    /// ## Provision
    /// Study group report to WTSA, Tables 8 and 9; WTSA Resolution 1 and Recommendation ITU-T
    /// A.8: consent or determination precedes approval, and an approved text is no longer
    /// under approval.
    ///
    /// ## Example
    /// Fires: Y.4505 in Table 8 (approved 2023-02-10) and in Table 9 (consented 2023-02-10).
    /// Quiet: SG20 2022–2024, where no Recommendation is in both tables.
    pub struct ApprovedAndUnderApproval {
        code: "OR012",
        name: "approved-and-under-approval",
        family: Family::Organisation,
        severity: Severity::Error,
        citation: citations::report("Tables 8 and 9"),
        periods: Periods::All,
    }
}

/// Each Recommendation of Table 9 that Table 8 also lists as approved on or after the day it
/// was consented or determined: (its index in `under_approval`, the index in `approved` of
/// the approval). Rule OR012 reports them; rules that would say the same of these records
/// (CT009: "approved since") leave them to it, so that one fact gives one finding.
pub(crate) fn also_approved(outputs: &Outputs) -> Vec<(usize, usize)> {
    // Keyed by the numbers themselves (equal exactly when they are written alike), borrowed
    // from the records: no number is written out.
    let mut approved: HashMap<&RecommendationNumber, usize> = HashMap::default();
    for (i, r) in outputs.approved.iter().enumerate() {
        for number in r.number.numbers() {
            approved.entry(number).or_insert(i);
        }
    }
    let mut found = Vec::new();
    for (j, pending) in outputs.under_approval.iter().enumerate() {
        let Some((i, done)) = pending.number.numbers().iter().find_map(|n| {
            approved
                .get(n)
                .and_then(|i| outputs.approved.get(*i).map(|r| (*i, r)))
        }) else {
            continue;
        };
        if pending.consented_or_determined <= done.approved {
            found.push((j, i));
        }
    }
    found
}

impl Rule for ApprovedAndUnderApproval {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(outputs) = view.outputs else {
            return;
        };
        for (j, i) in also_approved(outputs.value) {
            let (Some(pending), Some(done)) = (
                outputs.value.under_approval.get(j),
                outputs.value.approved.get(i),
            ) else {
                continue;
            };
            let diagnostic = out
                .at(
                    Spot::new(outputs.id, format!("/under_approval/{j}/number")),
                    message!(
                        "{number} is listed under approval in {source} (consented or determined {consented_or_determined}) and as approved in {approved_source} (approved {approved}): a version under approval is not yet approved",
                        number = pending.number,
                        source = pending.source,
                        consented_or_determined = pending.consented_or_determined,
                        approved_source = done.source,
                        approved = done.approved
                    ),
                )
                .related(
                    message!(
                        "{number} as approved ({source})",
                        number = done.number,
                        source = done.source
                    ),
                    Spot::new(outputs.id, format!("/approved/{i}/number")),
                )
                .fix("remove the Recommendation from Table 9, or correct its number or dates");
            out.push(diagnostic);
        }
    }
}
