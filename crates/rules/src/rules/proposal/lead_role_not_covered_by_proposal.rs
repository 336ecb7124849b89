use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::lead_roles::{entry_words, join_and, uncovered_words};
use wtsa_model::text::wording::subject_words;

use super::RES2_PROPOSAL;

declare_rule! {
    /// ## What it checks
    /// Each lead study-group role of a proposal whose subject words are not all used in the
    /// proposed title, mandate or points of guidance (the comparison of rule LR002: the
    /// report's abbreviations written out, without case, stopwords or plural endings). The
    /// finding names the phrases of the role (between commas and "and") that hold the missing
    /// words.
    ///
    /// ## Why it matters
    /// A new lead role is the study group's claim to coordinate a subject for all of ITU-T.
    /// When the mandate and points of guidance that the same proposal writes never charge the
    /// study group with that subject, the WTSA is asked to assign a lead role outside the
    /// study group's own mandate.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex A (lead study groups) against Annex B, as
    /// amended on the study group's proposal.
    ///
    /// ## Example
    /// Fires: a proposed role "… including effective energy management, digital twins and
    /// metaverse" while no proposed paragraph mentions energy.
    /// Quiet: the proposed role "Lead study group for Internet of things identification" with
    /// the point of guidance "identification aspects of IoT and SSC&C …".
    pub struct LeadRoleNotCoveredByProposal {
        code: "RP003",
        name: "lead-role-not-covered-by-proposal",
        family: Family::Proposal,
        severity: Severity::Warning,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

/// The role's phrases (split at commas and "and", a leading "including" dropped) that use one
/// of `missing`.
fn uncovered_phrases(subject: &str, missing: &[String]) -> Vec<String> {
    subject
        .split(',')
        .flat_map(|piece| piece.split(" and "))
        .map(|piece| piece.trim())
        .map(|piece| piece.strip_prefix("including ").unwrap_or(piece))
        .filter(|piece| subject_words(piece).iter().any(|w| missing.contains(w)))
        .map(str::to_owned)
        .collect()
}

impl Rule for LeadRoleNotCoveredByProposal {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        for proposal in &view.proposals {
            let covered = entry_words(proposal.value);
            for (j, role) in proposal.lead_roles.iter().enumerate() {
                let missing = uncovered_words(&covered, role);
                if missing.is_empty() {
                    continue;
                }
                let quote = |items: &[String]| -> Vec<String> {
                    items
                        .iter()
                        .map(|w| format!("\u{201c}{w}\u{201d}"))
                        .collect()
                };
                let phrases = uncovered_phrases(role.subject(), &missing);
                let (study_group, edition) = (proposal.study_group, proposal.edition);
                // One phrase or word is typed; several are joined with "and", which a list
                // argument is not, and quoted as one text.
                let message = match (phrases.as_slice(), missing.as_slice()) {
                    ([phrase], [word]) => message!(
                        "{study_group}'s proposed lead role \u{201c}{role}\u{201d} ({edition}) covers \u{201c}{phrase}\u{201d} but the proposed title, mandate and points of guidance never do (missing: \u{201c}{word}\u{201d})",
                        study_group,
                        role,
                        edition,
                        phrase,
                        word,
                    ),
                    ([phrase], words) => message!(
                        "{study_group}'s proposed lead role \u{201c}{role}\u{201d} ({edition}) covers \u{201c}{phrase}\u{201d} but the proposed title, mandate and points of guidance never do (missing: {words})",
                        study_group,
                        role,
                        edition,
                        phrase,
                        words = join_and(&quote(words)),
                    ),
                    (phrases, [word]) => message!(
                        "{study_group}'s proposed lead role \u{201c}{role}\u{201d} ({edition}) covers {phrases} but the proposed title, mandate and points of guidance never do (missing: \u{201c}{word}\u{201d})",
                        study_group,
                        role,
                        edition,
                        phrases = join_and(&quote(phrases)),
                        word,
                    ),
                    (phrases, words) => message!(
                        "{study_group}'s proposed lead role \u{201c}{role}\u{201d} ({edition}) covers {phrases} but the proposed title, mandate and points of guidance never do (missing: {words})",
                        study_group,
                        role,
                        edition,
                        phrases = join_and(&quote(phrases)),
                        words = join_and(&quote(words)),
                    ),
                };
                let diagnostic = out
                    .at(Spot::new(proposal.id, format!("/lead_roles/{j}")), message)
                    .related("the proposed mandate", Spot::new(proposal.id, "/mandate"))
                    .related("the proposed points of guidance", Spot::new(proposal.id, "/guidance"))
                    .fix("add the subject to the proposed mandate or points of guidance, or drop it from the lead role");
                out.push(diagnostic);
            }
        }
    }
}
