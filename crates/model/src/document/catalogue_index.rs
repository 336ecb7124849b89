//! The catalogue indexed for the lookups rules make, so that a rule checking one record asks
//! a map instead of scanning sixteen thousand publications.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::catalogue::{Catalogue, Publication, PublicationStage};
use crate::designation::{
    AnnexCEntry, CatalogueNumber, PublicationId, RecommendationNumber, ResponsibleGroup,
    SupplementNumber,
};

/// A [`Catalogue`] with its lookups built once: by identifier, by Recommendation number (every
/// edition, sorted by date) and by responsible group (the numbers in force).
///
/// It owns the catalogue, so that it can be built once at load and kept beside the other
/// documents without borrowing. Numbers are [`CatalogueNumber`]s as the catalogue writes
/// them (`Q.11 bis` is its own Recommendation); the `…_of` methods take a plain
/// [`RecommendationNumber`].
#[derive(Debug, Clone)]
pub struct CatalogueIndex {
    catalogue: Catalogue,
    by_id: HashMap<PublicationId, usize>,
    /// Every publication whose subject names the number (editions, amendments, annexes …),
    /// by date, then identifier.
    about: BTreeMap<CatalogueNumber, Vec<usize>>,
    /// The editions of the Recommendation with that number, by date, then identifier.
    editions: BTreeMap<CatalogueNumber, Vec<usize>>,
    /// The numbers of the Recommendations in force, by the group responsible for them.
    in_force: BTreeMap<ResponsibleGroup, BTreeSet<CatalogueNumber>>,
    /// The editions of each series Supplement (`Y Suppl. 58`), by date, then identifier.
    series_supplements: BTreeMap<SupplementNumber, Vec<usize>>,
}

/// Two indexes are equal when they index the same catalogue (the maps follow from it).
impl PartialEq for CatalogueIndex {
    fn eq(&self, other: &Self) -> bool {
        self.catalogue == other.catalogue
    }
}

impl Eq for CatalogueIndex {}

impl CatalogueIndex {
    pub fn new(catalogue: Catalogue) -> Self {
        let mut by_id = HashMap::with_capacity(catalogue.publications.len());
        let mut about: BTreeMap<CatalogueNumber, Vec<usize>> = BTreeMap::new();
        let mut editions: BTreeMap<CatalogueNumber, Vec<usize>> = BTreeMap::new();
        let mut in_force: BTreeMap<ResponsibleGroup, BTreeSet<CatalogueNumber>> = BTreeMap::new();
        let mut series_supplements: BTreeMap<SupplementNumber, Vec<usize>> = BTreeMap::new();
        for (i, publication) in catalogue.publications.iter().enumerate() {
            // A repeated identifier keeps its first record; the importer reports repeats.
            by_id.entry(publication.id.clone()).or_insert(i);
            if let Some(supplement) = publication.id.series_supplement() {
                series_supplements.entry(supplement).or_default().push(i);
            }
            let Some(designation) = publication.id.recommendation() else {
                continue;
            };
            let is_edition = publication.id.is_recommendation_edition();
            for number in designation.numbers() {
                about.entry(number.clone()).or_default().push(i);
                if is_edition {
                    editions.entry(number.clone()).or_default().push(i);
                    if publication.stage == PublicationStage::InForce {
                        in_force
                            .entry(publication.group.clone())
                            .or_default()
                            .insert(number.clone());
                    }
                }
            }
        }
        let by_date = |a: &usize, b: &usize| {
            let key = |i: &usize| {
                catalogue
                    .publications
                    .get(*i)
                    .map(|publication| (publication.published, &publication.id))
            };
            key(a).cmp(&key(b))
        };
        for list in about
            .values_mut()
            .chain(editions.values_mut())
            .chain(series_supplements.values_mut())
        {
            list.sort_by(by_date);
        }
        Self {
            catalogue,
            by_id,
            about,
            editions,
            in_force,
            series_supplements,
        }
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn into_catalogue(self) -> Catalogue {
        self.catalogue
    }

    fn resolve<'a>(
        &'a self,
        list: Option<&'a Vec<usize>>,
    ) -> impl Iterator<Item = &'a Publication> {
        list.into_iter()
            .flatten()
            .filter_map(|i| self.catalogue.publications.get(*i))
    }

    /// The publication with this identifier.
    pub fn get(&self, id: &PublicationId) -> Option<&Publication> {
        self.by_id
            .get(id)
            .and_then(|i| self.catalogue.publications.get(*i))
    }

    /// The editions of the Recommendation with this number, oldest first. A double number's
    /// editions are found under each of its numbers.
    pub fn editions(&self, number: &CatalogueNumber) -> impl Iterator<Item = &Publication> {
        self.resolve(self.editions.get(number))
    }

    /// [`CatalogueIndex::editions`] for a plain Recommendation number.
    pub fn editions_of(&self, number: &RecommendationNumber) -> impl Iterator<Item = &Publication> {
        self.editions(&CatalogueNumber::from(*number))
    }

    /// The editions of a series Supplement (`Y Suppl. 58`), oldest first.
    pub fn supplement_editions(
        &self,
        number: &SupplementNumber,
    ) -> impl Iterator<Item = &Publication> {
        self.resolve(self.series_supplements.get(number))
    }

    /// The latest edition of the Recommendation with this number.
    pub fn latest_edition(&self, number: &CatalogueNumber) -> Option<&Publication> {
        self.editions(number).last()
    }

    /// Every publication about the Recommendation with this number, oldest first: its
    /// editions and their amendments, corrigenda, errata, annexes, appendices and Supplements.
    pub fn publications_about(
        &self,
        number: &CatalogueNumber,
    ) -> impl Iterator<Item = &Publication> {
        self.resolve(self.about.get(number))
    }

    /// Whether the catalogue has an edition of a Recommendation with this number.
    pub fn has_recommendation(&self, number: &RecommendationNumber) -> bool {
        self.editions.contains_key(&CatalogueNumber::from(*number))
    }

    /// The group responsible today for the Recommendation with this number, as its latest
    /// edition says.
    pub fn responsible_group(&self, number: &CatalogueNumber) -> Option<&ResponsibleGroup> {
        self.latest_edition(number)
            .map(|publication| &publication.group)
    }

    /// The numbers of the Recommendations in force that `group` is responsible for, in order.
    pub fn in_force_numbers(
        &self,
        group: &ResponsibleGroup,
    ) -> impl Iterator<Item = &CatalogueNumber> {
        self.in_force.get(group).into_iter().flatten()
    }

    /// The numbers an Annex C entry covers ([`CatalogueIndex::numbers_covered_by`]) of the
    /// Recommendations in force that `group` is responsible for.
    pub fn numbers_in_force_covered_by<'a>(
        &'a self,
        entry: &'a AnnexCEntry,
        group: &'a ResponsibleGroup,
    ) -> impl Iterator<Item = &'a CatalogueNumber> + 'a {
        let in_force = self.in_force.get(group);
        self.numbers_covered_by(entry)
            .filter(move |number| in_force.is_some_and(|numbers| numbers.contains(*number)))
    }

    /// Every group responsible for some Recommendation in force, in order.
    pub fn groups_with_recommendations_in_force(&self) -> impl Iterator<Item = &ResponsibleGroup> {
        self.in_force.keys()
    }

    /// Every Recommendation number with at least one edition, in order.
    pub fn numbers(&self) -> impl Iterator<Item = &CatalogueNumber> {
        self.editions.keys()
    }

    /// The numbers with at least one edition that an Annex C entry covers
    /// ([`AnnexCEntry::contains`], read on the number without its `bis`/`ter` mark), in order.
    /// A range query from the entry's first number to the last one its end reaches, never a
    /// scan of the catalogue.
    pub fn numbers_covered_by<'a>(
        &'a self,
        entry: &'a AnnexCEntry,
    ) -> impl Iterator<Item = &'a CatalogueNumber> + 'a {
        let (series, low, high) = match entry {
            AnnexCEntry::Recommendation(number) => {
                (number.series(), number.parts(), number.parts().to_vec())
            }
            AnnexCEntry::Range { start, end } => {
                (start.series(), start.parts(), end.parts().to_vec())
            }
            AnnexCEntry::Series {
                series,
                block_start,
            } => {
                let (_, last) = AnnexCEntry::block_bounds(*block_start);
                (*series, std::slice::from_ref(block_start), vec![last])
            }
        };
        let start = RecommendationNumber::new(series, low.to_vec()).map(CatalogueNumber::new);
        start
            .into_iter()
            .flat_map(move |start| self.editions.range(start..).map(|(number, _)| number))
            .take_while(move |number| {
                // Numbers come in order: stop past the last one whose head (its first parts,
                // as many as the end has) is within the end.
                let number = number.number();
                let parts = number.parts();
                number.series() == series
                    && parts.get(..high.len()).unwrap_or(parts) <= high.as_slice()
            })
            .filter(move |number| entry.contains(number.number()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::catalogue::{CommitId, Doctype, Provenance};
    use chrono::NaiveDate;

    fn publication(id: &str, date: &str, group: &str, stage: PublicationStage) -> Publication {
        Publication {
            id: id.parse().unwrap(),
            doctype: Doctype::Recommendation,
            edition: None,
            published: date.parse::<NaiveDate>().unwrap(),
            title: None,
            group: group.parse().unwrap(),
            stage,
            url: None,
            file: None,
        }
    }

    #[test]
    fn lookups_by_number_group_and_id() {
        use PublicationStage::{InForce, SupersededOrWithdrawn};
        let catalogue = Catalogue::new(
            Provenance {
                repository: "https://github.com/relaton/relaton-data-itu".into(),
                commit: "daa9deb2".parse::<CommitId>().unwrap(),
            },
            vec![
                publication(
                    "ITU-T Y.4101/Y.2067 (10/2017)",
                    "2017-10-29",
                    "SG20",
                    InForce,
                ),
                publication(
                    "ITU-T Y.4101/Y.2067 (06/2014)",
                    "2014-06-29",
                    "SG20",
                    SupersededOrWithdrawn,
                ),
                publication(
                    "ITU-T Y.4101/Y.2067 (2017) Cor. 1 (03/2019)",
                    "2019-03-01",
                    "SG20",
                    InForce,
                ),
                publication("ITU-T Q.11 bis (11/1988)", "1988-11-25", "unknown", InForce),
                publication("ITU-T A Suppl. 2 (12/2022)", "2022-12-16", "TSAG", InForce),
                publication(
                    "ITU-T A.1 (03/1993)",
                    "1993-03-12",
                    "TSAG",
                    SupersededOrWithdrawn,
                ),
            ],
        );
        assert!(catalogue.is_sorted());
        let index = CatalogueIndex::new(catalogue);
        let y2067: CatalogueNumber = "Y.2067".parse().unwrap();
        let dates: Vec<String> = index
            .editions(&y2067)
            .map(|p| p.published.to_string())
            .collect();
        assert_eq!(dates, ["2014-06-29", "2017-10-29"]);
        assert_eq!(index.publications_about(&y2067).count(), 3);
        assert_eq!(
            index.latest_edition(&y2067).map(|p| p.id.to_string()),
            Some("ITU-T Y.4101/Y.2067 (10/2017)".to_owned())
        );
        let y4101: RecommendationNumber = "Y.4101".parse().unwrap();
        assert_eq!(index.editions_of(&y4101).count(), 2);
        assert!(index.has_recommendation(&y4101));
        assert!(!index.has_recommendation(&"Q.11".parse().unwrap()));
        let sg20: ResponsibleGroup = "ITU-T Study Group 20".parse().unwrap();
        let in_force: Vec<String> = index
            .in_force_numbers(&sg20)
            .map(ToString::to_string)
            .collect();
        assert_eq!(in_force, ["Y.2067", "Y.4101"]);
        assert_eq!(index.in_force_numbers(&ResponsibleGroup::Tsag).count(), 0);
        assert_eq!(
            index
                .in_force_numbers(&ResponsibleGroup::Unknown)
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["Q.11 bis"]
        );
        assert_eq!(index.responsible_group(&y2067), Some(&sg20));
        let supplement: PublicationId = "ITU-T A Suppl. 2 (12/2022)".parse().unwrap();
        assert_eq!(
            index.get(&supplement).map(|p| p.group.clone()),
            Some(ResponsibleGroup::Tsag)
        );
        assert_eq!(index.numbers().count(), 4);
        let covered = |entry: &str| -> Vec<String> {
            let entry: AnnexCEntry = entry.parse().unwrap();
            index
                .numbers_covered_by(&entry)
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(covered("Y.4000-series"), ["Y.4101"]);
        assert_eq!(covered("Y.2060 – Y.2070"), ["Y.2067"]);
        assert_eq!(covered("Y.2067"), ["Y.2067"]);
        assert_eq!(covered("Y.2068"), Vec::<String>::new());
        assert_eq!(covered("Q.11 – Q.12"), ["Q.11 bis"]);
        assert_eq!(covered("A.1 – A.9"), ["A.1"]);
        assert_eq!(covered("A.2 – A.9"), Vec::<String>::new());
    }
}
