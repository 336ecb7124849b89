use crate::hash::HashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

use chrono::NaiveDate;
use wtsa_model::DateRange;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A meeting listed twice in one list: two plenaries of Table 1 on the same dates, two
    /// Rapporteur-group meetings of Table 2 of the same Questions on the same dates, two
    /// meetings of one group in §3.3 on the same dates. The later row is reported, with the
    /// earlier as related location.
    ///
    /// ## Why it matters
    /// A repeated row inflates the count of meetings — the number §1.2 and §3.3 state, and
    /// the figures the secretariat gives TSAG — and is usually a row copied to be edited into
    /// another meeting and left unedited.
    ///
    /// ## Provision
    /// Study group report to WTSA, Tables 1 and 2 and §3.3; plain logic: one meeting, one row.
    ///
    /// ## Example
    /// Fires: Table 2 listing the Q1/20 meeting of 2022-03-23 to 2022-03-24 twice.
    /// Quiet: SG20 2022–2024, where two Rapporteur groups may meet on the same day (Q2/20
    /// and Q3/20) — different Questions, different meetings.
    pub struct MeetingListedTwice {
        code: "PD010",
        name: "meeting-listed-twice",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::report("Tables 1 and 2, §3.3"),
        periods: Periods::All,
    }
}

impl Rule for MeetingListedTwice {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(meetings) = view.meetings else {
            return;
        };
        let id = meetings.id;
        report(
            out,
            &meetings.value.plenaries,
            |p| days(&p.dates),
            |p| format!("the plenary of {} ({}, {})", p.dates, p.place, p.source),
            |i| Spot::new(id, crate::pointer!("plenaries", i, "dates")),
            "Table 1",
        );
        report(
            out,
            &meetings.value.rapporteur_meetings,
            |m| (m.questions.as_slice(), days(&m.dates)),
            |m| {
                let questions: Vec<String> = m.questions.iter().map(ToString::to_string).collect();
                format!(
                    "the {} meeting of {} ({}, {})",
                    questions.join(", "),
                    m.dates,
                    m.place,
                    m.source
                )
            },
            |i| Spot::new(id, crate::pointer!("rapporteur_meetings", i, "dates")),
            "Table 2",
        );
        report(
            out,
            &meetings.value.group_meetings,
            |m| (&m.group, days(&m.dates)),
            |m| {
                format!(
                    "the {} meeting of {} ({}, {})",
                    m.group, m.dates, m.place, m.source
                )
            },
            |i| Spot::new(id, crate::pointer!("group_meetings", i, "dates")),
            "the group meetings of §3.3",
        );
    }
}

/// The days a meeting ran, as a key: a range written `start` and one written `start to start`
/// are the same days.
fn days(dates: &DateRange) -> (NaiveDate, NaiveDate) {
    (dates.start, dates.end.unwrap_or(dates.start))
}

/// Reports each row whose key an earlier row of the same list has; labels and places are
/// written only for those.
fn report<'r, R, K: Eq + Hash>(
    out: &mut Sink<'_>,
    rows: &'r [R],
    key: impl Fn(&'r R) -> K,
    label: impl Fn(&R) -> String,
    spot: impl Fn(usize) -> Spot,
    list: &str,
) {
    let mut seen: HashMap<K, usize> =
        HashMap::with_capacity_and_hasher(rows.len(), Default::default());
    for (i, row) in rows.iter().enumerate() {
        match seen.entry(key(row)) {
            Entry::Vacant(vacant) => {
                vacant.insert(i);
            }
            Entry::Occupied(first) => {
                let first = *first.get();
                let Some(first_row) = rows.get(first) else {
                    continue;
                };
                let diagnostic = out
                    .at(
                        spot(i),
                        message!(
                            "{meeting} is listed twice in {list}: each meeting is listed once",
                            meeting = label(row),
                            list,
                        ),
                    )
                    .related(
                        message!("{meeting}, listed first", meeting = label(first_row)),
                        spot(first),
                    )
                    .fix("remove the repeated row, or correct its dates");
                out.push(diagnostic);
            }
        }
    }
}
