//! The page shell every page shares — the policy that forbids scripts, the style sheet (screen,
//! phone and print), the site's navigation — and the one way data enters a page.

use std::fmt::Display;

use maud::{html, Markup, PreEscaped, Render, DOCTYPE};
use wtsa_model::text::escape::html::escape;

use crate::paths::{self, PagePath};

/// Text from the data, escaped by the one HTML escaper of wtsa (`wtsa_model::text::escape`),
/// which also replaces the control characters an HTML parser rejects.
pub struct Text<'a>(pub &'a str);

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&escape(self.0));
    }
}

/// A value from the data shown through its `Display` (designations, dates, periods), escaped
/// as [`Text`] is.
pub struct Shown<T>(pub T);

impl<T: Display> Render for Shown<T> {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&escape(&self.0.to_string()));
    }
}

/// A link target from the data, kept only when it is a web address (`https:` or `http:`):
/// anything else (`javascript:`, `data:`, a relative path) is shown as text, not followed.
pub fn web_address(url: &str) -> Option<&str> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

/// The style sheet, inline in every page so that a page opened from the file system is whole
/// (the Content-Security-Policy allows inline styles and nothing else).
const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --link: #0b57a4; --band: #f3f5f8; --warn: #8a4b00; --err: #a3001b; --info: #2f5d8a; --ok: #1d6b32; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; margin: 0; }
a { color: var(--link); }
code { overflow-wrap: anywhere; }
.finding { overflow-wrap: anywhere; }
a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .4rem .8rem; z-index: 10; }
header.site { background: #12365f; color: #fff; padding: .6rem 1.25rem; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; margin: 0; font-size: 1.05rem; }
nav.crumbs ol { list-style: none; margin: .2rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; font-size: .9rem; }
nav.crumbs li + li::before { content: "›"; margin-right: .3rem; }
nav.period { background: var(--band); border-bottom: 1px solid var(--line); padding: .4rem 1.25rem; }
nav.period ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
nav.period a[aria-current="page"] { font-weight: 700; color: var(--ink); text-decoration: none; border-bottom: 3px solid #12365f; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .6rem 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
p.lead { color: var(--muted); margin-top: 0; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1rem; }
table { border-collapse: collapse; font-size: .93rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .55rem; vertical-align: top; text-align: left; }
thead th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.differs td { background: #fff4e0; }
.tag { display: inline-block; font-size: .78rem; font-weight: 600; border: 1px solid currentColor; border-radius: .25rem; padding: 0 .3rem; white-space: nowrap; }
.tag.tap { color: #7a3100; } .tag.aap { color: #1d5b2c; }
.sev-error { color: var(--err); } .sev-warning { color: var(--warn); } .sev-info { color: var(--info); }
.agree { color: var(--ok); font-weight: 600; } .disagree { color: var(--err); font-weight: 600; }
.muted { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .8rem; }
ul.cards li { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; background: #fff; }
ul.cards .big { font-size: 1.6rem; font-weight: 700; display: block; }
figure.chart { margin: 1rem 0 2rem; display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr); gap: 1rem; align-items: start; }
figure.chart.wide { grid-template-columns: minmax(0, 1fr); }
figure.chart figcaption { grid-column: 1 / -1; font-weight: 600; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart .data { max-height: 32rem; overflow: auto; }
.finding { border-left: 4px solid var(--line); padding: .3rem .8rem; margin: .6rem 0; }
.finding.error { border-left-color: var(--err); } .finding.warning { border-left-color: var(--warn); } .finding.info { border-left-color: var(--info); }
.finding p { margin: .2rem 0; }
pre.source { font: .85rem/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; counter-reset: line; overflow-x: auto; border: 1px solid var(--line); padding: .5rem 0; background: #fbfbfb; }
pre.source .l { display: block; padding: 0 .8rem 0 4.2rem; text-indent: -3.4rem; white-space: pre-wrap; }
pre.source .l::before { counter-increment: line; content: counter(line); display: inline-block; width: 2.8rem; margin-right: .6rem; text-align: right; color: #595959; text-indent: 0; }
pre.source .l:target { background: #fff1b8; outline: 2px solid #e0a800; }
ins { text-decoration: underline; text-decoration-thickness: 2px; color: #05447f; background: #e8f1fb; }
del { text-decoration: line-through; text-decoration-thickness: 2px; color: #8f0016; background: #fbeaec; }
ol.items { list-style: none; padding-left: 0; }
ol.items li { margin: .5rem 0; padding: .3rem .6rem; border-left: 4px solid #ccc; }
li.changed { border-left-color: #e0a800; } li.added { border-left-color: #05529a; }
li.removed, li.moved-away { border-left-color: #b3001b; } li.moved { border-left-color: #6f42c1; }
.status { display: inline-block; min-width: 9rem; font-size: .8rem; color: var(--muted); }
.summary-line, .legend { color: var(--muted); }
.rule-doc h2 { font-size: 1.15rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: 1rem 1.25rem; max-width: 72rem; margin: 0 auto; }
@media (max-width: 48rem) {
  figure.chart { grid-template-columns: minmax(0, 1fr); }
  h1 { font-size: 1.4rem; }
  main { padding: .6rem .8rem 2rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .4rem; }
}
@media print {
  header.site, nav.period, .skip, footer.site { display: none; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  figure.chart { grid-template-columns: 1fr; break-inside: avoid; }
  figure.chart .data { max-height: none; overflow: visible; }
  .table-wrap { overflow: visible; }
  h2, h3 { break-after: avoid; }
  tr, .finding, ol.items li { break-inside: avoid; }
  ins, del { color: #000; background: none; }
}
"#;

/// One step of the breadcrumb trail.
pub struct Crumb {
    pub label: String,
    /// A path from the root; `None` for the page itself.
    pub target: Option<String>,
}

/// The period navigation of a page inside a study group's period.
pub struct PeriodNav {
    pub study_group: wtsa_model::StudyGroupId,
    pub period: wtsa_model::StudyPeriod,
    /// The period page this page is, if it is one.
    pub current: Option<crate::paths::PeriodPage>,
}

/// What a page is made of, besides its content.
pub struct Page<'a> {
    pub path: &'a PagePath,
    pub title: String,
    pub crumbs: Vec<Crumb>,
    pub period: Option<PeriodNav>,
}

/// The whole page: head, navigation, the content under `<main>`, footer.
pub fn page(page: &Page<'_>, content: Markup) -> String {
    let path = page.path;
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(wtsa_redline::html::CONTENT_SECURITY_POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                meta name="generator" content=(concat!("wtsa ", env!("CARGO_PKG_VERSION")));
                title { (Text(&page.title)) " · wtsa" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                a.skip href="#main" { "Skip to the content" }
                header.site {
                    p.brand { a href=(path.href(paths::INDEX)) { "wtsa · ITU-T study groups" } }
                    @if !page.crumbs.is_empty() {
                        nav.crumbs aria-label="Breadcrumb" {
                            ol {
                                li { a href=(path.href(paths::INDEX)) { "Home" } }
                                @for crumb in &page.crumbs {
                                    li {
                                        @match &crumb.target {
                                            Some(target) => a href=(path.href(target)) { (Text(&crumb.label)) },
                                            None => span aria-current="page" { (Text(&crumb.label)) },
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if let Some(nav) = &page.period {
                    nav.period aria-label=(format!("{} {}", nav.study_group, nav.period)) {
                        ul {
                            @for item in crate::paths::PeriodPage::ALL {
                                li {
                                    @let target = item.path(nav.study_group, nav.period);
                                    @if nav.current == Some(item) {
                                        a href=(path.href(&target)) aria-current="page" { (item.label()) }
                                    } @else {
                                        a href=(path.href(&target)) { (item.label()) }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main {
                    (content)
                }
                footer.site {
                    p {
                        "Generated by wtsa " (env!("CARGO_PKG_VERSION"))
                        " from the data it checks. "
                        a href=(path.href(paths::RULES)) { "Rule reference" }
                        " · "
                        a href=(path.href(paths::PEOPLE)) { "People" }
                    }
                }
            }
        }
    };
    let mut text = markup.into_string();
    text.push('\n');
    text
}

/// A table inside a horizontally scrollable region a keyboard can reach (phones).
pub fn scroll_table(label: &str, table: Markup) -> Markup {
    html! {
        div.table-wrap role="region" aria-label=(label) tabindex="0" { (table) }
    }
}

/// A count with its noun, singular or plural.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}
