use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::suppression::SuppressionOutcome;

declare_rule! {
    /// ## What it checks
    /// A `suppress:` entry that suppressed no finding in this run.
    ///
    /// ## Why it matters
    /// Once the inconsistency is fixed, or the rule changes, a stale suppression would hide
    /// the next, different finding of the same rule on the same record. Remove it.
    ///
    /// ## Provision
    /// wtsa's own convention for suppressions in the data.
    ///
    /// ## Example
    /// Fires: `suppress: [{rule: AC003, reason: "…"}]` on a Recommendation that Annex C covers.
    /// Quiet: the same suppression on a Recommendation that AC003 reports.
    pub struct SuppressionUnused {
        code: "WT002",
        name: "suppression-unused",
        family: Family::Wtsa,
        severity: Severity::Warning,
        citation: citations::WTSA_CONFIGURATION,
        periods: Periods::All,
    }
}

impl Rule for SuppressionUnused {
    fn check_suppression(&self, outcome: &SuppressionOutcome<'_>, out: &mut Sink<'_>) {
        let suppression = outcome.suppression;
        // Without a reason it could not be used (WT001 says so); a rule that did not run
        // found nothing it could have accepted.
        if suppression.has_reason() && outcome.rule_ran && !outcome.used {
            out.emit(
                suppression.spot(),
                message!(
                    "suppression of {rule} suppressed nothing: remove it",
                    rule = suppression.rule
                ),
            );
        }
    }
}
