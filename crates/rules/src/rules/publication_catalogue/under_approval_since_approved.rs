use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::rules::organisation::approved_and_under_approval::also_approved;

use super::editions;

declare_rule! {
    /// ## What it checks
    /// A Recommendation the report lists as consented or determined and still under approval
    /// (Table 9) that the ITU-T publication catalogue shows approved since: an edition of it
    /// dated after the consent or determination. The finding gives the edition and its date.
    /// A Recommendation that Table 8 of the same report already lists as approved is left to
    /// OR012 (the report contradicts itself; the catalogue adds nothing to that finding).
    ///
    /// ## Why it matters
    /// The report is a snapshot taken before WTSA; the catalogue tells what became of the
    /// Recommendations it left under approval. Information, for whoever reads the report
    /// later or prepares the next one (whose Table 8 should list them).
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016) §9 and Recommendation ITU-T A.8 (10/2008):
    /// consent or determination, then approval and publication.
    ///
    /// ## Example
    /// Fires: `Y.4222`, consented on 2024-07-12, published as `ITU-T Y.4222 (01/2025)`,
    /// approved on 2025-01-15.
    /// Quiet: a Recommendation consented whose approval the catalogue does not show.
    pub struct UnderApprovalSinceApproved {
        code: "CT009",
        name: "under-approval-since-approved",
        family: Family::PublicationCatalogue,
        severity: Severity::Info,
        citation: citations::RES1_TAP,
        periods: Periods::All,
    }
}

impl Rule for UnderApprovalSinceApproved {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(catalogue), Some(outputs)) = (view.catalogue, view.outputs) else {
            return;
        };
        let reported_by_or012: Vec<usize> = also_approved(outputs.value)
            .into_iter()
            .map(|(j, _)| j)
            .collect();
        for (i, record) in outputs.under_approval.iter().enumerate() {
            if reported_by_or012.contains(&i) {
                continue;
            }
            let found = editions(catalogue.value, &record.number);
            let Some(edition) = found
                .iter()
                .find(|edition| edition.published > record.consented_or_determined)
            else {
                continue;
            };
            // A number added since (`Y.4234` approved as `Y.4234/F.742.3`) is worth saying.
            let added: Vec<wtsa_model::CatalogueNumber> = edition
                .id
                .recommendation()
                .map(|designation| {
                    designation
                        .numbers()
                        .filter(|n| {
                            n.as_recommendation()
                                .is_none_or(|n| !record.number.numbers().contains(n))
                        })
                        .cloned()
                        .collect()
                })
                .unwrap_or_default();
            let (number, date, published, publication) = (
                &record.number,
                record.consented_or_determined,
                edition.published,
                &edition.id,
            );
            let message = match (added.is_empty(), edition.url.as_deref()) {
                (true, None) => message!(
                    "{number} was consented or determined on {date} and under approval when the report was written; the ITU-T catalogue shows it approved on {published} as {publication}",
                    number,
                    date,
                    published,
                    publication,
                ),
                (true, Some(url)) => message!(
                    "{number} was consented or determined on {date} and under approval when the report was written; the ITU-T catalogue shows it approved on {published} as {publication} ({url})",
                    number,
                    date,
                    published,
                    publication,
                    url,
                ),
                (false, None) => message!(
                    "{number} was consented or determined on {date} and under approval when the report was written; the ITU-T catalogue shows it approved on {published} as {publication}, now also numbered {added}",
                    number,
                    date,
                    published,
                    publication,
                    added,
                ),
                (false, Some(url)) => message!(
                    "{number} was consented or determined on {date} and under approval when the report was written; the ITU-T catalogue shows it approved on {published} as {publication}, now also numbered {added} ({url})",
                    number,
                    date,
                    published,
                    publication,
                    added,
                    url,
                ),
            };
            out.emit(
                Spot::new(outputs.id, format!("/under_approval/{i}/number")),
                message,
            );
        }
    }
}
