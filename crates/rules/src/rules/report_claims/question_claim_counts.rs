use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{count, join_and, recommendations_claimed, OutputKind};

declare_rule! {
    /// ## What it checks
    /// Each Question summary of §3.2: the counts its sentence claims ("developed eight new
    /// Recommendations and one new Technical Report") against the outputs it then lists, kind
    /// by kind (new and revised Recommendations together against the Recommendations listed;
    /// Supplements; Technical Papers; Technical Reports).
    ///
    /// ## Why it matters
    /// The sentence and the list are two statements of one result a few lines apart. When
    /// they disagree, either an output is missing from the list (and so from the summary
    /// readers consult) or the sentence miscounts, and the §3.1 totals built from the
    /// sentences inherit the error.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.2 (Highlights of achievements).
    ///
    /// ## Example
    /// Fires: "Q5/20 has developed one new Recommendation, one new Supplement and one new
    /// Technical Report" followed by a list with a Recommendation and a Technical Report
    /// only.
    /// Quiet: Q1/20's eight new Recommendations and one new Technical Report, listed as eight
    /// `Y.` numbers and `YSTR.BP-DTw`.
    pub struct QuestionClaimCounts {
        code: "RC002",
        name: "question-claim-counts",
        family: Family::ReportClaims,
        severity: Severity::Error,
        citation: citations::report("§3.2"),
        periods: Periods::All,
    }
}

impl Rule for QuestionClaimCounts {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(claims) = view.claims else {
            return;
        };
        for (i, question) in claims.questions.iter().enumerate() {
            for kind in OutputKind::ALL {
                let claimed = kind.claimed(&question.counts);
                let listed: Vec<String> = question
                    .outputs
                    .iter()
                    .filter(|o| OutputKind::of(&o.designation) == kind)
                    .map(|o| o.designation.to_string())
                    .collect();
                let listed_count = count(listed.len());
                if claimed == listed_count {
                    continue;
                }
                let claimed_what = match kind {
                    OutputKind::Recommendation => recommendations_claimed(&question.counts),
                    _ => format!("{claimed} {}", kind.noun(claimed)),
                };
                let listed_what = if listed.is_empty() {
                    "lists none".to_owned()
                } else {
                    format!("lists {listed_count}: {}", join_and(&listed))
                };
                let diagnostic = out
                    .at(
                        Spot::new(
                            claims.id,
                            kind.counts_pointer(&format!("/questions/{i}/counts")),
                        ),
                        format!(
                            "{} ({}) claims {claimed_what} (\u{201c}{}\u{201d}) but {listed_what}; the summary's sentence and its list must name the same outputs",
                            question.question, question.source, question.claim
                        ),
                    )
                    .related(
                        format!("the outputs {} lists", question.question),
                        Spot::new(claims.id, format!("/questions/{i}/outputs")),
                    )
                    .related(
                        "the claim as written",
                        Spot::new(claims.id, format!("/questions/{i}/claim")),
                    )
                    .fix(format!(
                        "list every {} {} produced, or correct the count in the sentence",
                        kind.noun(1),
                        question.question
                    ));
                out.push(diagnostic);
            }
        }
    }
}
