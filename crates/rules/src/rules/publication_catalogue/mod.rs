//! `CT`: a study group's data against the ITU-T publication catalogue — what ITU-T published,
//! when, under which title, and which group is responsible for it today.
//!
//! Every lookup goes through the catalogue's index ([`CatalogueIndex`]): a record checked costs
//! a map lookup per number, never a scan of the sixteen thousand publications.

pub mod annex_c_entry_covers_nothing_published;
pub mod approval_date_differs;
pub mod approved_recommendation_not_published;
pub mod conversion_not_published;
pub mod new_and_revised_counts;
pub mod recommendation_of_another_group;
pub mod supplement_parent_not_published;
pub mod title_abbreviated;
pub mod title_differs_from_published;
pub mod under_approval_since_approved;

use chrono::{Datelike, NaiveDate};
use wtsa_model::{
    ApprovedRecommendation, CatalogueIndex, Publication, RecommendationDesignation, StudyPeriod,
};

use crate::context::PeriodView;
use crate::rules::report_claims::title_mismatch::differing_words;
use wtsa_model::text::wording::title_key;

/// The editions of a Recommendation under any of its numbers (a double number's editions are
/// the same publications under each), each once, oldest first.
pub(crate) fn editions<'c>(
    catalogue: &'c CatalogueIndex,
    designation: &RecommendationDesignation,
) -> Vec<&'c Publication> {
    let mut found: Vec<&Publication> = designation
        .numbers()
        .iter()
        .flat_map(|number| catalogue.editions_of(number))
        .collect();
    found.sort_by(|a, b| (a.published, &a.id).cmp(&(b.published, &b.id)));
    found.dedup_by(|a, b| a.id == b.id);
    found
}

/// What the catalogue holds for an approval on a date in a study period.
pub(crate) enum Approval<'c> {
    /// The edition published on that date.
    Published(&'c Publication),
    /// No edition of that date, but one published in the same study period (the nearest to the
    /// date): the same approval, dated differently.
    OtherDate(&'c Publication),
    /// No edition published in the study period (the latest edition, if any).
    Unknown(Option<&'c Publication>),
}

impl<'c> Approval<'c> {
    pub(crate) fn of(editions: &[&'c Publication], date: NaiveDate, period: StudyPeriod) -> Self {
        if let Some(same) = editions.iter().find(|p| p.published == date) {
            return Self::Published(same);
        }
        let in_period = |p: &&&Publication| {
            (period.first_year()..=period.last_year()).contains(&p.published.year())
        };
        match editions
            .iter()
            .filter(in_period)
            .min_by_key(|p| (p.published - date).num_days().abs())
        {
            Some(nearest) => Self::OtherDate(nearest),
            None => Self::Unknown(editions.last().copied()),
        }
    }

    /// The edition the approval is, when the catalogue has it (on that date or another).
    pub(crate) fn edition(&self) -> Option<&'c Publication> {
        match self {
            Self::Published(p) | Self::OtherDate(p) => Some(p),
            Self::Unknown(_) => None,
        }
    }
}

/// Each approved Recommendation of the view (Table 8) with its place in `approved`, its
/// editions and what the catalogue holds for its approval.
pub(crate) fn approvals<'v, 'c>(
    view: &PeriodView<'v>,
    catalogue: &'c CatalogueIndex,
) -> Vec<(usize, &'v ApprovedRecommendation, Vec<&'c Publication>)> {
    let Some(outputs) = view.outputs else {
        return Vec::new();
    };
    outputs
        .value
        .approved
        .iter()
        .enumerate()
        .map(|(i, record)| (i, record, editions(catalogue, &record.number)))
        .collect()
}

/// How the report's title of a publication compares with the catalogue's.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TitleComparison {
    /// Word for word (spaces aside).
    Same,
    /// The same words once the report's abbreviations are written out (and a catalogue
    /// `Internet of things (IoT)` read as the words it abbreviates), case, hyphens and
    /// punctuation aside.
    Abbreviated,
    /// Different words.
    Different,
}

/// Drops a parenthesised abbreviation that the catalogue gives after the words it stands for
/// (`Internet of things (IoT)`): once abbreviations are written out it repeats them.
fn without_defined_abbreviations(title: &str) -> String {
    let mut text = title.to_owned();
    for (short, _) in wtsa_model::text::wording::ABBREVIATIONS {
        text = text.replace(&format!(" ({short})"), "");
    }
    text
}

pub(crate) fn compare_titles(report: &str, catalogue: &str) -> TitleComparison {
    let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapse(report) == collapse(catalogue) {
        TitleComparison::Same
    } else if title_key(&without_defined_abbreviations(report))
        == title_key(&without_defined_abbreviations(catalogue))
    {
        TitleComparison::Abbreviated
    } else {
        TitleComparison::Different
    }
}

/// The runs of words that differ, as `“ours” where the catalogue has “theirs”`.
pub(crate) fn describe_difference(report: &str, catalogue: &str) -> String {
    let quoted = |words: &Option<String>| {
        words
            .as_ref()
            .map_or_else(|| "nothing".to_owned(), |w| format!("\u{201c}{w}\u{201d}"))
    };
    differing_words(
        &without_defined_abbreviations(report),
        &without_defined_abbreviations(catalogue),
    )
    .iter()
    .map(|(ours, theirs)| {
        format!(
            "{} where the catalogue has {}",
            quoted(ours),
            quoted(theirs)
        )
    })
    .collect::<Vec<_>>()
    .join("; ")
}

/// A title of the view's data with the catalogue's title of the same publication: Table 8's
/// approved Recommendations (the edition of their approval) and Table 12's Supplements (the
/// edition of their agreement).
pub(crate) struct TitlePair<'v, 'c> {
    pub spot: crate::diagnostic::Spot,
    /// What the report calls the publication (`Y.4226`, `Y Suppl. 82`).
    pub designation: String,
    pub source: &'v wtsa_model::SourceRef,
    pub title: &'v str,
    pub published: &'c Publication,
    pub published_title: &'c str,
}

pub(crate) fn title_pairs<'v, 'c>(
    view: &PeriodView<'v>,
    catalogue: &'c CatalogueIndex,
) -> Vec<TitlePair<'v, 'c>> {
    let Some(outputs) = view.outputs else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    for (i, record, editions) in approvals(view, catalogue) {
        let Some(edition) = Approval::of(&editions, record.approved, view.study_period).edition()
        else {
            continue;
        };
        if let Some(title) = edition.title.as_deref() {
            pairs.push(TitlePair {
                spot: crate::diagnostic::Spot::new(outputs.id, format!("/approved/{i}/title")),
                designation: record.number.to_string(),
                source: &record.source,
                title: &record.title,
                published: edition,
                published_title: title,
            });
        }
    }
    for (i, supplement) in outputs.value.supplements.iter().enumerate() {
        let Some(edition) = supplement_edition(catalogue, supplement) else {
            continue;
        };
        if let Some(title) = edition.title.as_deref() {
            pairs.push(TitlePair {
                spot: crate::diagnostic::Spot::new(outputs.id, format!("/supplements/{i}/title")),
                designation: supplement.number.to_string(),
                source: &supplement.source,
                title: &supplement.title,
                published: edition,
                published_title: title,
            });
        }
    }
    pairs
}

/// The catalogue's edition of a Supplement agreed on a date: `ITU-T Y Suppl. 73 (02/2023)`
/// for `Y Suppl. 73` agreed in February 2023.
pub(crate) fn supplement_edition<'c>(
    catalogue: &'c CatalogueIndex,
    supplement: &wtsa_model::Supplement,
) -> Option<&'c Publication> {
    let id: wtsa_model::PublicationId = format!(
        "ITU-T {} ({:02}/{})",
        supplement.number,
        supplement.agreed.month(),
        supplement.agreed.year()
    )
    .parse()
    .ok()?;
    catalogue.get(&id)
}

/// Whether an approval revises a Recommendation: the catalogue holds an edition of it (under
/// any of its numbers) approved before it.
pub(crate) fn is_revision(editions: &[&Publication], approved: NaiveDate) -> bool {
    editions.iter().any(|edition| edition.published < approved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_compare_by_words_then_by_abbreviations() {
        use TitleComparison::*;
        assert_eq!(compare_titles("A  b", "A b"), Same);
        assert_eq!(
            compare_titles(
                "Service framework of prediction for intelligent IoT",
                "Service framework of prediction for intelligent Internet of things"
            ),
            Abbreviated
        );
        assert_eq!(
            compare_titles(
                "Framework of common rule enablement for intelligent IoT services",
                "Framework of common rule enablement for intelligent Internet of things (IoT) services"
            ),
            Abbreviated
        );
        assert_eq!(
            compare_titles(
                "Minimal Interoperability Mechanisms",
                "Minimal interoperability mechanisms"
            ),
            Abbreviated
        );
        assert_eq!(
            compare_titles(
                "Metadata model of sensing capability for disaster monitoring system",
                "Metadata model of sensing capability for disaster monitoring systems"
            ),
            Different
        );
        assert_eq!(
            describe_difference(
                "requirements for disaster monitoring system",
                "requirements for disaster monitoring systems"
            ),
            "\u{201c}system\u{201d} where the catalogue has \u{201c}systems\u{201d}"
        );
    }
}
