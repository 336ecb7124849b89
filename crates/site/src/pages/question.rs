//! One page per Question: its officers, what §3.2 claims of it and what the tables record,
//! its meetings and approvals on the period's timeline.

use maud::html;
use wtsa_model::{ApprovalProcess, OutputDesignation, QuestionId};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, scroll_table, Shown, Text};
use crate::pages::{here, meetings, officer_list, outputs, period_page};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::Site;
use crate::svg::{self, Chart, Ink, Lane, Span};

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let Some(questions) = site.questions.get(&key) else {
        return;
    };
    for question in questions {
        render_one(site, view, question, out);
    }
}

fn timeline(view: &PeriodView<'_>, question: &QuestionId) -> Chart {
    let (from, to) = meetings::period_range(view);
    let mut lanes = Vec::new();
    if let Some(m) = view.meetings {
        lanes.push(Lane {
            label: "Plenaries".to_owned(),
            ink: Ink::Plenary,
            spans: m.plenaries.iter().map(meetings::plenary_span).collect(),
            marks: false,
        });
        lanes.push(Lane {
            label: format!("{question} meetings"),
            ink: Ink::Rapporteur,
            spans: m
                .rapporteur_meetings
                .iter()
                .filter(|r| r.questions.contains(question))
                .map(meetings::rapporteur_span)
                .collect(),
            marks: false,
        });
    }
    let approved: Vec<_> = view
        .outputs
        .map(|o| {
            o.value
                .approved
                .iter()
                .filter(|r| r.question.as_ref() == Some(question))
                .collect()
        })
        .unwrap_or_default();
    for (process, ink, label) in [
        (ApprovalProcess::Tap, Ink::Tap, "Approved by TAP"),
        (ApprovalProcess::Aap, Ink::Aap, "Approved by AAP"),
    ] {
        lanes.push(Lane {
            label: label.to_owned(),
            ink,
            spans: approved
                .iter()
                .filter(|r| r.process == process)
                .map(|r| Span {
                    start: r.approved,
                    end: r.approved,
                    label: format!("{} approved {}", r.number, r.approved),
                })
                .collect(),
            marks: true,
        });
    }
    let meetings_count = lanes.get(1).map_or(0, |l| l.spans.len());
    let title = format!(
        "{question} in {}: meetings and approvals",
        view.study_period
    );
    let description = format!(
        "Timeline from {from} to {to}: the study group's plenaries, the {meetings_count} rapporteur-group meetings of {question}, and the {} Recommendations Table 8 records under it as diamonds on their approval dates (TAP and AAP in separate rows).",
        approved.len()
    );
    let table = html! {
        table {
            thead { tr { th scope="col" { "Row" } th.num scope="col" { "Events" } } }
            tbody {
                @for lane in &lanes {
                    tr { th scope="row" { (Text(&lane.label)) } td.num { (lane.spans.len()) } }
                }
            }
        }
        p.muted { "Each event is listed in the tables below." }
    };
    Chart {
        id: "question-timeline".to_owned(),
        svg: svg::timeline("question-timeline", &title, &description, from, to, &lanes),
        table,
        caption: title,
        wide: true,
    }
}

fn render_one(
    site: &Site<'_>,
    view: &PeriodView<'_>,
    question: &QuestionId,
    out: &mut Vec<(PagePath, String)>,
) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(paths::question(key.1, question));
    let record = view
        .organisation
        .and_then(|o| o.value.questions.iter().find(|q| q.id == *question));
    let title = match record {
        Some(q) => format!("{question}: {}", q.title),
        None => question.to_string(),
    };
    let claim = view
        .claims
        .and_then(|c| c.value.questions.iter().find(|q| q.question == *question));
    let recorded: Vec<_> = view
        .outputs
        .map(|o| {
            o.value
                .approved
                .iter()
                .filter(|r| r.question.as_ref() == Some(question))
                .collect()
        })
        .unwrap_or_default();
    let meetings_of: Vec<_> = view
        .meetings
        .map(|m| {
            m.value
                .rapporteur_meetings
                .iter()
                .filter(|r| r.questions.contains(question))
                .collect()
        })
        .unwrap_or_default();
    let chart = timeline(view, question);
    let content = html! {
        h1 { (Text(&title)) }
        @match record {
            None => { p.muted { "This Question is mentioned in the data but is not in its organisation tables (Tables 5 and 6)." } },
            Some(q) => {
                dl.facts {
                    dt { "Working Party" }
                    dd {
                        a href=(path.href(&format!("{}#{}", PeriodPage::Organisation.path(key.0, key.1), paths::working_party_anchor(&q.working_party)))) {
                            (Shown(q.working_party))
                        }
                    }
                    dt { "Origin" }
                    dd { (crate::pages::organisation::origin(q.origin)) " (" (Text(&q.source.to_string())) ")" }
                    dt { "Rapporteurs" }
                    dd { (officer_list(&path, site, &q.rapporteurs)) }
                }
            },
        }
        (svg::figure(&chart))
        h2 { "What the report claims (§3.2)" }
        @match claim {
            None => { p.muted { "§3.2 has no summary of this Question in the data." } },
            Some(claim) => {
                blockquote { p { (Text(&claim.claim)) } }
                @let listed = |kind: fn(&OutputDesignation) -> bool| claim.outputs.iter().filter(|o| kind(&o.designation)).count();
                (scroll_table("Claimed against counted", html! {
                    table {
                        caption { "Claimed, listed and recorded outputs of " (Shown(question)) }
                        thead { tr { th scope="col" { "Output" } th.num scope="col" { "§3.2 claims" } th.num scope="col" { "§3.2 lists" } th.num scope="col" { "Table 8 records under " (Shown(question)) } } }
                        tbody {
                            @let recs_listed = listed(|d| matches!(d, OutputDesignation::Recommendation(_)));
                            @let recs_claimed = claim.counts.recommendations() as usize;
                            tr class=[(recs_claimed != recs_listed || recs_listed != recorded.len()).then_some("differs")] {
                                th scope="row" { "Recommendations (new and revised)" }
                                td.num { (recs_claimed) } td.num { (recs_listed) } td.num { (recorded.len()) }
                            }
                            @let sups = listed(|d| matches!(d, OutputDesignation::Supplement(_)));
                            tr class=[(claim.counts.supplements as usize != sups).then_some("differs")] {
                                th scope="row" { "Supplements" } td.num { (claim.counts.supplements) } td.num { (sups) } td.num { "–" }
                            }
                            @let technical = listed(|d| matches!(d, OutputDesignation::Technical(_)));
                            @let technical_claimed = (claim.counts.technical_papers + claim.counts.technical_reports) as usize;
                            tr class=[(technical_claimed != technical).then_some("differs")] {
                                th scope="row" { "Technical Papers and Reports" } td.num { (technical_claimed) } td.num { (technical) } td.num { "–" }
                            }
                        }
                    }
                }))
                h3 { "Outputs §3.2 lists" }
                @if claim.outputs.is_empty() {
                    p.muted { "None." }
                } @else {
                    ul {
                        @for listed in &claim.outputs {
                            li {
                                @match &listed.designation {
                                    OutputDesignation::Recommendation(d) => {
                                        @match outputs::recommendation_target(view, d) {
                                            Some(target) => { a href=(path.href(&target)) { (Shown(d)) } },
                                            None => { (Shown(d)) " " span.muted { "(not in Tables 8 or 9)" } },
                                        }
                                    },
                                    other => { (Shown(other)) },
                                }
                                ": " (Text(&listed.title))
                            }
                        }
                    }
                }
            },
        }
        h2 { "Recommendations Table 8 records under " (Shown(question)) }
        @if recorded.is_empty() {
            p.muted { "None." }
        } @else {
            (outputs::approved_table(&path, site, view, &recorded, "Recommendations approved under the Question"))
        }
        h2 { "Rapporteur-group meetings" }
        @if meetings_of.is_empty() {
            p.muted { "None in Table 2." }
        } @else {
            (meetings::rapporteur_table(&path, site, view, &meetings_of))
        }
    };
    let shell = period_page(
        &path,
        key,
        None,
        title.clone(),
        vec![here(question.to_string())],
    );
    out.push((path.clone(), page(&shell, content)));
}
