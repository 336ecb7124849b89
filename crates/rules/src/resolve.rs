//! `wtsa resolve`: any ITU-T publication as the catalogue has it (title, editions with dates
//! and stages, the group responsible today, double numbers, page) and, for a Recommendation,
//! which study group is responsible for it under which WTSA edition and through which Annex C
//! entry; its Y.4000 sub-series.

use serde::Serialize;
use wtsa_model::{
    CatalogueIndex, DesignationError, EntryStatus, Publication, PublicationId,
    RecommendationDesignation, RecommendationNumber,
};

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

/// One publication of the catalogue: an edition of the Recommendation, or of the item asked
/// for.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Edition {
    /// The catalogue's identifier (`ITU-T Y.4101/Y.2067 (10/2017)`).
    pub id: String,
    /// The approval (publication) date.
    pub published: String,
    /// `in-force`, `superseded-or-withdrawn` or `unknown`.
    pub stage: String,
    /// The edition number, as the catalogue writes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The group responsible for it today.
    pub group: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
}

/// What the ITU-T publication catalogue says of the publication.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Published {
    /// The title of the latest edition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The group responsible today, as the latest edition gives it (after WTSA-24, Study Group
    /// 21 holds the former Study Groups 9 and 16's texts).
    pub responsible_today: String,
    /// Every designation with more than one number it was published under
    /// (`Y.4101/Y.2067`).
    pub double_numbers: Vec<String>,
    /// The latest edition's page at ITU.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// Every edition, oldest first.
    pub editions: Vec<Edition>,
}

/// The answer to `wtsa resolve`.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Resolution {
    pub designation: String,
    /// Whether the data holds the ITU-T publication catalogue (the embedded data does).
    pub catalogue: bool,
    /// The catalogue's record, or none when it has no such publication ("not published").
    pub published: Option<Published>,
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

fn edition(publication: &Publication) -> Edition {
    Edition {
        id: publication.id.to_string(),
        published: publication.published.to_string(),
        stage: match publication.stage {
            wtsa_model::PublicationStage::InForce => "in-force",
            wtsa_model::PublicationStage::SupersededOrWithdrawn => "superseded-or-withdrawn",
            wtsa_model::PublicationStage::Unknown => "unknown",
        }
        .to_owned(),
        edition: publication.edition.as_ref().map(ToString::to_string),
        title: publication.title.clone(),
        group: publication.group.to_string(),
        page: publication.url.clone(),
    }
}

fn published(found: &[&Publication]) -> Option<Published> {
    let latest = found.last()?;
    let mut double_numbers: Vec<String> = found
        .iter()
        .filter_map(|p| p.id.recommendation())
        .filter(|designation| designation.is_joint())
        .map(ToString::to_string)
        .collect();
    double_numbers.sort();
    double_numbers.dedup();
    Some(Published {
        title: latest.title.clone(),
        responsible_today: latest.group.to_string(),
        double_numbers,
        page: latest.url.clone(),
        editions: found.iter().map(|p| edition(p)).collect(),
    })
}

/// The publications an item designation (`G.101 App. I`, `E.164 (2010) Amd. 1`,
/// `Y Suppl. 73`) names: every edition of it, oldest first. `None` when the text is not a
/// publication designation.
fn items<'c>(catalogue: Option<&'c CatalogueIndex>, text: &str) -> Option<Vec<&'c Publication>> {
    // An identifier without its month: parsed with a placeholder month, compared without it.
    let query: PublicationId = format!("ITU-T {text} (01/2000)").parse().ok()?;
    let Some(catalogue) = catalogue else {
        return Some(Vec::new());
    };
    let same = |p: &&Publication| {
        p.id.subject() == query.subject()
            && p.id.version() == query.version()
            && p.id.parts() == query.parts()
    };
    let mut found: Vec<&Publication> = match query.recommendation() {
        Some(designation) => catalogue
            .publications_about(designation.primary())
            .filter(same)
            .collect(),
        // A series Supplement or a named publication: few queries, one pass.
        None => catalogue
            .catalogue()
            .publications
            .iter()
            .filter(same)
            .collect(),
    };
    found.sort_by(|a, b| (a.published, &a.id).cmp(&(b.published, &b.id)));
    Some(found)
}

/// What a person typed, resolved: with the reading in capitals when only that resolves
/// (`y.4101` is read as `Y.4101`: series letters are capitals), so the caller can say so.
pub fn resolve_typed(
    dataset: &Dataset,
    text: &str,
) -> Result<(Resolution, Option<String>), DesignationError> {
    match resolve_text(dataset, text) {
        Ok(resolution) => Ok((resolution, None)),
        Err(error) => {
            let capitals = text.to_uppercase();
            if capitals == text {
                return Err(error);
            }
            resolve_text(dataset, &capitals)
                .map(|resolution| (resolution, Some(capitals)))
                .map_err(|_| error)
        }
    }
}

/// Resolves a designation typed by a person: a Recommendation number or double number
/// (`H.264`, `Y.4101/Y.2067`), or any other ITU-T publication without its date
/// (`G.101 App. I`, `E.164 (2010) Amd. 1`, `Y Suppl. 73`).
pub fn resolve_text(dataset: &Dataset, text: &str) -> Result<Resolution, DesignationError> {
    match text.parse::<RecommendationDesignation>() {
        Ok(designation) => Ok(resolve(dataset, &designation)),
        Err(error) => {
            let context = Context::new(dataset);
            let catalogue = context.catalogue.map(|doc| doc.value);
            let found = items(catalogue, text.trim()).ok_or(error)?;
            // The Recommendation an item belongs to: its Annex C responsibility.
            let numbers: Vec<RecommendationNumber> = found
                .last()
                .map(|p| p.id.recommendation_numbers().cloned().collect())
                .unwrap_or_default();
            let mut resolution = match RecommendationDesignation::new(numbers) {
                Some(parent) => resolve(dataset, &parent),
                None => resolve_numbers(dataset, &context, None),
            };
            resolution.designation = wtsa_model::strip_itu_t_prefix(text.trim()).to_owned();
            resolution.published = published(&found);
            resolution.appearances.clear();
            Ok(resolution)
        }
    }
}

/// Resolves a designation against the dataset.
pub fn resolve(dataset: &Dataset, designation: &RecommendationDesignation) -> Resolution {
    let context = Context::new(dataset);
    resolve_numbers(dataset, &context, Some(designation))
}

fn resolve_numbers(
    dataset: &Dataset,
    context: &Context<'_>,
    asked: Option<&RecommendationDesignation>,
) -> Resolution {
    let catalogue = context.catalogue.map(|doc| doc.value);
    // The Recommendation with all its numbers: those asked for and those the catalogue
    // publishes it under (`Y.4101` is also `Y.2067`).
    let mut found: Vec<&Publication> = Vec::new();
    let mut numbers: Vec<RecommendationNumber> =
        asked.map(|d| d.numbers().to_vec()).unwrap_or_default();
    if let (Some(catalogue), Some(asked)) = (catalogue, asked) {
        found = crate::rules::publication_catalogue::editions(catalogue, asked);
        for number in found.iter().flat_map(|p| p.id.recommendation_numbers()) {
            if !numbers.contains(number) {
                numbers.push(*number);
            }
        }
    }
    let designation = RecommendationDesignation::new(numbers.clone());
    let mut responsible = Vec::new();
    for entry in &context.resolution2 {
        for (l, line) in entry.annex_c.lines.iter().enumerate() {
            for (k, item) in line.iter().enumerate() {
                let Some(annex_entry) = item.entry() else {
                    continue;
                };
                for number in &numbers {
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
                .any(|n| numbers.contains(n));
            if shares {
                appearances.push(Appearance {
                    study_group: view.study_group.to_string(),
                    study_period: view.study_period.to_string(),
                    stage: record.stage.to_owned(),
                    date: record.date.to_string(),
                    process: format!("{:?}", record.process).to_uppercase(),
                    title: record.title.to_owned(),
                    location: locate(dataset, &record.spot()),
                });
            }
        }
    }
    Resolution {
        designation: asked.map(ToString::to_string).unwrap_or_default(),
        catalogue: catalogue.is_some(),
        published: published(&found),
        numbers: numbers.iter().map(ToString::to_string).collect(),
        is_double_number: designation
            .as_ref()
            .is_some_and(RecommendationDesignation::is_double),
        sub_series: numbers.iter().filter_map(sub_series_of).collect(),
        responsible,
        appearances,
    }
}

/// The resolution in words.
pub fn human(resolution: &Resolution) -> String {
    let mut out = format!("{}\n", resolution.designation);
    match &resolution.published {
        Some(p) => {
            if let Some(title) = &p.title {
                out.push_str(&format!("  title: {title}\n"));
            }
            out.push_str(&format!(
                "  responsible today (ITU-T catalogue): {}\n",
                p.responsible_today
            ));
            if !p.double_numbers.is_empty() {
                out.push_str(&format!(
                    "  published under: {}\n",
                    p.double_numbers.join(", ")
                ));
            }
            if let Some(page) = &p.page {
                out.push_str(&format!("  page: {page}\n"));
            }
            out.push_str(&format!(
                "  {} edition{}:\n",
                p.editions.len(),
                if p.editions.len() == 1 { "" } else { "s" }
            ));
            for e in &p.editions {
                out.push_str(&format!(
                    "    {}  {}  {}{}  {}\n",
                    e.id,
                    e.published,
                    e.stage,
                    e.edition
                        .as_ref()
                        .map(|n| format!(", edition {n}"))
                        .unwrap_or_default(),
                    e.group
                ));
            }
        }
        None if resolution.catalogue => {
            out.push_str(
                "  not published: the ITU-T catalogue has no publication of that designation\n",
            );
        }
        None => out.push_str("  (no ITU-T catalogue in the data)\n"),
    }
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
