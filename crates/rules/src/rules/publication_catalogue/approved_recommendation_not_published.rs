use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{approvals, Approval};

declare_rule! {
    /// ## What it checks
    /// A Recommendation the report lists as approved in the period (Table 8) of which the ITU-T
    /// publication catalogue holds no edition approved in that study period, under any of its
    /// numbers.
    ///
    /// ## Why it matters
    /// An approved Recommendation is published under its number with its approval date. When
    /// ITU-T's own record has no such edition, the table has the wrong number, the approval did
    /// not happen as reported, or the publication is missing: each needs the secretariat.
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016) §9 and Recommendation ITU-T A.8 (10/2008): an
    /// approved Recommendation is published; the ITU-T publication catalogue is the record.
    ///
    /// ## Example
    /// Fires: Table 8 lists `Y.4599` approved on 2023-03-28; the catalogue has no `Y.4599`.
    /// Quiet: `Y.4052` approved on 2022-08-29, published as `ITU-T Y.4052 (08/2022)`.
    pub struct ApprovedRecommendationNotPublished {
        code: "CT001",
        name: "approved-recommendation-not-published",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::PUBLISHED_RECORD,
        periods: Periods::All,
    }
}

impl Rule for ApprovedRecommendationNotPublished {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(catalogue), Some(outputs)) = (view.catalogue, view.outputs) else {
            return;
        };
        for (i, record, editions) in approvals(view, catalogue.value) {
            let Approval::Unknown(latest) =
                Approval::of(&editions, record.approved, view.study_period)
            else {
                continue;
            };
            let message = match latest {
                Some(latest) => message!(
                    "{number} is listed as approved on {date}, but the ITU-T catalogue has no edition of it approved in {study_period}: its latest edition there is {latest}, approved on {latest_published}",
                    number = record.number,
                    date = record.approved,
                    study_period = view.study_period,
                    latest = latest.id,
                    latest_published = latest.published,
                ),
                None => message!(
                    "{number} is listed as approved on {date}, but the ITU-T catalogue has no edition of it approved in {study_period}: it has no edition of that number at all",
                    number = record.number,
                    date = record.approved,
                    study_period = view.study_period,
                ),
            };
            let diagnostic = out
                .at(Spot::new(outputs.id, format!("/approved/{i}/number")), message)
                .fix("check the number and the approval against the ITU-T Recommendation page, and correct the table");
            out.push(diagnostic);
        }
    }
}
