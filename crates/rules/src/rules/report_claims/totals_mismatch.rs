use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{count, Claimed, Figure, OutputKind};

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
                let message = match (kind, Claimed::of(kind, &totals.counts)) {
                    (OutputKind::Recommendation, Claimed::NewAndRevised { new, revised, all }) => {
                        message!(
                            "{section} claims {new} new and {revised} revised Recommendations ({claimed} in all) but {table} lists {listed} approved {listed_noun}; the totals of {section} must count the outputs the tables of Annex 1 list",
                            section,
                            new,
                            revised,
                            claimed = all,
                            table,
                            listed,
                            listed_noun = kind.noun(listed),
                        )
                    }
                    (OutputKind::Recommendation, Claimed::One { count, noun }) => message!(
                        "{section} claims {claimed} {noun} but {table} lists {listed} approved {listed_noun}; the totals of {section} must count the outputs the tables of Annex 1 list",
                        section,
                        claimed = count,
                        noun,
                        table,
                        listed,
                        listed_noun = kind.noun(listed),
                    ),
                    (_, Claimed::One { count, noun }) => message!(
                        "{section} claims {claimed} {noun} but {table} lists {listed}; the totals of {section} must count the outputs the tables of Annex 1 list",
                        section,
                        claimed = count,
                        noun,
                        table,
                        listed,
                    ),
                    // Only Recommendations are claimed new and revised apart.
                    (_, Claimed::NewAndRevised { .. }) => continue,
                };
                let diagnostic = out
                    .at(
                        Spot::new(claims.id, kind.counts_pointer("/totals/counts")),
                        message,
                    )
                    .related(
                        message!("what {table} lists", table),
                        Spot::new(outputs.id, pointer),
                    )
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
            // Each Question that claims some, with its figure: `Q2/20 1`.
            let contributions: Vec<String> = claims
                .questions
                .iter()
                .filter(|q| figure.of(&q.counts) > 0)
                .map(|q| format!("{} {}", q.question, figure.of(&q.counts)))
                .collect();
            let noun = figure.noun(claimed);
            let message = if contributions.is_empty() {
                message!(
                    "{section} claims {claimed} {noun} but the Question summaries of §3.2 add up to {sum} (none claims any); the total must be the sum of what the Questions produced",
                    section,
                    claimed,
                    noun,
                    sum,
                )
            } else {
                message!(
                    "{section} claims {claimed} {noun} but the Question summaries of §3.2 add up to {sum} ({contributions}); the total must be the sum of what the Questions produced",
                    section,
                    claimed,
                    noun,
                    sum,
                    contributions,
                )
            };
            let mut diagnostic = out.at(
                Spot::new(claims.id, format!("/totals/counts/{}", figure.field())),
                message,
            );
            for (i, question) in claims.questions.iter().enumerate() {
                let count = figure.of(&question.counts);
                if count > 0 {
                    diagnostic = diagnostic.related(
                        message!(
                            "{question} ({source}) claims {count} {noun}",
                            question = question.question,
                            source = question.source,
                            count,
                            noun = figure.noun(count),
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
