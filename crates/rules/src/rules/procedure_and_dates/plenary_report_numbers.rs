use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
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
                    format!(
                        "the plenary in {} ({}) lists reports {}, numbered for {group}, not {}",
                        p.place, p.dates, p.reports, view.study_group
                    ),
                );
            }
        }
        if let Some((i, first)) = ordered.first() {
            if first.reports.first().number() != 1 {
                out.emit(
                    spot(*i),
                    format!(
                        "the first plenary of {} ({}, {}) has reports {}; the period's reports start at R1",
                        view.study_period, first.place, first.dates, first.reports
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
            let problem = if start <= last {
                format!("overlaps the previous plenary's {}", previous.reports)
            } else if start > expected {
                let missing = if start - 1 == expected {
                    format!("R{expected} is missing")
                } else {
                    format!("R{expected} to R{} are missing", start - 1)
                };
                format!(
                    "leaves a gap after the previous plenary's {} ({missing})",
                    previous.reports
                )
            } else {
                continue;
            };
            let diagnostic = out
                .at(
                    spot(*i),
                    format!(
                        "the reports {} of the plenary in {} ({}) {problem}; reports run in one sequence, so they should start at R{expected}",
                        next.reports, next.place, next.dates
                    ),
                )
                .related(
                    format!("the previous plenary: {}, {}", previous.place, previous.dates),
                    spot(*k),
                );
            out.push(diagnostic);
        }
    }
}
