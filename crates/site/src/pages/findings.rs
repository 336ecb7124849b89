//! The findings of `wtsa check`, grouped by rule, each linked to its rule's page and to the
//! line of the data file it is about.

use std::collections::BTreeMap;

use maud::{html, Markup};
use wtsa_rules::context::PeriodView;
use wtsa_rules::{Finding, Severity};

use crate::layout::{count, page, Page, Text};
use crate::pages::{period_label, period_page, source_link};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::Site;

pub fn severity(severity: Severity) -> Markup {
    let class = format!("sev-{}", severity.as_str());
    html! { strong class=(class) { (severity.as_str()) } }
}

/// The anchor of a rule's group on a findings page.
pub fn rule_anchor(code: &str) -> String {
    paths::slug(code)
}

/// Findings grouped by rule, in code order.
pub fn grouped<'f>(findings: &[&'f Finding]) -> BTreeMap<&'f str, Vec<&'f Finding>> {
    let mut groups: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in findings {
        groups
            .entry(finding.code.as_str())
            .or_default()
            .push(finding);
    }
    groups
}

fn finding(page: &PagePath, site: &Site<'_>, finding: &Finding) -> Markup {
    let class = format!("finding {}", finding.severity.as_str());
    html! {
        div class=(class) {
            p { (severity(finding.severity)) ": " (Text(&finding.message)) }
            p {
                (source_link(page, site, &finding.location.file, finding.location.line))
                " " span.muted { "(" (Text(&finding.location.document_kind)) ", " code { (Text(&finding.subject)) } ")" }
            }
            @if let Some(fix) = &finding.fix {
                p {
                    "Fix: " (Text(&fix.advice))
                    @if let Some(edit) = &fix.edit { " (" (Text(&edit.to_string())) ")" }
                }
            }
            @if !finding.related.is_empty() {
                ul {
                    @for related in &finding.related {
                        li { (Text(&related.message)) ": " (source_link(page, site, &related.location.file, related.location.line)) }
                    }
                }
            }
        }
    }
}

/// The findings, a section per rule.
fn sections(page: &PagePath, site: &Site<'_>, findings: &[&Finding]) -> Markup {
    let groups = grouped(findings);
    html! {
        @if groups.is_empty() {
            p { "No finding." }
        } @else {
            nav aria-label="Rules with findings" {
                ul {
                    @for (code, list) in &groups {
                        li { a href=(format!("#{}", rule_anchor(code))) { (Text(code)) } " (" (list.len()) ")" }
                    }
                }
            }
        }
        @for (code, list) in &groups {
            @let meta = wtsa_rules::find_rule(code).map(|rule| rule.meta());
            section aria-labelledby=(rule_anchor(code)) {
                h2 #(rule_anchor(code)) {
                    a href=(page.href(&paths::rule(code))) { (Text(code)) }
                    @if let Some(meta) = meta { " " (meta.name) }
                }
                @if let Some(meta) = meta {
                    p.muted { (Text(&meta.summary())) " " (Text(&meta.citation.to_string())) "." }
                }
                p { (count(list.len(), "finding", "findings")) }
                @for f in list {
                    (finding(page, site, f))
                }
            }
        }
    }
}

fn counts_line(findings: &[&Finding]) -> String {
    let of = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    format!(
        "{}: {} errors, {} warnings, {} infos.",
        count(findings.len(), "finding", "findings"),
        of(Severity::Error),
        of(Severity::Warning),
        of(Severity::Info)
    )
}

pub fn render_period(site: &Site<'_>, view: &PeriodView<'_>, out: &mut Vec<(PagePath, String)>) {
    let key = (view.study_group, view.study_period);
    let path = PagePath::new(PeriodPage::Findings.path(key.0, key.1));
    let title = format!("Findings, {}", period_label(key));
    let findings = site.findings_of(Some(key));
    let content = html! {
        h1 { (Text(&title)) }
        p.lead {
            "What " code { "wtsa check" } " finds in this period's data, grouped by rule. "
            (counts_line(findings))
            " Each finding links to the line of the data file it is about and its rule to the rule's documentation."
        }
        (sections(&path, site, findings))
    };
    let shell = period_page(&path, key, Some(PeriodPage::Findings), title, Vec::new());
    out.push((path.clone(), page(&shell, content)));
}

/// Every finding of the corpus, and those about no period (the catalogue).
pub fn render_corpus(site: &Site<'_>, out: &mut Vec<(PagePath, String)>) {
    let path = PagePath::new(paths::CORPUS_FINDINGS);
    let all: Vec<&Finding> = site.report.findings.iter().collect();
    let unattached = site.findings_of(None);
    let content = html! {
        h1 { "All findings" }
        p.lead { (counts_line(&all)) " By study group and period:" }
        ul {
            @for view in &site.context.views {
                @let key = (view.study_group, view.study_period);
                li {
                    a href=(path.href(&PeriodPage::Findings.path(key.0, key.1))) { (period_label(key)) }
                    ": " (counts_line(site.findings_of(Some(key))))
                }
            }
        }
        @if !unattached.is_empty() {
            p { "Findings about data of no study group's period:" }
            (sections(&path, site, unattached))
        }
    };
    let shell = Page {
        path: &path,
        title: "All findings".to_owned(),
        crumbs: vec![crate::pages::here("All findings")],
        period: None,
    };
    out.push((path.clone(), page(&shell, content)));
}
