use std::collections::BTreeMap;

use wtsa_model::{EntryStatus, Resolution2Entry, StudyGroupId};

use crate::context::{Context, Doc};
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::annex_c::annex_c_entries;
use crate::rules::annex_c::annex_c_overlap_across_study_groups::overlaps_between;
use wtsa_model::ResponsibleGroup;

use super::RES2_PROPOSAL;

declare_rule! {
    /// ## What it checks
    /// An entry of a proposed Annex C that overlaps an entry of another study group's Annex C
    /// as it will stand: that study group's own proposal for the same WTSA when the dataset
    /// holds one, else its latest entry in force before that WTSA. An overlap between two
    /// proposals is reported once, on the proposal loaded later. And, with the ITU-T
    /// publication catalogue, an entry of a proposed Annex C that covers Recommendations in
    /// force the catalogue gives to another group (one finding per entry, naming them; the
    /// catalogue's group is the one responsible today).
    ///
    /// ## Why it matters
    /// A proposal that takes in Recommendations another study group keeps asks the WTSA to
    /// give them two owners. Either the other study group agrees to give them up (and its own
    /// proposal should say so) or the proposal must narrow its entry.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex C, as amended on the study groups'
    /// proposals.
    ///
    /// ## Example
    /// Fires: SG20 proposes `Y.2060 – Y.2070` while SG13's Annex C in force lists
    /// `Y.2062 – Y.2065` and SG13 proposes no change.
    /// Quiet: SG13's own proposal drops `Y.2062 – Y.2065`.
    /// Fires too: SG20 proposes `H.622`, in force and SG21's in the catalogue.
    pub struct AnnexCOverlapsOtherStudyGroup {
        code: "RP005",
        name: "annex-c-overlaps-other-study-group",
        family: Family::Proposal,
        severity: Severity::Error,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

/// Another study group's entry as it will stand at the WTSA `proposal` is for.
fn standing<'a>(
    context: &Context<'a>,
    proposal: &Doc<'a, Resolution2Entry>,
) -> BTreeMap<StudyGroupId, Doc<'a, Resolution2Entry>> {
    let mut chosen: BTreeMap<StudyGroupId, Doc<'a, Resolution2Entry>> = BTreeMap::new();
    for other in &context.resolution2 {
        if other.study_group == proposal.study_group {
            continue;
        }
        let candidate = match other.status {
            EntryStatus::Proposed => other.edition == proposal.edition,
            EntryStatus::InForce => other.edition < proposal.edition,
        };
        if !candidate {
            continue;
        }
        let better = match chosen.get(&other.study_group) {
            None => true,
            Some(current) => match (current.status, other.status) {
                (EntryStatus::InForce, EntryStatus::Proposed) => true,
                (EntryStatus::InForce, EntryStatus::InForce) => other.edition > current.edition,
                _ => false,
            },
        };
        if better {
            chosen.insert(other.study_group, *other);
        }
    }
    chosen
}

impl Rule for AnnexCOverlapsOtherStudyGroup {
    fn check_corpus(&self, context: &Context<'_>, out: &mut Sink<'_>) {
        let proposals = context
            .resolution2
            .iter()
            .filter(|e| e.status == EntryStatus::Proposed);
        for proposal in proposals {
            for other in standing(context, proposal).values() {
                // Two proposals for the same WTSA are AC006's (same edition, same status): one
                // overlap, one finding.
                if other.status == EntryStatus::Proposed {
                    continue;
                }
                let whose = match other.status {
                    EntryStatus::Proposed => "proposed",
                    EntryStatus::InForce => "in force",
                };
                for (here, there, entry, theirs) in overlaps_between(proposal, other) {
                    let diagnostic = out
                        .at(
                            Spot::new(proposal.id, here.pointer()),
                            message!(
                                "{study_group}'s proposed Annex C entry `{entry}` ({edition}) overlaps {other_study_group}'s `{other_entry}` ({status}, {other_edition})",
                                study_group = proposal.study_group,
                                entry,
                                edition = proposal.edition,
                                other_study_group = other.study_group,
                                other_entry = theirs,
                                status = whose,
                                other_edition = other.edition,
                            ),
                        )
                        .related(
                            message!(
                                "{other_study_group}'s entry",
                                other_study_group = other.study_group
                            ),
                            Spot::new(other.id, there.pointer()),
                        )
                        .fix("narrow the proposed entry, or have the other study group's proposal give the Recommendations up");
                    out.push(diagnostic);
                }
            }
            let Some(catalogue) = context.catalogue else {
                continue;
            };
            let ours = ResponsibleGroup::StudyGroup(proposal.study_group);
            for (place, entry) in annex_c_entries(proposal.value) {
                // Each number with its group, `Y.2060 (SG13)`: one item of the list.
                let theirs: Vec<String> = catalogue
                    .numbers_covered_by(entry)
                    .filter_map(|number| {
                        let latest = catalogue.latest_edition(number)?;
                        (latest.is_in_force() && !latest.group.is_unknown() && latest.group != ours)
                            .then(|| format!("{number} ({})", latest.group))
                    })
                    .collect();
                if theirs.is_empty() {
                    continue;
                }
                let (study_group, edition) = (proposal.study_group, proposal.edition);
                let message = if theirs.len() > LISTED {
                    message!(
                        "{study_group}'s proposed Annex C entry `{entry}` ({edition}) covers Recommendations in force that the ITU-T catalogue gives to another group today: {recommendations} and {more} more",
                        study_group,
                        entry,
                        edition,
                        recommendations = theirs.get(..LISTED).unwrap_or_default(),
                        more = theirs.len() - LISTED,
                    )
                } else {
                    message!(
                        "{study_group}'s proposed Annex C entry `{entry}` ({edition}) covers Recommendations in force that the ITU-T catalogue gives to another group today: {recommendations}",
                        study_group,
                        entry,
                        edition,
                        recommendations = theirs,
                    )
                };
                out.emit(Spot::new(proposal.id, place.pointer()), message);
            }
        }
    }
}

/// How many Recommendations a finding names before "and n more".
const LISTED: usize = 12;
