//! The meetings of a period on one timeline: plenaries, rapporteur-group meetings by Question,
//! and the meetings of the other groups.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use maud::{html, Markup};
use wtsa_model::{DateRange, GroupMeeting, Plenary, RapporteurMeeting};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, scroll_table, Shown, Text};
use crate::pages::{period_label, period_page, question_ref};
use crate::paths::{PagePath, PeriodPage};
use crate::site::Site;
use crate::svg::{self, Chart, Ink, Lane, Span};

/// The study period's first and last day.
pub fn period_range(view: &PeriodView<'_>) -> (NaiveDate, NaiveDate) {
    let period = view.study_period;
    let from = NaiveDate::from_ymd_opt(period.first_year(), 1, 1).unwrap_or_default();
    let to = NaiveDate::from_ymd_opt(period.last_year(), 12, 31).unwrap_or(from);
    (from, to)
}

/// The days a range names, first to last (a reversed range, PD001, drawn over its days).
fn ordered(dates: &DateRange) -> (NaiveDate, NaiveDate) {
    if dates.is_ordered() {
        (dates.start, dates.end())
    } else {
        (dates.end(), dates.start)
    }
}

fn span(dates: &DateRange, label: String) -> Span {
    let (start, end) = ordered(dates);
    Span { start, end, label }
}

pub fn plenary_span(plenary: &Plenary) -> Span {
    span(
        &plenary.dates,
        format!("Plenary, {}, {}", plenary.place, plenary.dates),
    )
}

pub fn rapporteur_span(meeting: &RapporteurMeeting) -> Span {
    span(
        &meeting.dates,
        format!("{}, {}, {}", meeting.event, meeting.place, meeting.dates),
    )
}

fn group_span(meeting: &GroupMeeting) -> Span {
    span(
        &meeting.dates,
        format!("{}, {}, {}", meeting.group, meeting.place, meeting.dates),
    )
}

fn outside(view: &PeriodView<'_>, dates: &DateRange) -> bool {
    let (from, to) = period_range(view);
    let (start, end) = ordered(dates);
    end < from || start > to
}

fn when(view: &PeriodView<'_>, dates: &DateRange) -> Markup {
    html! {
        (Shown(dates))
        @if outside(view, dates) {
            " " span.muted { "(outside the study period: not drawn)" }
        }
    }
}

/// Table 2's meetings.
pub fn rapporteur_table(
    page: &PagePath,
    site: &Site<'_>,
    view: &PeriodView<'_>,
    meetings: &[&RapporteurMeeting],
) -> Markup {
    scroll_table(
        "Rapporteur-group meetings",
        html! {
            table {
                thead { tr { th scope="col" { "Dates" } th scope="col" { "Place" } th scope="col" { "Questions" } th scope="col" { "Event" } } }
                tbody {
                    @for m in meetings {
                        tr {
                            td { (when(view, &m.dates)) }
                            td { (Text(&m.place)) }
                            td {
                                @for (i, q) in m.questions.iter().enumerate() {
                                    @if i > 0 { ", " }
                                    (question_ref(page, site, view.study_period, q))
                                }
                            }
                            td { (Text(&m.event)) }
                        }
                    }
                }
            }
        },
    )
}

pub fn timeline_chart(view: &PeriodView<'_>, id: &str) -> Chart {
    let (from, to) = period_range(view);
    let mut lanes = Vec::new();
    let mut outside_count = 0;
    if let Some(m) = view.meetings {
        lanes.push(Lane {
            label: "Plenaries".to_owned(),
            ink: Ink::Plenary,
            spans: m.plenaries.iter().map(plenary_span).collect(),
            marks: false,
        });
        let mut by_question: BTreeMap<String, Vec<Span>> = BTreeMap::new();
        let mut by_question_order: BTreeMap<Option<wtsa_model::QuestionId>, String> =
            BTreeMap::new();
        for meeting in &m.rapporteur_meetings {
            if meeting.questions.is_empty() {
                by_question_order.insert(None, "No Question".to_owned());
                by_question
                    .entry("No Question".to_owned())
                    .or_default()
                    .push(rapporteur_span(meeting));
            }
            for q in &meeting.questions {
                by_question_order.insert(Some(*q), q.to_string());
                by_question
                    .entry(q.to_string())
                    .or_default()
                    .push(rapporteur_span(meeting));
            }
        }
        for label in by_question_order.values() {
            lanes.push(Lane {
                label: format!("{label} rapporteur group"),
                ink: Ink::Rapporteur,
                spans: by_question.remove(label).unwrap_or_default(),
                marks: false,
            });
        }
        let mut by_group: BTreeMap<&str, Vec<Span>> = BTreeMap::new();
        for meeting in &m.group_meetings {
            by_group
                .entry(meeting.group.as_str())
                .or_default()
                .push(group_span(meeting));
        }
        for (group, spans) in by_group {
            lanes.push(Lane {
                label: group.to_owned(),
                ink: Ink::Group,
                spans,
                marks: false,
            });
        }
        outside_count = m
            .plenaries
            .iter()
            .map(|p| &p.dates)
            .chain(m.rapporteur_meetings.iter().map(|r| &r.dates))
            .chain(m.group_meetings.iter().map(|g| &g.dates))
            .filter(|d| outside(view, d))
            .count();
    }
    let title = format!(
        "Meetings of {}",
        period_label((view.study_group, view.study_period))
    );
    let plenaries = lanes.first().map_or(0, |l| l.spans.len());
    let description = format!(
        "Timeline from {from} to {to}, one row per kind of meeting: {plenaries} plenaries, then the rapporteur-group meetings of each Question (a meeting of several Questions appears in each of their rows), then the meetings of each regional group, focus group or coordination activity.{}",
        if outside_count > 0 {
            format!(" {outside_count} meetings dated outside the study period are not drawn.")
        } else {
            String::new()
        }
    );
    let table = html! {
        table {
            thead { tr { th scope="col" { "Row" } th.num scope="col" { "Meetings" } th.num scope="col" { "Days" } } }
            tbody {
                @for lane in &lanes {
                    tr {
                        th scope="row" { (Text(&lane.label)) }
                        td.num { (lane.spans.len()) }
                        td.num { (lane.spans.iter().map(|s| (s.end - s.start).num_days() + 1).sum::<i64>()) }
                    }
                }
            }
        }
    };
    Chart {
        id: id.to_owned(),
        svg: svg::timeline(id, &title, &description, from, to, &lanes),
        table,
        caption: title,
        wide: true,
    }
}

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Meetings.path(key.0, key.1));
    let title = format!("Meetings, {}", period_label(key));
    let chart = timeline_chart(view, "timeline");
    let content = html! {
        h1 { (Text(&title)) }
        @match view.meetings {
            None => { p.muted { "The data has no meetings document for this period." } },
            Some(m) => {
                p.lead {
                    (m.plenaries.len()) " plenaries (Table 1), " (m.rapporteur_meetings.len())
                    " rapporteur-group meetings (Table 2) and " (m.group_meetings.len())
                    " meetings of other groups (§3.3)."
                }
                (svg::figure(&chart))
                h2 { "Plenaries (Table 1)" }
                (scroll_table("Plenaries", html! {
                    table {
                        thead { tr { th scope="col" { "Dates" } th scope="col" { "Place" } th scope="col" { "Reports" } } }
                        tbody {
                            @for p in &m.plenaries {
                                tr { td { (when(view, &p.dates)) } td { (Text(&p.place)) } td { (Shown(&p.reports)) } }
                            }
                        }
                    }
                }))
                h2 { "Rapporteur-group meetings (Table 2)" }
                (rapporteur_table(&path, site, view, &m.rapporteur_meetings.iter().collect::<Vec<_>>()))
                h2 { "Meetings of other groups (§3.3)" }
                (scroll_table("Meetings of other groups", html! {
                    table {
                        thead { tr { th scope="col" { "Group" } th scope="col" { "Dates" } th scope="col" { "Place" } th scope="col" { "Report" } } }
                        tbody {
                            @for g in &m.group_meetings {
                                tr { td { (Text(g.group.as_str())) } td { (when(view, &g.dates)) } td { (Text(&g.place)) } td { (Shown(&g.report)) } }
                            }
                        }
                    }
                }))
            },
        }
    };
    let shell = period_page(&path, key, Some(PeriodPage::Meetings), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}
