use wtsa_model::AnnexCEntry;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Supplement whose parent Recommendation or series is not under the study group's
    /// Annex C in force.
    ///
    /// ## Why it matters
    /// A Supplement belongs to the Recommendation or series it supplements; a study group
    /// supplementing another group's Recommendation needs that group's agreement and usually
    /// signals an Annex C gap.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C; Supplements as defined in
    /// Recommendation ITU-T A.1 (10/2016) §1.8.2.8 and agreed under A.13.
    ///
    /// ## Example
    /// Fires: SG20 agrees a Supplement whose parent is `Y.3000-series`.
    /// Quiet: `Y Suppl. 73` with parent `Y.4600`; `Y Suppl. 76` with parent `Y.4000-series`.
    pub struct SupplementParentOutsideAnnexC {
        code: "AC004",
        name: "supplement-parent-outside-annex-c",
        family: Family::AnnexC,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

impl Rule for SupplementParentOutsideAnnexC {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(in_force), Some(outputs)) = (view.in_force, view.outputs) else {
            return;
        };
        let Some(coverage) = super::in_force_coverage(view) else {
            return;
        };
        for (i, supplement) in outputs.supplements.iter().enumerate() {
            let Some(parent) = &supplement.parent else {
                continue;
            };
            // A parent Recommendation is covered when some entry contains it; a range or a
            // series must sit inside one entry, which only a scan of the entries tells.
            let covered = match parent {
                AnnexCEntry::Recommendation(number) => coverage.contains(number),
                _ => in_force.annex_c.entries().any(|entry| entry.covers(parent)),
            };
            if !covered {
                let diagnostic = out
                    .at(
                        Spot::new(outputs.id, format!("/supplements/{i}/parent")),
                        message!(
                            "{supplement} supplements `{parent}`, which {study_group}'s Annex C ({edition}) does not cover",
                            supplement = supplement.number,
                            parent,
                            study_group = view.study_group,
                            edition = in_force.edition,
                        ),
                    )
                    .related("the Annex C in force", Spot::new(in_force.id, "/annex_c"));
                out.push(diagnostic);
            }
        }
    }
}
