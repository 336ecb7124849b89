use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Recommendation the study group approved, consented or determined in a period that no
    /// entry of the study group's Annex C in force for that period covers (under any of its
    /// numbers).
    ///
    /// ## Why it matters
    /// Resolution 2 gives each Recommendation to one study group. A study group that approves
    /// outside its Annex C either works outside its mandate or has an Annex C that needs the
    /// Recommendation added at the next WTSA: both need a decision.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C.
    ///
    /// ## Example
    /// Fires: SG20 approves `H.642.4` while its Annex C lists only `H.642.1`–`H.642.3`
    /// individually.
    /// Quiet: SG20 approves `Y.4505`, under `Y.4000-series`.
    pub struct RecommendationOutsideAnnexC {
        code: "AC003",
        name: "recommendation-outside-annex-c",
        family: Family::AnnexC,
        severity: Severity::Error,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

impl Rule for RecommendationOutsideAnnexC {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(in_force) = view.in_force else {
            return;
        };
        let Some(coverage) = super::in_force_coverage(view) else {
            return;
        };
        for record in view.recommendations() {
            let covered = record
                .designation
                .numbers()
                .iter()
                .any(|number| coverage.contains(number));
            if !covered {
                let diagnostic = out
                    .at(
                        record.spot(),
                        message!(
                            "{designation} was {stage} by {study_group} but no entry of its Annex C ({edition}) covers it",
                            designation = record.designation,
                            stage = record.stage,
                            study_group = view.study_group,
                            edition = in_force.edition,
                        ),
                    )
                    .related(
                        message!(
                            "the Annex C in force for {study_period}",
                            study_period = view.study_period
                        ),
                        Spot::new(in_force.id, "/annex_c"),
                    )
                    .fix("add the Recommendation to the proposed Annex C, or record which study group is responsible for it");
                out.push(diagnostic);
            }
        }
    }
}
