use chrono::{Datelike, NaiveDate};
use wtsa_model::{InactiveReading, YearMonth};

use super::{officers, person_name};
use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use crate::tables::tables;

fn month_of(date: NaiveDate) -> Option<YearMonth> {
    YearMonth::new(date.year(), date.month())
}

declare_rule! {
    /// ## What it checks
    /// An officer recorded as inactive ("Inactive: Vice-chair from March 2017 to July 2024")
    /// for the whole study period as the report records it: from the month the WTSA that
    /// opened the period ended to the month of the study group's last plenary of the period
    /// (the meeting the report closes with), or to the period's end when no plenary is
    /// recorded.
    ///
    /// The report does not say what the note's months are; the data says which reading it
    /// takes (`inactive.reading`). Only a note read as a period of inactivity
    /// (`inactivity-period`) is checked: under the other reading (`term-of-office`) the
    /// months are when the office was held, and "Inactive" the officer's status when the
    /// report was written — nothing says the office went unexercised.
    ///
    /// ## Why it matters
    /// An office held by someone who did not serve at all in the period is an office the
    /// study group did not have: the report lists the officer, yet the group worked without
    /// them. It is worth a reviewer's note when officers are appointed for the next period.
    ///
    /// ## Provision
    /// Study group report to WTSA, Table 4 (officers with periods of inactivity) and §1.2.
    ///
    /// ## Example
    /// Fires: a note "Inactive: Vice-chair from March 2017 to July 2024" read as a period of
    /// inactivity, which spans the whole 2022–2024 period from March 2022 to the last plenary
    /// in July 2024.
    /// Quiet: the same note read as the term of office (as the SG20 data reads both of its
    /// notes); a period of inactivity from July 2022 to June 2024 (served before and after).
    pub struct OfficerInactiveWholePeriod {
        code: "OR008",
        name: "officer-inactive-whole-period",
        family: Family::Organisation,
        severity: Severity::Info,
        citation: citations::report("Table 4 (inactive officers), §1.2"),
        periods: Periods::All,
    }
}

impl Rule for OfficerInactiveWholePeriod {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Ok(tables) = tables() else {
            return;
        };
        let Some((start, end)) = tables.period_bounds(view.study_period) else {
            return;
        };
        // The last plenary within the period: what the report records ends there.
        let last_plenary = view.meetings.and_then(|meetings| {
            meetings
                .value
                .plenaries
                .iter()
                .enumerate()
                .filter(|(_, p)| start <= p.dates.end() && p.dates.end() <= end)
                .max_by_key(|(_, p)| p.dates.end())
                .map(|(i, p)| (Spot::new(meetings.id, format!("/plenaries/{i}/dates")), p))
        });
        let record_end = last_plenary.as_ref().map_or(end, |(_, p)| p.dates.end());
        let (Some(first_month), Some(last_month)) = (month_of(start), month_of(record_end)) else {
            return;
        };
        // The edition whose end opens the period: `period_bounds` found it above.
        let Some(opened_by) = tables.edition_opening(view.study_period).map(|e| e.edition) else {
            return;
        };
        for record in officers(view) {
            let Some(inactive) = &record.officer.inactive else {
                continue;
            };
            if inactive.reading != InactiveReading::InactivityPeriod
                || inactive.from > first_month
                || inactive.to < last_month
            {
                continue;
            }
            let person = person_name(view, &record.officer.person);
            let office = record.office();
            let message = match (&inactive.as_written, &last_plenary) {
                (Some(as_written), Some((_, plenary))) => message!(
                    "{person}, {office}, is recorded \u{201c}{as_written}\u{201d}, read as inactive from {from} to {to}, which covers the whole {study_period} study period as the report records it, from {start} (end of {opened_by}) to {end} (end of the last plenary, {place}, {plenary_source}): the office was held without being exercised in the period",
                    person,
                    office,
                    from = inactive.from,
                    to = inactive.to,
                    study_period = view.study_period,
                    start,
                    opened_by,
                    end = record_end,
                    as_written,
                    place = plenary.place,
                    plenary_source = plenary.source,
                ),
                (Some(as_written), None) => message!(
                    "{person}, {office}, is recorded \u{201c}{as_written}\u{201d}, read as inactive from {from} to {to}, which covers the whole {study_period} study period as the report records it, from {start} (end of {opened_by}) to {end} (eve of the next WTSA): the office was held without being exercised in the period",
                    person,
                    office,
                    from = inactive.from,
                    to = inactive.to,
                    study_period = view.study_period,
                    start,
                    opened_by,
                    end = record_end,
                    as_written,
                ),
                (None, Some((_, plenary))) => message!(
                    "{person}, {office}, is recorded inactive, read as inactive from {from} to {to}, which covers the whole {study_period} study period as the report records it, from {start} (end of {opened_by}) to {end} (end of the last plenary, {place}, {plenary_source}): the office was held without being exercised in the period",
                    person,
                    office,
                    from = inactive.from,
                    to = inactive.to,
                    study_period = view.study_period,
                    start,
                    opened_by,
                    end = record_end,
                    place = plenary.place,
                    plenary_source = plenary.source,
                ),
                (None, None) => message!(
                    "{person}, {office}, is recorded inactive, read as inactive from {from} to {to}, which covers the whole {study_period} study period as the report records it, from {start} (end of {opened_by}) to {end} (eve of the next WTSA): the office was held without being exercised in the period",
                    person,
                    office,
                    from = inactive.from,
                    to = inactive.to,
                    study_period = view.study_period,
                    start,
                    opened_by,
                    end = record_end,
                ),
            };
            let mut diagnostic = out
                .at(
                    record.spot.field("inactive"),
                    message,
                )
                .fix("consider whether the office should be recorded as vacant or filled for the next period");
            if let Some((spot, _)) = &last_plenary {
                diagnostic = diagnostic.related("the last plenary of the period", spot.clone());
            }
            out.push(diagnostic);
        }
    }
}
