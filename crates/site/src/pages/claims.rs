//! The report's claims beside what the data counts: §3.1's totals, §1.2 and §2's stated
//! counts, §3.3's meeting counts and §3.2's per-Question claims.

use maud::{html, Markup};
use wtsa_model::{OutputDesignation, QuestionOrigin, TechnicalPublicationKind};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, scroll_table, Shown, Text};
use crate::pages::{period_label, period_page, question_ref};
use crate::paths::{PagePath, PeriodPage};
use crate::site::Site;

/// One claim and what the data counts.
struct Row {
    claim: String,
    source: String,
    stated: Option<usize>,
    counted: Option<usize>,
    counted_from: String,
}

fn verdict(stated: Option<usize>, counted: Option<usize>) -> Markup {
    match (stated, counted) {
        (Some(a), Some(b)) if a == b => html! { span.agree { "agrees" } },
        (Some(_), Some(_)) => html! { span.disagree { "differs" } },
        _ => html! { span.muted { "nothing to compare" } },
    }
}

fn number(n: Option<usize>) -> Markup {
    html! {
        @match n {
            Some(n) => { (n) },
            None => { span.muted { "–" } },
        }
    }
}

fn rows_table(label: &str, rows: &[Row]) -> Markup {
    scroll_table(
        label,
        html! {
            table {
                thead {
                    tr {
                        th scope="col" { "Claim" }
                        th scope="col" { "Where" }
                        th.num scope="col" { "The report says" }
                        th.num scope="col" { "The data counts" }
                        th scope="col" { "Counted from" }
                        th scope="col" { "Verdict" }
                    }
                }
                tbody {
                    @for row in rows {
                        tr class=[(row.stated.is_some() && row.counted.is_some() && row.stated != row.counted).then_some("differs")] {
                            th scope="row" { (Text(&row.claim)) }
                            td { (Text(&row.source)) }
                            td.num { (number(row.stated)) }
                            td.num { (number(row.counted)) }
                            td { (Text(&row.counted_from)) }
                            td { (verdict(row.stated, row.counted)) }
                        }
                    }
                }
            }
        },
    )
}

fn as_count(n: u32) -> Option<usize> {
    usize::try_from(n).ok()
}

/// The rows of §1.2, §2, §3.1 and §3.3.
fn stated_rows(view: &PeriodView<'_>) -> Vec<Row> {
    let mut rows = Vec::new();
    let outputs = view.outputs;
    let meetings = view.meetings;
    let organisation = view.organisation;
    if let Some(claims) = view.claims {
        let totals = &claims.totals;
        let source = totals.source.to_string();
        let summed = |f: fn(&wtsa_model::OutputCounts) -> u32| -> usize {
            claims
                .questions
                .iter()
                .map(|q| usize::try_from(f(&q.counts)).unwrap_or(0))
                .sum()
        };
        let figures: [(&str, u32, Option<usize>, &str, usize); 4] = [
            (
                "Recommendations, new and revised",
                totals.counts.recommendations(),
                outputs.map(|o| o.approved.len()),
                "Table 8",
                summed(|c| c.recommendations()),
            ),
            (
                "Supplements",
                totals.counts.supplements,
                outputs.map(|o| o.supplements.len()),
                "Table 12",
                summed(|c| c.supplements),
            ),
            (
                "Technical Papers",
                totals.counts.technical_papers,
                outputs.map(|o| o.technical_papers.len()),
                "Table 13",
                summed(|c| c.technical_papers),
            ),
            (
                "Technical Reports",
                totals.counts.technical_reports,
                outputs.map(|o| o.technical_reports.len()),
                "Table 14",
                summed(|c| c.technical_reports),
            ),
        ];
        for (claim, stated, counted, table, questions) in figures {
            rows.push(Row {
                claim: claim.to_owned(),
                source: source.clone(),
                stated: as_count(stated),
                counted,
                counted_from: table.to_owned(),
            });
            if !claims.questions.is_empty() {
                rows.push(Row {
                    claim: format!("{claim}, against the Question summaries"),
                    source: source.clone(),
                    stated: as_count(stated),
                    counted: Some(questions),
                    counted_from: "the sum of the §3.2 claims".to_owned(),
                });
            }
        }
        rows.push(Row {
            claim: "Plenary meetings".to_owned(),
            source: claims.plenary_meetings.source.to_string(),
            stated: as_count(claims.plenary_meetings.count),
            counted: meetings.map(|m| m.plenaries.len()),
            counted_from: "Table 1".to_owned(),
        });
        rows.push(Row {
            claim: "Contributions examined".to_owned(),
            source: claims.contributions_examined.source.to_string(),
            stated: as_count(claims.contributions_examined.count),
            counted: None,
            counted_from: "not in the data".to_owned(),
        });
        for group in &claims.group_meeting_counts {
            rows.push(Row {
                claim: format!("Meetings of {}", group.group),
                source: group.source.to_string(),
                stated: as_count(group.count),
                counted: meetings.map(|m| {
                    m.group_meetings
                        .iter()
                        .filter(|g| g.group == group.group)
                        .count()
                }),
                counted_from: "§3.3 meeting tables".to_owned(),
            });
        }
    }
    if let Some(organisation) = organisation {
        rows.push(Row {
            claim: "Working Parties established".to_owned(),
            source: organisation.working_parties_established.source.to_string(),
            stated: as_count(organisation.working_parties_established.count),
            counted: Some(organisation.working_parties.len()),
            counted_from: "Table 3".to_owned(),
        });
        rows.push(Row {
            claim: "Questions assigned by WTSA".to_owned(),
            source: organisation.questions_assigned.source.to_string(),
            stated: as_count(organisation.questions_assigned.count),
            counted: Some(
                organisation
                    .questions
                    .iter()
                    .filter(|q| q.origin == QuestionOrigin::AssignedByWtsa)
                    .count(),
            ),
            counted_from: "Table 5".to_owned(),
        });
    }
    rows
}

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Claims.path(key.0, key.1));
    let title = format!("The report's claims, {}", period_label(key));
    let rows = stated_rows(view);
    let differing = rows
        .iter()
        .filter(|r| r.stated.is_some() && r.counted.is_some() && r.stated != r.counted)
        .count();
    let content = html! {
        h1 { (Text(&title)) }
        p.lead {
            "What the report's prose states, beside what its own tables give. "
            (differing) " of " (rows.len()) " figures differ; the "
            a href=(path.href(&PeriodPage::Findings.path(key.0, key.1))) { "findings" }
            " say which and why it matters."
        }
        h2 { "Totals and stated counts" }
        @if rows.is_empty() {
            p.muted { "The data has no report claims for this period." }
        } @else {
            (rows_table("Totals and stated counts", &rows))
        }
        h2 { "Per Question (§3.2)" }
        @match view.claims {
            None => { p.muted { "None." } },
            Some(claims) => {
                (scroll_table("Per Question", html! {
                    table {
                        thead {
                            tr {
                                th scope="col" { "Question" }
                                th scope="col" { "The summary says" }
                                th.num scope="col" { "Recommendations claimed" }
                                th.num scope="col" { "listed" }
                                th.num scope="col" { "Table 8 records" }
                                th.num scope="col" { "Supplements claimed" }
                                th.num scope="col" { "listed" }
                                th.num scope="col" { "Technical Papers and Reports claimed" }
                                th.num scope="col" { "listed" }
                            }
                        }
                        tbody {
                            @for q in &claims.questions {
                                @let listed_recs = q.outputs.iter().filter(|o| matches!(o.designation, OutputDesignation::Recommendation(_))).count();
                                @let listed_sups = q.outputs.iter().filter(|o| matches!(o.designation, OutputDesignation::Supplement(_))).count();
                                @let listed_technical = q.outputs.iter().filter(|o| matches!(&o.designation, OutputDesignation::Technical(id) if matches!(id.kind(), TechnicalPublicationKind::TechnicalPaper | TechnicalPublicationKind::TechnicalReport))).count();
                                @let recorded = view.outputs.map_or(0, |o| o.approved.iter().filter(|r| r.question == Some(q.question)).count());
                                @let claimed_recs = q.counts.recommendations() as usize;
                                @let claimed_technical = (q.counts.technical_papers + q.counts.technical_reports) as usize;
                                @let differs = claimed_recs != listed_recs || listed_recs != recorded || q.counts.supplements as usize != listed_sups || claimed_technical != listed_technical;
                                tr class=[differs.then_some("differs")] {
                                    th scope="row" { (question_ref(&path, site, key.1, &q.question)) }
                                    td { (Text(&q.claim)) }
                                    td.num { (claimed_recs) }
                                    td.num { (listed_recs) }
                                    td.num { (recorded) }
                                    td.num { (q.counts.supplements) }
                                    td.num { (listed_sups) }
                                    td.num { (claimed_technical) }
                                    td.num { (listed_technical) }
                                }
                            }
                        }
                    }
                }))
                p.muted { "A highlighted row has figures that differ. “Listed” counts the outputs the summary names; “Table 8 records” the approved Recommendations Table 8 gives under the Question." }
                h2 { "Lead roles performed (§3.3.1)" }
                p { "Assigned by " (Shown(claims.lead_roles_performed.assigned_by)) ":" }
                ul {
                    @for role in &claims.lead_roles_performed.roles {
                        li { (Shown(role)) }
                    }
                }
            },
        }
    };
    let shell = period_page(&path, key, Some(PeriodPage::Claims), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}
