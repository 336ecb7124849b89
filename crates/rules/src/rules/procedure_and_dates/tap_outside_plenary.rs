use chrono::NaiveDate;
use wtsa_model::{ApprovalProcess, Meetings};

use crate::context::PeriodView;
use crate::diagnostic::{RowPlace, Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::rules::procedure_and_dates::{in_a_plenary, nearest_plenary, nearest_plenary_message};

declare_rule! {
    /// ## What it checks
    /// A Recommendation approved under the Traditional Approval Process (Table 8, process
    /// TAP) on a date that is not a day of any plenary of the study group (Table 1), and a
    /// Recommendation determined under TAP (Table 9, process TAP) on a date that is not a day
    /// of any plenary.
    ///
    /// ## Why it matters
    /// Under TAP a Recommendation is approved only at a study-group meeting, after the
    /// Director has announced it at least three months ahead: a TAP approval dated between
    /// meetings is a wrong date or a wrong process (an AAP approval recorded as TAP).
    /// Determination happens at a study-group or Working Party meeting. The report does not
    /// table Working Party meetings; SG20's Working Parties meet during its plenaries, so a
    /// determination at such a Working Party meeting is covered. A determination at a
    /// Working Party meeting held on its own, which the report would not show, would be
    /// reported here and should be checked against that meeting's report.
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016), §9 (Traditional Approval Process). The rule
    /// applies to 2017-2020, when that revision was in force, and to 2022-2024: whether
    /// Resolution 1 (Rev. Geneva, 2022) changed these steps was not confirmed, so its
    /// findings for 2022-2024 rest on the 2016 text.
    ///
    /// ## Example
    /// Fires: `Y.4221` approved under TAP on 2024-07-15, while the plenary ran from
    /// 2024-07-01 to 2024-07-12.
    /// Quiet: `Y.4221` approved under TAP on 2024-07-10, during that plenary.
    pub struct TapOutsidePlenary {
        code: "PD003",
        name: "tap-outside-plenary",
        family: Family::ProcedureAndDates,
        severity: Severity::Error,
        citation: citations::RES1_TAP,
        periods: Periods::Only(&[(2017, 2020), (2022, 2024)]),
    }
}

struct Step<M: FnOnce() -> Message> {
    /// The record and its date's field: the place is written only for a step reported, as
    /// most steps are not.
    place: RowPlace,
    field: &'static str,
    date: NaiveDate,
    /// The message, written only for a step reported.
    message: M,
}

fn check_step(
    out: &mut Sink<'_>,
    meetings_id: usize,
    meetings: &Meetings,
    step: Step<impl FnOnce() -> Message>,
) {
    if in_a_plenary(meetings, step.date) {
        return;
    }
    let mut diagnostic = out.at(step.place.field(step.field), (step.message)());
    if let Some((k, plenary)) = nearest_plenary(meetings, step.date) {
        diagnostic = diagnostic.related(
            nearest_plenary_message(plenary),
            Spot::new(meetings_id, format!("/plenaries/{k}/dates")),
        );
    }
    out.push(
        diagnostic.fix("check the date against the meeting's report, and the process (TAP or AAP)"),
    );
}

impl Rule for TapOutsidePlenary {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(outputs), Some(meetings)) = (view.outputs, view.meetings) else {
            return;
        };
        for (i, r) in outputs.approved.iter().enumerate() {
            if r.process != ApprovalProcess::Tap {
                continue;
            }
            let step = Step {
                place: RowPlace {
                    document: outputs.id,
                    list: "approved",
                    row: i,
                },
                field: "approved",
                date: r.approved,
                message: || {
                    message!(
                        "{number} was approved under TAP on {approved}, which is not a day of any {study_group} plenary (Table 1); a TAP Recommendation is approved only at a study-group meeting",
                        number = r.number,
                        approved = r.approved,
                        study_group = view.study_group,
                    )
                },
            };
            check_step(out, meetings.id, meetings.value, step);
        }
        for (i, r) in outputs.under_approval.iter().enumerate() {
            if r.process != ApprovalProcess::Tap {
                continue;
            }
            let step = Step {
                place: RowPlace {
                    document: outputs.id,
                    list: "under_approval",
                    row: i,
                },
                field: "consented_or_determined",
                date: r.consented_or_determined,
                message: || {
                    message!(
                        "{number} was determined under TAP on {determined}, which is not a day of any {study_group} plenary (Table 1); a TAP Recommendation is determined at a study-group or Working Party meeting, and the report tables no Working Party meeting outside the plenaries",
                        number = r.number,
                        determined = r.consented_or_determined,
                        study_group = view.study_group,
                    )
                },
            };
            check_step(out, meetings.id, meetings.value, step);
        }
    }
}
