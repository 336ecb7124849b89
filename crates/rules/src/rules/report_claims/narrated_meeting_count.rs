use crate::hash::HashMap;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::count;

declare_rule! {
    /// ## What it checks
    /// A group's meetings as §3.3 narrates them one by one ("Its first meeting was held in …
    /// Its second meeting was held in …") against the meetings listed after the narration.
    /// The report states no number there: the data records the count inferred from the
    /// narration (its highest ordinal) and marks it `basis: inferred`. Counts the report
    /// states in words are RC005's.
    ///
    /// ## Why it matters
    /// A narration that stops short of the list (or runs past it) means the prose was not
    /// updated when a meeting was added, or a meeting is missing from the list. Because the
    /// number is wtsa's inference and not the report's claim, the finding is informational:
    /// a reviewer reads the narration and the list together and decides.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.3 (each group's section: its narration and its
    /// list of meetings).
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: §3.3.3 narrates a first and a second SG20RG-LATAM meeting and
    /// lists three (the third, virtual, 13-14 October 2020, is not narrated).
    /// Quiet: §3.3.6 narrates five SG20RG-EECAT meetings and lists five.
    pub struct NarratedMeetingCount {
        code: "RC006",
        name: "narrated-meeting-count",
        family: Family::ReportClaims,
        severity: Severity::Info,
        citation: citations::report("§3.3"),
        periods: Periods::All,
    }
}

impl Rule for NarratedMeetingCount {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(meetings)) = (view.claims, view.meetings) else {
            return;
        };
        let mut by_group: HashMap<&wtsa_model::GroupAcronym, Vec<usize>> = HashMap::default();
        for (m, meeting) in meetings.group_meetings.iter().enumerate() {
            by_group.entry(&meeting.group).or_default().push(m);
        }
        for (j, claim) in claims.group_meeting_counts.iter().enumerate() {
            if claim.basis.is_stated() {
                continue;
            }
            let held: Vec<usize> = by_group.get(&claim.group).cloned().unwrap_or_default();
            let listed = count(held.len());
            if u64::from(claim.count) == listed {
                continue;
            }
            let (source, count, group) = (&claim.source, claim.count, &claim.group);
            let message = match &claim.as_written {
                None => message!(
                    "{source} narrates {count} meetings of {group} but lists {listed}; the report states no number — {count} is inferred from the narration — so the narration or the list is incomplete",
                    source,
                    count,
                    group,
                    listed,
                ),
                Some(narration) => message!(
                    "{source} narrates {count} meetings of {group} (\u{201c}{narration}\u{201d}) but lists {listed}; the report states no number — {count} is inferred from the narration — so the narration or the list is incomplete",
                    source,
                    count,
                    group,
                    narration,
                    listed,
                ),
            };
            let mut diagnostic = out
                .at(
                    Spot::new(claims.id, format!("/group_meeting_counts/{j}/count")),
                    message,
                )
                .fix("narrate every meeting the list gives, or complete the list");
            if held.is_empty() {
                diagnostic = diagnostic.related(
                    "the group meetings the report lists",
                    Spot::new(meetings.id, "/group_meetings"),
                );
            }
            for m in held {
                diagnostic = diagnostic.related(
                    message!("a meeting of {group}", group = claim.group),
                    Spot::new(meetings.id, format!("/group_meetings/{m}")),
                );
            }
            out.push(diagnostic);
        }
    }
}
