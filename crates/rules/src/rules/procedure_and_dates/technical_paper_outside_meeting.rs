use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::rules::procedure_and_dates::agreed_outside_meeting::agreement_outside;

declare_rule! {
    /// ## What it checks
    /// A Technical Paper (Table 13) agreed on a date that is not a day of any plenary of the
    /// study group (Table 1).
    ///
    /// ## Why it matters
    /// Technical Papers, like Technical Reports, are agreed by the study group, normally at
    /// its meetings; a date between plenaries is a wrong date or an agreement at a meeting
    /// the report does not record. No provision on how Technical Papers are agreed was found
    /// (unconfirmed): the rule treats them like Technical Reports and only informs.
    ///
    /// ## Provision
    /// None found for Technical Papers. By analogy with WTSA Resolution 1 (Rev. Hammamet,
    /// 2016), §1bis.8 (Technical Reports).
    ///
    /// ## Example
    /// Fires: `YSTP.AIoT` agreed on 2023-10-20, while the plenary ended on 2023-09-22.
    /// Quiet: `YSTP.AIoT` agreed on 2023-09-20, during the plenary in Arusha.
    pub struct TechnicalPaperOutsideMeeting {
        code: "PD006",
        name: "technical-paper-outside-meeting",
        family: Family::ProcedureAndDates,
        severity: Severity::Info,
        citation: citations::TECHNICAL_PAPERS_BY_ANALOGY,
        periods: Periods::All,
    }
}

impl Rule for TechnicalPaperOutsideMeeting {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(outputs), Some(meetings)) = (view.outputs, view.meetings) else {
            return;
        };
        for (i, t) in outputs.technical_papers.iter().enumerate() {
            agreement_outside(
                out,
                (meetings.id, meetings.value),
                Spot::new(outputs.id, format!("/technical_papers/{i}/agreed")),
                t.agreed,
                || {
                    message!(
                        "Technical Paper {id} ({source}) was agreed on {agreed}, which is not a day of any {study_group} plenary (Table 1); no rule on agreeing Technical Papers was found, but like Technical Reports they are agreed by the study group at its meetings",
                        id = t.id,
                        source = t.source,
                        agreed = t.agreed,
                        study_group = view.study_group,
                    )
                },
            );
        }
    }
}
