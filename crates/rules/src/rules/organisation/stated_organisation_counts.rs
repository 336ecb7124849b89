use wtsa_model::{QuestionOrigin, StatedCount};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// How the report words a stated count: "7", "seven (7)" (words that contain the number),
/// or "two" (words that do not, written "two (2)" in a message).
enum Stated<'a> {
    Number(u32),
    Words(&'a str),
    WordsAndNumber(&'a str, u32),
}

fn stated(count: &StatedCount) -> Stated<'_> {
    match &count.as_written {
        Some(words) if words.contains(&count.count.to_string()) => Stated::Words(words),
        Some(words) => Stated::WordsAndNumber(words, count.count),
        None => Stated::Number(count.count),
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
                    match stated(established) {
                        Stated::Number(count) => message!(
                            "{source} says the study group established {count} Working Parties, but Table 3 lists {listed}",
                            source = established.source,
                            count,
                            listed = parties,
                        ),
                        Stated::Words(as_written) => message!(
                            "{source} says the study group established {as_written} Working Parties, but Table 3 lists {listed}",
                            source = established.source,
                            as_written,
                            listed = parties,
                        ),
                        Stated::WordsAndNumber(as_written, count) => message!(
                            "{source} says the study group established {as_written} ({count}) Working Parties, but Table 3 lists {listed}",
                            source = established.source,
                            as_written,
                            count,
                            listed = parties,
                        ),
                    },
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
                    match stated(assigned) {
                        Stated::Number(count) => message!(
                            "{source} says WTSA assigned {count} Questions, but Table 5 lists {listed} Questions assigned by WTSA",
                            source = assigned.source,
                            count,
                            listed = by_wtsa,
                        ),
                        Stated::Words(as_written) => message!(
                            "{source} says WTSA assigned {as_written} Questions, but Table 5 lists {listed} Questions assigned by WTSA",
                            source = assigned.source,
                            as_written,
                            listed = by_wtsa,
                        ),
                        Stated::WordsAndNumber(as_written, count) => message!(
                            "{source} says WTSA assigned {as_written} ({count}) Questions, but Table 5 lists {listed} Questions assigned by WTSA",
                            source = assigned.source,
                            as_written,
                            count,
                            listed = by_wtsa,
                        ),
                    },
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
                    match stated(entrusted) {
                        Stated::Number(count) => message!(
                            "{source} says {entrusted_by} entrusted the study group with {count} Questions, but Table 5 lists {listed} Questions assigned by WTSA",
                            source = entrusted.source,
                            entrusted_by = responsibilities.entrusted_by,
                            count,
                            listed = by_wtsa,
                        ),
                        Stated::Words(as_written) => message!(
                            "{source} says {entrusted_by} entrusted the study group with {as_written} Questions, but Table 5 lists {listed} Questions assigned by WTSA",
                            source = entrusted.source,
                            entrusted_by = responsibilities.entrusted_by,
                            as_written,
                            listed = by_wtsa,
                        ),
                        Stated::WordsAndNumber(as_written, count) => message!(
                            "{source} says {entrusted_by} entrusted the study group with {as_written} ({count}) Questions, but Table 5 lists {listed} Questions assigned by WTSA",
                            source = entrusted.source,
                            entrusted_by = responsibilities.entrusted_by,
                            as_written,
                            count,
                            listed = by_wtsa,
                        ),
                    },
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
                    message!(
                        "{source} lists {areas} areas of study, one per Question entrusted by {entrusted_by}, but Table 5 lists {listed} Questions assigned by WTSA",
                        source = responsibilities.source,
                        areas,
                        entrusted_by = responsibilities.entrusted_by,
                        listed = by_wtsa
                    ),
                )
                .related("the Questions of Table 5", questions_spot)
                .fix("list one area per Question in §1.1");
            out.push(diagnostic);
        }
    }
}
