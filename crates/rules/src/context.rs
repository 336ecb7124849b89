//! What rules see: the dataset grouped by study group and study period.

use std::collections::{BTreeMap, BTreeSet};

use wtsa_model::{
    Activities, CatalogueIndex, Document, EntryStatus, Meetings, Organisation, Outputs, People,
    ReportClaims, Resolution2Entry, StudyGroup, StudyGroupId, StudyPeriod,
};

use wtsa_dataset::load::Dataset;

/// A document of a known kind, with its index in the dataset (to point findings at it).
#[derive(Debug)]
pub struct Doc<'a, T> {
    pub id: usize,
    pub value: &'a T,
}

impl<T> Clone for Doc<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Doc<'_, T> {}

impl<T> std::ops::Deref for Doc<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.value
    }
}

/// One study group's data for one study period, with the Resolution 2 entry in force for it and
/// the proposals it made for the next period.
#[derive(Debug, Clone)]
pub struct PeriodView<'a> {
    pub study_group: StudyGroupId,
    pub study_period: StudyPeriod,
    pub study_group_doc: Option<Doc<'a, StudyGroup>>,
    pub people: Option<Doc<'a, People>>,
    pub organisation: Option<Doc<'a, Organisation>>,
    pub meetings: Option<Doc<'a, Meetings>>,
    pub outputs: Option<Doc<'a, Outputs>>,
    pub claims: Option<Doc<'a, ReportClaims>>,
    pub activities: Option<Doc<'a, Activities>>,
    /// The Resolution 2 entry in force in this period.
    pub in_force: Option<Doc<'a, Resolution2Entry>>,
    /// Entries the study group proposed, in this period, for the next one.
    pub proposals: Vec<Doc<'a, Resolution2Entry>>,
    /// The ITU-T publication catalogue, when the dataset has one (the same for every view).
    pub catalogue: Option<Doc<'a, CatalogueIndex>>,
    /// Every officer of the period, gathered the first time a rule asks
    /// (`rules::organisation::officers`).
    pub(crate) officers: std::cell::OnceCell<Vec<crate::rules::organisation::OfficerRecord<'a>>>,
    /// The outputs as the tables give them, built the first time a rule asks
    /// (`rules::report_claims::output_tables`).
    pub(crate) output_tables: std::cell::OnceCell<crate::rules::report_claims::OutputTables<'a>>,
    /// Which numbers the Annex C in force covers, built the first time a rule asks
    /// (`rules::annex_c::in_force_coverage`).
    pub(crate) in_force_coverage: std::cell::OnceCell<crate::rules::annex_c::Coverage>,
    /// The Recommendations of Tables 8 and 9, gathered the first time a rule asks
    /// ([`PeriodView::recommendations`]).
    recommendations: std::cell::OnceCell<Vec<RecommendationRecord<'a>>>,
}

impl<'a> PeriodView<'a> {
    /// Drops what the rules gathered once for all of them (its officers, its table outputs, the
    /// coverage of its Annex C in force and its Recommendations): once every rule has seen the
    /// view, it is memory held for nothing.
    pub(crate) fn release_shared(&mut self) {
        self.officers.take();
        self.output_tables.take();
        self.in_force_coverage.take();
        self.recommendations.take();
    }

    fn new(study_group: StudyGroupId, study_period: StudyPeriod) -> Self {
        Self {
            study_group,
            study_period,
            study_group_doc: None,
            people: None,
            organisation: None,
            meetings: None,
            outputs: None,
            claims: None,
            activities: None,
            in_force: None,
            proposals: Vec::new(),
            catalogue: None,
            officers: std::cell::OnceCell::new(),
            output_tables: std::cell::OnceCell::new(),
            in_force_coverage: std::cell::OnceCell::new(),
            recommendations: std::cell::OnceCell::new(),
        }
    }
}

/// The dataset as rules see it.
#[derive(Debug)]
pub struct Context<'a> {
    pub dataset: &'a Dataset,
    /// One view per (study group, study period), in order.
    pub views: Vec<PeriodView<'a>>,
    /// Every Resolution 2 entry of every study group.
    pub resolution2: Vec<Doc<'a, Resolution2Entry>>,
    /// Documents not in any view because an earlier document of the same kind holds the same
    /// study group and period: (the document read, the document left out). Rule OR009 reports
    /// them, so a split file is never silently half-read.
    pub duplicates: Vec<(usize, usize)>,
    /// The ITU-T publication catalogue, when the dataset has one (the embedded one does).
    pub catalogue: Option<Doc<'a, CatalogueIndex>>,
}

fn place<'a, T>(
    slot: &mut Option<Doc<'a, T>>,
    doc: Doc<'a, T>,
    duplicates: &mut Vec<(usize, usize)>,
) {
    match slot {
        None => *slot = Some(doc),
        Some(kept) => duplicates.push((kept.id, doc.id)),
    }
}

impl<'a> Context<'a> {
    pub fn new(dataset: &'a Dataset) -> Self {
        Self::among(dataset, &BTreeSet::new())
    }

    /// The context of `dataset`, part of a larger one whose study groups' periods are `known`
    /// (besides those of `dataset`): a proposal is placed in the period it was made in among
    /// all of them, as in the whole dataset, so a check period by period places it where the
    /// whole check does (in a view the part may not have).
    pub(crate) fn among(
        dataset: &'a Dataset,
        known: &BTreeSet<(StudyGroupId, StudyPeriod)>,
    ) -> Self {
        let mut views: BTreeMap<(StudyGroupId, StudyPeriod), PeriodView<'a>> = BTreeMap::new();
        let mut proposals = Vec::new();
        let mut resolution2 = Vec::new();
        let mut duplicates = Vec::new();
        let mut catalogue: Option<Doc<'a, CatalogueIndex>> = None;
        for (id, loaded) in dataset.documents.iter().enumerate() {
            let document = &loaded.document;
            let (Some(group), Some(period)) = (document.study_group(), document.study_period())
            else {
                // The catalogue is about ITU-T as a whole, not one study group's period.
                if let Document::Catalogue(index) = document {
                    match catalogue {
                        None => {
                            catalogue = Some(Doc {
                                id,
                                value: &**index,
                            })
                        }
                        Some(kept) => duplicates.push((kept.id, id)),
                    }
                }
                continue;
            };
            let key = (group, period);
            if let Document::Resolution2Entry(entry) = document {
                resolution2.push(Doc { id, value: entry });
                if entry.status == EntryStatus::Proposed {
                    proposals.push(Doc { id, value: entry });
                    continue;
                }
            }
            let view = views
                .entry(key)
                .or_insert_with(|| PeriodView::new(key.0, key.1));
            match document {
                Document::StudyGroup(d) => place(
                    &mut view.study_group_doc,
                    Doc { id, value: d },
                    &mut duplicates,
                ),
                Document::Resolution2Entry(d) => {
                    place(&mut view.in_force, Doc { id, value: d }, &mut duplicates)
                }
                Document::People(d) => {
                    place(&mut view.people, Doc { id, value: d }, &mut duplicates)
                }
                Document::Organisation(d) => place(
                    &mut view.organisation,
                    Doc { id, value: d },
                    &mut duplicates,
                ),
                Document::Meetings(d) => {
                    place(&mut view.meetings, Doc { id, value: d }, &mut duplicates)
                }
                Document::Outputs(d) => {
                    place(&mut view.outputs, Doc { id, value: d }, &mut duplicates)
                }
                Document::ReportClaims(d) => {
                    place(&mut view.claims, Doc { id, value: d }, &mut duplicates)
                }
                Document::Activities(d) => {
                    place(&mut view.activities, Doc { id, value: d }, &mut duplicates)
                }
                // Not about a study group's period: taken above.
                Document::Catalogue(_) => {}
            }
        }
        for proposal in proposals {
            // A proposal is made in the period before the one it is for.
            let made_in = views
                .keys()
                .chain(known)
                .filter(|(group, period)| {
                    *group == proposal.study_group
                        && period.last_year() < proposal.study_period.first_year()
                })
                .max_by_key(|(_, period)| *period)
                .copied()
                .unwrap_or((proposal.study_group, proposal.study_period));
            views
                .entry(made_in)
                .or_insert_with(|| PeriodView::new(made_in.0, made_in.1))
                .proposals
                .push(proposal);
        }
        let mut views: Vec<PeriodView<'a>> = views.into_values().collect();
        for view in &mut views {
            view.catalogue = catalogue;
        }
        Self {
            dataset,
            views,
            resolution2,
            duplicates,
            catalogue,
        }
    }
}

/// A Recommendation the study group approved, consented or determined, with where it is.
#[derive(Debug, Clone)]
pub struct RecommendationRecord<'a> {
    pub designation: &'a wtsa_model::RecommendationDesignation,
    pub title: &'a str,
    /// "approved" or "consented or determined".
    pub stage: &'static str,
    pub date: chrono::NaiveDate,
    pub process: wtsa_model::ApprovalProcess,
    /// The record's row in `approved` or `under_approval` of the outputs document.
    place: crate::diagnostic::RowPlace,
}

impl RecommendationRecord<'_> {
    /// The place of the Recommendation's number.
    pub fn spot(&self) -> crate::diagnostic::Spot {
        self.place.field("number")
    }
}

impl<'a> PeriodView<'a> {
    /// Every Recommendation of Tables 8 and 9, in order: gathered once for the rules that
    /// read them all (six do), not once by each.
    pub fn recommendations(&self) -> &[RecommendationRecord<'a>] {
        self.recommendations
            .get_or_init(|| self.gather_recommendations())
    }

    fn gather_recommendations(&self) -> Vec<RecommendationRecord<'a>> {
        let Some(outputs) = self.outputs else {
            return Vec::new();
        };
        let approved =
            outputs
                .value
                .approved
                .iter()
                .enumerate()
                .map(|(i, r)| RecommendationRecord {
                    place: crate::diagnostic::RowPlace {
                        document: outputs.id,
                        list: "approved",
                        row: i,
                    },
                    designation: &r.number,
                    title: &r.title,
                    stage: "approved",
                    date: r.approved,
                    process: r.process,
                });
        let pending = outputs
            .value
            .under_approval
            .iter()
            .enumerate()
            .map(|(i, r)| RecommendationRecord {
                place: crate::diagnostic::RowPlace {
                    document: outputs.id,
                    list: "under_approval",
                    row: i,
                },
                designation: &r.number,
                title: &r.title,
                stage: "consented or determined",
                date: r.consented_or_determined,
                process: r.process,
            });
        approved.chain(pending).collect()
    }
}
