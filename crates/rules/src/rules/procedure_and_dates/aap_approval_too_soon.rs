use wtsa_model::ApprovalProcess;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// The Last Call of the Alternative Approval Process: four weeks.
const LAST_CALL_DAYS: i64 = 28;

declare_rule! {
    /// ## What it checks
    /// A Recommendation approved under the Alternative Approval Process (Table 8, process
    /// AAP) less than 28 days after the end of the latest study-group plenary that ended
    /// before the approval, or with no plenary of the period ending before it.
    ///
    /// ## Why it matters
    /// Under AAP a draft is consented at a study-group or Working Party meeting, then goes to
    /// a Last Call of four weeks; only then can it be approved. An approval sooner than four
    /// weeks after the last meeting at which it could have been consented is a wrong date or
    /// a wrong process. SG20's Working Parties meet during its plenaries; a consent at a
    /// Working Party meeting held on its own before the latest plenary, which the report does
    /// not table, could explain a finding, hence a warning.
    ///
    /// ## Provision
    /// Recommendation ITU-T A.8 (10/2008), §§3–4 (consent, Last Call of four weeks,
    /// approval). Applied to the periods in which that edition was in force, 2009-2012 to
    /// 2025-2028; the ITU AAP page agrees with its periods today.
    ///
    /// ## Example
    /// Fires: `Y.4052` approved under AAP on 2022-08-10, 13 days after the plenary that ended
    /// on 2022-07-28.
    /// Quiet: `Y.4052` approved on 2022-08-29, 32 days after it.
    pub struct AapApprovalTooSoon {
        code: "PD004",
        name: "aap-approval-too-soon",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::A8_AAP,
        periods: Periods::Only(&[
            (2009, 2012),
            (2013, 2016),
            (2017, 2020),
            (2022, 2024),
            (2025, 2028),
        ]),
    }
}

impl Rule for AapApprovalTooSoon {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(outputs), Some(meetings)) = (view.outputs, view.meetings) else {
            return;
        };
        for (i, r) in outputs.approved.iter().enumerate() {
            if r.process != ApprovalProcess::Aap {
                continue;
            }
            // Its pointer is written only for a finding (most approvals are in order).
            let spot = || Spot::new(outputs.id, format!("/approved/{i}/approved"));
            let latest = meetings
                .plenaries
                .iter()
                .enumerate()
                .filter(|(_, p)| p.dates.end() < r.approved)
                .max_by_key(|(_, p)| p.dates.end());
            let Some((k, plenary)) = latest else {
                let diagnostic = out
                    .at(
                        spot(),
                        message!(
                            "{number} was approved under AAP on {approved}, but no {study_group} plenary of {study_period} ended before that date; AAP approval follows consent at a study-group or Working Party meeting and a Last Call of four weeks",
                            number = r.number,
                            approved = r.approved,
                            study_group = view.study_group,
                            study_period = view.study_period,
                        ),
                    )
                    .fix("check the date and the process, or record the meeting that consented the draft");
                out.push(diagnostic);
                continue;
            };
            let days = (r.approved - plenary.dates.end()).num_days();
            if days >= LAST_CALL_DAYS {
                continue;
            }
            let diagnostic = out
                .at(
                    spot(),
                    message!(
                        "{number} was approved under AAP on {approved}, {days} days after the {study_group} plenary that ended on {plenary_end}; after consent, A.8 requires a Last Call of four weeks ({last_call_days} days) before approval",
                        number = r.number,
                        approved = r.approved,
                        days,
                        study_group = view.study_group,
                        plenary_end = plenary.dates.end(),
                        last_call_days = LAST_CALL_DAYS,
                    ),
                )
                .related(
                    message!(
                        "the latest plenary before it: {place}, {dates}",
                        place = plenary.place,
                        dates = plenary.dates
                    ),
                    Spot::new(meetings.id, format!("/plenaries/{k}/dates")),
                )
                .fix("check the approval date and the process (TAP or AAP)");
            out.push(diagnostic);
        }
    }
}
