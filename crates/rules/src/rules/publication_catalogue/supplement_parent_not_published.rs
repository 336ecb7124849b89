use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A Supplement (Table 12) whose parent — the Recommendation, range or series it
    /// supplements — is not published: the ITU-T publication catalogue holds no edition of the
    /// Recommendation, or none in the range or series.
    ///
    /// ## Why it matters
    /// A Supplement is informative material to a published Recommendation or series; one
    /// whose parent does not exist names the wrong parent, or was agreed before the text it
    /// supplements.
    ///
    /// ## Provision
    /// Recommendation ITU-T A.13 (Supplements to ITU-T Recommendations), against the ITU-T
    /// publication catalogue.
    ///
    /// ## Example
    /// Fires: `Y Suppl. 73` with parent `Y.4699`, which ITU-T never published.
    /// Quiet: `Y Suppl. 73` with parent `Y.4600`; `Y Suppl. 76` with parent `Y.4000-series`.
    pub struct SupplementParentNotPublished {
        code: "CT008",
        name: "supplement-parent-not-published",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::RES1_TECHNICAL_REPORTS,
        periods: Periods::All,
    }
}

impl Rule for SupplementParentNotPublished {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(catalogue), Some(outputs)) = (view.catalogue, view.outputs) else {
            return;
        };
        for (i, supplement) in outputs.supplements.iter().enumerate() {
            let Some(parent) = &supplement.parent else {
                continue;
            };
            if catalogue.numbers_covered_by(parent).next().is_none() {
                out.emit(
                    Spot::new(outputs.id, format!("/supplements/{i}/parent")),
                    if matches!(parent, wtsa_model::AnnexCEntry::Recommendation(_)) {
                        message!(
                            "{supplement} supplements `{parent}`, but the ITU-T catalogue has published no Recommendation with that number",
                            supplement = supplement.number,
                            parent,
                        )
                    } else {
                        message!(
                            "{supplement} supplements `{parent}`, but the ITU-T catalogue has published no Recommendation in it",
                            supplement = supplement.number,
                            parent,
                        )
                    },
                );
            }
        }
    }
}
