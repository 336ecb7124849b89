//! `wtsa resolve`: which study group is responsible for a Recommendation, under which WTSA
//! edition and through which Annex C entry; its Y.4000 sub-series and its other numbers.

use serde::Serialize;
use wtsa_model::{EntryStatus, RecommendationDesignation};

use crate::context::Context;
use crate::diagnostic::Spot;
use crate::engine::locate;
use crate::report::Location;
use crate::tables::{tables, SubSeries};
use wtsa_dataset::load::Dataset;

/// One Annex C entry that covers the Recommendation.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Responsibility {
    pub study_group: String,
    pub edition: String,
    /// `in-force` or `proposed`.
    pub status: String,
    pub study_period: String,
    /// The number the entry covers.
    pub number: String,
    pub entry: String,
    pub location: Location,
}

/// Where the Recommendation appears in a study group's outputs.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Appearance {
    pub study_group: String,
    pub study_period: String,
    /// `approved` or `under approval`.
    pub stage: String,
    pub date: String,
    pub process: String,
    pub title: String,
    pub location: Location,
}

/// The answer to `wtsa resolve`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Resolution {
    pub designation: String,
    pub numbers: Vec<String>,
    pub is_double_number: bool,
    /// The Y.4000 sub-series of each number in the Y.4000 block.
    pub sub_series: Vec<SubSeriesOf>,
    pub responsible: Vec<Responsibility>,
    pub appearances: Vec<Appearance>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SubSeriesOf {
    pub number: String,
    pub first: String,
    pub last: String,
    pub heading: String,
    /// The edition of the series table.
    pub table: String,
}

fn sub_series_of(number: &wtsa_model::RecommendationNumber) -> Option<SubSeriesOf> {
    let tables = tables().ok()?;
    let found: &SubSeries = tables.y4000.sub_series_of(number)?;
    Some(SubSeriesOf {
        number: number.to_string(),
        first: format!("Y.{}", found.first),
        last: format!("Y.{}", found.last),
        heading: found.heading.clone(),
        table: tables.y4000.edition.clone(),
    })
}

/// Resolves a designation against the dataset.
pub fn resolve(dataset: &Dataset, designation: &RecommendationDesignation) -> Resolution {
    let context = Context::new(dataset);
    let mut responsible = Vec::new();
    for entry in &context.resolution2 {
        for (l, line) in entry.annex_c.lines.iter().enumerate() {
            for (k, item) in line.iter().enumerate() {
                let Some(annex_entry) = item.entry() else {
                    continue;
                };
                for number in designation.numbers() {
                    if annex_entry.contains(number) {
                        responsible.push(Responsibility {
                            study_group: entry.study_group.to_string(),
                            edition: entry.edition.to_string(),
                            status: match entry.status {
                                EntryStatus::InForce => "in-force".to_owned(),
                                EntryStatus::Proposed => "proposed".to_owned(),
                            },
                            study_period: entry.study_period.to_string(),
                            number: number.to_string(),
                            entry: annex_entry.to_string(),
                            location: locate(
                                dataset,
                                &Spot::new(entry.id, format!("/annex_c/lines/{l}/{k}")),
                            ),
                        });
                    }
                }
            }
        }
    }
    let mut appearances = Vec::new();
    for view in &context.views {
        for record in view.recommendations() {
            let shares = record
                .designation
                .numbers()
                .iter()
                .any(|n| designation.numbers().contains(n));
            if shares {
                appearances.push(Appearance {
                    study_group: view.study_group.to_string(),
                    study_period: view.study_period.to_string(),
                    stage: record.stage.to_owned(),
                    date: record.date.to_string(),
                    process: format!("{:?}", record.process).to_uppercase(),
                    title: record.title.to_owned(),
                    location: locate(dataset, &record.spot),
                });
            }
        }
    }
    Resolution {
        designation: designation.to_string(),
        numbers: designation
            .numbers()
            .iter()
            .map(ToString::to_string)
            .collect(),
        is_double_number: designation.is_double(),
        sub_series: designation
            .numbers()
            .iter()
            .filter_map(sub_series_of)
            .collect(),
        responsible,
        appearances,
    }
}

/// The resolution in words.
pub fn human(resolution: &Resolution) -> String {
    let mut out = format!("{}\n", resolution.designation);
    if resolution.is_double_number {
        out.push_str(&format!(
            "  double number: {}\n",
            resolution.numbers.join(", ")
        ));
    }
    for s in &resolution.sub_series {
        out.push_str(&format!(
            "  {} is in the Y.4000 sub-series {}–{} \"{}\" ({})\n",
            s.number, s.first, s.last, s.heading, s.table
        ));
    }
    if resolution.responsible.is_empty() {
        out.push_str("  no Annex C entry in the data covers it\n");
    }
    for r in &resolution.responsible {
        out.push_str(&format!(
            "  {} is responsible under {} Resolution 2 ({}, {}) through Annex C entry `{}` ({}:{}:{})\n",
            r.study_group, r.edition, r.status, r.study_period, r.entry, r.location.file, r.location.line, r.location.column
        ));
    }
    for a in &resolution.appearances {
        out.push_str(&format!(
            "  {} {} on {} ({}) by {} in {}: \"{}\" ({}:{})\n",
            resolution.designation,
            a.stage,
            a.date,
            a.process,
            a.study_group,
            a.study_period,
            a.title,
            a.location.file,
            a.location.line
        ));
    }
    out
}
