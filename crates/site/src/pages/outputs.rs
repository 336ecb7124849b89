//! What a period produced (Annex 1, Tables 8–15), with what the ITU-T catalogue publishes of
//! each Recommendation: its published title, its editions and its page at ITU.

use maud::{html, Markup};
use wtsa_model::{
    ApprovalProcess, ApprovedRecommendation, PublicationStatus, RecommendationDesignation,
    Revision, TechnicalPublication,
};
use wtsa_rules::context::PeriodView;

use crate::layout::{count, page, scroll_table, web_address, Shown, Text};
use crate::pages::{period_label, period_page, question_ref};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::Site;

pub fn process(process: ApprovalProcess) -> Markup {
    match process {
        ApprovalProcess::Tap => {
            html! { span.tag.tap title="Traditional Approval Process" { "TAP" } }
        }
        ApprovalProcess::Aap => {
            html! { span.tag.aap title="Alternative Approval Process" { "AAP" } }
        }
    }
}

fn status(status: PublicationStatus) -> &'static str {
    match status {
        PublicationStatus::InForce => "in force",
        PublicationStatus::New => "new",
        PublicationStatus::Superseded => "superseded",
        PublicationStatus::Withdrawn => "withdrawn",
    }
}

/// Titles that differ only in case, spacing or punctuation are the same title.
fn same_title(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    key(a) == key(b)
}

/// What the catalogue publishes of a Recommendation: published title (when it differs from
/// the report's), editions, the ITU page.
fn catalogue_cell(site: &Site<'_>, designation: &RecommendationDesignation, title: &str) -> Markup {
    let Some(index) = site.catalogue() else {
        return html! { span.muted { "no catalogue in the data" } };
    };
    let editions: Vec<_> = index.editions_of(designation.primary()).collect();
    let Some(latest) = editions.last() else {
        return html! { span.muted { "not in the catalogue" } };
    };
    html! {
        @if let Some(published) = &latest.title {
            @if !same_title(published, title) {
                "Published as “" (Text(published)) "”. "
            }
        }
        (count(editions.len(), "edition", "editions")) ": "
        @for (i, edition) in editions.iter().enumerate() {
            @if i > 0 { ", " }
            (edition.published.format("%Y-%m").to_string())
            @if edition.stage == wtsa_model::PublicationStage::InForce { " (in force)" }
        }
        @if let Some(url) = latest.url.as_deref().and_then(web_address) {
            ". " a href=(url) { "ITU page" span.muted { " (" (Shown(&latest.id)) ")" } }
        }
    }
}

/// The place on the outputs page of the Recommendation Tables 8 or 9 give under the same
/// primary number, if they give it.
pub fn recommendation_target(
    view: &PeriodView<'_>,
    designation: &RecommendationDesignation,
) -> Option<String> {
    let outputs = view.outputs?;
    let found = outputs
        .value
        .approved
        .iter()
        .map(|r| &r.number)
        .chain(outputs.value.under_approval.iter().map(|r| &r.number))
        .find(|number| number.primary() == designation.primary())?;
    Some(format!(
        "{}#{}",
        PeriodPage::Outputs.path(view.study_group, view.study_period),
        paths::recommendation_anchor(found)
    ))
}

/// Table 8's Recommendations, with the catalogue's word on each.
pub fn approved_table(
    page: &PagePath,
    site: &Site<'_>,
    view: &PeriodView<'_>,
    approved: &[&ApprovedRecommendation],
    label: &str,
) -> Markup {
    let mut anchors = std::collections::BTreeSet::new();
    let here = page.as_str() == PeriodPage::Outputs.path(view.study_group, view.study_period);
    let outputs_page = PeriodPage::Outputs.path(view.study_group, view.study_period);
    scroll_table(
        label,
        html! {
            table {
                thead {
                    tr {
                        th scope="col" { "Recommendation" }
                        th scope="col" { "Title" }
                        th scope="col" { "Process" }
                        th scope="col" { "Approved" }
                        th scope="col" { "Question" }
                        th scope="col" { "ITU-T catalogue" }
                    }
                }
                tbody {
                    @for r in approved {
                        @let anchor = paths::recommendation_anchor(&r.number);
                        tr {
                            @if here && anchors.insert(anchor.clone()) {
                                th scope="row" #(anchor) { (Shown(&r.number)) }
                            } @else if here {
                                th scope="row" { (Shown(&r.number)) }
                            } @else {
                                th scope="row" { a href=(page.href(&format!("{outputs_page}#{anchor}"))) { (Shown(&r.number)) } }
                            }
                            td {
                                (Text(&r.title))
                                br;
                                span.muted {
                                    (status(r.status))
                                    @match r.revision {
                                        Some(Revision::New) => { ", new" },
                                        Some(Revision::Revised) => { ", revised" },
                                        None => {},
                                    }
                                }
                            }
                            td { (process(r.process)) }
                            td { (Shown(r.approved)) }
                            td {
                                @match &r.question {
                                    Some(q) => { (question_ref(page, site, view.study_period, q)) },
                                    None => { span.muted { "–" } },
                                }
                            }
                            td { (catalogue_cell(site, &r.number, &r.title)) }
                        }
                    }
                }
            }
        },
    )
}

fn technical_table(label: &str, publications: &[TechnicalPublication]) -> Markup {
    scroll_table(
        label,
        html! {
            table {
                thead { tr { th scope="col" { "Designation" } th scope="col" { "Title" } th scope="col" { "Agreed" } th scope="col" { "Status" } } }
                tbody {
                    @for t in publications {
                        tr { th scope="row" { (Shown(&t.id)) } td { (Text(&t.title)) } td { (Shown(t.agreed)) } td { (status(t.status)) } }
                    }
                }
            }
        },
    )
}

pub fn render(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Outputs.path(key.0, key.1));
    let title = format!("Outputs, {}", period_label(key));
    let mut anchors = std::collections::BTreeSet::new();
    let content = html! {
        h1 { (Text(&title)) }
        @match view.outputs {
            None => { p.muted { "The data has no outputs document for this period." } },
            Some(outputs) => {
                p.lead {
                    "Annex 1 of the report, Tables 8 to 15"
                    @if let Some(index) = site.catalogue() {
                        ", beside the ITU-T catalogue of "
                        (index.catalogue().publications.len()) " publications ("
                        (Text(&index.catalogue().source.repository)) " at "
                        code { (Shown(&index.catalogue().source.commit)) } ")"
                    }
                    "."
                }
                h2 #approved { "Recommendations approved (Table 8)" }
                @let approved: Vec<&ApprovedRecommendation> = outputs.approved.iter().collect();
                (approved_table(&path, site, view, &approved, "Recommendations approved"))
                h2 #under-approval { "Recommendations under approval (Table 9)" }
                @if outputs.under_approval.is_empty() {
                    p.muted { "None." }
                } @else {
                    (scroll_table("Recommendations under approval", html! {
                        table {
                            thead { tr { th scope="col" { "Recommendation" } th scope="col" { "Title" } th scope="col" { "Process" } th scope="col" { "Consented or determined" } th scope="col" { "ITU-T catalogue" } } }
                            tbody {
                                @for r in &outputs.under_approval {
                                    @let anchor = paths::recommendation_anchor(&r.number);
                                    tr {
                                        // An approved Recommendation keeps its anchor in Table 8.
                                        @if !outputs.approved.iter().any(|a| a.number == r.number) && anchors.insert(anchor.clone()) {
                                            th scope="row" #(anchor) { (Shown(&r.number)) }
                                        } @else {
                                            th scope="row" { (Shown(&r.number)) }
                                        }
                                        td { (Text(&r.title)) }
                                        td { (process(r.process)) }
                                        td { (Shown(r.consented_or_determined)) }
                                        td { (catalogue_cell(site, &r.number, &r.title)) }
                                    }
                                }
                            }
                        }
                    }))
                }
                @if !outputs.deleted.is_empty() {
                    h2 { "Recommendations deleted (Table 10)" }
                    (scroll_table("Recommendations deleted", html! {
                        table {
                            thead { tr { th scope="col" { "Recommendation" } th scope="col" { "Last version" } th scope="col" { "Withdrawn" } th scope="col" { "Title" } } }
                            tbody {
                                @for r in &outputs.deleted {
                                    tr { th scope="row" { (Shown(&r.number)) } td { (Text(&r.last_version)) } td { (Shown(r.withdrawn)) } td { (Text(&r.title)) } }
                                }
                            }
                        }
                    }))
                }
                @if !outputs.submitted_to_wtsa.is_empty() {
                    h2 { "Recommendations submitted to WTSA (Table 11)" }
                    (scroll_table("Recommendations submitted to WTSA", html! {
                        table {
                            thead { tr { th scope="col" { "Recommendation" } th scope="col" { "Proposal" } th scope="col" { "Title" } th scope="col" { "Reference" } } }
                            tbody {
                                @for r in &outputs.submitted_to_wtsa {
                                    tr { th scope="row" { (Shown(&r.number)) } td { (Text(&r.proposal)) } td { (Text(&r.title)) } td { (Text(&r.reference)) } }
                                }
                            }
                        }
                    }))
                }
                h2 #supplements { "Supplements (Table 12)" }
                (scroll_table("Supplements", html! {
                    table {
                        thead { tr { th scope="col" { "Supplement" } th scope="col" { "Title" } th scope="col" { "Agreed" } th scope="col" { "Status" } th scope="col" { "Supplements" } } }
                        tbody {
                            @for s in &outputs.supplements {
                                tr {
                                    th scope="row" { (Shown(&s.number)) }
                                    td { (Text(&s.title)) }
                                    td { (Shown(s.agreed)) }
                                    td { (status(s.status)) }
                                    td { @match &s.parent { Some(parent) => { (Shown(parent)) }, None => { span.muted { "–" } }, } }
                                }
                            }
                        }
                    }
                }))
                h2 #technical-papers { "Technical Papers (Table 13)" }
                (technical_table("Technical Papers", &outputs.technical_papers))
                h2 #technical-reports { "Technical Reports (Table 14)" }
                (technical_table("Technical Reports", &outputs.technical_reports))
                @if !outputs.other_publications.is_empty() {
                    h2 { "Other publications (Table 15)" }
                    (scroll_table("Other publications", html! {
                        table {
                            thead { tr { th scope="col" { "Designation" } th scope="col" { "Title" } th scope="col" { "Date" } th scope="col" { "Status" } } }
                            tbody {
                                @for o in &outputs.other_publications {
                                    tr { th scope="row" { (Text(&o.designation)) } td { (Text(&o.title)) } td { (Shown(o.date)) } td { (status(o.status)) } }
                                }
                            }
                        }
                    }))
                }
            },
        }
    };
    let shell = period_page(&path, key, Some(PeriodPage::Outputs), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}
