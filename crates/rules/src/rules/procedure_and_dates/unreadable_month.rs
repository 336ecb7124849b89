use wtsa_model::ActivityCategory;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why `name` is not a month of the years `first..=last` ("Month YYYY"), if it is not.
/// What is wrong with an edition's month as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem<'a> {
    NotMonthAndYear,
    NotAMonth(&'a str),
    NotAYear(&'a str),
    OutsidePeriod(i32),
}

fn problem(name: &str, first: i32, last: i32) -> Option<Problem<'_>> {
    let mut words = name.split_whitespace();
    let (Some(month), Some(year), None) = (words.next(), words.next(), words.next()) else {
        return Some(Problem::NotMonthAndYear);
    };
    if !MONTHS.contains(&month) {
        return Some(Problem::NotAMonth(month));
    }
    let Ok(year) = year.parse::<i32>() else {
        return Some(Problem::NotAYear(year));
    };
    if year < first || year > last {
        return Some(Problem::OutsidePeriod(year));
    }
    None
}

declare_rule! {
    /// ## What it checks
    /// A date the report's prose lists give as a month, not as a day: the editions of the
    /// Digital Transformation and Cities Digest (§3.4.3), each listed by its month ("June
    /// 2023"). Each must read `Month YYYY` with an English month name and a year of the study
    /// period.
    ///
    /// ## Why it matters
    /// A misspelt month is a date no program reads and a reader must guess; a year outside the
    /// period is an edition of another period or a typing error. Both are typing errors a
    /// secretariat editor corrects before the report goes out.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.4.3; WTSA Resolution 1: the report covers its
    /// study period.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: the edition listed as "Marcg 2024".
    /// Quiet: "March 2024".
    pub struct UnreadableMonth {
        code: "PD009",
        name: "unreadable-month",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::report("§3.4.3"),
        periods: Periods::All,
    }
}

impl Rule for UnreadableMonth {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(activities) = view.activities else {
            return;
        };
        let (first, last) = (
            view.study_period.first_year(),
            view.study_period.last_year(),
        );
        for (i, activity) in activities.value.activities.iter().enumerate() {
            if activity.category != ActivityCategory::DigestEdition {
                continue;
            }
            let Some(problem) = problem(&activity.name, first, last) else {
                continue;
            };
            let (name, source) = (&activity.name, &activity.source);
            let message = match problem {
                Problem::NotMonthAndYear => message!(
                    "the Digest edition listed as \u{201c}{name}\u{201d} ({source}) is not written `Month YYYY`",
                    name,
                    source,
                ),
                Problem::NotAMonth(month) => message!(
                    "the Digest edition listed as \u{201c}{name}\u{201d} ({source}) does not name a month: \u{201c}{month}\u{201d} is not one of January … December",
                    name,
                    source,
                    month,
                ),
                Problem::NotAYear(year) => message!(
                    "the Digest edition listed as \u{201c}{name}\u{201d} ({source}) does not give a year: \u{201c}{year}\u{201d}",
                    name,
                    source,
                    year,
                ),
                Problem::OutsidePeriod(year) => message!(
                    "the Digest edition listed as \u{201c}{name}\u{201d} ({source}) falls in {year}, outside the {first}–{last} study period",
                    name,
                    source,
                    year,
                    first,
                    last,
                ),
            };
            let diagnostic = out
                .at(
                    Spot::new(activities.id, format!("/activities/{i}/name")),
                    message,
                )
                .fix("write the edition's month as `Month YYYY`");
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn reads_months_and_names_what_is_wrong() {
        assert_eq!(problem("March 2024", 2022, 2024), None);
        assert!(problem("Marcg 2024", 2022, 2024).is_some());
        assert!(problem("March 2019", 2022, 2024).is_some());
        assert!(problem("March", 2022, 2024).is_some());
        assert!(problem("March 20x4", 2022, 2024).is_some());
    }
}
