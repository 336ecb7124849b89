//! Describing the catalogue: the `wtsa rules` table and JSON, and `wtsa explain`.

use serde::Serialize;

use crate::rule::{Citation, Family, RuleMeta, Severity};
use crate::rules::CATALOGUE;

/// A rule as `wtsa rules --format json` lists it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RuleListing {
    pub code: String,
    pub name: String,
    pub family: Family,
    pub severity: Severity,
    pub citation: Citation,
    /// The study periods the rule applies to (`all`, or periods such as `2022-2024`).
    pub periods: Vec<String>,
    pub summary: String,
}

impl RuleListing {
    pub fn of(meta: &RuleMeta) -> Self {
        Self {
            code: meta.code.to_owned(),
            name: meta.name.to_owned(),
            family: meta.family,
            severity: meta.severity,
            citation: meta.citation,
            periods: meta.periods.describe(),
            summary: meta.summary(),
        }
    }
}

/// Every rule, in code order.
pub fn listings() -> Vec<RuleListing> {
    CATALOGUE
        .iter()
        .map(|r| RuleListing::of(r.meta()))
        .collect()
}

pub fn json() -> String {
    let mut text = serde_json::to_string_pretty(&listings()).unwrap_or_default();
    text.push('\n');
    text
}

pub fn table() -> String {
    let mut out = String::new();
    for family in Family::ALL {
        let rules: Vec<_> = CATALOGUE
            .iter()
            .filter(|r| r.meta().family == *family)
            .collect();
        if rules.is_empty() {
            continue;
        }
        out.push_str(&format!("{} ({})\n", family.title(), family.prefix()));
        for rule in rules {
            let meta = rule.meta();
            out.push_str(&format!(
                "  {:<6} {:<8} {:<44} {}\n",
                meta.code,
                meta.severity.as_str(),
                meta.name,
                meta.citation
            ));
        }
        out.push('\n');
    }
    out
}

/// The rule's documentation, as `wtsa explain` prints it.
pub fn explain(meta: &RuleMeta) -> String {
    format!(
        "{} {} ({}, default severity {})\n\n{}\n\n## Citation\n{}{}\n\n## Applies to study periods\n{}\n",
        meta.code,
        meta.name,
        meta.family.title(),
        meta.severity,
        meta.documentation(),
        meta.citation,
        meta.citation.url.map(|u| format!("\n{u}")).unwrap_or_default(),
        meta.periods.describe().join(", "),
    )
}
