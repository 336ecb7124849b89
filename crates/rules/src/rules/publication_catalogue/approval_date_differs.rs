use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{approvals, Approval};

declare_rule! {
    /// ## What it checks
    /// A Recommendation approved in the period (Table 8) whose approval date differs from the
    /// date of the edition the ITU-T publication catalogue holds for that study period (the
    /// edition nearest to the reported date, when there are several).
    ///
    /// ## Why it matters
    /// The approval date fixes which edition is meant, when the Last Call ended and whether the
    /// approval fell in the period; a table that dates it differently from the published
    /// edition misleads everyone who cites it.
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016) §9 and Recommendation ITU-T A.8 (10/2008) §4:
    /// the approval date is the date of the published edition.
    ///
    /// ## Example
    /// Fires: Table 8 dates `Y.4052` 2022-09-29; the catalogue's `ITU-T Y.4052 (08/2022)` was
    /// approved on 2022-08-29.
    /// Quiet: `Y.4487` dated 2024-07-01, as `ITU-T Y.4487 (07/2024)`.
    pub struct ApprovalDateDiffers {
        code: "CT002",
        name: "approval-date-differs",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::PUBLISHED_RECORD,
        periods: Periods::All,
    }
}

impl Rule for ApprovalDateDiffers {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(catalogue), Some(outputs)) = (view.catalogue, view.outputs) else {
            return;
        };
        for (i, record, editions) in approvals(view, catalogue.value) {
            let Approval::OtherDate(edition) =
                Approval::of(&editions, record.approved, view.study_period)
            else {
                continue;
            };
            let message = match edition.url.as_deref() {
                Some(url) => message!(
                    "{number} is dated {date} in {source}, but the ITU-T catalogue's {publication} was approved on {published} ({url})",
                    number = record.number,
                    date = record.approved,
                    source = record.source,
                    publication = edition.id,
                    published = edition.published,
                    url,
                ),
                None => message!(
                    "{number} is dated {date} in {source}, but the ITU-T catalogue's {publication} was approved on {published}",
                    number = record.number,
                    date = record.approved,
                    source = record.source,
                    publication = edition.id,
                    published = edition.published,
                ),
            };
            let diagnostic = out
                .at(
                    Spot::new(outputs.id, format!("/approved/{i}/approved")),
                    message,
                )
                .fix(format!(
                    "give the published approval date, {}, or say why the report dates it otherwise",
                    edition.published
                ));
            out.push(diagnostic);
        }
    }
}
