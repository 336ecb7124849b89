use crate::hash::FirstApart;
use std::borrow::Cow;
use std::hash::Hash;

use chrono::NaiveDate;
use wtsa_model::{PublicationStatus, TechnicalPublicationId, TechnicalPublicationKind};

use crate::context::PeriodView;
use crate::diagnostic::{RowPlace, Sink};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// One row of a list, as far as duplicates are concerned.
struct Row<'a, T, K: Clone> {
    /// The row's place; the field of its identifier is the list's, given to [`report`].
    place: RowPlace,
    /// The record, which names itself through the label function given to [`report`] only
    /// when it is reported.
    record: &'a T,
    /// The row's identifiers: one, or several for a double-numbered Recommendation;
    /// borrowed from the record, and written out only for a finding.
    keys: Cow<'a, [K]>,
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
fn successive_versions<T, K: Clone>(a: &Row<'_, T, K>, b: &Row<'_, T, K>) -> bool {
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
/// that share one of its identifiers, not with every earlier row. `repeats` words the finding
/// from the later row, the identifiers it shares and the first row; `is_here` the related
/// location of the first row. `field` is the field of the rows that holds the identifier.
fn report<T, K: Clone + Eq + Hash>(
    out: &mut Sink<'_>,
    rows: &[Row<'_, T, K>],
    field: &'static str,
    repeats: impl Fn(&T, &[&K], &T) -> Message,
    is_here: impl Fn(&T) -> Message,
) {
    // The rows under each key: the first apart, so a key used once (nearly every key) costs
    // no list of its own.
    let mut by_key: FirstApart<&K, usize> = FirstApart::with_capacity(rows.len());
    for (j, later) in rows.iter().enumerate() {
        // Each key is looked up once, to take the row and to learn the earlier rows that have
        // it; nearly every row shares no key, so candidates are sorted only when one does. (A
        // row that repeats one of its own keys meets itself, which is no finding.)
        let mut candidates: Vec<usize> = Vec::new();
        for key in later.keys.iter() {
            if let Some((first, rest)) = by_key.push(key, j) {
                candidates.push(first);
                candidates.extend_from_slice(rest);
            }
        }
        candidates.retain(|&i| i < j);
        candidates.sort_unstable();
        let first = candidates
            .into_iter()
            .filter_map(|i| rows.get(i))
            .find(|earlier| !successive_versions(earlier, later));
        let Some(first) = first else {
            continue;
        };
        let shared: Vec<&K> = later
            .keys
            .iter()
            .filter(|k| first.keys.contains(k))
            .collect();
        let diagnostic = out
            .at(
                later.place.field(field),
                repeats(later.record, &shared, first.record),
            )
            .related(is_here(first.record), first.place.field(field))
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
            let rows: Vec<Row<'_, _, _>> = people
                .value
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| Row {
                    place: RowPlace {
                        document: people.id,
                        list: "people",
                        row: i,
                    },
                    record: p,
                    keys: Cow::Borrowed(std::slice::from_ref(&p.id)),
                    version: None,
                })
                .collect();
            report(
                out,
                &rows,
                "id",
                |p, person, first| {
                    message!(
                        "the record of {name} (first named in {source}) repeats the person key `{person}`, already used by the record of {first_name} (first named in {first_source}): each person is listed once under one identifier",
                        name = p.name,
                        source = p.source,
                        person,
                        first_name = first.name,
                        first_source = first.source,
                    )
                },
                |p| {
                    message!(
                        "the record of {name} (first named in {source}) is here",
                        name = p.name,
                        source = p.source,
                    )
                },
            );
        }
        if let Some(organisation) = view.organisation {
            let rows: Vec<Row<'_, _, _>> = organisation
                .value
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| Row {
                    place: RowPlace {
                        document: organisation.id,
                        list: "questions",
                        row: i,
                    },
                    record: q,
                    keys: Cow::Borrowed(std::slice::from_ref(&q.id)),
                    version: None,
                })
                .collect();
            report(
                out,
                &rows,
                "id",
                |q, question, first| {
                    message!(
                        "the {source} row `{title}` repeats {question}, already used by the {first_source} row `{first_title}`: each Question is listed once under one identifier",
                        source = q.source,
                        title = q.title,
                        question,
                        first_source = first.source,
                        first_title = first.title,
                    )
                },
                |q| {
                    message!(
                        "the {source} row `{title}` is here",
                        source = q.source,
                        title = q.title,
                    )
                },
            );
            let rows: Vec<Row<'_, _, _>> = organisation
                .value
                .working_parties
                .iter()
                .enumerate()
                .map(|(i, w)| Row {
                    place: RowPlace {
                        document: organisation.id,
                        list: "working_parties",
                        row: i,
                    },
                    record: w,
                    keys: Cow::Borrowed(std::slice::from_ref(&w.id)),
                    version: None,
                })
                .collect();
            report(
                out,
                &rows,
                "id",
                |w, working_party, first| {
                    message!(
                        "the {source} row `{title}` repeats {working_party}, already used by the {first_source} row `{first_title}`: each Working Party is listed once under one identifier",
                        source = w.source,
                        title = w.title,
                        working_party,
                        first_source = first.source,
                        first_title = first.title,
                    )
                },
                |w| {
                    message!(
                        "the {source} row `{title}` is here",
                        source = w.source,
                        title = w.title,
                    )
                },
            );
        }
        let Some(outputs) = view.outputs else {
            return;
        };
        let rows: Vec<Row<'_, _, _>> = outputs
            .value
            .approved
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                place: RowPlace {
                    document: outputs.id,
                    list: "approved",
                    row: i,
                },
                record: r,
                keys: Cow::Borrowed(r.number.numbers()),
                version: Some((r.approved, r.status)),
            })
            .collect();
        report(
            out,
            &rows,
            "number",
            |r, numbers, first| {
                message!(
                    "{number} ({source}, approved {approved}) repeats {numbers}, already used by {first_number} ({first_source}, approved {first_approved}): each approved Recommendation is listed once under one identifier",
                    number = r.number,
                    source = r.source,
                    approved = r.approved,
                    numbers,
                    first_number = first.number,
                    first_source = first.source,
                    first_approved = first.approved,
                )
            },
            |r| {
                message!(
                    "{number} ({source}, approved {approved}) is here",
                    number = r.number,
                    source = r.source,
                    approved = r.approved,
                )
            },
        );
        let rows: Vec<Row<'_, _, _>> = outputs
            .value
            .under_approval
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                place: RowPlace {
                    document: outputs.id,
                    list: "under_approval",
                    row: i,
                },
                record: r,
                keys: Cow::Borrowed(r.number.numbers()),
                version: None,
            })
            .collect();
        report(
            out,
            &rows,
            "number",
            |r, numbers, first| {
                message!(
                    "{number} ({source}, consented or determined {consented_or_determined}) repeats {numbers}, already used by {first_number} ({first_source}, consented or determined {first_consented_or_determined}): each Recommendation under approval is listed once under one identifier",
                    number = r.number,
                    source = r.source,
                    consented_or_determined = r.consented_or_determined,
                    numbers,
                    first_number = first.number,
                    first_source = first.source,
                    first_consented_or_determined = first.consented_or_determined,
                )
            },
            |r| {
                message!(
                    "{number} ({source}, consented or determined {consented_or_determined}) is here",
                    number = r.number,
                    source = r.source,
                    consented_or_determined = r.consented_or_determined,
                )
            },
        );
        let rows: Vec<Row<'_, _, _>> = outputs
            .value
            .supplements
            .iter()
            .enumerate()
            .map(|(i, s)| Row {
                place: RowPlace {
                    document: outputs.id,
                    list: "supplements",
                    row: i,
                },
                record: s,
                keys: Cow::Borrowed(std::slice::from_ref(&s.number)),
                version: Some((s.agreed, s.status)),
            })
            .collect();
        report(
            out,
            &rows,
            "number",
            |s, supplement, first| {
                message!(
                    "{number} ({source}, agreed {agreed}) repeats {supplement}, already used by {first_number} ({first_source}, agreed {first_agreed}): each Supplement is listed once under one identifier",
                    number = s.number,
                    source = s.source,
                    agreed = s.agreed,
                    supplement,
                    first_number = first.number,
                    first_source = first.source,
                    first_agreed = first.agreed,
                )
            },
            |s| {
                message!(
                    "{number} ({source}, agreed {agreed}) is here",
                    number = s.number,
                    source = s.source,
                    agreed = s.agreed,
                )
            },
        );
        let papers = outputs
            .value
            .technical_papers
            .iter()
            .enumerate()
            .map(|(i, t)| ("technical_papers", i, t));
        let reports = outputs
            .value
            .technical_reports
            .iter()
            .enumerate()
            .map(|(i, t)| ("technical_reports", i, t));
        let rows: Vec<Row<'_, _, _>> = papers
            .chain(reports)
            .map(|(list, row, t)| Row {
                place: RowPlace {
                    document: outputs.id,
                    list,
                    row,
                },
                record: t,
                // `YSTR-IADIoT` and `YSTR.IADIoT` are one designation written two ways.
                keys: Cow::Owned(vec![canonical(&t.id)]),
                version: Some((t.agreed, t.status)),
            })
            .collect();
        report(
            out,
            &rows,
            "id",
            |t, designation, first| {
                message!(
                    "{id} ({source}, agreed {agreed}) repeats {designation}, already used by {first_id} ({first_source}, agreed {first_agreed}): each technical publication is listed once under one identifier",
                    id = t.id,
                    source = t.source,
                    agreed = t.agreed,
                    designation,
                    first_id = first.id,
                    first_source = first.source,
                    first_agreed = first.agreed,
                )
            },
            |t| {
                message!(
                    "{id} ({source}, agreed {agreed}) is here",
                    id = t.id,
                    source = t.source,
                    agreed = t.agreed,
                )
            },
        );
    }
}
