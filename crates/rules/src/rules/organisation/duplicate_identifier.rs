use std::collections::HashMap;

use chrono::NaiveDate;
use wtsa_model::{PublicationStatus, TechnicalPublicationId, TechnicalPublicationKind};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// One row of a list, as far as duplicates are concerned.
struct Row {
    spot: Spot,
    /// How the row names itself: "Y.4052 (Table 8, approved 2022-08-29)".
    label: String,
    /// The row's identifiers: one, or several for a double-numbered Recommendation.
    keys: Vec<String>,
    /// For publications: when it was agreed and its status, so that a version approved and
    /// then superseded by a revision within the same period is not taken for a duplicate.
    version: Option<(NaiveDate, PublicationStatus)>,
}

/// A technical publication's designation with the regular dot, so that the irregular
/// `YSTR-IADIoT` meets `YSTR.IADIoT`.
fn canonical(id: &TechnicalPublicationId) -> String {
    let kind = match id.kind() {
        TechnicalPublicationKind::TechnicalPaper => "STP",
        TechnicalPublicationKind::TechnicalReport => "STR",
    };
    format!("{}{kind}.{}", id.series(), id.name())
}

/// Whether two rows are two versions of one publication: different dates, the earlier one
/// superseded.
fn successive_versions(a: &Row, b: &Row) -> bool {
    match (a.version, b.version) {
        (Some((date_a, status_a)), Some((date_b, status_b))) if date_a != date_b => {
            let earlier = if date_a < date_b { status_a } else { status_b };
            earlier == PublicationStatus::Superseded
        }
        _ => false,
    }
}

/// Reports each row that shares an identifier with an earlier row of the same list. The rows
/// are indexed by identifier as they come, so each row is compared only with the earlier rows
/// that share one of its identifiers, not with every earlier row.
fn report(out: &mut Sink<'_>, rows: &[Row], what: &str) {
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, later) in rows.iter().enumerate() {
        let mut candidates: Vec<usize> = later
            .keys
            .iter()
            .filter_map(|k| by_key.get(k.as_str()))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        let first = candidates
            .into_iter()
            .filter_map(|i| rows.get(i))
            .find(|earlier| !successive_versions(earlier, later));
        for key in &later.keys {
            by_key.entry(key.as_str()).or_default().push(j);
        }
        let Some(first) = first else {
            continue;
        };
        let shared: Vec<&str> = later
            .keys
            .iter()
            .filter(|k| first.keys.contains(k))
            .map(String::as_str)
            .collect();
        let diagnostic = out
            .at(
                later.spot.clone(),
                format!(
                    "{} repeats {}, already used by {}: each {what} is listed once under one identifier",
                    later.label,
                    shared.join(", "),
                    first.label
                ),
            )
            .related(format!("{} is here", first.label), first.spot.clone())
            .fix("remove the repeated row, or correct one of the identifiers");
        out.push(diagnostic);
    }
}

declare_rule! {
    /// ## What it checks
    /// An identifier used twice in one list: a person key of the people document, a Question
    /// (Tables 5 and 6), a Working Party (Table 3), a Recommendation number among those
    /// approved (Table 8) or among those under approval (Table 9) — any number of a
    /// double-numbered Recommendation counts —, a Supplement number (Table 12), a Technical
    /// Paper or Technical Report designation (Tables 13 and 14).
    ///
    /// A publication approved and then revised within one period may appear twice with
    /// different dates when the earlier version is marked superseded: that is not a duplicate.
    ///
    /// ## Why it matters
    /// An identifier names one thing. Used twice, every reference to it is ambiguous, counts
    /// of outputs are inflated, and one of the two rows is usually a copy that was meant to be
    /// edited into another entry.
    ///
    /// ## Provision
    /// Study group report to WTSA, Tables 3, 5, 6, 8, 9 and 12–14.
    ///
    /// ## Example
    /// Fires: Y.4052 twice in Table 8, both in force; two Questions numbered Q4/20; the key
    /// `chao-ma` given to two people.
    /// Quiet: Y.4052 approved in 2022, superseded, and its revision approved in 2024.
    pub struct DuplicateIdentifier {
        code: "OR007",
        name: "duplicate-identifier",
        family: Family::Organisation,
        severity: Severity::Error,
        citation: citations::report("Tables 3, 5, 6, 8, 9 and 12–14"),
        periods: Periods::All,
    }
}

impl Rule for DuplicateIdentifier {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        if let Some(people) = view.people {
            let rows: Vec<Row> = people
                .value
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| Row {
                    spot: Spot::new(people.id, format!("/people/{i}/id")),
                    label: format!("the record of {} (first named in {})", p.name, p.source),
                    keys: vec![format!("the person key `{}`", p.id)],
                    version: None,
                })
                .collect();
            report(out, &rows, "person");
        }
        if let Some(organisation) = view.organisation {
            let rows: Vec<Row> = organisation
                .value
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| Row {
                    spot: Spot::new(organisation.id, format!("/questions/{i}/id")),
                    label: format!("the {} row `{}`", q.source, q.title),
                    keys: vec![q.id.to_string()],
                    version: None,
                })
                .collect();
            report(out, &rows, "Question");
            let rows: Vec<Row> = organisation
                .value
                .working_parties
                .iter()
                .enumerate()
                .map(|(i, w)| Row {
                    spot: Spot::new(organisation.id, format!("/working_parties/{i}/id")),
                    label: format!("the {} row `{}`", w.source, w.title),
                    keys: vec![w.id.to_string()],
                    version: None,
                })
                .collect();
            report(out, &rows, "Working Party");
        }
        let Some(outputs) = view.outputs else {
            return;
        };
        let rows: Vec<Row> = outputs
            .value
            .approved
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                spot: Spot::new(outputs.id, format!("/approved/{i}/number")),
                label: format!("{} ({}, approved {})", r.number, r.source, r.approved),
                keys: r.number.numbers().iter().map(ToString::to_string).collect(),
                version: Some((r.approved, r.status)),
            })
            .collect();
        report(out, &rows, "approved Recommendation");
        let rows: Vec<Row> = outputs
            .value
            .under_approval
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                spot: Spot::new(outputs.id, format!("/under_approval/{i}/number")),
                label: format!(
                    "{} ({}, consented or determined {})",
                    r.number, r.source, r.consented_or_determined
                ),
                keys: r.number.numbers().iter().map(ToString::to_string).collect(),
                version: None,
            })
            .collect();
        report(out, &rows, "Recommendation under approval");
        let rows: Vec<Row> = outputs
            .value
            .supplements
            .iter()
            .enumerate()
            .map(|(i, s)| Row {
                spot: Spot::new(outputs.id, format!("/supplements/{i}/number")),
                label: format!("{} ({}, agreed {})", s.number, s.source, s.agreed),
                keys: vec![s.number.to_string()],
                version: Some((s.agreed, s.status)),
            })
            .collect();
        report(out, &rows, "Supplement");
        let papers = outputs
            .value
            .technical_papers
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("/technical_papers/{i}/id"), t));
        let reports = outputs
            .value
            .technical_reports
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("/technical_reports/{i}/id"), t));
        let rows: Vec<Row> = papers
            .chain(reports)
            .map(|(pointer, t)| Row {
                spot: Spot::new(outputs.id, pointer),
                label: format!("{} ({}, agreed {})", t.id, t.source, t.agreed),
                // `YSTR-IADIoT` and `YSTR.IADIoT` are one designation written two ways.
                keys: vec![canonical(&t.id)],
                version: Some((t.agreed, t.status)),
            })
            .collect();
        report(out, &rows, "technical publication");
    }
}
