use chrono::{Datelike, NaiveDate};
use wtsa_model::YearMonth;

use super::{officers, person_name};
use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
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
    /// ## Why it matters
    /// An office held by someone who did not serve at all in the period is an office the
    /// study group did not have: the report lists the officer, yet the group worked without
    /// them. It is worth a reviewer's note when officers are appointed for the next period.
    ///
    /// ## Provision
    /// Study group report to WTSA, Table 4 (officers with periods of inactivity) and §1.2.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: Khaled Al-Azemi, vice-chair of SG20RG-ARB, inactive from March
    /// 2017 to July 2024, which spans the whole period from March 2022 to the last plenary in
    /// July 2024.
    /// Quiet: Marco Baten, vice-chair of SG20RG-LATAM, inactive from July 2022 to June 2024
    /// (he served before and after).
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
        let opened_by = tables
            .edition_opening(view.study_period)
            .map_or_else(|| "the WTSA".to_owned(), |e| e.edition.to_string());
        let until = match &last_plenary {
            Some((_, plenary)) => format!(
                "{record_end} (end of the last plenary, {}, {})",
                plenary.place, plenary.source
            ),
            None => format!("{record_end} (eve of the next WTSA)"),
        };
        for record in officers(view) {
            let Some(inactive) = record.officer.inactive else {
                continue;
            };
            if inactive.from > first_month || inactive.to < last_month {
                continue;
            }
            let mut diagnostic = out
                .at(
                    Spot {
                        pointer: format!("{}/inactive", record.spot.pointer),
                        ..record.spot.clone()
                    },
                    format!(
                        "{}, {}, is recorded inactive from {} to {}, which covers the whole {} study period as the report records it, from {start} (end of {opened_by}) to {until}: the office was held without being exercised in the period",
                        person_name(view, &record.officer.person),
                        record.office,
                        inactive.from,
                        inactive.to,
                        view.study_period
                    ),
                )
                .fix("consider whether the office should be recorded as vacant or filled for the next period");
            if let Some((spot, _)) = &last_plenary {
                diagnostic = diagnostic.related("the last plenary of the period", spot.clone());
            }
            out.push(diagnostic);
        }
    }
}
