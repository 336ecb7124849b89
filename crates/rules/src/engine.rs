//! Running the catalogue over a dataset and turning diagnostics into a report.

use crate::hash::HashMap;
use std::collections::BTreeMap;

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Sink, Spot};
use crate::identity;
use crate::pointer::Pointer;
use crate::report::{
    fnv1a, Finding, Location, RelatedLocation, Report, Summary, Tool, REPORT_FORMAT_VERSION,
};
use crate::rule::{Rule, RuleMeta, Severity};
use wtsa_dataset::load::Dataset;

use crate::rules::CATALOGUE;

/// Which rules run, and how severe their findings are.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Codes or family prefixes to run; empty means every rule.
    pub select: Vec<String>,
    /// Codes or family prefixes not to run.
    pub ignore: Vec<String>,
    /// Severity per rule code, replacing the rule's default.
    pub severity: BTreeMap<String, Severity>,
    /// Study periods to check; empty means every period in the data.
    pub periods: Vec<wtsa_model::StudyPeriod>,
}

/// A rule selector that names no rule or family.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule code or family `{0}` (see `wtsa rules`)")]
pub struct UnknownSelector(pub String);

/// A selection that would check nothing, so a run must not pass as clean.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmptySelection {
    #[error("the rule selection runs no rule (check --select, --ignore and wtsa.toml)")]
    NoRule,
    #[error("study period {0} is selected but no data document is about it")]
    PeriodNotInData(wtsa_model::StudyPeriod),
}

/// The lowest severity that fails a run, or `never`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    /// The severity at and above which a finding fails the run (none for `never`).
    pub fn threshold(self) -> Option<Severity> {
        match self {
            Self::Error => Some(Severity::Error),
            Self::Warning => Some(Severity::Warning),
            Self::Info => Some(Severity::Info),
            Self::Never => None,
        }
    }

    /// Whether a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        self.threshold()
            .is_some_and(|threshold| severity >= threshold)
    }
}

impl std::str::FromStr for FailOn {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "error" => Ok(Self::Error),
            "warning" => Ok(Self::Warning),
            "info" => Ok(Self::Info),
            "never" => Ok(Self::Never),
            other => Err(format!(
                "unknown fail-on `{other}` (expected error, warning, info or never)"
            )),
        }
    }
}

/// How specifically a selector names a rule: its code or name (2), its family (1), or not (0).
fn specificity(selector: &str, meta: &RuleMeta) -> u8 {
    let selector = selector.trim();
    if selector.eq_ignore_ascii_case(meta.code) || selector == meta.name {
        2
    } else if selector.eq_ignore_ascii_case(meta.family.prefix()) {
        1
    } else {
        0
    }
}

fn matches(selector: &str, meta: &RuleMeta) -> bool {
    specificity(selector, meta) > 0
}

/// Looks up a rule by code or name.
pub fn find_rule(code: &str) -> Option<&'static dyn Rule> {
    CATALOGUE
        .iter()
        .copied()
        .find(|rule| rule.meta().code.eq_ignore_ascii_case(code) || rule.meta().name == code)
}

impl Selection {
    /// Checks that every selector names a rule or family.
    pub fn validate(&self) -> Result<(), UnknownSelector> {
        let known = |s: &String| CATALOGUE.iter().any(|rule| matches(s, rule.meta()));
        for selector in self
            .select
            .iter()
            .chain(&self.ignore)
            .chain(self.severity.keys())
        {
            if !known(selector) {
                return Err(UnknownSelector(selector.clone()));
            }
        }
        Ok(())
    }

    fn runs(&self, meta: &RuleMeta) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| matches(s, meta)))
            && !self.ignore.iter().any(|s| matches(s, meta))
    }

    /// The severity for a rule: the most specific override wins (`RC004` over `RC`).
    fn severity_of(&self, meta: &RuleMeta) -> Severity {
        self.severity
            .iter()
            .filter(|(selector, _)| matches(selector, meta))
            .max_by_key(|(selector, _)| specificity(selector, meta))
            .map_or(meta.severity, |(_, severity)| *severity)
    }

    /// Checks that the selection runs at least one rule, and that each study period it names
    /// is in the data: a run that checks nothing must not pass as clean.
    pub fn validate_against(&self, dataset: &Dataset) -> Result<(), EmptySelection> {
        if self.rules().is_empty() {
            return Err(EmptySelection::NoRule);
        }
        for period in &self.periods {
            if !dataset
                .documents
                .iter()
                .any(|d| d.document.study_period() == Some(*period))
            {
                return Err(EmptySelection::PeriodNotInData(*period));
            }
        }
        Ok(())
    }

    /// The rules this selection runs.
    pub fn rules(&self) -> Vec<&'static dyn Rule> {
        CATALOGUE
            .iter()
            .copied()
            .filter(|rule| self.runs(rule.meta()))
            .collect()
    }
}

/// Runs the selected rules and returns their diagnostics, unsorted.
pub fn diagnose(dataset: &Dataset, selection: &Selection) -> (Vec<Diagnostic>, usize) {
    // Never asked to stop, so always `Some`.
    diagnose_unless(dataset, selection, &|| false).unwrap_or_default()
}

/// [`diagnose`], asking `stop` before each rule on each view and before each rule's
/// `check_corpus`: `None` once it says the result is no longer wanted (an editor's newer
/// text), so a stale check ends within one rule's work on one view.
pub fn diagnose_unless(
    dataset: &Dataset,
    selection: &Selection,
    stop: &dyn Fn() -> bool,
) -> Option<(Vec<Diagnostic>, usize)> {
    let mut context = Context::new(dataset);
    let rules = selection.rules();
    let diagnostics = run_rules(&mut context, selection, &rules, stop)?;
    Some((diagnostics, rules.len()))
}

/// `rules` on each view of `context` (within the selected periods), then each one's
/// `check_corpus` on the whole context; `None` once `stop` says so.
fn run_rules(
    context: &mut Context<'_>,
    selection: &Selection,
    rules: &[&'static dyn Rule],
    stop: &dyn Fn() -> bool,
) -> Option<Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    run_view_rules(&mut context.views, selection, rules, stop, &mut diagnostics)?;
    run_corpus_rules(context, rules, stop, &mut diagnostics)?;
    Some(diagnostics)
}

/// Each rule's `check` on each of `views` within the selected periods.
pub(crate) fn run_view_rules(
    views: &mut [crate::context::PeriodView<'_>],
    selection: &Selection,
    rules: &[&'static dyn Rule],
    stop: &dyn Fn() -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<()> {
    // View by view, every rule on one study group's period before the next: the rules read
    // the same few megabytes while they are in the processor's cache, where rule by rule each
    // would sweep the whole dataset (a gigabyte at 100x) in turn. A rule's findings keep their
    // relative order either way, which is all the report's order and fingerprints depend on.
    for view in views {
        if !(selection.periods.is_empty() || selection.periods.contains(&view.study_period)) {
            continue;
        }
        for rule in rules {
            if stop() {
                return None;
            }
            let meta = rule.meta();
            if meta.periods.includes(view.study_period) {
                rule.check(view, &mut Sink::new(meta, diagnostics));
            }
        }
        // What the view's rules shared (`PeriodView::release_shared`) is not needed again.
        view.release_shared();
    }
    Some(())
}

/// Each rule's `check_corpus` on `context`.
pub(crate) fn run_corpus_rules(
    context: &Context<'_>,
    rules: &[&'static dyn Rule],
    stop: &dyn Fn() -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<()> {
    for rule in rules {
        if stop() {
            return None;
        }
        rule.check_corpus(context, &mut Sink::new(rule.meta(), diagnostics));
    }
    Some(())
}

/// Resolves a spot to a file, line and column.
pub fn locate(dataset: &Dataset, spot: &Spot) -> Location {
    let document_kind = dataset
        .documents
        .get(spot.document)
        .map(|d| d.document.kind().name().to_owned())
        .unwrap_or_default();
    match dataset.file_of(spot.document) {
        Some(file) => {
            let pointer = spot.pointer.text();
            let position = file.position(&pointer);
            Location {
                file: file.path.clone(),
                line: position.line,
                column: position.column,
                pointer: pointer.into_owned(),
                document_kind,
            }
        }
        None => Location {
            file: String::new(),
            line: 1,
            column: 1,
            pointer: spot.pointer.to_string(),
            document_kind,
        },
    }
}

/// Builds the report from diagnostics: locations, severities, fingerprints, order, summary.
pub fn report(
    dataset: &Dataset,
    selection: &Selection,
    diagnostics: Vec<Diagnostic>,
    rules_run: usize,
) -> Report {
    finish(
        findings(dataset, selection, diagnostics, &mut HashMap::default()),
        dataset.files.iter().map(|f| f.path.clone()).collect(),
        dataset.documents.len(),
        rules_run,
    )
}

/// The findings of diagnostics, unsorted: each located (positions computed only now, for the
/// pointers they name), with its subject, fingerprint, severity and citation. `occurrences`
/// counts the findings met so far under each identity, across the calls of one check: a check
/// in parts passes the same count to each, in the order the whole check meets them, so that
/// two findings of one identity in two parts are numbered as the whole check numbers them.
pub(crate) fn findings(
    dataset: &Dataset,
    selection: &Selection,
    mut diagnostics: Vec<Diagnostic>,
    occurrences: &mut HashMap<u64, u32>,
) -> Vec<Finding> {
    // Rules build pointers as segments; the reported ones are written out here, once.
    for diagnostic in &mut diagnostics {
        diagnostic.spot.pointer.write_out();
        for related in &mut diagnostic.related {
            related.spot.pointer.write_out();
        }
    }
    // Every position the report will ask for, file by file, so each file is walked once for
    // those values only rather than indexed whole.
    let mut wanted: HashMap<usize, Vec<&str>> = HashMap::default();
    for diagnostic in &diagnostics {
        let spots =
            std::iter::once(&diagnostic.spot).chain(diagnostic.related.iter().map(|r| &r.spot));
        for spot in spots {
            if let Some(document) = dataset.documents.get(spot.document) {
                if let Pointer::Text(pointer) = &spot.pointer {
                    wanted.entry(document.file).or_default().push(pointer);
                }
            }
        }
    }
    for (file, pointers) in wanted {
        if let Some(file) = dataset.files.get(file) {
            file.prepare(pointers);
        }
    }
    diagnostics
        .into_iter()
        .map(|diagnostic| {
            let location = locate(dataset, &diagnostic.spot);
            let subject = identity::subject(
                dataset,
                diagnostic.spot.document,
                &diagnostic.spot.pointer.text(),
            );
            // The fingerprint is the finding's identity: the rule, the document (kind, study
            // group and period), the record it is about and the records it relates to, each
            // by key. Never the message, a quoted text, a line or a list position, so
            // rewording a message or editing elsewhere leaves every baseline valid.
            let scope = dataset
                .documents
                .get(diagnostic.spot.document)
                .map(
                    |d| match (d.document.study_group(), d.document.study_period()) {
                        (Some(group), Some(period)) => format!("{group}|{period}"),
                        _ => String::new(),
                    },
                )
                .unwrap_or_default();
            let mut key = format!(
                "{}|{}|{}|{}",
                diagnostic.rule.code, location.document_kind, scope, subject
            );
            for related in &diagnostic.related {
                key.push('|');
                if let Some(d) = dataset.documents.get(related.spot.document) {
                    key.push_str(d.document.kind().name());
                }
                key.push_str(&identity::subject(
                    dataset,
                    related.spot.document,
                    &related.spot.pointer.text(),
                ));
            }
            let base = fnv1a(key.as_bytes());
            let occurrence = occurrences.entry(base).or_insert(0);
            *occurrence += 1;
            let fingerprint = if *occurrence == 1 {
                format!("{base:016x}")
            } else {
                format!("{:016x}", fnv1a(format!("{key}|{occurrence}").as_bytes()))
            };
            Finding {
                code: diagnostic.rule.code.to_owned(),
                rule: diagnostic.rule.name.to_owned(),
                family: diagnostic.rule.family,
                severity: selection.severity_of(diagnostic.rule),
                message: diagnostic.message.render(),
                arguments: diagnostic.message.arguments(),
                subject,
                related: diagnostic
                    .related
                    .into_iter()
                    .map(|related| RelatedLocation {
                        message: related.message.render(),
                        arguments: related.message.arguments(),
                        location: locate(dataset, &related.spot),
                    })
                    .collect(),
                location,
                fix: diagnostic.fix,
                citation: diagnostic.rule.citation,
                fingerprint,
            }
        })
        .collect()
}

/// The report of `findings` about `files` (in the order they were read) and `documents`: the
/// findings in order, the summary counted.
pub(crate) fn finish(
    mut findings: Vec<Finding>,
    files: Vec<String>,
    documents: usize,
    rules_run: usize,
) -> Report {
    findings.sort_by(|a, b| {
        (
            &a.location.file,
            a.location.line,
            a.location.column,
            &a.code,
            &a.message,
        )
            .cmp(&(
                &b.location.file,
                b.location.line,
                b.location.column,
                &b.code,
                &b.message,
            ))
    });
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let summary = Summary {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        suppressed: 0,
        baselined: 0,
        files: files.len(),
        documents,
        rules_run,
    };
    Report {
        format_version: REPORT_FORMAT_VERSION,
        tool: Tool {
            name: "wtsa".to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        },
        files,
        findings,
        fixed_since_baseline: Vec::new(),
        summary,
    }
}

/// Runs the selected rules over the dataset, applies the suppressions recorded in the data,
/// and reports what remains.
pub fn check(dataset: &Dataset, selection: &Selection) -> Report {
    match check_unless(dataset, selection, &|| false) {
        Some(report) => report,
        None => report(dataset, selection, Vec::new(), 0),
    }
}

/// [`check`], abandoned (`None`) as soon as `stop` says its result is no longer wanted; the
/// language server passes "a newer edit is waiting".
pub fn check_unless(
    dataset: &Dataset,
    selection: &Selection,
    stop: &dyn Fn() -> bool,
) -> Option<Report> {
    let (diagnostics, rules_run) = diagnose_unless(dataset, selection, stop)?;
    let ran: Vec<&'static str> = selection.rules().iter().map(|r| r.meta().code).collect();
    let (diagnostics, suppressed) =
        crate::suppression::apply(dataset, selection, &ran, diagnostics);
    if stop() {
        return None;
    }
    let mut report = report(dataset, selection, diagnostics, rules_run);
    report.summary.suppressed = suppressed;
    Some(report)
}
