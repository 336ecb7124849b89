use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::annex_c::Coverage;

use super::RES2_PROPOSAL;

declare_rule! {
    /// ## What it checks
    /// A Recommendation the study group approved, consented or determined in the period
    /// (Tables 8 and 9) that an entry of its Annex C in force covers but no entry of its
    /// proposed Annex C does. (A Recommendation the Annex C in force does not cover either is
    /// rule AC003's finding.)
    ///
    /// ## Why it matters
    /// Narrowing or deleting an Annex C entry gives up the Recommendations under it. Unless the
    /// proposal, or another study group's, takes them over, the study group's own work of the
    /// period is left under no study group's responsibility and cannot be maintained.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, as amended on the study group's
    /// proposal.
    ///
    /// ## Example
    /// Fires: SG20 approved Q.3052, its Annex C in force lists `Q.3052`, and its proposed Annex C
    /// no longer does.
    /// Quiet: the proposed Annex C is the one in force.
    pub struct AnnexCChangeOrphans {
        code: "RP004",
        name: "annex-c-change-orphans",
        family: Family::Proposal,
        severity: Severity::Error,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

impl Rule for AnnexCChangeOrphans {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(in_force) = view.in_force else {
            return;
        };
        let records = view.recommendations();
        for proposal in &view.proposals {
            // Looked up, not scanned: only a Recommendation the proposal does not cover is
            // searched for in the Annex C in force.
            let proposed = Coverage::of(proposal.annex_c.entries());
            for record in &records {
                let numbers = record.designation.numbers();
                if numbers.iter().any(|n| proposed.contains(n)) {
                    continue;
                }
                let Some(old_entry) = in_force
                    .annex_c
                    .entries()
                    .find(|e| numbers.iter().any(|n| e.contains(n)))
                    .cloned()
                else {
                    continue;
                };
                let diagnostic = out
                    .at(
                        Spot::new(proposal.id, "/annex_c"),
                        format!(
                            "{} ({}, {} by {}) is under `{old_entry}` in the Annex C in force ({}) but under no entry of the proposed Annex C ({})",
                            record.designation,
                            record.title,
                            record.stage,
                            view.study_group,
                            in_force.edition,
                            proposal.edition,
                        ),
                    )
                    .related("the Recommendation", record.spot.clone())
                    .related("the Annex C in force", Spot::new(in_force.id, "/annex_c"))
                    .fix("keep an entry covering the Recommendation, or record which study group takes it over");
                out.push(diagnostic);
            }
        }
    }
}
