use chrono::NaiveDate;
use wtsa_model::DateRange;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
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
fn meeting(
    out: &mut Sink<'_>,
    bounds: &Bounds,
    spot: Spot,
    what: &dyn Fn() -> String,
    dates: &DateRange,
) {
    if bounds.range_outside(dates) {
        let diagnostic = out
            .at(
                spot,
                format!(
                    "{}, held {dates}, falls outside {}; a report accounts for the meetings of its own study period",
                    what(),
                    bounds.text
                ),
            )
            .fix("check the year; if the meeting belongs to an earlier period, say in the report that it is given for the record");
        out.push(diagnostic);
    }
}

/// `what` is written only for a finding.
fn output(
    out: &mut Sink<'_>,
    bounds: &Bounds,
    spot: Spot,
    what: &dyn Fn() -> String,
    date: NaiveDate,
) {
    if bounds.outside(date) {
        let diagnostic = out
            .at(
                spot,
                format!(
                    "{} on {date}, outside {}; a report accounts for the outputs of its own study period",
                    what(),
                    bounds.text
                ),
            )
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
                    &|| {
                        format!(
                            "the {} plenary of reports {} ({}, {})",
                            view.study_group, p.reports, p.place, p.source
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
                    &|| format!("\"{}\" ({}, {})", m.event, m.place, m.source),
                    &m.dates,
                );
            }
            for (i, m) in meetings.group_meetings.iter().enumerate() {
                meeting(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("group_meetings", i, "dates")),
                    &|| {
                        format!(
                            "the {} meeting of report {} ({}, {})",
                            m.group, m.report, m.place, m.source
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
                    &|| format!("{} was approved ({})", r.number, r.source),
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
                    &|| format!("{} was consented or determined ({})", r.number, r.source),
                    r.consented_or_determined,
                );
            }
            for (i, s) in outputs.supplements.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("supplements", i, "agreed")),
                    &|| format!("{} was agreed ({})", s.number, s.source),
                    s.agreed,
                );
            }
            for (i, t) in outputs.technical_papers.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("technical_papers", i, "agreed")),
                    &|| format!("{} was agreed ({})", t.id, t.source),
                    t.agreed,
                );
            }
            for (i, t) in outputs.technical_reports.iter().enumerate() {
                output(
                    out,
                    &bounds,
                    Spot::new(id, crate::pointer!("technical_reports", i, "agreed")),
                    &|| format!("{} was agreed ({})", t.id, t.source),
                    t.agreed,
                );
            }
        }
    }
}
