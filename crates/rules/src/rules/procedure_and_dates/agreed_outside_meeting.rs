use chrono::NaiveDate;
use wtsa_model::Meetings;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::rules::procedure_and_dates::{in_a_plenary, nearest_plenary, nearest_plenary_message};

/// Reports an agreement dated outside every plenary, with the nearest plenary. The message
/// is written only for an agreement reported.
pub(crate) fn agreement_outside(
    out: &mut Sink<'_>,
    meetings: (usize, &Meetings),
    spot: Spot,
    date: NaiveDate,
    message: impl FnOnce() -> Message,
) {
    let (meetings_id, meetings) = meetings;
    if in_a_plenary(meetings, date) {
        return;
    }
    let mut diagnostic = out.at(spot, message());
    if let Some((k, plenary)) = nearest_plenary(meetings, date) {
        diagnostic = diagnostic.related(
            nearest_plenary_message(plenary),
            Spot::new(meetings_id, format!("/plenaries/{k}/dates")),
        );
    }
    out.push(diagnostic.fix("check the date, or record the meeting that agreed it"));
}

declare_rule! {
    /// ## What it checks
    /// A Supplement (Table 12) or Technical Report (Table 14) agreed on a date that is not a
    /// day of any plenary of the study group (Table 1).
    ///
    /// ## Why it matters
    /// Technical Reports are agreed by the study group by consensus, which happens at its
    /// meetings; Supplements are agreed under A.13, and SG20 agrees them at its plenaries. An
    /// agreement dated between plenaries is a wrong date or an agreement at a meeting the
    /// report does not record. A study group may authorise a Working Party to agree a
    /// Technical Report, and A.13 Amendment 1 (12/2007) allows a Working Party to agree a
    /// Supplement (a secondary source only): hence a warning, not an error.
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016), §1bis.8 (Technical Reports) and §1bis.6
    /// (Supplements); Recommendation ITU-T A.13 for Supplements.
    ///
    /// ## Example
    /// Fires: `Y Suppl. 73` agreed on 2023-02-20, while the plenary ended on 2023-02-10.
    /// Quiet: `Y Suppl. 73` agreed on 2023-02-10, the plenary's last day.
    pub struct AgreedOutsideMeeting {
        code: "PD005",
        name: "agreed-outside-meeting",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::RES1_TECHNICAL_REPORTS,
        periods: Periods::All,
    }
}

impl Rule for AgreedOutsideMeeting {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(outputs), Some(meetings)) = (view.outputs, view.meetings) else {
            return;
        };
        for (i, s) in outputs.supplements.iter().enumerate() {
            agreement_outside(
                out,
                (meetings.id, meetings.value),
                Spot::new(outputs.id, format!("/supplements/{i}/agreed")),
                s.agreed,
                || {
                    message!(
                        "{number} ({source}) was agreed on {agreed}, which is not a day of any {study_group} plenary (Table 1); Supplements are agreed by the study group at its meetings (A.13)",
                        number = s.number,
                        source = s.source,
                        agreed = s.agreed,
                        study_group = view.study_group,
                    )
                },
            );
        }
        for (i, t) in outputs.technical_reports.iter().enumerate() {
            agreement_outside(
                out,
                (meetings.id, meetings.value),
                Spot::new(outputs.id, format!("/technical_reports/{i}/agreed")),
                t.agreed,
                || {
                    message!(
                        "Technical Report {id} ({source}) was agreed on {agreed}, which is not a day of any {study_group} plenary (Table 1); a Technical Report is agreed by the study group by consensus (Resolution 1 §1bis.8), or by a Working Party it authorises",
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
