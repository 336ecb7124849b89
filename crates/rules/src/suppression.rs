//! Suppressions recorded in the data (`suppress:` on a record): a finding of the named rule
//! about that record, or anything inside it, is accepted for the written reason.

use crate::hash::HashMap;

use serde_json::Value;

use crate::diagnostic::{Diagnostic, Sink, Spot};
use crate::engine::{find_rule, Selection};
use crate::rule::RuleMeta;
use wtsa_dataset::load::Dataset;

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

fn walk(value: &Value, pointer: &str, document: usize, out: &mut Vec<RecordedSuppression>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(entries)) = map.get("suppress") {
                for (k, entry) in entries.iter().enumerate() {
                    let text = |key: &str| {
                        entry
                            .get(key)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned()
                    };
                    out.push(RecordedSuppression {
                        document,
                        record: pointer.to_owned(),
                        entry: format!("{pointer}/suppress/{k}"),
                        rule: text("rule"),
                        reason: text("reason"),
                    });
                }
            }
            for (key, child) in map {
                if key != "suppress" {
                    let escaped = key.replace('~', "~0").replace('/', "~1");
                    walk(child, &format!("{pointer}/{escaped}"), document, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, &format!("{pointer}/{i}"), document, out);
            }
        }
        _ => {}
    }
}

/// Whether a file's text may hold a `suppress:` key. A key is written out in full, or with
/// an escape (`"suppr\u0065ss"`) that needs a backslash; a text with neither has none, and its
/// document need not be converted and walked (which costs about a tenth of a check).
fn may_suppress(text: &str) -> bool {
    text.contains("suppress") || text.contains('\\')
}

/// Every suppression in the dataset.
pub fn collect(dataset: &Dataset) -> Vec<RecordedSuppression> {
    let mut out = Vec::new();
    for (document, loaded) in dataset.documents.iter().enumerate() {
        let text = dataset.files.get(loaded.file).map(|f| f.text.as_str());
        if text.is_some_and(|text| !may_suppress(text)) {
            continue;
        }
        if let Ok(value) = loaded.document.to_json() {
            walk(&value, "", document, &mut out);
        }
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
    let suppressions = collect(dataset);
    // By document, so a finding is held only against its own document's suppressions.
    let mut by_document: HashMap<usize, Vec<usize>> = HashMap::default();
    for (index, suppression) in suppressions.iter().enumerate() {
        by_document
            .entry(suppression.document)
            .or_default()
            .push(index);
    }
    let mut used = vec![false; suppressions.len()];
    let mut kept = Vec::with_capacity(diagnostics.len());
    let mut suppressed = 0;
    for diagnostic in diagnostics {
        let candidates = by_document
            .get(&diagnostic.spot.document)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let matching = candidates.iter().copied().find(|&index| {
            let Some(s) = suppressions.get(index) else {
                return false;
            };
            s.rule.eq_ignore_ascii_case(diagnostic.rule.code)
                && s.has_reason()
                && within(&diagnostic.spot.pointer.text(), &s.record)
        });
        match matching {
            Some(index) => {
                if let Some(flag) = used.get_mut(index) {
                    *flag = true;
                }
                suppressed += 1;
            }
            None => kept.push(diagnostic),
        }
    }
    let selected = selection.rules();
    for (index, suppression) in suppressions.iter().enumerate() {
        let rule = find_rule(&suppression.rule).map(|rule| rule.meta());
        let outcome = SuppressionOutcome {
            suppression,
            rule,
            rule_ran: rule.is_some_and(|rule| ran.contains(&rule.code)),
            used: used.get(index).copied().unwrap_or(true),
        };
        for reviewer in &selected {
            let mut sink = Sink::new(reviewer.meta(), &mut kept);
            reviewer.check_suppression(&outcome, &mut sink);
        }
    }
    (kept, suppressed)
}
