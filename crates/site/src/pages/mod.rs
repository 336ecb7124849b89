//! The pages of the site, one module per kind of page; [`all`] renders every one.

pub mod annex_c;
pub mod approvals;
pub mod claims;
pub mod files;
pub mod findings;
pub mod index;
pub mod meetings;
pub mod organisation;
pub mod outputs;
pub mod overview;
pub mod people;
pub mod question;
pub mod redline;
pub mod rules;

use maud::{html, Markup};
use wtsa_model::{Officer, PersonId};

use crate::layout::{Crumb, Page, PeriodNav, Shown, Text};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::{PeriodKey, Site};

/// Every page of the site.
pub fn all(site: &Site<'_>, out: &mut Vec<(PagePath, String)>) {
    index::render(site, out);
    for view in &site.context.views {
        overview::render(site, view, out);
        organisation::render(site, view, out);
        question::render(site, view, out);
        outputs::render(site, view, out);
        meetings::render(site, view, out);
        approvals::render(site, view, out);
        annex_c::render(site, view, out);
        claims::render(site, view, out);
        findings::render_period(site, view, out);
        redline::render(site, view, out);
    }
    findings::render_corpus(site, out);
    people::render(site, out);
    rules::render(site, out);
    files::render(site, out);
}

/// The shell of a page inside a study group's period.
pub fn period_page<'p>(
    path: &'p PagePath,
    key: PeriodKey,
    current: Option<PeriodPage>,
    title: String,
    mut crumbs: Vec<Crumb>,
) -> Page<'p> {
    let mut trail = vec![Crumb {
        label: format!("{} {}", key.0, key.1),
        target: (current != Some(PeriodPage::Overview))
            .then(|| PeriodPage::Overview.path(key.0, key.1)),
    }];
    trail.append(&mut crumbs);
    Page {
        path,
        title,
        crumbs: trail,
        period: Some(PeriodNav {
            study_group: key.0,
            period: key.1,
            current,
        }),
    }
}

/// A crumb for the page itself.
pub fn here(label: impl Into<String>) -> Crumb {
    Crumb {
        label: label.into(),
        target: None,
    }
}

/// A person's name, linked to the person's page.
pub fn person_link(page: &PagePath, site: &Site<'_>, id: &PersonId) -> Markup {
    let name = site
        .people
        .get(id)
        .map_or_else(|| id.to_string(), |entry| entry.name(id));
    html! {
        a href=(page.href(&paths::person(id))) { (Text(&name)) }
    }
}

/// Officers as a list of linked names with their role where it is not `role`.
pub fn officer_list(page: &PagePath, site: &Site<'_>, officers: &[Officer]) -> Markup {
    html! {
        @if officers.is_empty() {
            span.muted { "none recorded" }
        } @else {
            @for (i, officer) in officers.iter().enumerate() {
                @if i > 0 { ", " }
                (person_link(page, site, &officer.person))
                " "
                span.muted { "(" (crate::site::role_name(officer.role)) ")" }
            }
        }
    }
}

/// An optional value, or a dash that says it is missing.
pub fn or_dash<T: std::fmt::Display>(value: Option<T>) -> Markup {
    html! {
        @match value {
            Some(value) => { (Shown(value)) },
            None => { span.muted { "–" } },
        }
    }
}

/// A link to a line of a data file, when the file has a page.
pub fn source_link(page: &PagePath, site: &Site<'_>, file: &str, line: u32) -> Markup {
    let label = format!("{file}:{line}");
    html! {
        @match site.file_line(file, line) {
            Some(target) => { a href=(page.href(&target)) { code { (Text(&label)) } } },
            None => { code { (Text(&label)) } },
        }
    }
}

/// A Question, linked to its page when it has one.
pub fn question_ref(
    page: &PagePath,
    site: &Site<'_>,
    period: wtsa_model::StudyPeriod,
    question: &wtsa_model::QuestionId,
) -> Markup {
    html! {
        @match site.question_page(period, question) {
            Some(target) => { a href=(page.href(&target)) { (Shown(question)) } },
            None => { (Shown(question)) },
        }
    }
}

/// The heading label of a period: `SG20 2022-2024`.
pub fn period_label(key: PeriodKey) -> String {
    format!("{} {}", key.0, key.1)
}
