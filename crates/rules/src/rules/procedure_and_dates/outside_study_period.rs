use chrono::NaiveDate;
use wtsa_model::DateRange;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::tables::tables;

declare_rule! {
    /// ## What it checks
    /// A meeting (plenary, Rapporteur-group meeting, meeting of a JCA, regional group or
    /// focus group) with a day outside the study period, and an approval, consent,
    /// determination or agreement (Tables 8, 9, 12, 13 and 14) dated outside it. A study
    /// period runs from the end of the WTSA that opens it to the eve of the next WTSA
    /// (`tables/wtsa-editions.yaml`); a period the table does not know is skipped.
    ///
    /// ## Why it matters
    /// A study group's report to WTSA accounts for one study period. A meeting or an output
    /// of another period is either a typing error in a year or a record of an earlier period
    /// carried over; either way the reader counting the period's work is misled unless the
    /// report says so.
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016): study periods run from one WTSA to the next.
    ///
    /// ## Example
    /// Fires: in the 2022-2024 report, the SG20RG-LATAM meeting of 2018-04-20 (§3.3.3).
    /// Quiet: the SG20 plenary of 2024-07-01 to 2024-07-12, within 2022-03-09 to 2024-10-14.
    pub struct OutsideStudyPeriod {
        code: "PD002",
        name: "outside-study-period",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::RES1_STUDY_PERIOD,
        periods: Periods::All,
    }
}

struct Bounds {
    from: NaiveDate,
    to: NaiveDate,
    /// The period as findings name it, with its bounds and the editions of WTSA at them:
    /// `the 2022-2024 study period (2022-03-10, the end of WTSA-20, to …)`.
    text: String,
}

impl Bounds {
    fn outside(&self, date: NaiveDate) -> bool {
        date < self.from || date > self.to
    }

    fn range_outside(&self, range: &DateRange) -> bool {
        self.outside(range.start) || self.outside(range.end())
    }
}

/// `what` is written only for a finding.
/// Reports a meeting held outside the period; `message` is given the period's words and is
/// called only then.
fn meeting(
    out: &mut Sink<'_>,
    bounds: &Bounds,
    spot: Spot,
    message: &dyn Fn(&str) -> Message,
    dates: &DateRange,
) {
    if bounds.range_outside(dates) {
        let diagnostic = out
            .at(spot, message(&bounds.text))
            .fix("check the year; if the meeting belongs to an earlier period, say in the report that it is given for the record");
        out.push(diagnostic);
    }
}

/// `what` is written only for a finding.
/// Reports an output dated outside the period, as [`meeting`] does.
fn output(
    out: &mut Sink<'_>,
    bounds: &Bounds,
    spot: Spot,
    message: &dyn Fn(&str) -> Message,
    date: NaiveDate,
) {
    if bounds.outside(date) {
        let diagnostic = out
            .at(spot, message(&bounds.text))
            .fix("check the date; an output of another period belongs to that period's report");
        out.push(diagnostic);
    }
}

impl Rule for OutsideStudyPeriod {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Ok(tables) = tables() else {
            return;
        };
        let Some((from, to)) = tables.period_bounds(view.study_period) else {
            return;
        };
        let opening = tables
            .edition_opening(view.study_period)
            .map(|e| format!(", the end of {}", e.edition))
            .unwrap_or_default();
        let next = tables
            .editions
            .iter()
            .find(|e| e.start.pred_opt() == Some(to))
            .map(|e| format!(", the eve of {}", e.edition))
            .unwrap_or_default();
        let bounds = Bounds {
            from,
            to,
            text: format!(
                "the {} study period ({from}{opening}, to {to}{next})",
                view.study_period
            ),
        };
        if let Some(meetings) = view.meetings {
            let id = meetings.id;
            for (i, p) in meetings.plenaries.iter().enumerate() {
                meeting(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("plenaries", i, "dates")),
                    &|period| {
                        message!(
                            "the {study_group} plenary of reports {reports} ({place}, {source}), held {dates}, falls outside {period}; a report accounts for the meetings of its own study period",
                            study_group = view.study_group,
                            reports = p.reports,
                            place = p.place,
                            source = p.source,
                            dates = p.dates,
                            period,
                        )
                    },
                    &p.dates,
                );
            }
            for (i, m) in meetings.rapporteur_meetings.iter().enumerate() {
                meeting(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("rapporteur_meetings", i, "dates")),
                    &|period| {
                        message!(
                            "\"{event}\" ({place}, {source}), held {dates}, falls outside {period}; a report accounts for the meetings of its own study period",
                            event = m.event,
                            place = m.place,
                            source = m.source,
                            dates = m.dates,
                            period,
                        )
                    },
                    &m.dates,
                );
            }
            for (i, m) in meetings.group_meetings.iter().enumerate() {
                meeting(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("group_meetings", i, "dates")),
                    &|period| {
                        message!(
                            "the {group} meeting of report {report} ({place}, {source}), held {dates}, falls outside {period}; a report accounts for the meetings of its own study period",
                            group = m.group,
                            report = m.report,
                            place = m.place,
                            source = m.source,
                            dates = m.dates,
                            period,
                        )
                    },
                    &m.dates,
                );
            }
        }
        if let Some(outputs) = view.outputs {
            let id = outputs.id;
            for (i, r) in outputs.approved.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("approved", i, "approved")),
                    &|period| {
                        message!(
                            "{number} was approved ({source}) on {date}, outside {period}; a report accounts for the outputs of its own study period",
                            number = r.number,
                            source = r.source,
                            date = r.approved,
                            period,
                        )
                    },
                    r.approved,
                );
            }
            for (i, r) in outputs.under_approval.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(
                        id,
                        crate::pointer!("under_approval", i, "consented_or_determined"),
                    ),
                    &|period| {
                        message!(
                            "{number} was consented or determined ({source}) on {date}, outside {period}; a report accounts for the outputs of its own study period",
                            number = r.number,
                            source = r.source,
                            date = r.consented_or_determined,
                            period,
                        )
                    },
                    r.consented_or_determined,
                );
            }
            for (i, s) in outputs.supplements.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("supplements", i, "agreed")),
                    &|period| {
                        message!(
                            "{number} was agreed ({source}) on {date}, outside {period}; a report accounts for the outputs of its own study period",
                            number = s.number,
                            source = s.source,
                            date = s.agreed,
                            period,
                        )
                    },
                    s.agreed,
                );
            }
            for (i, t) in outputs.technical_papers.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("technical_papers", i, "agreed")),
                    &|period| {
                        message!(
                            "{id} was agreed ({source}) on {date}, outside {period}; a report accounts for the outputs of its own study period",
                            id = t.id,
                            source = t.source,
                            date = t.agreed,
                            period,
                        )
                    },
                    t.agreed,
                );
            }
            for (i, t) in outputs.technical_reports.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("technical_reports", i, "agreed")),
                    &|period| {
                        message!(
                            "{id} was agreed ({source}) on {date}, outside {period}; a report accounts for the outputs of its own study period",
                            id = t.id,
                            source = t.source,
                            date = t.agreed,
                            period,
                        )
                    },
                    t.agreed,
                );
            }
        }
    }
}
