//! Approvals: per Question and per month, TAP and AAP apart, and how long approvals took.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use maud::html;
use wtsa_model::{ApprovalProcess, ApprovedRecommendation};
use wtsa_rules::context::PeriodView;
use wtsa_rules::stats::lead_time_days;

use crate::layout::{page, Shown, Text};
use crate::pages::{period_label, period_page};
use crate::paths::{PagePath, PeriodPage};
use crate::site::Site;
use crate::svg::{self, Bar, Chart, DotPanel, Ink};

fn approved<'a>(view: &PeriodView<'a>) -> &'a [ApprovedRecommendation] {
    view.outputs
        .map(|o| o.value.approved.as_slice())
        .unwrap_or_default()
}

fn is_tap(r: &ApprovedRecommendation) -> bool {
    r.process == ApprovalProcess::Tap
}

fn bars_table(first: &str, bars: &[Bar]) -> maud::Markup {
    let tap: usize = bars.iter().map(|b| b.tap).sum();
    let aap: usize = bars.iter().map(|b| b.aap).sum();
    html! {
        table {
            thead { tr { th scope="col" { (first) } th.num scope="col" { "TAP" } th.num scope="col" { "AAP" } th.num scope="col" { "All" } } }
            tbody {
                @for bar in bars {
                    tr { th scope="row" { (Text(&bar.label)) } td.num { (bar.tap) } td.num { (bar.aap) } td.num { (bar.tap + bar.aap) } }
                }
            }
            tfoot { tr { th scope="row" { "All" } td.num { (tap) } td.num { (aap) } td.num { (tap + aap) } } }
        }
    }
}

/// Approved Recommendations per Question that Table 8 (or §3.2) records, TAP and AAP apart.
pub fn per_question_chart(view: &PeriodView<'_>, id: &str) -> Chart {
    let mut counts: BTreeMap<Option<wtsa_model::QuestionId>, (usize, usize)> = BTreeMap::new();
    if let Some(organisation) = view.organisation {
        for question in &organisation.questions {
            counts.entry(Some(question.id)).or_default();
        }
    }
    for r in approved(view) {
        let entry = counts.entry(r.question).or_default();
        if is_tap(r) {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    // Approvals with no Question recorded come last.
    let mut bars: Vec<Bar> = counts
        .iter()
        .filter(|(q, _)| q.is_some())
        .map(|(q, (tap, aap))| Bar {
            label: q.map(|q| q.to_string()).unwrap_or_default(),
            tap: *tap,
            aap: *aap,
        })
        .collect();
    if let Some((tap, aap)) = counts.get(&None) {
        bars.push(Bar {
            label: "no Question recorded".to_owned(),
            tap: *tap,
            aap: *aap,
        });
    }
    let total_tap: usize = bars.iter().map(|b| b.tap).sum();
    let total_aap: usize = bars.iter().map(|b| b.aap).sum();
    let busiest = bars
        .iter()
        .max_by_key(|b| (b.tap + b.aap, std::cmp::Reverse(b.label.clone())))
        .filter(|b| b.tap + b.aap > 0);
    let description = format!(
        "Horizontal bars, one per Question, of the Recommendations {} approved in {}: {} by TAP and {} by AAP in all.{}",
        view.study_group,
        view.study_period,
        total_tap,
        total_aap,
        busiest
            .map(|b| format!(" The most under {}: {}.", b.label, b.tap + b.aap))
            .unwrap_or_default()
    );
    let title = format!(
        "Recommendations approved per Question, {}",
        period_label((view.study_group, view.study_period))
    );
    Chart {
        id: id.to_owned(),
        svg: svg::horizontal_bars(id, &title, &description, &bars),
        table: bars_table("Question", &bars),
        caption: title,
        wide: false,
    }
}

/// The months from the first approval or the period's start to the last approval or its end.
fn months(view: &PeriodView<'_>) -> Vec<(i32, u32)> {
    let first = NaiveDate::from_ymd_opt(view.study_period.first_year(), 1, 1);
    let last = NaiveDate::from_ymd_opt(view.study_period.last_year(), 12, 1);
    let dates = approved(view).iter().map(|r| r.approved);
    let (Some(from), Some(to)) = (dates.clone().chain(first).min(), dates.chain(last).max()) else {
        return Vec::new();
    };
    let mut months = Vec::new();
    let (mut year, mut month) = (from.year(), from.month());
    while (year, month) <= (to.year(), to.month()) {
        months.push((year, month));
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
    }
    months
}

pub fn per_month_chart(view: &PeriodView<'_>, id: &str) -> Chart {
    let mut counts: BTreeMap<(i32, u32), (usize, usize)> =
        months(view).into_iter().map(|m| (m, (0, 0))).collect();
    for r in approved(view) {
        let entry = counts
            .entry((r.approved.year(), r.approved.month()))
            .or_default();
        if is_tap(r) {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    let bars: Vec<Bar> = counts
        .iter()
        .map(|((year, month), (tap, aap))| Bar {
            label: format!("{year}-{month:02}"),
            tap: *tap,
            aap: *aap,
        })
        .collect();
    let busiest = bars
        .iter()
        .max_by_key(|b| (b.tap + b.aap, std::cmp::Reverse(b.label.clone())))
        .filter(|b| b.tap + b.aap > 0);
    let active = bars.iter().filter(|b| b.tap + b.aap > 0).count();
    let title = format!(
        "Recommendations approved per month, {}",
        period_label((view.study_group, view.study_period))
    );
    let description = format!(
        "Columns, one per month from {} to {}, of approvals by TAP (lower part) and AAP (upper part). Approvals fell in {} of {} months.{}",
        bars.first().map_or("", |b| b.label.as_str()),
        bars.last().map_or("", |b| b.label.as_str()),
        active,
        bars.len(),
        busiest
            .map(|b| format!(" The busiest month was {} with {}.", b.label, b.tap + b.aap))
            .unwrap_or_default()
    );
    // Only the months with an approval in the table; the picture shows every month.
    let rows: Vec<Bar> = bars
        .iter()
        .filter(|b| b.tap + b.aap > 0)
        .map(|b| Bar {
            label: b.label.clone(),
            tap: b.tap,
            aap: b.aap,
        })
        .collect();
    Chart {
        id: id.to_owned(),
        svg: svg::columns(id, &title, &description, &bars, 6),
        table: bars_table("Month", &rows),
        caption: title,
        wide: false,
    }
}

/// Lead times of approvals, as `wtsa stats` defines them.
pub fn lead_time_chart(view: &PeriodView<'_>, id: &str) -> Option<Chart> {
    let plenaries: Vec<(NaiveDate, NaiveDate)> = view
        .meetings
        .map(|m| {
            m.plenaries
                .iter()
                .map(|p| (p.dates.start, p.dates.end()))
                .collect()
        })
        .unwrap_or_default();
    let mut tap = Vec::new();
    let mut aap = Vec::new();
    for r in approved(view) {
        if let Some(days) = lead_time_days(r.process, r.approved, &plenaries) {
            if is_tap(r) {
                tap.push(days);
            } else {
                aap.push(days);
            }
        }
    }
    if tap.is_empty() && aap.is_empty() {
        return None;
    }
    tap.sort_unstable();
    aap.sort_unstable();
    let panels = [
        DotPanel {
            label: "TAP: days from the start of the approving plenary".to_owned(),
            ink: Ink::Tap,
            days: tap,
        },
        DotPanel {
            label: "AAP: days from the end of the consenting plenary".to_owned(),
            ink: Ink::Aap,
            days: aap,
        },
    ];
    let summary = |days: &[i64]| -> Option<(i64, String, i64)> {
        let first = *days.first()?;
        let last = *days.last()?;
        let middle = days.len() / 2;
        let median = if days.len() % 2 == 1 {
            days.get(middle)?.to_string()
        } else {
            svg::num((*days.get(middle - 1)? + *days.get(middle)?) as f64 / 2.0)
        };
        Some((first, median, last))
    };
    let title = format!(
        "Approval lead times, {}",
        period_label((view.study_group, view.study_period))
    );
    let mut description = "Dots, one per approved Recommendation, stacked in weekly bins of its lead time in days, TAP and AAP in separate panels.".to_owned();
    for panel in &panels {
        if let Some((min, median, max)) = summary(&panel.days) {
            description.push_str(&format!(
                " {}: {} approvals, {min} to {max} days, median {median}.",
                panel.label.split(':').next().unwrap_or_default(),
                panel.days.len()
            ));
        }
    }
    let table = html! {
        table {
            thead { tr { th scope="col" { "Process" } th.num scope="col" { "Approvals" } th.num scope="col" { "Min" } th.num scope="col" { "Median" } th.num scope="col" { "Max" } } }
            tbody {
                @for panel in &panels {
                    tr {
                        th scope="row" { (panel.label.split(':').next().unwrap_or_default()) }
                        td.num { (panel.days.len()) }
                        @match summary(&panel.days) {
                            Some((min, median, max)) => { td.num { (min) } td.num { (median) } td.num { (max) } },
                            None => { td.num { "–" } td.num { "–" } td.num { "–" } },
                        }
                    }
                }
            }
        }
        p.muted { "Days; an approval before any plenary of the period has no lead time." }
    };
    Some(Chart {
        id: id.to_owned(),
        svg: svg::dot_histogram(id, &title, &description, &panels),
        table,
        caption: title,
        wide: false,
    })
}

pub fn render(_site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Approvals.path(key.0, key.1));
    let title = format!("Approvals, {}", period_label(key));
    let lead_times = lead_time_chart(view, "lead-times");
    let content = html! {
        h1 { (Text(&title)) }
        p.lead {
            "Recommendations approved in " (Shown(key.1)) " by the Traditional Approval Process (TAP, WTSA Resolution 1 §9) and the Alternative Approval Process (AAP, Recommendation ITU-T A.8), from Table 8 of the report."
        }
        h2 { "Per Question" }
        (svg::figure(&per_question_chart(view, "per-question")))
        h2 { "Per month" }
        (svg::figure(&per_month_chart(view, "per-month")))
        h2 { "Lead times" }
        @match &lead_times {
            Some(chart) => { (svg::figure(chart)) },
            None => { p.muted { "No approval follows a plenary in the data." } },
        }
    };
    let shell = period_page(&path, key, Some(PeriodPage::Approvals), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}
