use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::suppression::SuppressionOutcome;

declare_rule! {
    /// ## What it checks
    /// A `suppress:` entry in the data whose `reason` is empty.
    ///
    /// ## Why it matters
    /// A suppression is a decision that a finding is accepted; without its reason the next
    /// reviewer cannot tell an accepted inconsistency from a silenced one. A suppression
    /// without a reason suppresses nothing: the finding it names is still reported.
    ///
    /// ## Provision
    /// wtsa's own convention for suppressions in the data.
    ///
    /// ## Example
    /// Fires: `suppress: [{rule: RC004, reason: ""}]`.
    /// Quiet: `suppress: [{rule: RC004, reason: "Table 8 gives the title as published"}]`.
    pub struct SuppressionWithoutReason {
        code: "WT001",
        name: "suppression-without-reason",
        family: Family::Wtsa,
        severity: Severity::Error,
        citation: citations::WTSA_CONFIGURATION,
        periods: Periods::All,
    }
}

impl Rule for SuppressionWithoutReason {
    fn check_suppression(&self, outcome: &SuppressionOutcome<'_>, out: &mut Sink<'_>) {
        let suppression = outcome.suppression;
        // An unknown code is WT003's finding alone: the missing reason is the lesser fault.
        if outcome.rule.is_some() && !suppression.has_reason() {
            out.emit(
                suppression.spot(),
                message!(
                    "suppression of {rule} has no reason, so it suppresses nothing",
                    rule = suppression.rule
                ),
            );
        }
    }
}
