use crate::hash::HashMap;

use wtsa_model::GroupAcronym;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A meeting of a group (§3.3) that began before the meeting at which the group was
    /// established (`established` in Table 4's record, as §3.3 tells it). A group may meet
    /// during the meeting that established it; it cannot meet before it.
    ///
    /// ## Why it matters
    /// A group does not exist before it is established: either the meeting's date is wrong
    /// (a year mistyped when the table was copied), or the establishment is (another
    /// meeting, another study period). The secretariat dates a group's reports and the
    /// study group's records of its groups from both.
    ///
    /// ## Provision
    /// Study group report to WTSA, §3.3 and Table 4; plain logic: a group meets only once it
    /// exists.
    ///
    /// ## Example
    /// Fires: a meeting of SG20RG-AP dated 2022-07-25, when §3.3.7 says the group was
    /// created at the SG20 meeting of 30 January–10 February 2023.
    /// Quiet: SG20 2022–2024, where every group's meetings follow its establishment
    /// (SG20RG-EECAT, created in March 2017, first met in June 2017).
    pub struct GroupMetBeforeEstablished {
        code: "PD011",
        name: "group-met-before-established",
        family: Family::ProcedureAndDates,
        severity: Severity::Warning,
        citation: citations::report("§3.3, Table 4"),
        periods: Periods::All,
    }
}

impl Rule for GroupMetBeforeEstablished {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(organisation), Some(meetings)) = (view.organisation, view.meetings) else {
            return;
        };
        let established: HashMap<&GroupAcronym, (usize, &wtsa_model::Establishment)> = organisation
            .value
            .other_groups
            .iter()
            .enumerate()
            .filter_map(|(g, group)| group.established.as_ref().map(|e| (&group.acronym, (g, e))))
            .collect();
        for (i, meeting) in meetings.value.group_meetings.iter().enumerate() {
            let Some((g, establishment)) = established.get(&meeting.group) else {
                continue;
            };
            if meeting.dates.start >= establishment.dates.start {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(meetings.id, crate::pointer!("group_meetings", i, "dates")),
                    message!(
                        "{group} met on {met} ({place}, {source}), before it was established at the {establishing_meeting} from {established} ({establishment_source}): a group meets only once it exists",
                        group = meeting.group,
                        met = meeting.dates.start,
                        place = meeting.place,
                        source = meeting.source,
                        establishing_meeting = establishment.meeting,
                        established = establishment.dates.start,
                        establishment_source = establishment.source,
                    ),
                )
                .related(
                    message!("the establishment of {group}", group = meeting.group),
                    Spot::new(
                        organisation.id,
                        crate::pointer!("other_groups", *g, "established", "dates"),
                    ),
                )
                .fix("correct the meeting's date or the group's establishment");
            out.push(diagnostic);
        }
    }
}
