use wtsa_model::{OutputDesignation, QuestionClaim};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{count, Claimed, OutputKind};

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
                let of_kind =
                    |designation: &&OutputDesignation| OutputKind::of(designation) == kind;
                let designations = || question.outputs.iter().map(|o| &o.designation);
                // Counted first; the list is gathered only for a finding.
                let listed_count = count(designations().filter(of_kind).count());
                if claimed == listed_count {
                    continue;
                }
                let listed: Vec<&OutputDesignation> = designations().filter(of_kind).collect();
                let message = claim_message(
                    question,
                    Claimed::of(kind, &question.counts),
                    &listed,
                    listed_count,
                );
                let diagnostic = out
                    .at(
                        Spot::new(
                            claims.id,
                            kind.counts_pointer(&format!("/questions/{i}/counts")),
                        ),
                        message,
                    )
                    .related(
                        message!("the outputs {question} lists", question = question.question),
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

/// The finding's message: what the sentence claims (one figure, or new and revised
/// Recommendations apart) against what the list names (none, one, or several, the last after
/// "and").
fn claim_message(
    question: &QuestionClaim,
    claimed: Claimed,
    listed: &[&OutputDesignation],
    listed_count: u64,
) -> Message {
    let (q, source, claim) = (&question.question, &question.source, &question.claim);
    match (claimed, listed) {
        (Claimed::One { count, noun }, []) => message!(
            "{question} ({source}) claims {claimed} {noun} (\u{201c}{claim}\u{201d}) but lists none; the summary's sentence and its list must name the same outputs",
            question = q,
            source,
            claimed = count,
            noun,
            claim,
        ),
        (Claimed::One { count, noun }, [only]) => message!(
            "{question} ({source}) claims {claimed} {noun} (\u{201c}{claim}\u{201d}) but lists {listed_count}: {listed}; the summary's sentence and its list must name the same outputs",
            question = q,
            source,
            claimed = count,
            noun,
            claim,
            listed_count,
            listed = only,
        ),
        (Claimed::One { count, noun }, [listed @ .., last]) => message!(
            "{question} ({source}) claims {claimed} {noun} (\u{201c}{claim}\u{201d}) but lists {listed_count}: {listed} and {last}; the summary's sentence and its list must name the same outputs",
            question = q,
            source,
            claimed = count,
            noun,
            claim,
            listed_count,
            listed,
            last,
        ),
        (Claimed::NewAndRevised { new, revised, all }, []) => message!(
            "{question} ({source}) claims {new} new and {revised} revised Recommendations ({claimed} in all) (\u{201c}{claim}\u{201d}) but lists none; the summary's sentence and its list must name the same outputs",
            question = q,
            source,
            new,
            revised,
            claimed = all,
            claim,
        ),
        (Claimed::NewAndRevised { new, revised, all }, [only]) => message!(
            "{question} ({source}) claims {new} new and {revised} revised Recommendations ({claimed} in all) (\u{201c}{claim}\u{201d}) but lists {listed_count}: {listed}; the summary's sentence and its list must name the same outputs",
            question = q,
            source,
            new,
            revised,
            claimed = all,
            claim,
            listed_count,
            listed = only,
        ),
        (Claimed::NewAndRevised { new, revised, all }, [listed @ .., last]) => message!(
            "{question} ({source}) claims {new} new and {revised} revised Recommendations ({claimed} in all) (\u{201c}{claim}\u{201d}) but lists {listed_count}: {listed} and {last}; the summary's sentence and its list must name the same outputs",
            question = q,
            source,
            new,
            revised,
            claimed = all,
            claim,
            listed_count,
            listed,
            last,
        ),
    }
}
