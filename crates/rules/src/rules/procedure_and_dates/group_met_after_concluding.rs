use chrono::Datelike;
use wtsa_model::YearMonth;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A group whose section of §3.3 says when it concluded its work ("concluded its work in
    /// June 2024") against the group's meetings listed in §3.3: a meeting that began in a
    /// later month than the one the section gives. The report gives the month only, so a
    /// meeting in that month is in time. The latest such meeting is reported, as a related
    /// location of the section's month.
    ///
    /// ## Why it matters
    /// A group that has concluded its work does not meet: either the month is wrong, or the
    /// meeting's date is, or the group went on after the report says it ended — which the
    /// secretariat needs to know before it closes the group's mailing lists and pages.
    ///
    /// ## Provision
    /// Study group report to WTSA, §3.3; plain logic: a group's last meeting is no later than
    /// the end of its work.
    ///
    /// ## Example
    /// Fires: FG-AI4A concluded in May 2024 while its last meeting listed is of 18 June 2024.
    /// Quiet: SG20 2022–2024: FG-AI4A concluded its work in June 2024 and last met on 18 June
    /// 2024.
    pub struct GroupMetAfterConcluding {
        code: "PD012",
        name: "group-met-after-concluding",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::report("§3.3"),
        periods: Periods::All,
    }
}

impl Rule for GroupMetAfterConcluding {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(meetings)) = (view.claims, view.meetings) else {
            return;
        };
        for (s, section) in claims.value.group_sections.iter().enumerate() {
            let Some(concluded) = &section.concluded else {
                continue;
            };
            let latest = meetings
                .value
                .group_meetings
                .iter()
                .enumerate()
                .filter(|(_, m)| m.group == section.group)
                .filter(|(_, m)| {
                    YearMonth::new(m.dates.start.year(), m.dates.start.month())
                        .is_some_and(|month| month > concluded.month)
                })
                .max_by_key(|(_, m)| m.dates.start);
            let Some((i, meeting)) = latest else {
                continue;
            };
            let diagnostic = out
                .at(
                    Spot::new(
                        claims.id,
                        crate::pointer!("group_sections", s, "concluded", "month"),
                    ),
                    message!(
                        "{source} says {group} \u{201c}{as_written}\u{201d} ({month}), but the group met on {met} ({place}, {meeting_source}): a group's last meeting is no later than the end of its work",
                        source = section.source,
                        group = section.group,
                        as_written = concluded.as_written,
                        month = concluded.month,
                        met = meeting.dates.start,
                        place = meeting.place,
                        meeting_source = meeting.source,
                    ),
                )
                .related(
                    message!("the last meeting of {group} listed", group = section.group),
                    Spot::new(meetings.id, crate::pointer!("group_meetings", i, "dates")),
                )
                .fix("correct the month the group concluded its work, or the meeting's date");
            out.push(diagnostic);
        }
    }
}
