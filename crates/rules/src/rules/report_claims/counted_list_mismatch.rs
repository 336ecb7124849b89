use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::count;

declare_rule! {
    /// ## What it checks
    /// A list the report gives with the number of its items ("supported by 19 United Nations
    /// Agencies and Programmes (CBD, ECLAC, …)"): the number stated against the items named.
    ///
    /// ## Why it matters
    /// The number and the list state one fact twice. When they disagree, either items were
    /// left out of the list or the number is stale; a reader quoting either passes on an
    /// error.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.4 (the lists of partners and resources); plain
    /// logic: a count of a list is the number of its items.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: §3.4.1 says U4SSC is supported by 19 United Nations Agencies
    /// and Programmes and names 16.
    /// Quiet: a list of 16 named with the number 16.
    pub struct CountedListMismatch {
        code: "RC007",
        name: "counted-list-mismatch",
        family: Family::ReportClaims,
        severity: Severity::Warning,
        citation: citations::report("§3.4"),
        periods: Periods::All,
    }
}

impl Rule for CountedListMismatch {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(activities) = view.activities else {
            return;
        };
        for (j, list) in activities.value.counted_lists.iter().enumerate() {
            let named = count(list.items.len());
            if u64::from(list.count) == named {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(activities.id, format!("/counted_lists/{j}/count")),
                    message!(
                        "{source} counts {count} {about} but names {named} ({items}); the number and the list must agree",
                        source = list.source,
                        count = list.count,
                        about = list.about,
                        named,
                        items = list.items,
                    ),
                )
                .related(
                    "the items the report names",
                    Spot::new(activities.id, format!("/counted_lists/{j}/items")),
                )
                .fix("name every item counted, or correct the number");
            out.push(diagnostic);
        }
    }
}
