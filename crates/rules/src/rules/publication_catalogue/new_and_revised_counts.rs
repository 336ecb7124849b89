use std::collections::BTreeMap;

use wtsa_model::{QuestionId, RecommendationDesignation, Revision};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{approvals, is_revision};

declare_rule! {
    /// ## What it checks
    /// New against revised, from the ITU-T publication catalogue: an approved Recommendation
    /// (Table 8) is a revision when the catalogue holds an edition of it approved earlier, and
    /// new otherwise. The count of revised Recommendations the report states (§3.1 for the
    /// period, §3.2 for each Question) is checked against that, and so is a record's own
    /// `revision` where the data gives one. (Totals that differ from Table 8 are RC001's and
    /// RC002's findings.)
    ///
    /// ## Why it matters
    /// The report never says which Recommendations are revisions; its counts of new and
    /// revised work are what WTSA reads of a study group's output. The catalogue says which
    /// ones revise an earlier edition, and `wtsa stats` lists them.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.1 and §3.2, against the ITU-T publication
    /// catalogue's editions.
    ///
    /// ## Example
    /// Fires: §3.1 counts 50 new and 1 revised Recommendations while the catalogue holds
    /// earlier editions of two of them (`Y.4463` of 2020, `Y.4560` of 2020).
    /// Quiet: §3.1's 49 new and 2 revised, as the catalogue has them.
    pub struct NewAndRevisedCounts {
        code: "CT005",
        name: "new-and-revised-counts",
        family: Family::PublicationCatalogue,
        severity: Severity::Warning,
        citation: citations::report("§3.1 and §3.2"),
        periods: Periods::All,
    }
}

/// The numbers of the new and of the revised Recommendations, in table order.
#[derive(Default)]
struct Split<'a> {
    new: Vec<&'a RecommendationDesignation>,
    revised: Vec<&'a RecommendationDesignation>,
}

impl Split<'_> {
    /// Whether a stated count of revised Recommendations differs from the catalogue's. (A
    /// total that differs from the table's is RC001's and RC002's finding; this rule is about
    /// the split.)
    fn differs(&self, revised: u32) -> bool {
        usize::try_from(revised).ok() != Some(self.revised.len())
    }
}

impl Rule for NewAndRevisedCounts {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(catalogue), Some(outputs)) = (view.catalogue, view.outputs) else {
            return;
        };
        let mut total = Split::default();
        let mut by_question: BTreeMap<&QuestionId, Split> = BTreeMap::new();
        for (i, record, editions) in approvals(view, catalogue.value) {
            let revised = is_revision(&editions, record.approved);
            let number = &record.number;
            for split in std::iter::once(&mut total).chain(
                record
                    .question
                    .as_ref()
                    .map(|q| by_question.entry(q).or_default()),
            ) {
                if revised {
                    split.revised.push(number);
                } else {
                    split.new.push(number);
                }
            }
            let stated = match record.revision {
                Some(Revision::Revised) if !revised => "revised",
                Some(Revision::New) if revised => "new",
                _ => continue,
            };
            let earlier = editions
                .iter()
                .filter(|e| e.published < record.approved)
                .map(|e| &e.id)
                .collect::<Vec<_>>();
            out.emit(
                Spot::new(outputs.id, format!("/approved/{i}/revision")),
                if revised {
                    message!(
                        "{number} is recorded as {stated}, but the ITU-T catalogue holds earlier editions ({earlier}): it is a revision",
                        number,
                        stated,
                        earlier,
                    )
                } else {
                    message!(
                        "{number} is recorded as {stated}, but the ITU-T catalogue holds no edition approved before {date}: it is new",
                        number,
                        stated,
                        date = record.approved,
                    )
                },
            );
        }
        let Some(claims) = view.claims else {
            return;
        };
        let counts = &claims.totals.counts;
        if total.differs(counts.revised_recommendations) {
            let (source, new_count, revised_count) = (
                &claims.totals.source,
                counts.new_recommendations,
                counts.revised_recommendations,
            );
            let (new_in_table, revised_in_table) = (total.new.len(), total.revised.len());
            let revised = &total.revised;
            out.emit(
                Spot::new(claims.id, "/totals/counts"),
                if revised.is_empty() {
                    message!(
                        "{source} counts {new_count} new and {revised_count} revised Recommendations; by the ITU-T catalogue's editions, Table 8 has {new_in_table} new and {revised_in_table} revised",
                        source,
                        new_count,
                        revised_count,
                        new_in_table,
                        revised_in_table,
                    )
                } else {
                    message!(
                        "{source} counts {new_count} new and {revised_count} revised Recommendations; by the ITU-T catalogue's editions, Table 8 has {new_in_table} new and {revised_in_table} revised ({revised})",
                        source,
                        new_count,
                        revised_count,
                        new_in_table,
                        revised_in_table,
                        revised,
                    )
                },
            );
        }
        for (q, claim) in claims.questions.iter().enumerate() {
            // A Question whose claim states no Recommendation, and has none, agrees.
            let split = by_question.remove(&claim.question).unwrap_or_default();
            let counts = &claim.counts;
            if split.differs(counts.revised_recommendations) {
                let (source, new_count, revised_count, question) = (
                    &claim.source,
                    counts.new_recommendations,
                    counts.revised_recommendations,
                    &claim.question,
                );
                let (new_in_table, revised_in_table) = (split.new.len(), split.revised.len());
                let revised = &split.revised;
                out.emit(
                    Spot::new(claims.id, format!("/questions/{q}/counts")),
                    if revised.is_empty() {
                        message!(
                            "{source} counts {new_count} new and {revised_count} revised Recommendations for {question}; by the ITU-T catalogue's editions, its Recommendations in Table 8 are {new_in_table} new and {revised_in_table} revised",
                            source,
                            new_count,
                            revised_count,
                            question,
                            new_in_table,
                            revised_in_table,
                        )
                    } else {
                        message!(
                            "{source} counts {new_count} new and {revised_count} revised Recommendations for {question}; by the ITU-T catalogue's editions, its Recommendations in Table 8 are {new_in_table} new and {revised_in_table} revised ({revised})",
                            source,
                            new_count,
                            revised_count,
                            question,
                            new_in_table,
                            revised_in_table,
                            revised,
                        )
                    },
                );
            }
        }
    }
}
