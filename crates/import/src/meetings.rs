//! Table 1 (plenaries), Table 2 (Rapporteur meetings) and the meeting tables of the JCA,
//! regional groups and focus groups in §3.3.

use wtsa_model::{
    DateRange, DocumentNumber, GroupMeeting, Meetings, MeetingsKind, Plenary, QuestionId,
    RapporteurMeeting, ReportRange, StudyGroupId, StudyPeriod,
};

use crate::context::{source_ref, Context};
use crate::dates::{self, EXPECTED_DATES};
use crate::group_sections::{group_subsections, GroupSubsection};
use crate::table::Cell;
use crate::text::split_top_level;

const EXPECTED_PLACE_DATES: &str =
    "`<place>, <dates>` such as `Geneva, 18-28 July 2022` or `Geneva, 30 January - 10 February 2023`";

/// A `Place, date` cell, or a warning at its line.
fn place_and_dates(ctx: &mut Context, cell: &Cell) -> Option<(String, DateRange)> {
    let text = cell.text();
    let read = dates::place_and_dates(&text);
    if read.is_none() {
        ctx.unreadable(cell.line(), "place and dates", &text, EXPECTED_PLACE_DATES);
    }
    read
}

pub(crate) fn meetings(
    ctx: &mut Context,
    study_group: StudyGroupId,
    study_period: StudyPeriod,
) -> Option<Meetings> {
    let plenaries = plenaries(ctx);
    let rapporteur_meetings = rapporteur_meetings(ctx);
    let group_meetings = group_meetings(ctx);
    Some(Meetings {
        schema: None,
        kind: MeetingsKind,
        suppress: Vec::new(),
        study_group,
        study_period,
        plenaries: plenaries?,
        rapporteur_meetings: rapporteur_meetings?,
        group_meetings,
    })
}

/// Table 1: "Study Group 20 | Geneva, 18-28 July 2022 | SG20-R1".
fn plenaries(ctx: &mut Context) -> Option<Vec<Plenary>> {
    let captioned = ctx.captioned_table(1, true)?;
    let table = &captioned.table;
    let columns = ctx.columns(
        &captioned.name,
        table,
        [
            (
                "Place, date",
                &["Place/date", "Place and date", "Place, dates"],
            ),
            ("Reports", &["Report"]),
        ],
    )?;
    let source = source_ref(&captioned.name)?;
    let mut plenaries = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        let Some([place_dates, reports]) = ctx.cells(&captioned.name, table, row, &columns) else {
            continue;
        };
        let Some((place, dates)) = place_and_dates(ctx, place_dates) else {
            continue;
        };
        let Some(reports) =
            ctx.designation::<ReportRange>(reports.line(), "meeting reports", &reports.text())
        else {
            continue;
        };
        plenaries.push(Plenary {
            place,
            dates,
            reports,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(plenaries)
}

/// Table 2: the dates (one ISO day, or a range over three lines `2022-03-23` / `to` /
/// `2022-03-24`), the place or host, the Questions (`Q1/20 [Report], Q2/20 [Report]`) and the
/// event's name.
fn rapporteur_meetings(ctx: &mut Context) -> Option<Vec<RapporteurMeeting>> {
    let captioned = ctx.captioned_table(2, true)?;
    let table = &captioned.table;
    let columns = ctx.columns(
        &captioned.name,
        table,
        [
            ("Dates", &["Date"]),
            ("Place/Host", &["Place", "Place/host", "Host"]),
            ("Question(s)", &["Questions", "Question"]),
            ("Event name", &["Event", "Meeting"]),
        ],
    )?;
    let source = source_ref(&captioned.name)?;
    let mut meetings = Vec::new();
    for row in &table.rows {
        if row.is_none_row() {
            continue;
        }
        let Some([dates, place, questions, event]) =
            ctx.cells(&captioned.name, table, row, &columns)
        else {
            continue;
        };
        let Some(range) = dates::range(&dates.text()) else {
            ctx.unreadable(dates.line(), "meeting dates", &dates.text(), EXPECTED_DATES);
            continue;
        };
        let text = questions.text().replace("[Report]", "");
        let mut ids = Vec::new();
        let mut readable = true;
        for question in split_top_level(&text, &[",", ";"]) {
            match ctx.designation::<QuestionId>(questions.line(), "Question", question) {
                Some(id) => ids.push(id),
                None => readable = false,
            }
        }
        if !readable {
            continue;
        }
        meetings.push(RapporteurMeeting {
            dates: range,
            place: place.text(),
            questions: ids,
            event: event.text(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    Some(meetings)
}

/// The meeting tables of §3.3's subsections, each under a heading ending with the group's
/// acronym (`3.3.4 Regional Group for the Africa Region (SG20RG-AFR)`).
fn group_meetings(ctx: &mut Context) -> Vec<GroupMeeting> {
    let mut meetings = Vec::new();
    for GroupSubsection {
        number,
        group,
        range,
        source,
        ..
    } in group_subsections(ctx)
    {
        let Some(table) = ctx.table_in(range) else {
            continue;
        };
        let what = format!("the table of \u{a7}{number}");
        let Some(columns) = ctx.columns(
            &what,
            &table,
            [
                (
                    "Place, date",
                    &["Place/date", "Place and date", "Place, dates"],
                ),
                ("Reports", &["Report"]),
            ],
        ) else {
            continue;
        };
        for row in &table.rows {
            if row.is_none_row() {
                continue;
            }
            let Some([place_dates, report]) = ctx.cells(&what, &table, row, &columns) else {
                continue;
            };
            let Some((place, dates)) = place_and_dates(ctx, place_dates) else {
                continue;
            };
            let Some(report) =
                ctx.designation::<DocumentNumber>(report.line(), "meeting report", &report.text())
            else {
                continue;
            };
            meetings.push(GroupMeeting {
                group: group.clone(),
                place,
                dates,
                report,
                source: source.clone(),
                suppress: Vec::new(),
            });
        }
    }
    meetings
}
