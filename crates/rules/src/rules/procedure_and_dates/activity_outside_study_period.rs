use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::tables::tables;
use chrono::Datelike;

use crate::message;

declare_rule! {
    /// ## What it checks
    /// An event, workshop or meeting in the report's prose lists of activities (§3.3.8,
    /// §3.4) dated outside the study period, or only with a year outside it.
    ///
    /// ## Why it matters
    /// The lists say what was organised "during this study period". An item of the previous
    /// period, or one after the WTSA that closes the period, is either carried over or a typing
    /// error in a year. Informational: the lists are prose, curated by hand, and the report may
    /// mean to include items around the period's edges.
    ///
    /// ## Provision
    /// WTSA Resolution 1 (Rev. Hammamet, 2016): study periods run from one WTSA to the next.
    ///
    /// ## Example
    /// Fires: in the 2022-2024 report, a webinar on 2024-10-31 (after WTSA-24 opened on
    /// 2024-10-15).
    /// Quiet: a webinar on 2023-06-14.
    pub struct ActivityOutsideStudyPeriod {
        code: "PD008",
        name: "activity-outside-study-period",
        family: Family::ProcedureAndDates,
        severity: Severity::Info,
        citation: citations::RES1_STUDY_PERIOD,
        periods: Periods::All,
    }
}

impl Rule for ActivityOutsideStudyPeriod {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(activities), Ok(tables)) = (view.activities, tables()) else {
            return;
        };
        let Some((from, to)) = tables.period_bounds(view.study_period) else {
            return;
        };
        for (i, activity) in activities.activities.iter().enumerate() {
            let (name, source, study_period) =
                (&activity.name, &activity.source, view.study_period);
            match (&activity.dates, activity.year) {
                (Some(dates), _) if dates.start < from || dates.end() > to => out.emit(
                    Spot::new(activities.id, crate::pointer!("activities", i, "dates")),
                    message!(
                        "“{name}” ({source}) is dated {dates}, outside the {study_period} study period ({from} to {to}) that the list accounts for",
                        name,
                        source,
                        dates,
                        study_period,
                        from,
                        to,
                    ),
                ),
                (None, Some(year)) if year < from.year() || year > to.year() => out.emit(
                    Spot::new(activities.id, crate::pointer!("activities", i, "year")),
                    message!(
                        "“{name}” ({source}) is dated {year}, outside the {study_period} study period ({from} to {to}) that the list accounts for",
                        name,
                        source,
                        year,
                        study_period,
                        from,
                        to,
                    ),
                ),
                _ => {}
            }
        }
    }
}
