//! Working Parties, Questions and the other groups of a period, with their officers.

use maud::html;
use wtsa_model::{GroupAcronym, GroupKind, QuestionOrigin};
use wtsa_rules::context::PeriodView;

use crate::layout::{page, scroll_table, Shown, Text};
use crate::pages::{officer_list, or_dash, period_label, period_page, question_ref};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::Site;

/// The anchor of a group other than a Working Party on the organisation page.
pub fn group_anchor(acronym: &GroupAcronym) -> String {
    format!("group-{}", paths::slug(acronym.as_str()))
}

pub fn group_kind(kind: GroupKind) -> &'static str {
    match kind {
        GroupKind::JointCoordinationActivity => "Joint Coordination Activity",
        GroupKind::RegionalGroup => "Regional group",
        GroupKind::FocusGroup => "Focus group",
        GroupKind::AdHocGroup => "Ad hoc group",
        GroupKind::CorrespondenceGroup => "Correspondence group",
    }
}

pub fn origin(origin: QuestionOrigin) -> &'static str {
    match origin {
        QuestionOrigin::AssignedByWtsa => "assigned by WTSA",
        QuestionOrigin::AdoptedInPeriod => "adopted in the period",
    }
}

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Organisation.path(key.0, key.1));
    let title = format!("Organisation, {}", period_label(key));
    // Two records with one id would give two equal anchors; the first keeps it.
    let mut anchors = std::collections::BTreeSet::new();
    let content = html! {
        h1 { (Text(&title)) }
        @match view.organisation {
            None => { p.muted { "The data has no organisation document for this period." } },
            Some(organisation) => {
                p.lead {
                    "The study group decided to establish " (organisation.working_parties_established.count)
                    " Working Parties (" (Text(&organisation.working_parties_established.source.to_string())) "); the data lists "
                    (organisation.working_parties.len()) ". WTSA assigned " (organisation.questions_assigned.count)
                    " Questions; the data lists " (organisation.questions.len()) "."
                }
                h2 { "Working Parties" }
                @for wp in &organisation.working_parties {
                    @let anchor = paths::working_party_anchor(&wp.id);
                    @let fresh = anchors.insert(anchor.clone());
                    @if fresh {
                        h3 #(anchor) { (Shown(wp.id)) ": " (Text(&wp.title)) }
                    } @else {
                        h3 { (Shown(wp.id)) ": " (Text(&wp.title)) }
                    }
                    dl.facts {
                        dt { "Officers" }
                        dd { (officer_list(&path, site, &wp.officers)) }
                        dt { "Questions" }
                        dd {
                            @for (i, q) in wp.questions.iter().enumerate() {
                                @if i > 0 { ", " }
                                (question_ref(&path, site, key.1, q))
                            }
                        }
                    }
                }
                h2 { "Questions" }
                (scroll_table("Questions", html! {
                    table {
                        thead { tr { th scope="col" { "Question" } th scope="col" { "Title" } th scope="col" { "Working Party" } th scope="col" { "Origin" } th scope="col" { "Rapporteurs" } } }
                        tbody {
                            @for q in &organisation.questions {
                                tr {
                                    th scope="row" { (question_ref(&path, site, key.1, &q.id)) }
                                    td { (Text(&q.title)) }
                                    td { (Shown(q.working_party)) }
                                    td { (origin(q.origin)) }
                                    td { (officer_list(&path, site, &q.rapporteurs)) }
                                }
                            }
                        }
                    }
                }))
                @if !organisation.questions_deleted.is_empty() {
                    h2 { "Questions deleted" }
                    (scroll_table("Questions deleted", html! {
                        table {
                            thead { tr { th scope="col" { "Question" } th scope="col" { "Title" } th scope="col" { "Results" } } }
                            tbody {
                                @for q in &organisation.questions_deleted {
                                    tr { th scope="row" { (Shown(q.id)) } td { (Text(&q.title)) } td { (or_dash(q.results.as_deref())) } }
                                }
                            }
                        }
                    }))
                }
                h2 { "Other groups" }
                @if organisation.other_groups.is_empty() {
                    p.muted { "None in the data." }
                }
                @for group in &organisation.other_groups {
                    @let anchor = group_anchor(&group.acronym);
                    @let fresh = anchors.insert(anchor.clone());
                    @if fresh {
                        h3 #(anchor) { (Text(group.acronym.as_str())) }
                    } @else {
                        h3 { (Text(group.acronym.as_str())) }
                    }
                    p { (Text(&group.name)) " · " (group_kind(group.group_kind)) }
                    dl.facts {
                        dt { "Chairs" }
                        dd { (officer_list(&path, site, &group.chairs)) }
                        dt { "Vice-chairs" }
                        dd { (officer_list(&path, site, &group.vice_chairs)) }
                        @if let Some(established) = &group.established {
                            dt { "Established" }
                            dd { (Text(&established.meeting)) ", " (Shown(established.dates)) }
                        }
                    }
                }
                @if !organisation.groups_in_prose.is_empty() {
                    h2 { "Groups the prose names (§2.1.3)" }
                    ul {
                        @for mention in &organisation.groups_in_prose {
                            li {
                                (Text(mention.acronym.as_str())) ": " (Text(&mention.name))
                                @if let Some(section) = &mention.see_section {
                                    " (" (Text(section)) ")"
                                }
                            }
                        }
                    }
                }
            },
        }
    };
    let shell = period_page(
        &path,
        key,
        Some(PeriodPage::Organisation),
        title,
        Vec::new(),
    );
    out.push((path.clone(), page(&shell, content)));
}
