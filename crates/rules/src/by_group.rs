//! A check of data files study group by study group, and within a group period by period:
//! each part's documents (a study group's period) are read, checked and let go before the
//! next part's are read, so a check holds one study group's period at a time, with the shared
//! documents and the findings (at 100x, about 170 MB rather than 715 MB), and gives the report
//! the check of the whole dataset gives.
//!
//! How: each file's heading ([`Heading`]) sorts it before it is parsed. The Resolution 2
//! entries and the catalogue, which the rules of every group and the rules across groups read,
//! are held throughout, at the first document indices, so what is found about them keeps its
//! place. For each part, its files are parsed after them; the rules run on its view only (a
//! view is one study group's period: what a rule's `check` sees) and OR009 on the pairs of
//! documents that involve its own; a proposal goes to the period it was made in among every
//! period of its group the headings name (`Context::among`), as in the whole check; the
//! suppressions of its documents, and those of the held documents (whose use is counted across
//! parts), are applied; its findings are built while its documents and texts are there
//! (positions, subjects), and both are let go (and the positions found in the held files
//! forgotten: the next part finds its own). At the end the rules across study groups run on
//! the held documents (AC006, RP005, OR009), the WT rules review the held documents'
//! suppressions, and every finding is put in the report's order. A run where a heading is
//! missing or is not what the parsed file says, or where files are not found cleanly, is the
//! check of the whole dataset instead ([`check_files`]): the result never rests on a heading.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use wtsa_dataset::{Dataset, Format, Heading, Limits, LoadError, Texts};
use wtsa_model::{DocumentKind, StudyGroupId, StudyPeriod};

use crate::context::Context;
use crate::engine::{
    check, findings, finish, run_corpus_rules, run_view_rules, EmptySelection, Selection,
};
use crate::report::Report;
use crate::suppression::Suppressions;

/// Why a check of files ends without a report.
#[derive(Debug, thiserror::Error)]
pub enum CheckFilesError {
    /// Files that could not be read or parsed, each error once, in the order of the files.
    #[error("{} files could not be loaded", .0.len())]
    Load(Vec<LoadError>),
    #[error(transparent)]
    Selection(#[from] EmptySelection),
}

/// Loads the data files under `paths` and checks them as [`check`] does, study group by study
/// group when they are [`BY_GROUP_FROM_BYTES`] or more, of two study groups or more, and every
/// file names its study group where wtsa writes it (see the module's documentation), else the
/// whole dataset at once. Below [`BY_GROUP_FROM_BYTES`] the texts are held, and the dataset
/// returned holds them; by group, a part's texts are held until its findings are located,
/// then let go ([`Texts::UntilLetGo`]); a whole dataset of more is checked with its texts let
/// go once parsed ([`Texts::ReadAgain`]). Texts let go are read again when asked for.
/// Returns the report and the dataset its findings point into: every file, and of the
/// documents, when checked by group, only those every study group shares.
pub fn check_files(
    paths: &[PathBuf],
    limits: &Limits,
    selection: &Selection,
) -> Result<(Report, Dataset), CheckFilesError> {
    check_files_then(paths, limits, selection, AfterCheck::ReadsTexts)
}

/// What a caller of [`check_files_then`] reads once the check is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AfterCheck {
    /// The files' texts, for lines and positions the check did not locate (the human report
    /// quotes lines; the SARIF report asks for regions): a text let go is read again, and
    /// must be the text parsed, so a checksum of each is taken as it is read.
    #[default]
    ReadsTexts,
    /// Only the report (the JSON report, written from the findings alone): by group, a
    /// part's texts are let go for good once its findings are located
    /// ([`Texts::UntilLetGoForGood`]), and no checksum is taken (at 100x, 316 MB summed for a
    /// comparison never made: half a percent of a check).
    ReadsReportOnly,
}

/// [`check_files`], for a caller that says what it reads once the check is done.
pub fn check_files_then(
    paths: &[PathBuf],
    limits: &Limits,
    selection: &Selection,
    after: AfterCheck,
) -> Result<(Report, Dataset), CheckFilesError> {
    check_files_from(paths, limits, selection, BY_GROUP_FROM_BYTES, after)
}

/// The size of the data files from which [`check_files`] checks study group by study group.
/// Below it the dataset is checked whole: the memory held is small, and reading each file's
/// heading first (one more opening of every file) cost more than letting groups go saved
/// (at 1x, 5 MB of JSON, about 5% of the check; at 10x, 33 MB, as much as it saved; at 100x,
/// 316 MB, a check by group took a quarter less time: docs/PERFORMANCE.md).
pub const BY_GROUP_FROM_BYTES: u64 = 16 << 20;

/// [`check_files`], checking study group by study group from `by_group_from` bytes of data
/// files (0: whenever the files allow; what is held still goes by [`BY_GROUP_FROM_BYTES`]),
/// for a caller that reads what `after` says once the check is done.
pub fn check_files_from(
    paths: &[PathBuf],
    limits: &Limits,
    selection: &Selection,
    by_group_from: u64,
    after: AfterCheck,
) -> Result<(Report, Dataset), CheckFilesError> {
    // Files found with an error, or too many: the whole check's loading reports it.
    let loaded = match Dataset::files_to_load(paths, limits) {
        Some(files) => {
            let bytes: u64 = files
                .iter()
                .map(|(path, _)| std::fs::metadata(path).map_or(0, |m| m.len()))
                .sum();
            if bytes >= by_group_from {
                let texts = match after {
                    AfterCheck::ReadsTexts => Texts::UntilLetGo,
                    AfterCheck::ReadsReportOnly => Texts::UntilLetGoForGood,
                };
                if let Some(checked) = check_by_group(&files, limits, selection, texts) {
                    return checked;
                }
            }
            // Texts this small are held: the report's positions and excerpts come from them.
            let texts = if bytes < BY_GROUP_FROM_BYTES {
                Texts::Keep
            } else {
                Texts::ReadAgain
            };
            Dataset::load_files(files, limits, texts)
        }
        None => Dataset::load_with(paths, limits, Texts::ReadAgain),
    };
    let dataset = loaded.map_err(CheckFilesError::Load)?;
    selection.validate_against(&dataset)?;
    Ok((check(&dataset, selection), dataset))
}

/// A file to read, with its place in the order the files are read.
struct Planned {
    order: usize,
    path: PathBuf,
    format: Format,
    heading: Heading,
}

/// Whether the documents of a kind are held throughout the check.
fn held_kind(kind: DocumentKind) -> bool {
    matches!(
        kind,
        DocumentKind::Resolution2Entry | DocumentKind::Catalogue
    )
}

/// What has been read so far.
struct Loading {
    /// What each file's text is held for ([`Texts::UntilLetGo`] or
    /// [`Texts::UntilLetGoForGood`]).
    texts: Texts,
    /// Each file's place in the reading order, by its index in the dataset's files.
    orders: Vec<usize>,
    /// Each error with the place of its file.
    errors: Vec<(usize, LoadError)>,
}

impl Loading {
    fn new(texts: Texts) -> Self {
        Self {
            texts,
            orders: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Reads a planned file into `dataset`; `None` when the document is not what its heading
    /// said (the plan cannot be trusted).
    fn load(&mut self, dataset: &mut Dataset, planned: Planned, limits: &Limits) -> Option<()> {
        match dataset.add_file(planned.path, planned.format, limits, self.texts) {
            Ok(()) => {
                let loaded = dataset.documents.last()?;
                if Heading::of(&loaded.document) != planned.heading {
                    return None;
                }
                self.orders.push(planned.order);
            }
            Err(error) => self.errors.push((planned.order, error)),
        }
        Some(())
    }
}

/// The check study group by study group; `None` when it does not apply.
fn check_by_group(
    files: &[(PathBuf, Format)],
    limits: &Limits,
    selection: &Selection,
    texts: Texts,
) -> Option<Result<(Report, Dataset), CheckFilesError>> {
    // A selection of no rule is refused after loading, as the whole check refuses it.
    if selection.rules().is_empty() {
        return None;
    }
    let mut held = Vec::new();
    // The files of each study group's period (or of a group, where a file names no period).
    let mut parts: BTreeMap<(StudyGroupId, Option<StudyPeriod>), Vec<Planned>> = BTreeMap::new();
    for (order, (path, format)) in files.iter().enumerate() {
        let heading = Heading::read(path, *format)?;
        let planned = Planned {
            order,
            path: path.clone(),
            format: *format,
            heading,
        };
        if held_kind(heading.kind) {
            held.push(planned);
        } else {
            parts
                .entry((heading.study_group?, heading.study_period))
                .or_default()
                .push(planned);
        }
    }
    // One study group (or none) is the whole dataset: nothing to let go between groups.
    let groups: BTreeSet<StudyGroupId> = parts.keys().map(|(group, _)| *group).collect();
    if groups.len() < 2 {
        return None;
    }
    // A selected period no heading names: the whole check refuses it, from the documents
    // themselves, before any rule runs. Every document read is then checked to be what its
    // heading says, so a period the headings name is one the documents have.
    let named: BTreeSet<StudyPeriod> = held
        .iter()
        .chain(parts.values().flatten())
        .filter_map(|planned| planned.heading.study_period)
        .collect();
    if selection
        .periods
        .iter()
        .any(|period| !named.contains(period))
    {
        return None;
    }

    let mut dataset = Dataset::default();
    let mut loading = Loading::new(texts);
    for planned in held {
        loading.load(&mut dataset, planned, limits)?;
    }
    let held_documents = dataset.documents.len();
    let held_files = dataset.files.len();
    // Every study group's period the whole dataset has, each document being what its heading
    // says: each part places the proposals among them as the whole check does.
    let known: BTreeSet<(StudyGroupId, StudyPeriod)> = parts
        .keys()
        .filter_map(|&(group, period)| Some((group, period?)))
        .collect();
    // A period whose only documents are held (an entry in force, a proposal) is checked too,
    // as the whole check would.
    for view in Context::among(&dataset, &known).views {
        parts
            .entry((view.study_group, Some(view.study_period)))
            .or_default();
    }
    let rules = selection.rules();
    let ran: Vec<&'static str> = rules.iter().map(|r| r.meta().code).collect();
    let mut held_suppressions = Suppressions::of(&dataset, 0..held_documents);
    let mut found = Vec::new();
    // The findings of each identity, counted across the parts in the order the whole check
    // meets them (its views' order, which the parts follow), for their fingerprints.
    let mut occurrences = crate::hash::HashMap::default();
    let mut suppressed = 0;
    // Part by part: a study group's period, its documents let go before the next is read.
    for ((group, period), members) in parts {
        for planned in members {
            loading.load(&mut dataset, planned, limits)?;
        }
        // Once a file fails, the others are only read, for their errors.
        if loading.errors.is_empty() {
            let mut context = Context::among(&dataset, &known);
            context
                .views
                .retain(|view| view.study_group == group && Some(view.study_period) == period);
            let mut diagnostics = Vec::new();
            run_view_rules(
                &mut context.views,
                selection,
                &rules,
                &|| false,
                &mut diagnostics,
            )?;
            // Of what the rules across study groups read, a group has only the pairs of
            // duplicate documents that involve its own (OR009): the Resolution 2 entries and
            // the catalogue are theirs once, at the end, with the pairs of held documents.
            context.views.clear();
            context.resolution2.clear();
            context.catalogue = None;
            context
                .duplicates
                .retain(|&(kept, left_out)| kept.max(left_out) >= held_documents);
            run_corpus_rules(&context, &rules, &|| false, &mut diagnostics)?;
            drop(context);
            let (diagnostics, held_count) = held_suppressions.filter(diagnostics);
            let mut own = Suppressions::of(&dataset, held_documents..dataset.documents.len());
            let (mut diagnostics, own_count) = own.filter(diagnostics);
            own.review(selection, &ran, &mut diagnostics);
            suppressed += held_count + own_count;
            found.extend(findings(&dataset, selection, diagnostics, &mut occurrences));
        }
        // The part's findings are located: its texts are let go with its documents (those
        // of the shared documents are held until theirs are). Its files keep the positions
        // found, which a SARIF report asks again for its regions. The shared files' are
        // forgotten, to be found again for the next part that asks, for those it asks: kept,
        // they would answer only for this part's, and every later position would come from
        // a full index of the file.
        dataset.let_go_texts(held_files..);
        dataset.forget_positions(0..held_files);
        dataset.documents.truncate(held_documents);
    }
    if !loading.errors.is_empty() {
        let mut errors = loading.errors;
        errors.sort_by_key(|(order, _)| *order);
        let errors = errors.into_iter().map(|(_, error)| error).collect();
        return Some(Err(CheckFilesError::Load(errors)));
    }

    // The rules across study groups on the held documents: every Resolution 2 entry, the
    // catalogue, the pairs of held duplicates; no views (each group's were checked with it).
    let mut context = Context::new(&dataset);
    context.views.clear();
    let mut diagnostics = Vec::new();
    run_corpus_rules(&context, &rules, &|| false, &mut diagnostics)?;
    drop(context);
    let (mut diagnostics, held_count) = held_suppressions.filter(diagnostics);
    held_suppressions.review(selection, &ran, &mut diagnostics);
    suppressed += held_count;
    found.extend(findings(&dataset, selection, diagnostics, &mut occurrences));
    dataset.let_go_texts(0..);

    // The files back in the order they were read, the held documents pointing at theirs.
    let mut by_order: Vec<(usize, usize)> = loading.orders.iter().copied().zip(0..).collect();
    by_order.sort_unstable();
    let mut new_index = vec![0; by_order.len()];
    for (new, (_, old)) in by_order.iter().enumerate() {
        if let Some(slot) = new_index.get_mut(*old) {
            *slot = new;
        }
    }
    let mut files: Vec<Option<wtsa_dataset::SourceFile>> = std::mem::take(&mut dataset.files)
        .into_iter()
        .map(Some)
        .collect();
    dataset.files = by_order
        .iter()
        .filter_map(|(_, old)| files.get_mut(*old).and_then(Option::take))
        .collect();
    for loaded in &mut dataset.documents {
        loaded.file = new_index.get(loaded.file).copied().unwrap_or(loaded.file);
    }
    let paths = dataset.files.iter().map(|f| f.path.clone()).collect();
    // Every document read is one file's (a file that failed has ended the run above).
    let mut report = finish(found, paths, loading.orders.len(), rules.len());
    report.summary.suppressed = suppressed;
    Some(Ok((report, dataset)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// A document that is not what its heading said (a file edited between the two readings,
    /// or a heading found somewhere unusual) stops the check by group: the caller then checks
    /// the whole dataset.
    #[test]
    fn a_document_unlike_its_heading_stops_the_check_by_group() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/sg20/2022-2024/people.yaml");
        let heading = Heading::read(&path, Format::Yaml).unwrap();
        let planned = |heading| Planned {
            order: 0,
            path: path.clone(),
            format: Format::Yaml,
            heading,
        };
        let limits = Limits::default();
        let mut loading = Loading::new(Texts::UntilLetGo);
        let mut dataset = Dataset::default();
        assert_eq!(
            loading.load(&mut dataset, planned(heading), &limits),
            Some(())
        );
        let elsewhere = Heading {
            study_group: "SG21".parse().ok(),
            ..heading
        };
        assert_eq!(
            loading.load(&mut dataset, planned(elsewhere), &limits),
            None
        );
        assert_eq!(loading.orders.len(), 1);
    }
}
