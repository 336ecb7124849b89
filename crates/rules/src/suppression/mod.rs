//! Suppressions recorded in the data (`suppress:` on a record): a finding of the named rule
//! about that record, or anything inside it, is accepted for the written reason.

use crate::hash::HashMap;

use wtsa_model::Document;

use crate::diagnostic::{Diagnostic, Sink, Spot};
use crate::engine::{find_rule, Selection};
use crate::rule::RuleMeta;
use wtsa_dataset::load::Dataset;

mod finder;

/// One `suppress:` entry and where it is.
#[derive(Debug, Clone)]
pub struct RecordedSuppression {
    pub document: usize,
    /// The pointer of the record that carries it.
    pub record: String,
    /// The pointer of the entry itself.
    pub entry: String,
    pub rule: String,
    pub reason: String,
}

impl RecordedSuppression {
    /// Whether a reason is written: only then does the suppression accept a finding.
    pub fn has_reason(&self) -> bool {
        !self.reason.trim().is_empty()
    }

    /// The place of the entry itself, where findings about it are reported.
    pub fn spot(&self) -> Spot {
        Spot::new(self.document, self.entry.clone())
    }
}

/// What became of one suppression in a run: what the `WT` rules check
/// ([`crate::rule::Rule::check_suppression`]).
#[derive(Debug, Clone, Copy)]
pub struct SuppressionOutcome<'a> {
    pub suppression: &'a RecordedSuppression,
    /// The rule its code names, if that code exists.
    pub rule: Option<&'static RuleMeta>,
    /// Whether the named rule ran in this run.
    pub rule_ran: bool,
    /// Whether it accepted at least one finding.
    pub used: bool,
}

/// Every suppression in the dataset.
pub fn collect(dataset: &Dataset) -> Vec<RecordedSuppression> {
    collect_in(dataset, 0..dataset.documents.len())
}

/// The suppressions of the documents at `documents`.
fn collect_in(dataset: &Dataset, documents: std::ops::Range<usize>) -> Vec<RecordedSuppression> {
    let mut out = Vec::new();
    let start = documents.start;
    let loaded_documents = dataset.documents.get(documents).unwrap_or_default();
    for (offset, loaded) in loaded_documents.iter().enumerate() {
        let document = start + offset;
        // A file whose text surely holds no `suppress` key need not be walked.
        let file = dataset.files.get(loaded.file);
        if file.is_some_and(|file| !file.may_hold_suppressions()) {
            continue;
        }
        let found = match &loaded.document {
            Document::Catalogue(d) => finder::suppressions_in(d.catalogue()),
            Document::StudyGroup(d) => finder::suppressions_in(d),
            Document::Resolution2Entry(d) => finder::suppressions_in(d),
            Document::People(d) => finder::suppressions_in(d),
            Document::Organisation(d) => finder::suppressions_in(d),
            Document::Meetings(d) => finder::suppressions_in(d),
            Document::Outputs(d) => finder::suppressions_in(d),
            Document::ReportClaims(d) => finder::suppressions_in(d),
            Document::Activities(d) => finder::suppressions_in(d),
        };
        let mut found = found.unwrap_or_default();
        // A record's own suppressions before those of the records inside it: a finding two
        // of them cover is accepted by the outer one.
        found.sort_by_key(|(f, _)| f.record.matches('/').count());
        out.extend(found.into_iter().map(|(found, index)| RecordedSuppression {
            document,
            entry: format!("{}/suppress/{index}", found.record),
            record: found.record,
            rule: found.rule,
            reason: found.reason,
        }));
    }
    out
}

fn within(pointer: &str, record: &str) -> bool {
    pointer == record
        || pointer
            .strip_prefix(record)
            .is_some_and(|rest| rest.starts_with('/'))
}

/// Drops the diagnostics a reasoned suppression covers; adds the WT findings about the
/// suppressions themselves (when those rules are selected). Returns the diagnostics that
/// remain and how many were suppressed.
pub fn apply(
    dataset: &Dataset,
    selection: &Selection,
    ran: &[&str],
    diagnostics: Vec<Diagnostic>,
) -> (Vec<Diagnostic>, usize) {
    let mut suppressions = Suppressions::of(dataset, 0..dataset.documents.len());
    let (mut kept, suppressed) = suppressions.filter(diagnostics);
    suppressions.review(selection, ran, &mut kept);
    (kept, suppressed)
}

/// The suppressions of some documents, and which of them accepted a finding so far: a check
/// study group by study group holds those of the documents every group shares across groups.
#[derive(Debug)]
pub struct Suppressions {
    recorded: Vec<RecordedSuppression>,
    /// By document, so a finding is held only against its own document's suppressions.
    by_document: HashMap<usize, Vec<usize>>,
    used: Vec<bool>,
}

impl Suppressions {
    /// The suppressions of the documents at `documents`.
    pub fn of(dataset: &Dataset, documents: std::ops::Range<usize>) -> Self {
        let recorded = collect_in(dataset, documents);
        let mut by_document: HashMap<usize, Vec<usize>> = HashMap::default();
        for (index, suppression) in recorded.iter().enumerate() {
            by_document
                .entry(suppression.document)
                .or_default()
                .push(index);
        }
        let used = vec![false; recorded.len()];
        Self {
            recorded,
            by_document,
            used,
        }
    }

    /// Drops the diagnostics one of these suppressions covers (a diagnostic about another
    /// document passes), and counts them.
    pub fn filter(&mut self, diagnostics: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
        let mut kept = Vec::with_capacity(diagnostics.len());
        let mut suppressed = 0;
        for diagnostic in diagnostics {
            let candidates = self
                .by_document
                .get(&diagnostic.spot.document)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let matching = candidates.iter().copied().find(|&index| {
                let Some(s) = self.recorded.get(index) else {
                    return false;
                };
                s.rule.eq_ignore_ascii_case(diagnostic.rule.code)
                    && s.has_reason()
                    && within(&diagnostic.spot.pointer.text(), &s.record)
            });
            match matching {
                Some(index) => {
                    if let Some(flag) = self.used.get_mut(index) {
                        *flag = true;
                    }
                    suppressed += 1;
                }
                None => kept.push(diagnostic),
            }
        }
        (kept, suppressed)
    }

    /// Adds to `out` the WT findings about these suppressions, once every diagnostic they may
    /// cover has been through [`Suppressions::filter`].
    pub fn review(&self, selection: &Selection, ran: &[&str], out: &mut Vec<Diagnostic>) {
        let selected = selection.rules();
        for (index, suppression) in self.recorded.iter().enumerate() {
            let rule = find_rule(&suppression.rule).map(|rule| rule.meta());
            let outcome = SuppressionOutcome {
                suppression,
                rule,
                rule_ran: rule.is_some_and(|rule| ran.contains(&rule.code)),
                used: self.used.get(index).copied().unwrap_or(true),
            };
            for reviewer in &selected {
                let mut sink = Sink::new(reviewer.meta(), out);
                reviewer.check_suppression(&outcome, &mut sink);
            }
        }
    }
}
