//! The rule reference: one page per rule, from the documentation `wtsa explain` prints, with
//! the findings of the rule in the data.

use maud::{html, Markup};
use wtsa_rules::{Family, RuleMeta, CATALOGUE};

use crate::layout::{count, page, scroll_table, web_address, Crumb, Page, Text};
use crate::pages::{findings, here, period_label};
use crate::paths::{self, PagePath, PeriodPage};
use crate::site::Site;

/// A line with its `code` spans.
fn inline(line: &str) -> Markup {
    html! {
        @for (i, part) in line.split('`').enumerate() {
            @if i % 2 == 1 { code { (Text(part)) } } @else { (Text(part)) }
        }
    }
}

/// A block of the documentation: a heading, a paragraph or a list.
enum Block {
    Heading(String),
    Paragraph(Vec<String>),
    List(Vec<String>),
}

/// The documentation's few shapes (`## ` headings, paragraphs, `- ` lists with indented
/// continuation lines) as blocks.
fn blocks(documentation: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in documentation.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            open = false;
            continue;
        }
        if let Some(heading) = trimmed.strip_prefix("## ") {
            blocks.push(Block::Heading(heading.to_owned()));
            open = false;
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            match blocks.last_mut() {
                Some(Block::List(items)) if open => items.push(item.to_owned()),
                _ => blocks.push(Block::List(vec![item.to_owned()])),
            }
            open = true;
            continue;
        }
        match blocks.last_mut() {
            Some(Block::Paragraph(lines)) if open => lines.push(trimmed.to_owned()),
            Some(Block::List(items)) if open => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(trimmed);
                }
            }
            _ => blocks.push(Block::Paragraph(vec![trimmed.to_owned()])),
        }
        open = true;
    }
    blocks
}

/// The documentation as HTML; its headings are level 2, under the page's title.
fn documentation(meta: &RuleMeta) -> Markup {
    html! {
        div.rule-doc {
            @for block in blocks(&meta.documentation()) {
                @match block {
                    Block::Heading(text) => { h2 { (inline(&text)) } },
                    Block::Paragraph(lines) => { p { (inline(&lines.join(" "))) } },
                    Block::List(items) => { ul { @for item in &items { li { (inline(item)) } } } },
                }
            }
        }
    }
}

fn citation(meta: &RuleMeta) -> Markup {
    html! {
        (Text(&meta.citation.to_string()))
        @if let Some(url) = meta.citation.url.and_then(web_address) {
            " · " a href=(url) { "read the text" }
        }
    }
}

pub fn render(site: &Site<'_>, out: &mut Vec<(PagePath, String)>) {
    let index = PagePath::new(paths::RULES);
    let content = html! {
        h1 { "Rule reference" }
        p.lead { (CATALOGUE.len()) " rules, each citing the provision it encodes. The same text is what " code { "wtsa explain CODE" } " prints." }
        @for family in Family::ALL {
            @let rules: Vec<&RuleMeta> = CATALOGUE.iter().map(|r| r.meta()).filter(|m| m.family == *family).collect();
            @if !rules.is_empty() {
                h2 { (family.title()) " (" (family.prefix()) ")" }
                (scroll_table(family.title(), html! {
                    table {
                        thead { tr { th scope="col" { "Code" } th scope="col" { "Name" } th scope="col" { "Severity" } th scope="col" { "What it checks" } th.num scope="col" { "Findings" } } }
                        tbody {
                            @for meta in &rules {
                                tr {
                                    th scope="row" { a href=(index.href(&paths::rule(meta.code))) { (meta.code) } }
                                    td { code { (meta.name) } }
                                    td { (findings::severity(meta.severity)) }
                                    td { (inline(&meta.summary())) }
                                    td.num { (site.report.findings.iter().filter(|f| f.code == meta.code).count()) }
                                }
                            }
                        }
                    }
                }))
            }
        }
    };
    let shell = Page {
        path: &index,
        title: "Rule reference".to_owned(),
        crumbs: vec![here("Rules")],
        period: None,
    };
    out.push((index.clone(), page(&shell, content)));

    for rule in CATALOGUE {
        let meta = rule.meta();
        let path = PagePath::new(paths::rule(meta.code));
        let title = format!("{} {}", meta.code, meta.name);
        let content = html! {
            h1 { (title) }
            dl.facts {
                dt { "Family" }
                dd { (meta.family.title()) " (" (meta.family.prefix()) ")" }
                dt { "Default severity" }
                dd { (findings::severity(meta.severity)) }
                dt { "Citation" }
                dd { (citation(meta)) }
                dt { "Study periods" }
                dd { (meta.periods.describe().join(", ")) }
            }
            (documentation(meta))
            h2 { "In the data" }
            @let periods: Vec<_> = site.context.views.iter().map(|v| (v.study_group, v.study_period)).filter_map(|key| {
                let n = site.findings_of(Some(key)).iter().filter(|f| f.code == meta.code).count();
                (n > 0).then_some((key, n))
            }).collect();
            @let elsewhere = site.findings_of(None).iter().filter(|f| f.code == meta.code).count();
            @if periods.is_empty() && elsewhere == 0 {
                p { "No finding in the data." }
            } @else {
                ul {
                    @for (key, n) in &periods {
                        li {
                            a href=(path.href(&format!("{}#{}", PeriodPage::Findings.path(key.0, key.1), findings::rule_anchor(meta.code)))) { (period_label(*key)) }
                            ": " (count(*n, "finding", "findings"))
                        }
                    }
                    @if elsewhere > 0 {
                        li {
                            a href=(path.href(&format!("{}#{}", paths::CORPUS_FINDINGS, findings::rule_anchor(meta.code)))) { "data of no study group's period" }
                            ": " (count(elsewhere, "finding", "findings"))
                        }
                    }
                }
            }
        };
        let shell = Page {
            path: &path,
            title: title.clone(),
            crumbs: vec![
                Crumb {
                    label: "Rules".to_owned(),
                    target: Some(paths::RULES.to_owned()),
                },
                here(meta.code),
            ],
            period: None,
        };
        out.push((path.clone(), page(&shell, content)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documentation_blocks() {
        let text = "## What it checks\nOne line\nand its next.\n\n- an item\n  continued;\n- another.\n\n## Why";
        let blocks = blocks(text);
        assert!(matches!(&blocks[0], Block::Heading(h) if h == "What it checks"));
        assert!(
            matches!(&blocks[1], Block::Paragraph(l) if l.join(" ") == "One line and its next.")
        );
        assert!(
            matches!(&blocks[2], Block::List(items) if items == &["an item continued;", "another."])
        );
        assert!(matches!(&blocks[3], Block::Heading(h) if h == "Why"));
    }
}
