use crate::hash::HashMap;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::count;

declare_rule! {
    /// ## What it checks
    /// The numbers of meetings the prose states against the meetings the report lists: how
    /// many times the study group met in plenary (§1.2) against the plenary meetings of
    /// Table 1, and how many meetings a JCA or regional group held (§3.3) against that
    /// group's meetings in the list that follows. Only counts the report states in so many
    /// words (`basis: stated`, the default); a count inferred from a narration ("Its first
    /// meeting … Its second meeting …", `basis: inferred`) is RC006's.
    ///
    /// ## Why it matters
    /// A count that disagrees with its own list means a meeting is missing from the list, or
    /// listed twice, or the prose was not updated after a meeting was added: the record of
    /// where and when the group met, and which reports it produced, is then incomplete.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §1.2 (Table 1) and §3.3.
    ///
    /// ## Example
    /// Fires: §1.2 says the study group met "four times" while Table 1 lists three plenaries.
    /// Quiet: JCA-IoT and SC&C "held four (4) meetings", and four are listed.
    pub struct MeetingCountClaims {
        code: "RC005",
        name: "meeting-count-claims",
        family: Family::ReportClaims,
        severity: Severity::Warning,
        citation: citations::report("§1.2, §3.3"),
        periods: Periods::All,
    }
}

/// The report's own words for a count, in parentheses, when they are kept.
impl Rule for MeetingCountClaims {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(meetings)) = (view.claims, view.meetings) else {
            return;
        };
        let plenary = &claims.plenary_meetings;
        let listed = count(meetings.plenaries.len());
        if u64::from(plenary.count) != listed {
            let diagnostic = out
                .at(
                    Spot::new(claims.id, "/plenary_meetings/count"),
                    match &plenary.as_written {
                        None => message!(
                            "{source} says {study_group} met in plenary {count} times but Table 1 lists {listed} plenary meetings; the count must match the meetings listed",
                            source = plenary.source,
                            study_group = view.study_group,
                            count = plenary.count,
                            listed,
                        ),
                        Some(as_written) => message!(
                            "{source} says {study_group} met in plenary {count} times (\u{201c}{as_written}\u{201d}) but Table 1 lists {listed} plenary meetings; the count must match the meetings listed",
                            source = plenary.source,
                            study_group = view.study_group,
                            count = plenary.count,
                            as_written,
                            listed,
                        ),
                    },
                )
                .related("the plenary meetings of Table 1", Spot::new(meetings.id, "/plenaries"))
                .fix("correct the count, or add the missing meeting to Table 1");
            out.push(diagnostic);
        }

        let mut by_group: HashMap<&wtsa_model::GroupAcronym, Vec<usize>> = HashMap::default();
        for (m, meeting) in meetings.group_meetings.iter().enumerate() {
            by_group.entry(&meeting.group).or_default().push(m);
        }
        for (j, claim) in claims.group_meeting_counts.iter().enumerate() {
            if !claim.basis.is_stated() {
                continue;
            }
            let held: Vec<usize> = by_group.get(&claim.group).cloned().unwrap_or_default();
            let listed = count(held.len());
            if u64::from(claim.count) == listed {
                continue;
            }
            let mut diagnostic = out
                .at(
                    Spot::new(claims.id, format!("/group_meeting_counts/{j}/count")),
                    match &claim.as_written {
                        None => message!(
                            "{source} says {group} held {count} meetings but the report lists {listed} meetings of {group}; the count must match the meetings listed",
                            source = claim.source,
                            group = claim.group,
                            count = claim.count,
                            listed,
                        ),
                        Some(as_written) => message!(
                            "{source} says {group} held {count} meetings (\u{201c}{as_written}\u{201d}) but the report lists {listed} meetings of {group}; the count must match the meetings listed",
                            source = claim.source,
                            group = claim.group,
                            count = claim.count,
                            as_written,
                            listed,
                        ),
                    },
                )
                .fix("correct the count, or add the missing meeting to the list");
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
