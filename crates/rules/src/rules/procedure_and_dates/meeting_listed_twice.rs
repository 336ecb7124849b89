use std::collections::HashMap;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
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

/// Reports each row whose key an earlier row of the same list has.
fn report(out: &mut Sink<'_>, rows: Vec<(String, String, Spot)>, list: &str) {
    let mut seen: HashMap<String, (String, Spot)> = HashMap::new();
    for (key, label, spot) in rows {
        if let Some((first, first_spot)) = seen.get(&key) {
            let diagnostic = out
                .at(
                    spot,
                    format!("{label} is listed twice in {list}: each meeting is listed once"),
                )
                .related(format!("{first}, listed first"), first_spot.clone())
                .fix("remove the repeated row, or correct its dates");
            out.push(diagnostic);
        } else {
            seen.insert(key, (label, spot));
        }
    }
}

impl Rule for MeetingListedTwice {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(meetings) = view.meetings else {
            return;
        };
        let id = meetings.id;
        let plenaries = meetings
            .value
            .plenaries
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    p.dates.to_string(),
                    format!("the plenary of {} ({}, {})", p.dates, p.place, p.source),
                    Spot::new(id, format!("/plenaries/{i}/dates")),
                )
            })
            .collect();
        report(out, plenaries, "Table 1");
        let rapporteur = meetings
            .value
            .rapporteur_meetings
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let questions: Vec<String> = m.questions.iter().map(ToString::to_string).collect();
                (
                    format!("{} {}", questions.join(","), m.dates),
                    format!(
                        "the {} meeting of {} ({}, {})",
                        questions.join(", "),
                        m.dates,
                        m.place,
                        m.source
                    ),
                    Spot::new(id, format!("/rapporteur_meetings/{i}/dates")),
                )
            })
            .collect();
        report(out, rapporteur, "Table 2");
        let groups = meetings
            .value
            .group_meetings
            .iter()
            .enumerate()
            .map(|(i, m)| {
                (
                    format!("{} {}", m.group, m.dates),
                    format!(
                        "the {} meeting of {} ({}, {})",
                        m.group, m.dates, m.place, m.source
                    ),
                    Spot::new(id, format!("/group_meetings/{i}/dates")),
                )
            })
            .collect();
        report(out, groups, "the group meetings of §3.3");
    }
}
