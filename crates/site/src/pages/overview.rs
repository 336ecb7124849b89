//! A study group's period at a glance: what it was entrusted with, its management team, its
//! Questions, its approvals.

use maud::html;
use wtsa_model::{ApprovalProcess, Officer};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, scroll_table, Shown, Text};
use crate::pages::{
    approvals, officer_list, or_dash, period_label, period_page, person_link, question_ref,
};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::{role_name, Site};
use crate::svg;

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Overview.path(key.0, key.1));
    let title = match view.study_group_doc {
        Some(doc) => format!("{}: {}", key.0, doc.title),
        None => period_label(key),
    };
    let approved = view
        .outputs
        .map(|o| o.value.approved.as_slice())
        .unwrap_or_default();
    let tap = approved
        .iter()
        .filter(|r| r.process == ApprovalProcess::Tap)
        .count();
    let meetings = view.meetings;
    let findings = site.findings_of(Some(key));
    let management: Vec<&Officer> = view
        .study_group_doc
        .map(|doc| {
            std::iter::once(&doc.value.management.chair)
                .chain(&doc.value.management.vice_chairs)
                .collect()
        })
        .unwrap_or_default();
    let per_question = approvals::per_question_chart(view, "approvals-per-question");
    let content = html! {
        h1 { (Text(&title)) }
        p.lead {
            "Study period " (Shown(key.1)) "."
            @if let Some(doc) = view.study_group_doc {
                " " (Shown(doc.responsibilities.entrusted_by)) " entrusted it with "
                (doc.responsibilities.questions.count) " Questions (" (Text(&doc.responsibilities.source.to_string())) ")."
            }
        }
        ul.cards aria-label="The period at a glance" {
            li {
                span.big { (approved.len()) }
                a href=(path.href(&PeriodPage::Outputs.path(key.0, key.1))) { "Recommendations approved" }
                br;
                span.tag.tap { "TAP " (tap) } " " span.tag.aap { "AAP " (approved.len() - tap) }
            }
            li { span.big { (view.outputs.map_or(0, |o| o.under_approval.len())) } "under approval" }
            li {
                span.big { (view.outputs.map_or(0, |o| o.supplements.len() + o.technical_papers.len() + o.technical_reports.len())) }
                "Supplements, Technical Papers and Reports"
            }
            li {
                span.big { (meetings.map_or(0, |m| m.plenaries.len())) }
                a href=(path.href(&PeriodPage::Meetings.path(key.0, key.1))) { "plenaries" }
                ", " (meetings.map_or(0, |m| m.rapporteur_meetings.len())) " rapporteur-group meetings"
            }
            li {
                span.big { (findings.len()) }
                a href=(path.href(&PeriodPage::Findings.path(key.0, key.1))) { "findings" }
                " of " code { "wtsa check" }
            }
        }
        h2 #management { "Management team" }
        @if management.is_empty() {
            p.muted { "The data has no management team for this period." }
        } @else {
            (scroll_table("Management team", html! {
                table {
                    thead { tr { th scope="col" { "Role" } th scope="col" { "Name" } th scope="col" { "Affiliation" } th scope="col" { "Country" } th scope="col" { "Note" } } }
                    tbody {
                        @for officer in &management {
                            tr {
                                td { (role_name(officer.role)) }
                                td { (person_link(&path, site, &officer.person)) }
                                td { (or_dash(officer.affiliation.as_deref())) }
                                td { (or_dash(officer.country.as_deref())) }
                                td {
                                    @if let Some(inactive) = &officer.inactive {
                                        "Inactive from " (Shown(inactive.from)) " to " (Shown(inactive.to))
                                    }
                                    @if let Some(year) = officer.served_until_year {
                                        "Served until " (year)
                                    }
                                }
                            }
                        }
                    }
                }
            }))
        }
        h2 { "Questions" }
        @match view.organisation {
            None => { p.muted { "The data has no organisation for this period." } },
            Some(organisation) => {
                (scroll_table("Questions", html! {
                    table {
                        thead { tr { th scope="col" { "Question" } th scope="col" { "Title" } th scope="col" { "Working Party" } th scope="col" { "Rapporteurs" } } }
                        tbody {
                            @for question in &organisation.questions {
                                tr {
                                    th scope="row" { (question_ref(&path, site, key.1, &question.id)) }
                                    td { (Text(&question.title)) }
                                    td {
                                        a href=(path.href(&format!("{}#{}", PeriodPage::Organisation.path(key.0, key.1), paths::working_party_anchor(&question.working_party)))) {
                                            (Shown(question.working_party))
                                        }
                                    }
                                    td { (officer_list(&path, site, &question.rapporteurs)) }
                                }
                            }
                        }
                    }
                }))
            },
        }
        h2 { "Approvals per Question" }
        (svg::figure(&per_question))
    };
    let shell = period_page(
        &path,
        key,
        Some(PeriodPage::Overview),
        title.clone(),
        Vec::new(),
    );
    out.push((path.clone(), page(&shell, content)));
}
