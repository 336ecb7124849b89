use crate::hash::HashMap;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// The title each Question summary of §3.2 gives in its heading ("a) Q1/20,
    /// Interoperability and interworking of …") against the Question's title in Tables 5 and
    /// 6 (or Table 7 for a deleted Question), character for character once runs of spaces
    /// are made one.
    ///
    /// ## Why it matters
    /// A Question's title is its mandate: WTSA approves the text, and the title is how the
    /// secretariat and TSAG refer to it. Two titles for one Question in one report leave the
    /// reader to guess which was approved; a title edited in one table and not the other is
    /// the usual cause.
    ///
    /// ## Provision
    /// Study group report to WTSA, §3.2 and Tables 5–7; plain logic: one Question, one title.
    ///
    /// ## Example
    /// Fires: §3.2 a) heading Q1/20 "Interoperability of IoT and SC&C applications" while
    /// Table 5 gives "Interoperability and interworking of IoT and SC&C applications and
    /// services".
    /// Quiet: SG20 2022–2024, where the seven headings repeat Table 5's titles exactly.
    pub struct QuestionTitleMismatch {
        code: "RC009",
        name: "question-title-mismatch",
        family: Family::ReportClaims,
        severity: Severity::Warning,
        citation: citations::report("§3.2, Tables 5–7"),
        periods: Periods::All,
    }
}

fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Rule for QuestionTitleMismatch {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(organisation)) = (view.claims, view.organisation) else {
            return;
        };
        let mut titles = HashMap::default();
        for (i, q) in organisation.value.questions.iter().enumerate() {
            titles.insert(
                &q.id,
                (&q.title, &q.source, format!("/questions/{i}/title")),
            );
        }
        for (i, q) in organisation.value.questions_deleted.iter().enumerate() {
            titles.entry(&q.id).or_insert((
                &q.title,
                &q.source,
                format!("/questions_deleted/{i}/title"),
            ));
        }
        for (j, claim) in claims.value.questions.iter().enumerate() {
            let Some(heading) = &claim.title else {
                continue;
            };
            // An unknown Question is OR003's.
            let Some((title, source, pointer)) = titles.get(&claim.question) else {
                continue;
            };
            if spaced(heading) == spaced(title) {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(claims.id, format!("/questions/{j}/title")),
                    message!(
                        "{source} heads {question} \u{201c}{heading}\u{201d} but {title_source} titles it \u{201c}{title}\u{201d}: one Question, two titles",
                        source = claim.source,
                        question = claim.question,
                        heading,
                        title_source = source,
                        title,
                    ),
                )
                .related(
                    message!(
                        "{question}'s title in {title_source}",
                        question = claim.question,
                        title_source = source
                    ),
                    Spot::new(organisation.id, pointer.clone()),
                )
                .fix("give the Question the title WTSA approved, in both places");
            out.push(diagnostic);
        }
    }
}
