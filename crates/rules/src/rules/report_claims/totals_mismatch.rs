use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{count, recommendations_claimed, Figure, OutputKind};

declare_rule! {
    /// ## What it checks
    /// The totals of §3.1 ("drew up 49 new Recommendations; revised two …") against the
    /// tables of Annex 1 (new and revised Recommendations against the approved
    /// Recommendations of Table 8, Supplements against Table 12, Technical Papers against
    /// Table 13, Technical Reports against Table 14) and, figure by figure, against the sum of
    /// what the Question summaries of §3.2 claim.
    ///
    /// ## Why it matters
    /// §3.1 is the figure readers quote. When it disagrees with the tables or with the
    /// Questions' own summaries, one of them miscounts or omits an output, and the report to
    /// WTSA states two different results for the same period.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.1 (General) against §3.2 (Highlights of
    /// achievements) and Annex 1, Tables 8 and 12–14.
    ///
    /// ## Example
    /// Fires: §3.1 claims six Supplements while Table 12 lists five; §3.1 claims five
    /// Technical Reports while the Question summaries claim four in all.
    /// Quiet: SG20's 49 new and 2 revised Recommendations, six Supplements, one Technical
    /// Paper and five Technical Reports, which Tables 8 and 12–14 and the seven Question
    /// summaries all give.
    pub struct TotalsMismatch {
        code: "RC001",
        name: "totals-mismatch",
        family: Family::ReportClaims,
        severity: Severity::Error,
        citation: citations::report("§3.1"),
        periods: Periods::All,
    }
}

impl Rule for TotalsMismatch {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(claims) = view.claims else {
            return;
        };
        let totals = &claims.totals;
        let section = &totals.source;

        if let Some(outputs) = view.outputs {
            let tables = [
                (
                    OutputKind::Recommendation,
                    count(outputs.approved.len()),
                    "Table 8",
                    "/approved",
                ),
                (
                    OutputKind::Supplement,
                    count(outputs.supplements.len()),
                    "Table 12",
                    "/supplements",
                ),
                (
                    OutputKind::TechnicalPaper,
                    count(outputs.technical_papers.len()),
                    "Table 13",
                    "/technical_papers",
                ),
                (
                    OutputKind::TechnicalReport,
                    count(outputs.technical_reports.len()),
                    "Table 14",
                    "/technical_reports",
                ),
            ];
            for (kind, listed, table, pointer) in tables {
                let claimed = kind.claimed(&totals.counts);
                if claimed == listed {
                    continue;
                }
                let what = match kind {
                    OutputKind::Recommendation => recommendations_claimed(&totals.counts),
                    _ => format!("{claimed} {}", kind.noun(claimed)),
                };
                let listed_what = match kind {
                    OutputKind::Recommendation => {
                        format!("{listed} approved {}", kind.noun(listed))
                    }
                    _ => format!("{listed}"),
                };
                let diagnostic = out
                    .at(
                        Spot::new(claims.id, kind.counts_pointer("/totals/counts")),
                        format!(
                            "{section} claims {what} but {table} lists {listed_what}; the totals of {section} must count the outputs the tables of Annex 1 list"
                        ),
                    )
                    .related(format!("what {table} lists"), Spot::new(outputs.id, pointer))
                    .fix(format!(
                        "correct the figure in {section}, or add the missing output to {table}"
                    ));
                out.push(diagnostic);
            }
        }

        if claims.questions.is_empty() {
            // No Question summary is encoded: nothing to add up.
            return;
        }
        for figure in Figure::ALL {
            let claimed = figure.of(&totals.counts);
            let sum: u64 = claims
                .questions
                .iter()
                .map(|q| u64::from(figure.of(&q.counts)))
                .sum();
            if sum == u64::from(claimed) {
                continue;
            }
            let contributions: Vec<String> = claims
                .questions
                .iter()
                .filter(|q| figure.of(&q.counts) > 0)
                .map(|q| format!("{} {}", q.question, figure.of(&q.counts)))
                .collect();
            let breakdown = if contributions.is_empty() {
                "none claims any".to_owned()
            } else {
                contributions.join(", ")
            };
            let mut diagnostic = out.at(
                Spot::new(claims.id, format!("/totals/counts/{}", figure.field())),
                format!(
                    "{section} claims {claimed} {} but the Question summaries of §3.2 add up to {sum} ({breakdown}); the total must be the sum of what the Questions produced",
                    figure.noun(claimed)
                ),
            );
            for (i, question) in claims.questions.iter().enumerate() {
                let count = figure.of(&question.counts);
                if count > 0 {
                    diagnostic = diagnostic.related(
                        format!(
                            "{} ({}) claims {count} {}",
                            question.question,
                            question.source,
                            figure.noun(count)
                        ),
                        Spot::new(
                            claims.id,
                            format!("/questions/{i}/counts/{}", figure.field()),
                        ),
                    );
                }
            }
            out.push(diagnostic);
        }
    }
}
