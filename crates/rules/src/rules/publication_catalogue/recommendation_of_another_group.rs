use wtsa_model::{CatalogueIndex, CatalogueNumber, RecommendationNumber, ResponsibleGroup};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use crate::rules::annex_c::annex_c_entries;

declare_rule! {
    /// ## What it checks
    /// A Recommendation the study group approved or has under approval in the period (Tables 8
    /// and 9), or that its Annex C in force covers (listed, or published under a range or a
    /// series block of it), which the ITU-T publication catalogue assigns to another group.
    ///
    /// ## Why it matters
    /// Resolution 2 gives each Recommendation to one study group. The catalogue names the group
    /// responsible **today**: a Recommendation transferred after the Annex C was adopted (WTSA-24
    /// merged Study Groups 9 and 16 into Study Group 21) shows the new group, and that is no
    /// defect of the older Annex C. So this is information: each finding is either a transfer
    /// since, which the message dates, or a Recommendation two study groups both claim.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, against the ITU-T publication
    /// catalogue's responsible group.
    ///
    /// ## Example
    /// Fires: SG20's Annex C lists `H.622`, which the catalogue gives to SG21.
    /// Quiet: `F.744` (SG20, as `Y.4104/F.744`), even though `F.744.1`, a sub-number the single
    /// entry does not cover, is SG21's.
    pub struct RecommendationOfAnotherGroup {
        code: "CT006",
        name: "recommendation-of-another-group",
        family: Family::PublicationCatalogue,
        severity: Severity::Info,
        citation: citations::RES2_ANNEX_C,
        periods: Periods::All,
    }
}

/// The group the catalogue gives a number today, when it is known and is not `ours`.
fn other_group<'c>(
    catalogue: &'c CatalogueIndex,
    number: &CatalogueNumber,
    ours: &ResponsibleGroup,
) -> Option<&'c ResponsibleGroup> {
    catalogue
        .responsible_group(number)
        .filter(|group| !group.is_unknown() && *group != ours)
}

/// How many numbers a finding about a range or block lists before "and n more".
const LISTED: usize = 12;

impl Rule for RecommendationOfAnotherGroup {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(catalogue) = view.catalogue else {
            return;
        };
        let catalogue = catalogue.value;
        let ours = ResponsibleGroup::StudyGroup(view.study_group);
        for record in view.recommendations() {
            let others: Vec<(CatalogueNumber, &ResponsibleGroup)> = record
                .designation
                .numbers()
                .iter()
                .filter_map(|number: &RecommendationNumber| {
                    let number = CatalogueNumber::from(*number);
                    other_group(catalogue, &number, &ours).map(|group| (number, group))
                })
                .collect();
            let (designation, stage, study_group, date) = (
                record.designation,
                record.stage,
                view.study_group,
                record.date,
            );
            let message = match others.as_slice() {
                [] => continue,
                [(number, group)] => message!(
                    "{designation} was {stage} by {study_group} on {date}, but the ITU-T catalogue assigns {number} to {group} today; a transfer since would explain it",
                    designation,
                    stage,
                    study_group,
                    date,
                    number,
                    group,
                ),
                [(number, group), (other_number, other_group)] => message!(
                    "{designation} was {stage} by {study_group} on {date}, but the ITU-T catalogue assigns {number} to {group} and {other_number} to {other_group} today; a transfer since would explain it",
                    designation,
                    stage,
                    study_group,
                    date,
                    number,
                    group,
                    other_number,
                    other_group,
                ),
                more => {
                    // Three numbers or more, joined with "and": one phrase.
                    let assignments = more
                        .iter()
                        .map(|(number, group)| format!("{number} to {group}"))
                        .collect::<Vec<_>>()
                        .join(" and ");
                    message!(
                        "{designation} was {stage} by {study_group} on {date}, but the ITU-T catalogue assigns {assignments} today; a transfer since would explain it",
                        designation,
                        stage,
                        study_group,
                        date,
                        assignments,
                    )
                }
            };
            out.emit(record.spot(), message);
        }
        let Some(in_force) = view.in_force else {
            return;
        };
        for (place, entry) in annex_c_entries(in_force.value) {
            // Each number with its group, `Y.2060 (SG13)`: one item of the list.
            let others: Vec<String> = catalogue
                .numbers_covered_by(entry)
                .filter_map(|number| {
                    other_group(catalogue, number, &ours).map(|group| format!("{number} ({group})"))
                })
                .collect();
            if others.is_empty() {
                continue;
            }
            let (study_group, edition) = (view.study_group, in_force.edition);
            let message = if others.len() > LISTED {
                message!(
                    "`{entry}` in {study_group}'s Annex C ({edition}) covers Recommendations the ITU-T catalogue assigns today to another group: {recommendations} and {more} more; the catalogue names the group responsible now, so a transfer after {edition} is no defect of this Annex C",
                    entry,
                    study_group,
                    edition,
                    recommendations = others.get(..LISTED).unwrap_or_default(),
                    more = others.len() - LISTED,
                )
            } else {
                message!(
                    "`{entry}` in {study_group}'s Annex C ({edition}) covers Recommendations the ITU-T catalogue assigns today to another group: {recommendations}; the catalogue names the group responsible now, so a transfer after {edition} is no defect of this Annex C",
                    entry,
                    study_group,
                    edition,
                    recommendations = others,
                )
            };
            out.emit(Spot::new(in_force.id, place.pointer()), message);
        }
    }
}
