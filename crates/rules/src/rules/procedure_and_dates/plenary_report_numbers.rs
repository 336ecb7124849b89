use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// The report numbers of the plenaries (Table 1), taken in date order: the first run
    /// starts at R1; each run starts right after the previous one ends (no gap, no overlap);
    /// and every report is numbered for the study group itself (`SG20-R…` in SG20's report).
    ///
    /// ## Why it matters
    /// A study group numbers its meeting reports in one sequence over the study period, one
    /// or more per plenary. A gap means a report is missing from the table, an overlap that
    /// two meetings claim the same report, a wrong study group a number copied from another
    /// group's table: each sends the reader to the wrong document.
    ///
    /// ## Provision
    /// The report's Table 1 (plenary meetings and their reports).
    ///
    /// ## Example
    /// Fires: `SG20-R1`, then `SG20-R3 to R4` (R2 is missing); `SG20-R5 to R11`, then
    /// `SG20-R11 to R20` (R11 twice); `SG13-R1` in SG20's table.
    /// Quiet: `SG20-R1`, `SG20-R2 to R4`, `SG20-R5 to R11`, `SG20-R12 to R20`.
    pub struct PlenaryReportNumbers {
        code: "PD007",
        name: "plenary-report-numbers",
        family: Family::ProcedureAndDates,
        severity: Severity::Error,
        citation: citations::report("Table 1 (plenary meetings and their reports)"),
        periods: Periods::All,
    }
}

impl Rule for PlenaryReportNumbers {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(meetings) = view.meetings else {
            return;
        };
        let spot = |i: usize| Spot::new(meetings.id, format!("/plenaries/{i}/reports"));
        let mut ordered: Vec<_> = meetings.plenaries.iter().enumerate().collect();
        ordered.sort_by_key(|(i, p)| (p.dates.start, *i));
        for (i, p) in &ordered {
            let group = p.reports.first().study_group();
            if group != view.study_group {
                out.emit(
                    spot(*i),
                    message!(
                        "the plenary in {place} ({dates}) lists reports {reports}, numbered for {group}, not {study_group}",
                        place = p.place,
                        dates = p.dates,
                        reports = p.reports,
                        group,
                        study_group = view.study_group,
                    ),
                );
            }
        }
        if let Some((i, first)) = ordered.first() {
            if first.reports.first().number() != 1 {
                out.emit(
                    spot(*i),
                    message!(
                        "the first plenary of {study_period} ({place}, {dates}) has reports {reports}; the period's reports start at R1",
                        study_period = view.study_period,
                        place = first.place,
                        dates = first.dates,
                        reports = first.reports,
                    ),
                );
            }
        }
        for pair in ordered.windows(2) {
            let [(k, previous), (i, next)] = pair else {
                continue;
            };
            let last = previous.reports.last().number();
            let start = next.reports.first().number();
            let expected = last.saturating_add(1);
            let (reports, place, dates) = (&next.reports, &next.place, &next.dates);
            let previous_reports = &previous.reports;
            let message = if start <= last {
                message!(
                    "the reports {reports} of the plenary in {place} ({dates}) overlaps the previous plenary's {previous_reports}; reports run in one sequence, so they should start at R{expected}",
                    reports,
                    place,
                    dates,
                    previous_reports,
                    expected,
                )
            } else if start > expected {
                let last_missing = start - 1;
                if last_missing == expected {
                    message!(
                        "the reports {reports} of the plenary in {place} ({dates}) leaves a gap after the previous plenary's {previous_reports} (R{expected} is missing); reports run in one sequence, so they should start at R{expected}",
                        reports,
                        place,
                        dates,
                        previous_reports,
                        expected,
                    )
                } else {
                    message!(
                        "the reports {reports} of the plenary in {place} ({dates}) leaves a gap after the previous plenary's {previous_reports} (R{expected} to R{last_missing} are missing); reports run in one sequence, so they should start at R{expected}",
                        reports,
                        place,
                        dates,
                        previous_reports,
                        expected,
                        last_missing,
                    )
                }
            } else {
                continue;
            };
            let diagnostic = out.at(spot(*i), message).related(
                message!(
                    "the previous plenary: {place}, {dates}",
                    place = previous.place,
                    dates = previous.dates
                ),
                spot(*k),
            );
            out.push(diagnostic);
        }
    }
}
