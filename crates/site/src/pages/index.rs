//! The site's front page: every study group and period in the data.

use maud::html;
use wtsa_model::ApprovalProcess;
use wtsa_rules::Severity;

use crate::layout::{page, scroll_table, Page, Shown, Text};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::Site;

pub fn render(site: &Site<'_>, out: &mut Vec<(PagePath, String)>) {
    let path = PagePath::new(paths::INDEX);
    let views = &site.context.views;
    let approved: usize = views
        .iter()
        .filter_map(|v| v.outputs)
        .map(|o| o.approved.len())
        .sum();
    let summary = &site.report.summary;
    let groups: std::collections::BTreeSet<_> = views.iter().map(|v| v.study_group).collect();
    let content = html! {
        h1 { "ITU-T study groups in the data" }
        p.lead {
            "The governance of each study group and study period, read from the data that "
            code { "wtsa check" }
            " checks: officers, outputs, meetings, the report's claims, the findings and the proposed Resolution 2 entry."
        }
        ul.cards aria-label="The data at a glance" {
            li { span.big { (groups.len()) } "study groups" }
            li { span.big { (views.len()) } "study-group periods" }
            li { span.big { (approved) } "Recommendations approved" }
            li { span.big { (site.people.len()) } "people" }
            li {
                span.big { (site.report.findings.len()) }
                a href=(paths::CORPUS_FINDINGS) { "findings" }
                " (" (summary.errors) " errors, " (summary.warnings) " warnings, " (summary.infos) " infos)"
            }
        }
        h2 { "Study groups and periods" }
        (scroll_table("Study groups and periods", html! {
            table {
                thead {
                    tr {
                        th scope="col" { "Study group" }
                        th scope="col" { "Period" }
                        th scope="col" { "Title" }
                        th.num scope="col" { "Questions" }
                        th.num scope="col" { "Approved (TAP / AAP)" }
                        th.num scope="col" { "Meetings" }
                        th.num scope="col" { "Findings" }
                    }
                }
                tbody {
                    @for view in views {
                        @let key = (view.study_group, view.study_period);
                        @let findings = site.findings_of(Some(key));
                        @let approved = view.outputs.map(|o| o.value.approved.as_slice()).unwrap_or_default();
                        @let tap = approved.iter().filter(|r| r.process == ApprovalProcess::Tap).count();
                        @let meetings = view.meetings.map_or(0, |m| m.plenaries.len() + m.rapporteur_meetings.len() + m.group_meetings.len());
                        tr {
                            th scope="row" {
                                a href=(PeriodPage::Overview.path(key.0, key.1)) { (Shown(view.study_group)) }
                            }
                            td { (Shown(view.study_period)) }
                            td {
                                @match view.study_group_doc {
                                    Some(doc) => { (Text(&doc.title)) },
                                    None => { span.muted { "no study-group document" } },
                                }
                            }
                            td.num { (view.organisation.map_or(0, |o| o.questions.len())) }
                            td.num { (approved.len()) " (" (tap) " / " (approved.len() - tap) ")" }
                            td.num { (meetings) }
                            td.num {
                                a href=(PeriodPage::Findings.path(key.0, key.1)) {
                                    (findings.len())
                                }
                                @let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
                                @if errors > 0 {
                                    " " span.sev-error { "(" (errors) " errors)" }
                                }
                            }
                        }
                    }
                }
            }
        }))
        h2 { "Reference" }
        ul {
            li { a href=(paths::RULES) { "The rule reference" } ": every rule wtsa checks, with the provision it encodes." }
            li { a href=(paths::PEOPLE) { "People" } ": everyone the reports name, with the offices each holds." }
            li { a href=(paths::CORPUS_FINDINGS) { "All findings" } ", grouped by rule." }
        }
    };
    let shell = Page {
        path: &path,
        title: "ITU-T study groups".to_owned(),
        crumbs: Vec::new(),
        period: None,
    };
    out.push((path.clone(), page(&shell, content)));
}
