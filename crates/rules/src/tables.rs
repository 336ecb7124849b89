//! Procedural facts kept as data with their edition: the Y.4000 sub-series and the WTSA
//! editions with the study periods they open. The tables are YAML files in `tables/`,
//! embedded at build time and parsed once.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;
use wtsa_model::text::words::{title_tokens, TokenKind};
use wtsa_model::{RecommendationDesignation, RecommendationNumber, StudyPeriod, WtsaEdition};

/// One sub-series of a series table.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct SubSeries {
    pub first: u32,
    pub last: u32,
    pub heading: String,
    /// wtsa's curation, not ITU's: lowercase word stems (a phrase is stems word by word) whose
    /// presence at the start of a title's words suggests the title speaks of this sub-series'
    /// subject. Empty for a sub-series that suggests nothing (General).
    #[serde(default)]
    pub keywords: Vec<String>,
    /// wtsa's curation, not ITU's: whether a Question whose title speaks of this subject
    /// signals that its Recommendations belong here (Questions specialised by subject).
    #[serde(default)]
    pub question_signal: bool,
    /// Each keyword's stems, split and lowered once rather than for every title compared.
    #[serde(skip)]
    stems: OnceLock<Vec<Vec<String>>>,
}

/// A text's words as titles are compared ([`title_tokens`]), where each is, and each in lower
/// case: the lowered words are written one after another in one string (one allocation for
/// all of them, where a string per word cost more than the matching).
struct Words<'t> {
    text: &'t str,
    spans: Vec<(usize, usize)>,
    lowered: String,
    /// Where each word is in `lowered`.
    lower_spans: Vec<(usize, usize)>,
}

impl<'t> Words<'t> {
    fn of(text: &'t str) -> Self {
        let tokens = title_tokens(text);
        let mut spans = Vec::with_capacity(tokens.len() / 2 + 1);
        let mut lower_spans = Vec::with_capacity(tokens.len() / 2 + 1);
        let mut lowered = String::with_capacity(text.len());
        for token in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let start = lowered.len();
            if token.text.is_ascii() {
                // A copy lowered in place, rather than a character at a time.
                lowered.push_str(token.text);
                if let Some(word) = lowered.get_mut(start..) {
                    word.make_ascii_lowercase();
                }
            } else {
                lowered.push_str(&token.text.to_lowercase());
            }
            spans.push((token.start, token.end()));
            lower_spans.push((start, lowered.len()));
        }
        Self {
            text,
            spans,
            lowered,
            lower_spans,
        }
    }

    fn len(&self) -> usize {
        self.lower_spans.len()
    }

    /// The words from the `i`th on, as the text writes them, when they begin with `stems`
    /// one by one.
    fn matching(&self, stems: &[String], i: usize) -> Option<&'t str> {
        if stems.is_empty() {
            return None;
        }
        let matched = stems.iter().enumerate().all(|(j, stem)| {
            self.lower(i + j)
                .is_some_and(|word| word.starts_with(stem.as_str()))
        });
        if !matched {
            return None;
        }
        let first = self.spans.get(i)?.0;
        let last = self.spans.get(i + stems.len() - 1)?.1;
        self.text.get(first..last)
    }

    /// The `i`th word, in lower case.
    fn lower(&self, i: usize) -> Option<&str> {
        let (start, end) = *self.lower_spans.get(i)?;
        self.lowered.get(start..end)
    }
}

/// Equal when their data is: the stems cache is left out.
impl PartialEq for SubSeries {
    fn eq(&self, other: &Self) -> bool {
        (
            self.first,
            self.last,
            &self.heading,
            &self.keywords,
            self.question_signal,
        ) == (
            other.first,
            other.last,
            &other.heading,
            &other.keywords,
            other.question_signal,
        )
    }
}

impl Eq for SubSeries {}

impl SubSeries {
    /// The words of `text` that match this sub-series' keywords, as `text` writes them, in
    /// order and without repeats: a keyword matches words that begin with its stems, in case
    /// (`terminolog` matches "Terminologies"; `use case` matches "use cases").
    pub fn keyword_matches(&self, text: &str) -> Vec<String> {
        self.matches_in(&Words::of(text))
    }

    /// Each keyword's stems, split and lowered once.
    fn stems(&self) -> &[Vec<String>] {
        self.stems.get_or_init(|| {
            self.keywords
                .iter()
                .map(|keyword| keyword.split_whitespace().map(str::to_lowercase).collect())
                .collect()
        })
    }

    fn matches_in(&self, words: &Words<'_>) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for stems in self.stems() {
            for i in 0..words.len() {
                if let Some(matched) = words.matching(stems, i) {
                    if !found.iter().any(|f| f == matched) {
                        found.push(matched.to_owned());
                    }
                }
            }
        }
        found
    }
}

/// A series table of one edition.
#[derive(Debug, Clone, Deserialize)]
pub struct SeriesTable {
    pub edition: String,
    pub series: char,
    pub sub_series: Vec<SubSeries>,
    /// The keywords of every sub-series by the first byte of their first stem, built once:
    /// a title's word is compared only with the keywords that can match it.
    #[serde(skip)]
    by_first_byte: OnceLock<Vec<Vec<(usize, usize)>>>,
}

/// Equal when their data is: the keyword index is left out.
impl PartialEq for SeriesTable {
    fn eq(&self, other: &Self) -> bool {
        (&self.edition, self.series, &self.sub_series)
            == (&other.edition, other.series, &other.sub_series)
    }
}

impl Eq for SeriesTable {}

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

    /// The first number of a (possibly double-numbered) Recommendation that falls in the
    /// table, with its sub-series: what `Y.4101/Y.2067` resolves to (`Y.4101`, Requirements and
    /// use cases). `None` when no number of the designation is in the table.
    pub fn sub_series_of_designation<'d>(
        &self,
        designation: &'d RecommendationDesignation,
    ) -> Option<(&'d RecommendationNumber, &SubSeries)> {
        designation
            .numbers()
            .iter()
            .find_map(|number| self.sub_series_of(number).map(|s| (number, s)))
    }

    /// The range a sub-series spans, as the table writes it: `Y.4550–Y.4699`.
    pub fn range_of(&self, sub_series: &SubSeries) -> String {
        format!(
            "{series}.{}\u{2013}{series}.{}",
            sub_series.first,
            sub_series.last,
            series = self.series
        )
    }

    /// The sub-series whose keywords a text matches, each with the words that matched.
    pub fn subjects_of(&self, text: &str) -> Vec<(&SubSeries, Vec<String>)> {
        // The words are split and lowered once for all the sub-series, and each word looked
        // up among the keywords that begin with its first letter. The result is what each
        // sub-series' `keyword_matches` gives: by keyword, then by place in the text.
        let words = Words::of(text);
        let index = self.by_first_byte.get_or_init(|| {
            let mut index = vec![Vec::new(); 256];
            for (s, sub_series) in self.sub_series.iter().enumerate() {
                for (k, stems) in sub_series.stems().iter().enumerate() {
                    let first = stems.first().and_then(|stem| stem.bytes().next());
                    if let Some(bucket) = first.and_then(|b| index.get_mut(usize::from(b))) {
                        bucket.push((s, k));
                    }
                }
            }
            index
        });
        let mut hits: Vec<(usize, usize, usize, &str)> = Vec::new();
        for i in 0..words.len() {
            let first = words.lower(i).and_then(|w| w.bytes().next());
            let Some(candidates) = first.and_then(|b| index.get(usize::from(b))) else {
                continue;
            };
            for &(s, k) in candidates {
                let stems = self.sub_series.get(s).and_then(|sub| sub.stems().get(k));
                if let Some(matched) = stems.and_then(|stems| words.matching(stems, i)) {
                    hits.push((s, k, i, matched));
                }
            }
        }
        hits.sort_unstable_by_key(|&(s, k, i, _)| (s, k, i));
        let mut subjects: Vec<(&SubSeries, Vec<String>)> = Vec::new();
        for (s, _, _, matched) in hits {
            let Some(sub_series) = self.sub_series.get(s) else {
                continue;
            };
            match subjects.last_mut() {
                Some((last, found)) if std::ptr::eq(*last, sub_series) => {
                    if !found.iter().any(|f| f == matched) {
                        found.push(matched.to_owned());
                    }
                }
                _ => subjects.push((sub_series, vec![matched.to_owned()])),
            }
        }
        subjects
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

    /// The indexed search of all sub-series at once finds, for each, what its own search
    /// finds: the same words in the same order.
    #[test]
    fn subjects_of_a_title_are_each_sub_series_own_matches() {
        let tables = tables().unwrap();
        let table = &tables.y4000;
        let mut texts: Vec<String> = table
            .sub_series
            .iter()
            .flat_map(|s| {
                s.keywords
                    .iter()
                    .map(|k| format!("Use of {k}s and {}", s.heading))
            })
            .collect();
        texts.push(
            "Requirements and use cases of IoT-based Smart Cities; use case use cases".into(),
        );
        texts.push("Terminologies, TERMINOLOGY and Définitions — smart sustainable cities".into());
        texts.push(String::new());
        let mut matched = 0;
        for text in &texts {
            let expected: Vec<(u32, Vec<String>)> = table
                .sub_series
                .iter()
                .map(|s| (s.first, s.keyword_matches(text)))
                .filter(|(_, words)| !words.is_empty())
                .collect();
            let got: Vec<(u32, Vec<String>)> = table
                .subjects_of(text)
                .into_iter()
                .map(|(s, words)| (s.first, words))
                .collect();
            assert_eq!(got, expected, "{text}");
            matched += got.len();
        }
        // Each text built from a keyword matches at least that keyword's sub-series.
        assert!(matched >= texts.len() - 3, "the texts match keywords");
    }

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
        let flagged: Vec<u32> = tables
            .y4000
            .sub_series
            .iter()
            .filter(|s| s.question_signal)
            .map(|s| s.first)
            .collect();
        assert_eq!(flagged, [4050, 4800, 4900]);
        assert!(tables.y4000.sub_series[0].keywords.is_empty());
        assert!(tables.y4000.sub_series[1..]
            .iter()
            .all(|s| !s.keywords.is_empty()));
        let period: StudyPeriod = "2022-2024".parse().unwrap();
        let (start, end) = tables.period_bounds(period).unwrap();
        assert_eq!(start.to_string(), "2022-03-09");
        assert_eq!(end.to_string(), "2024-10-14");
    }

    #[test]
    fn keywords_match_word_starts_and_phrases() {
        let table = &tables().unwrap().y4000;
        let subjects = |text: &str| -> Vec<(u32, Vec<String>)> {
            table
                .subjects_of(text)
                .into_iter()
                .map(|(s, words)| (s.first, words))
                .collect()
        };
        assert_eq!(
            subjects("Requirements, capabilities and use cases of IoT infrastructures"),
            [
                (
                    4100,
                    vec!["Requirements".to_owned(), "use cases".to_owned()]
                ),
                (4250, vec!["infrastructures".to_owned()])
            ]
        );
        assert_eq!(
            subjects("Data processing and management framework"),
            [
                (4400, vec!["framework".to_owned()]),
                (4550, vec!["Data processing".to_owned()]),
                (4700, vec!["management".to_owned()])
            ]
        );
        // A stem matches the start of a word only, and a phrase only as consecutive words.
        assert!(subjects("Prerequisites for data and processing").is_empty());
        assert!(subjects("oneM2M \u{2013} Security solutions")
            .iter()
            .any(|(first, _)| *first == 4800));
    }

    #[test]
    fn a_double_number_resolves_to_its_y4000_number() {
        let table = &tables().unwrap().y4000;
        let designation: RecommendationDesignation = "Y.2067/Y.4101".parse().unwrap();
        let (number, sub_series) = table.sub_series_of_designation(&designation).unwrap();
        assert_eq!(number.to_string(), "Y.4101");
        assert_eq!(sub_series.heading, "Requirements and use cases");
        assert_eq!(table.range_of(sub_series), "Y.4100\u{2013}Y.4249");
        let outside: RecommendationDesignation = "Y.2067".parse().unwrap();
        assert!(table.sub_series_of_designation(&outside).is_none());
    }
}
