use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::suppression::SuppressionOutcome;

declare_rule! {
    /// ## What it checks
    /// A `suppress:` entry naming a rule code that does not exist.
    ///
    /// ## Why it matters
    /// A mistyped code suppresses nothing while looking like a decision. Codes are stable:
    /// a removed rule's code is never reused, so an unknown code is always a mistake.
    ///
    /// ## Provision
    /// wtsa's own convention for suppressions in the data.
    ///
    /// ## Example
    /// Fires: `suppress: [{rule: RC040, reason: "…"}]`.
    /// Quiet: `suppress: [{rule: RC004, reason: "…"}]`.
    pub struct SuppressionUnknownRule {
        code: "WT003",
        name: "suppression-unknown-rule",
        family: Family::Wtsa,
        severity: Severity::Error,
        citation: citations::WTSA_CONFIGURATION,
        periods: Periods::All,
    }
}

impl Rule for SuppressionUnknownRule {
    fn check_suppression(&self, outcome: &SuppressionOutcome<'_>, out: &mut Sink<'_>) {
        let suppression = outcome.suppression;
        if outcome.rule.is_none() {
            out.emit(
                suppression.spot(),
                message!(
                    "suppression names rule `{rule}`, which does not exist",
                    rule = suppression.rule
                ),
            );
        }
    }
}
