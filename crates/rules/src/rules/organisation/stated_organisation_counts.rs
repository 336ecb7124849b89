use wtsa_model::{QuestionOrigin, StatedCount};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// A stated count as the report words it, with the number: "two (2)", "seven (7)", "7".
fn stated(count: &StatedCount) -> String {
    let number = count.count.to_string();
    match &count.as_written {
        Some(words) if words.contains(&number) => words.clone(),
        Some(words) => format!("{words} ({number})"),
        None => number,
    }
}

declare_rule! {
    /// ## What it checks
    /// The counts the prose states against the tables:
    /// - the number of Working Parties §2.1.1 says were established, against Table 3;
    /// - the number of Questions §2.2.1 says WTSA assigned, against the Questions of Table 5
    ///   (assigned by WTSA, not adopted during the period);
    /// - the number of Questions §1.1 says WTSA entrusted to the study group, against the same;
    /// - the number of areas of study §1.1 lists (one per Question), against the same.
    ///
    /// ## Why it matters
    /// The prose and the tables describe one organisation; when a count disagrees, either a
    /// row is missing from a table or the sentence was carried over from another period's
    /// report without being updated.
    ///
    /// ## Provision
    /// Study group report to WTSA, §1.1, §2.1.1 and §2.2.1, Tables 3 and 5.
    ///
    /// ## Example
    /// Fires: "decided to establish three Working Parties" with two rows in Table 3; "seven
    /// (7) Questions" in §1.1 with six Questions assigned by WTSA in Table 5.
    /// Quiet: SG20 2022–2024: two Working Parties, seven Questions and seven areas throughout.
    pub struct StatedOrganisationCounts {
        code: "OR006",
        name: "stated-organisation-counts",
        family: Family::Organisation,
        severity: Severity::Warning,
        citation: citations::report("§1.1, §2.1.1 and §2.2.1, Tables 3 and 5"),
        periods: Periods::All,
    }
}

impl Rule for StatedOrganisationCounts {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(organisation) = view.organisation else {
            return;
        };
        let organisation_value = organisation.value;
        let parties = organisation_value.working_parties.len();
        let established = &organisation_value.working_parties_established;
        if usize::try_from(established.count).ok() != Some(parties) {
            let diagnostic = out
                .at(
                    Spot::new(organisation.id, "/working_parties_established/count"),
                    format!(
                        "{} says the study group established {} Working Parties, but Table 3 lists {parties}",
                        established.source,
                        stated(established)
                    ),
                )
                .related(
                    "the Working Parties of Table 3",
                    Spot::new(organisation.id, "/working_parties"),
                )
                .fix("make the sentence and Table 3 agree");
            out.push(diagnostic);
        }
        let by_wtsa = organisation_value
            .questions
            .iter()
            .filter(|q| q.origin == QuestionOrigin::AssignedByWtsa)
            .count();
        let questions_spot = Spot::new(organisation.id, "/questions");
        let assigned = &organisation_value.questions_assigned;
        if usize::try_from(assigned.count).ok() != Some(by_wtsa) {
            let diagnostic = out
                .at(
                    Spot::new(organisation.id, "/questions_assigned/count"),
                    format!(
                        "{} says WTSA assigned {} Questions, but Table 5 lists {by_wtsa} Questions assigned by WTSA",
                        assigned.source,
                        stated(assigned)
                    ),
                )
                .related("the Questions of Table 5", questions_spot.clone())
                .fix("make the sentence and Table 5 agree");
            out.push(diagnostic);
        }
        let Some(study_group) = view.study_group_doc else {
            return;
        };
        let responsibilities = &study_group.value.responsibilities;
        let entrusted = &responsibilities.questions;
        if usize::try_from(entrusted.count).ok() != Some(by_wtsa) {
            let diagnostic = out
                .at(
                    Spot::new(study_group.id, "/responsibilities/questions/count"),
                    format!(
                        "{} says {} entrusted the study group with {} Questions, but Table 5 lists {by_wtsa} Questions assigned by WTSA",
                        entrusted.source,
                        responsibilities.entrusted_by,
                        stated(entrusted)
                    ),
                )
                .related("the Questions of Table 5", questions_spot.clone())
                .fix("make §1.1 and Table 5 agree");
            out.push(diagnostic);
        }
        let areas = responsibilities.areas.len();
        if areas != by_wtsa {
            let diagnostic = out
                .at(
                    Spot::new(study_group.id, "/responsibilities/areas"),
                    format!(
                        "{} lists {areas} areas of study, one per Question entrusted by {}, but Table 5 lists {by_wtsa} Questions assigned by WTSA",
                        responsibilities.source, responsibilities.entrusted_by
                    ),
                )
                .related("the Questions of Table 5", questions_spot)
                .fix("list one area per Question in §1.1");
            out.push(diagnostic);
        }
    }
}
