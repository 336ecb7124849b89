use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::annex_c::{annex_c_entries, EntryPlace};
use crate::rules::annex_c::{in_force_coverage, Coverage};
use wtsa_model::{AnnexCEntry, RecommendationNumber, ResponsibleGroup};

use super::RES2_PROPOSAL;

declare_rule! {
    /// ## What it checks
    /// A Recommendation that an entry of the study group's Annex C in force covers but no
    /// entry of its proposed Annex C does: one the study group approved, consented or
    /// determined in the period (Tables 8 and 9), and every Recommendation in force that the
    /// ITU-T publication catalogue gives to the study group (one finding per entry in force
    /// that loses some, naming them). (A Recommendation the Annex C in force does not cover
    /// either is rule AC003's finding.)
    ///
    /// ## Why it matters
    /// Narrowing or deleting an Annex C entry gives up the Recommendations under it. Unless the
    /// proposal, or another study group's, takes them over, the study group's own work of the
    /// period is left under no study group's responsibility and cannot be maintained.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, as amended on the study group's
    /// proposal.
    ///
    /// ## Example
    /// Fires: SG20 approved Q.3052, its Annex C in force lists `Q.3052`, and its proposed Annex C
    /// no longer does; the proposed Annex C narrows `Y.2060 – Y.2070` to `Y.2060 – Y.2065`,
    /// orphaning the published `Y.2066` … `Y.2070` (double numbers of `Y.4100` and others).
    /// Quiet: the proposed Annex C is the one in force.
    pub struct AnnexCChangeOrphans {
        code: "RP004",
        name: "annex-c-change-orphans",
        family: Family::Proposal,
        severity: Severity::Error,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

impl Rule for AnnexCChangeOrphans {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(in_force) = view.in_force else {
            return;
        };
        let records = view.recommendations();
        for proposal in &view.proposals {
            // The coverage AC003 and AC004 use, built once per view; asked for here only when
            // the view has a proposal.
            let Some(in_force_covers) = in_force_coverage(view) else {
                return;
            };
            // Looked up, not scanned: only a Recommendation the proposal does not cover and the
            // Annex C in force does is searched for, entry by entry, in the Annex C in force.
            let proposed = Coverage::of(proposal.annex_c.entries());
            for record in records {
                let numbers = record.designation.numbers();
                if numbers.iter().any(|n| proposed.contains(n)) {
                    continue;
                }
                // Nor does the Annex C in force (AC003's finding): no entry of it to name.
                if !numbers.iter().any(|n| in_force_covers.contains(n)) {
                    continue;
                }
                let Some(old_entry) = in_force
                    .annex_c
                    .entries()
                    .find(|e| numbers.iter().any(|n| e.contains(n)))
                    .cloned()
                else {
                    continue;
                };
                let diagnostic = out
                    .at(
                        Spot::new(proposal.id, "/annex_c"),
                        message!(
                            "{designation} ({title}, {stage} by {study_group}) is under `{old_entry}` in the Annex C in force ({edition}) but under no entry of the proposed Annex C ({proposed_edition})",
                            designation = record.designation,
                            title = record.title,
                            stage = record.stage,
                            study_group = view.study_group,
                            old_entry,
                            edition = in_force.edition,
                            proposed_edition = proposal.edition,
                        ),
                    )
                    .related("the Recommendation", record.spot())
                    .related("the Annex C in force", Spot::new(in_force.id, "/annex_c"))
                    .fix("keep an entry covering the Recommendation, or record which study group takes it over");
                out.push(diagnostic);
            }
            let Some(catalogue) = view.catalogue else {
                continue;
            };
            // The Recommendations in force the catalogue gives to the study group that the
            // Annex C in force covers and the proposal does not, by the entry in force that
            // covers them (those of Tables 8 and 9 are reported above, one by one).
            // A set: every number the catalogue gives is looked up in it.
            let in_period: crate::hash::HashSet<&RecommendationNumber> = records
                .iter()
                .flat_map(|record| record.designation.numbers())
                .collect();
            let ours = ResponsibleGroup::StudyGroup(view.study_group);
            let mut orphaned: Vec<(EntryPlace, &AnnexCEntry, Vec<String>)> = Vec::new();
            // A Recommendation with a double number is named once, under the first entry.
            let mut seen: crate::hash::HashSet<String> = crate::hash::HashSet::default();
            for (place, entry) in annex_c_entries(in_force.value) {
                let mut lost: Vec<String> = Vec::new();
                for number in catalogue.numbers_in_force_covered_by(entry, &ours) {
                    // The Recommendation with all its numbers, as its latest edition has them.
                    let designation = catalogue
                        .latest_edition(number)
                        .and_then(|edition| edition.id.recommendation());
                    let numbers: Vec<&RecommendationNumber> = designation
                        .map(|d| d.numbers().filter_map(|n| n.as_recommendation()).collect())
                        .unwrap_or_default();
                    let kept = std::iter::once(number.number())
                        .chain(numbers.iter().copied())
                        .any(|n| proposed.contains(n) || in_period.contains(&n));
                    let name = designation.map_or_else(|| number.to_string(), ToString::to_string);
                    if !kept && seen.insert(name.clone()) {
                        lost.push(name);
                    }
                }
                if !lost.is_empty() {
                    orphaned.push((place, entry, lost));
                }
            }
            for (place, entry, lost) in orphaned {
                let (proposed_edition, count, study_group, edition) = (
                    proposal.edition,
                    lost.len(),
                    view.study_group,
                    in_force.edition,
                );
                let message = if count == 1 {
                    message!(
                        "the proposed Annex C ({proposed_edition}) no longer covers {count} Recommendation in force that `{entry}` gives {study_group} in the Annex C in force ({edition}), all {study_group}'s in the ITU-T catalogue: {recommendations}",
                        proposed_edition,
                        count,
                        entry,
                        study_group,
                        edition,
                        recommendations = lost,
                    )
                } else if count > LISTED {
                    message!(
                        "the proposed Annex C ({proposed_edition}) no longer covers {count} Recommendations in force that `{entry}` gives {study_group} in the Annex C in force ({edition}), all {study_group}'s in the ITU-T catalogue: {recommendations} and {more} more",
                        proposed_edition,
                        count,
                        entry,
                        study_group,
                        edition,
                        recommendations = lost.get(..LISTED).unwrap_or_default(),
                        more = count - LISTED,
                    )
                } else {
                    message!(
                        "the proposed Annex C ({proposed_edition}) no longer covers {count} Recommendations in force that `{entry}` gives {study_group} in the Annex C in force ({edition}), all {study_group}'s in the ITU-T catalogue: {recommendations}",
                        proposed_edition,
                        count,
                        entry,
                        study_group,
                        edition,
                        recommendations = lost,
                    )
                };
                let diagnostic = out
                    .at(Spot::new(proposal.id, "/annex_c"), message)
                    .related(
                        message!("`{entry}` in the Annex C in force", entry),
                        Spot::new(in_force.id, place.pointer()),
                    )
                    .fix(
                        "keep an entry covering them, or record which study group takes them over",
                    );
                out.push(diagnostic);
            }
        }
    }
}

/// How many Recommendations a finding names before "and n more".
const LISTED: usize = 12;
