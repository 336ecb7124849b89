//! Procedural facts kept as data with their edition: the Y.4000 sub-series and the WTSA
//! editions with the study periods they open. The tables are YAML files in `tables/`,
//! embedded at build time and parsed once.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;
use wtsa_model::{RecommendationNumber, StudyPeriod, WtsaEdition};

/// One sub-series of a series table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct SubSeries {
    pub first: u32,
    pub last: u32,
    pub heading: String,
}

/// A series table of one edition.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SeriesTable {
    pub edition: String,
    pub series: char,
    pub sub_series: Vec<SubSeries>,
}

impl SeriesTable {
    /// The sub-series a Recommendation number falls in, if any.
    pub fn sub_series_of(&self, number: &RecommendationNumber) -> Option<&SubSeries> {
        if number.series() != self.series {
            return None;
        }
        self.sub_series
            .iter()
            .find(|s| (s.first..=s.last).contains(&number.base()))
    }
}

/// A WTSA edition: where and when it met, and the period it opened.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct EditionFacts {
    pub edition: WtsaEdition,
    pub place: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub opens: StudyPeriod,
}

#[derive(Debug, Clone, Deserialize)]
struct EditionTable {
    editions: Vec<EditionFacts>,
}

/// All procedural tables.
#[derive(Debug, Clone)]
pub struct Tables {
    pub y4000: SeriesTable,
    pub editions: Vec<EditionFacts>,
}

impl Tables {
    /// The dates a study period runs: from the end of the WTSA that opens it to the eve of the
    /// WTSA that opens the next one. `None` when the table does not know the period.
    pub fn period_bounds(&self, period: StudyPeriod) -> Option<(NaiveDate, NaiveDate)> {
        let opening = self.editions.iter().find(|e| e.opens == period)?;
        let next = self
            .editions
            .iter()
            .filter(|e| e.start > opening.end)
            .min_by_key(|e| e.start)?;
        Some((opening.end, next.start.pred_opt()?))
    }

    /// The edition that opened a period.
    pub fn edition_opening(&self, period: StudyPeriod) -> Option<&EditionFacts> {
        self.editions.iter().find(|e| e.opens == period)
    }
}

const Y4000_TABLE: &str = include_str!("../tables/y4000-subseries.yaml");
const EDITIONS_TABLE: &str = include_str!("../tables/wtsa-editions.yaml");

/// The tables, parsed once. The texts are part of the build, not input; a test parses them,
/// so the error branch is for a broken build only.
pub fn tables() -> Result<&'static Tables, &'static str> {
    static TABLES: OnceLock<Result<Tables, String>> = OnceLock::new();
    TABLES
        .get_or_init(|| {
            let y4000: SeriesTable =
                serde_saphyr::from_str(Y4000_TABLE).map_err(|e| e.to_string())?;
            let editions: EditionTable =
                serde_saphyr::from_str(EDITIONS_TABLE).map_err(|e| e.to_string())?;
            Ok(Tables {
                y4000,
                editions: editions.editions,
            })
        })
        .as_ref()
        .map_err(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_and_cover_the_y4000_block() {
        let tables = tables().unwrap();
        assert_eq!(tables.y4000.sub_series.len(), 9);
        let mut next = 4000;
        for s in &tables.y4000.sub_series {
            assert_eq!(s.first, next, "gap or overlap before {}", s.heading);
            next = s.last + 1;
        }
        assert_eq!(next, 5000);
        let period: StudyPeriod = "2022-2024".parse().unwrap();
        let (start, end) = tables.period_bounds(period).unwrap();
        assert_eq!(start.to_string(), "2022-03-09");
        assert_eq!(end.to_string(), "2024-10-14");
    }
}
