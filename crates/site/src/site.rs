//! What every page may look up: the dataset as the rules see it, the report of the check, the
//! catalogue, where each data file's page is, and each person's offices across the corpus.

use std::collections::{BTreeMap, BTreeSet};

use wtsa_dataset::write::DirectoryFile;
use wtsa_dataset::Dataset;
use wtsa_model::{
    CatalogueIndex, CatalogueNumber, OfficeRole, Officer, Person, PersonId, PublicationStage,
    QuestionId, ResponsibleGroup, StudyGroupId, StudyPeriod,
};
use wtsa_rules::context::{Context, PeriodView};
use wtsa_rules::{Finding, Report, Selection};

use crate::pages;
use crate::paths::{FilePages, PagePath};

/// A study group's period: the key of a [`PeriodView`].
pub type PeriodKey = (StudyGroupId, StudyPeriod);

/// A group an officer holds an office in, with the page (and anchor) that shows it.
#[derive(Debug, Clone)]
pub struct GroupRef {
    pub label: String,
    pub target: String,
}

/// One office a person holds.
#[derive(Debug, Clone)]
pub struct Office<'a> {
    pub key: PeriodKey,
    pub group: GroupRef,
    pub officer: &'a Officer,
}

/// A person across the corpus: the records of every people document that has the key, and
/// every office held under it.
#[derive(Debug, Default)]
pub struct PersonEntry<'a> {
    pub records: Vec<(PeriodKey, &'a Person)>,
    pub offices: Vec<Office<'a>>,
}

impl PersonEntry<'_> {
    /// The name to show: the first record's, or the key when no people document has it.
    pub fn name(&self, id: &PersonId) -> String {
        self.records
            .first()
            .map_or_else(|| id.to_string(), |(_, p)| p.name.clone())
    }
}

pub fn role_name(role: OfficeRole) -> &'static str {
    match role {
        OfficeRole::Chair => "Chair",
        OfficeRole::CoChair => "Co-chair",
        OfficeRole::ViceChair => "Vice-chair",
        OfficeRole::Rapporteur => "Rapporteur",
        OfficeRole::CoRapporteur => "Co-rapporteur",
        OfficeRole::AssociateRapporteur => "Associate rapporteur",
    }
}

/// Everything pages share.
pub struct Site<'a> {
    pub dataset: &'a Dataset,
    pub context: Context<'a>,
    pub report: &'a Report,
    pub files: FilePages,
    /// Findings by the period they are about (by the document their location is in); those
    /// about no period (the catalogue) under `None`.
    pub findings: BTreeMap<Option<PeriodKey>, Vec<&'a Finding>>,
    pub people: BTreeMap<PersonId, PersonEntry<'a>>,
    /// The Questions that have a page: every Question of the study group a period's data
    /// mentions (organisation, Working Parties, approvals, §3.2, meetings).
    pub questions: BTreeMap<PeriodKey, BTreeSet<QuestionId>>,
    /// The catalogue's Recommendations in force by series letter, in number order, with the
    /// group responsible for each (empty without a catalogue).
    pub in_force: BTreeMap<char, Vec<(&'a CatalogueNumber, &'a ResponsibleGroup)>>,
}

impl<'a> Site<'a> {
    pub fn catalogue(&self) -> Option<&'a CatalogueIndex> {
        self.context.catalogue.map(|doc| doc.value)
    }

    /// The link to the line of the data file a finding or record is at.
    pub fn file_line(&self, file: &str, line: u32) -> Option<String> {
        let page = self.files.page(file)?;
        let lines = self
            .dataset
            .files
            .iter()
            .find(|f| f.path == file)
            .map_or(0, |f| f.text().lines().count());
        let line = usize::try_from(line).ok()?;
        Some(if (1..=lines).contains(&line) {
            format!("{page}#L{line}")
        } else {
            page.to_owned()
        })
    }

    /// The page of a Question mentioned in the data of `period`, if it has one.
    pub fn question_page(&self, period: StudyPeriod, question: &QuestionId) -> Option<String> {
        self.questions
            .get(&(question.study_group(), period))
            .filter(|known| known.contains(question))
            .map(|_| crate::paths::question(period, question))
    }

    /// The findings about a period.
    pub fn findings_of(&self, key: Option<PeriodKey>) -> &[&'a Finding] {
        self.findings.get(&key).map_or(&[], Vec::as_slice)
    }
}

/// The Recommendations in force, by series, as their latest editions say.
fn in_force_by_series(
    index: &CatalogueIndex,
) -> BTreeMap<char, Vec<(&CatalogueNumber, &ResponsibleGroup)>> {
    let mut series: BTreeMap<char, Vec<(&CatalogueNumber, &ResponsibleGroup)>> = BTreeMap::new();
    for number in index.numbers() {
        if let Some(latest) = index.latest_edition(number) {
            if latest.stage == PublicationStage::InForce {
                series
                    .entry(number.number().series())
                    .or_default()
                    .push((number, &latest.group));
            }
        }
    }
    series
}

/// Every Question of the view's study group that its data mentions.
fn mentioned_questions(view: &PeriodView<'_>) -> BTreeSet<QuestionId> {
    let mut all = BTreeSet::new();
    if let Some(organisation) = view.organisation {
        all.extend(organisation.questions.iter().map(|q| q.id));
        for wp in &organisation.working_parties {
            all.extend(wp.questions.iter().copied());
        }
    }
    if let Some(outputs) = view.outputs {
        all.extend(outputs.approved.iter().filter_map(|r| r.question));
    }
    if let Some(claims) = view.claims {
        all.extend(claims.questions.iter().map(|q| q.question));
    }
    if let Some(meetings) = view.meetings {
        for meeting in &meetings.rapporteur_meetings {
            all.extend(meeting.questions.iter().copied());
        }
    }
    all.retain(|q| q.study_group() == view.study_group);
    all
}

/// Every document index of a view, with the view's key.
fn view_documents(view: &PeriodView<'_>) -> Vec<usize> {
    let mut ids: Vec<usize> = [
        view.study_group_doc.map(|d| d.id),
        view.people.map(|d| d.id),
        view.organisation.map(|d| d.id),
        view.meetings.map(|d| d.id),
        view.outputs.map(|d| d.id),
        view.claims.map(|d| d.id),
        view.activities.map(|d| d.id),
        view.in_force.map(|d| d.id),
    ]
    .into_iter()
    .flatten()
    .collect();
    ids.extend(view.proposals.iter().map(|d| d.id));
    ids
}

fn collect_people<'a>(
    context: &Context<'a>,
    questions: &BTreeMap<PeriodKey, BTreeSet<QuestionId>>,
) -> BTreeMap<PersonId, PersonEntry<'a>> {
    let mut people: BTreeMap<PersonId, PersonEntry<'a>> = BTreeMap::new();
    for view in &context.views {
        let key = (view.study_group, view.study_period);
        if let Some(doc) = view.people {
            for person in &doc.value.people {
                people
                    .entry(person.id.clone())
                    .or_default()
                    .records
                    .push((key, person));
            }
        }
        let mut hold = |officer: &'a Officer, group: GroupRef| {
            people
                .entry(officer.person.clone())
                .or_default()
                .offices
                .push(Office {
                    key,
                    group,
                    officer,
                });
        };
        let overview = crate::paths::PeriodPage::Overview.path(key.0, key.1);
        let organisation = crate::paths::PeriodPage::Organisation.path(key.0, key.1);
        if let Some(doc) = view.study_group_doc {
            let management = &doc.value.management;
            let group = GroupRef {
                label: format!("{} {}", key.0, key.1),
                target: format!("{overview}#management"),
            };
            hold(&management.chair, group.clone());
            for officer in &management.vice_chairs {
                hold(officer, group.clone());
            }
        }
        if let Some(doc) = view.organisation {
            let organisation_doc = doc.value;
            for wp in &organisation_doc.working_parties {
                let group = GroupRef {
                    label: format!("{} ({})", wp.id, key.1),
                    target: format!(
                        "{organisation}#{}",
                        crate::paths::working_party_anchor(&wp.id)
                    ),
                };
                for officer in &wp.officers {
                    hold(officer, group.clone());
                }
            }
            for question in &organisation_doc.questions {
                let has_page = questions
                    .get(&(question.id.study_group(), key.1))
                    .is_some_and(|known| known.contains(&question.id));
                let group = GroupRef {
                    label: format!("{} ({})", question.id, key.1),
                    target: if has_page {
                        crate::paths::question(key.1, &question.id)
                    } else {
                        organisation.clone()
                    },
                };
                for officer in &question.rapporteurs {
                    hold(officer, group.clone());
                }
            }
            for other in &organisation_doc.other_groups {
                let group = GroupRef {
                    label: format!("{} ({})", other.acronym, key.1),
                    target: format!(
                        "{organisation}#{}",
                        pages::organisation::group_anchor(&other.acronym)
                    ),
                };
                for officer in other.chairs.iter().chain(&other.vice_chairs) {
                    hold(officer, group.clone());
                }
            }
        }
    }
    people
}

/// The site of `dataset`, checked with `selection`: every page and its path from the site's
/// root, in path order. The same dataset and selection give the same files, byte for byte.
pub fn build(dataset: &Dataset, selection: &Selection) -> Vec<DirectoryFile> {
    let report = wtsa_rules::check(dataset, selection);
    let context = Context::new(dataset);
    let mut period_of_document: BTreeMap<usize, PeriodKey> = BTreeMap::new();
    for view in &context.views {
        for id in view_documents(view) {
            period_of_document.insert(id, (view.study_group, view.study_period));
        }
    }
    // A file may hold one document; findings name the file, so go from file to period.
    let mut period_of_file: BTreeMap<&str, PeriodKey> = BTreeMap::new();
    for (id, loaded) in dataset.documents.iter().enumerate() {
        if let (Some(key), Some(file)) =
            (period_of_document.get(&id), dataset.files.get(loaded.file))
        {
            period_of_file.entry(file.path.as_str()).or_insert(*key);
        }
    }
    // Pages for every data file of a study group's period, and for any file a finding names.
    let mut shown: Vec<&str> = period_of_file.keys().copied().collect();
    for finding in &report.findings {
        shown.push(finding.location.file.as_str());
        shown.extend(finding.related.iter().map(|r| r.location.file.as_str()));
    }
    let shown: Vec<String> = shown.into_iter().map(str::to_owned).collect();
    let files = FilePages::new(shown.iter().map(String::as_str));

    let findings = group_findings(&report, &period_of_file);
    let questions = context
        .views
        .iter()
        .map(|view| {
            (
                (view.study_group, view.study_period),
                mentioned_questions(view),
            )
        })
        .collect();
    let people = collect_people(&context, &questions);
    let in_force = context
        .catalogue
        .map(|doc| in_force_by_series(doc.value))
        .unwrap_or_default();
    let site = Site {
        dataset,
        context,
        report: &report,
        files,
        findings,
        people,
        questions,
        in_force,
    };
    let mut out: Vec<(PagePath, String)> = Vec::new();
    pages::all(&site, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.into_iter()
        .map(|(path, contents)| DirectoryFile {
            name: path.as_str().to_owned(),
            contents,
        })
        .collect()
}

fn group_findings<'r>(
    report: &'r Report,
    period_of_file: &BTreeMap<&str, PeriodKey>,
) -> BTreeMap<Option<PeriodKey>, Vec<&'r Finding>> {
    let mut grouped: BTreeMap<Option<PeriodKey>, Vec<&'r Finding>> = BTreeMap::new();
    for finding in &report.findings {
        let key = period_of_file.get(finding.location.file.as_str()).copied();
        grouped.entry(key).or_default().push(finding);
    }
    grouped
}
