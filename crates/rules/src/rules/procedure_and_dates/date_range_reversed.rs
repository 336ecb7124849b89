use wtsa_model::{DateRange, InactiveReading, MonthRange, Officer};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::{Message, ToArg};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A date range whose end is before its start: the dates of plenaries, Rapporteur-group
    /// meetings and group meetings (Tables 1 and 2, §3.3), of the TSAG meetings lead-activity
    /// reports went to (§3.3.1), of the meeting that established a group (Table 4) and of
    /// activities (§3.3.8, §3.4); and an officer's period of inactivity that ends, to the
    /// month, before it starts.
    ///
    /// ## Why it matters
    /// A reversed range is a typing error in one of its ends (a month or a year swapped, a
    /// day of another meeting). Every check that places a date within a meeting or a period
    /// is then comparing against a range that contains no day at all.
    ///
    /// ## Provision
    /// The report's own tables and prose (the dates it gives); no procedural text is needed.
    ///
    /// ## Example
    /// Fires: a plenary `{start: 2023-09-22, end: 2023-09-13}`; an inactivity `from: 2024-07,
    /// to: 2017-03`.
    /// Quiet: `{start: 2023-09-13, end: 2023-09-22}`; a one-day meeting `{start: 2023-03-20}`.
    pub struct DateRangeReversed {
        code: "PD001",
        name: "date-range-reversed",
        family: Family::ProcedureAndDates,
        severity: Severity::Error,
        citation: citations::report("dates of meetings, groups, officers and activities"),
        periods: Periods::All,
    }
}

/// Reports a range that ends before it starts; the message, which names the range's end and
/// start, is written only then.
fn check_range(
    out: &mut Sink<'_>,
    document: usize,
    pointer: impl FnOnce() -> String,
    range: &DateRange,
    message: impl FnOnce() -> Message,
) {
    // The pointer and the message are written only for a finding.
    if !range.is_ordered() {
        out.emit(Spot::new(document, format!("{}/end", pointer())), message());
    }
}

fn check_officers(
    out: &mut Sink<'_>,
    document: usize,
    officers: &[Officer],
    pointer: impl Fn(usize) -> String,
    group: &dyn ToArg,
) {
    for (j, officer) in officers.iter().enumerate() {
        let Some(note) = &officer.inactive else {
            continue;
        };
        let MonthRange { from, to } = note.months();
        if from > to {
            let person = &officer.person;
            let message = match (note.reading, &note.as_written) {
                (InactiveReading::TermOfOffice, None) => message!(
                    "{person}'s term of office as {group} officer runs from {from} to {to}, which ends before it starts",
                    person,
                    group,
                    from,
                    to,
                ),
                (InactiveReading::TermOfOffice, Some(as_written)) => message!(
                    "{person}'s term of office as {group} officer (\u{201c}{as_written}\u{201d}) runs from {from} to {to}, which ends before it starts",
                    person,
                    group,
                    as_written,
                    from,
                    to,
                ),
                (InactiveReading::InactivityPeriod, None) => message!(
                    "{person}'s inactivity as {group} officer runs from {from} to {to}, which ends before it starts",
                    person,
                    group,
                    from,
                    to,
                ),
                (InactiveReading::InactivityPeriod, Some(as_written)) => message!(
                    "{person}'s inactivity as {group} officer (\u{201c}{as_written}\u{201d}) runs from {from} to {to}, which ends before it starts",
                    person,
                    group,
                    as_written,
                    from,
                    to,
                ),
            };
            out.emit(
                Spot::new(document, format!("{}/inactive/to", pointer(j))),
                message,
            );
        }
    }
}

impl Rule for DateRangeReversed {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        if let Some(meetings) = view.meetings {
            for (i, p) in meetings.plenaries.iter().enumerate() {
                check_range(
                    out,
                    meetings.id,
                    || format!("/plenaries/{i}/dates"),
                    &p.dates,
                    || {
                        message!(
                        "the plenary of reports {reports} ({place}) ends on {end} before it starts on {start}",
                        reports = p.reports,
                        place = p.place,
                        end = p.dates.end(),
                        start = p.dates.start,
                    )
                    },
                );
            }
            for (i, m) in meetings.rapporteur_meetings.iter().enumerate() {
                check_range(
                    out,
                    meetings.id,
                    || format!("/rapporteur_meetings/{i}/dates"),
                    &m.dates,
                    || {
                        message!(
                            "\"{event}\" ({place}) ends on {end} before it starts on {start}",
                            event = m.event,
                            place = m.place,
                            end = m.dates.end(),
                            start = m.dates.start,
                        )
                    },
                );
            }
            for (i, m) in meetings.group_meetings.iter().enumerate() {
                check_range(
                    out,
                    meetings.id,
                    || format!("/group_meetings/{i}/dates"),
                    &m.dates,
                    || {
                        message!(
                            "the {group} meeting of report {report} ({place}) ends on {end} before it starts on {start}",
                            group = m.group,
                            report = m.report,
                            place = m.place,
                            end = m.dates.end(),
                            start = m.dates.start,
                        )
                    },
                );
            }
        }
        if let Some(claims) = view.claims {
            for (i, r) in claims.lead_activity_reports.iter().enumerate() {
                check_range(
                    out,
                    claims.id,
                    || format!("/lead_activity_reports/{i}/dates"),
                    &r.dates,
                    || {
                        message!(
                            "the TSAG meeting in {place} that {document} went to ends on {end} before it starts on {start}",
                            place = r.place,
                            document = r.document,
                            end = r.dates.end(),
                            start = r.dates.start,
                        )
                    },
                );
            }
        }
        if let Some(activities) = view.activities {
            for (i, a) in activities.activities.iter().enumerate() {
                if let Some(dates) = &a.dates {
                    check_range(
                        out,
                        activities.id,
                        || format!("/activities/{i}/dates"),
                        dates,
                        || {
                            message!(
                                "\"{name}\" ends on {end} before it starts on {start}",
                                name = a.name,
                                end = dates.end(),
                                start = dates.start,
                            )
                        },
                    );
                }
            }
        }
        if let Some(organisation) = view.organisation {
            let id = organisation.id;
            for (i, group) in organisation.other_groups.iter().enumerate() {
                if let Some(established) = &group.established {
                    check_range(
                        out,
                        id,
                        || format!("/other_groups/{i}/established/dates"),
                        &established.dates,
                        || {
                            message!(
                                "{meeting}, the meeting that established {group} ends on {end} before it starts on {start}",
                                meeting = established.meeting,
                                group = group.acronym,
                                end = established.dates.end(),
                                start = established.dates.start,
                            )
                        },
                    );
                }
                check_officers(
                    out,
                    id,
                    &group.chairs,
                    |j| format!("/other_groups/{i}/chairs/{j}"),
                    &group.acronym,
                );
                check_officers(
                    out,
                    id,
                    &group.vice_chairs,
                    |j| format!("/other_groups/{i}/vice_chairs/{j}"),
                    &group.acronym,
                );
            }
            for (i, wp) in organisation.working_parties.iter().enumerate() {
                check_officers(
                    out,
                    id,
                    &wp.officers,
                    |j| format!("/working_parties/{i}/officers/{j}"),
                    &wp.id,
                );
            }
            for (i, q) in organisation.questions.iter().enumerate() {
                check_officers(
                    out,
                    id,
                    &q.rapporteurs,
                    |j| format!("/questions/{i}/rapporteurs/{j}"),
                    &q.id,
                );
            }
        }
        if let Some(study_group) = view.study_group_doc {
            let management = &study_group.management;
            check_officers(
                out,
                study_group.id,
                std::slice::from_ref(&management.chair),
                |_| "/management/chair".to_owned(),
                &view.study_group,
            );
            check_officers(
                out,
                study_group.id,
                &management.vice_chairs,
                |j| format!("/management/vice_chairs/{j}"),
                &view.study_group,
            );
        }
    }
}
