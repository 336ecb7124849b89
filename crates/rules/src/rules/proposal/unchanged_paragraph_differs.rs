use wtsa_redline::{diff_text, word_similarity, Op};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};

use super::RES2_PROPOSAL;

declare_rule! {
    /// ## What it checks
    /// A point of guidance that the proposal marks as unchanged (`unchanged: true`: the
    /// proposal writes "[unchanged]" or "no change" against it) whose text is not, character
    /// for character, a point of guidance of the entry in force. The finding shows the word
    /// diff against the most similar point in force.
    ///
    /// ## Why it matters
    /// Delegates read a point marked unchanged as settled and do not review it. A difference
    /// hidden under that mark (a term updated, a word lost when revision marks were accepted)
    /// is adopted without anyone having agreed to it.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex B (points of guidance), as amended on the
    /// study group's proposal.
    ///
    /// ## Example
    /// Fires: `unchanged: true` on "digital and smart services for SSC&C;" while the point in
    /// force reads "digital and smart services for SC&C;".
    /// Quiet: `unchanged: true` on "digital and smart services for SC&C;".
    pub struct UnchangedParagraphDiffers {
        code: "RP007",
        name: "unchanged-paragraph-differs",
        family: Family::Proposal,
        severity: Severity::Error,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

/// The diff as `[-deleted-]{+inserted+}` text, for a message.
fn marked(old: &str, new: &str) -> String {
    diff_text(old, new)
        .into_iter()
        .map(|s| match s.op {
            Op::Equal => s.text,
            Op::Delete => format!("[-{}-]", s.text),
            Op::Insert => format!("{{+{}+}}", s.text),
        })
        .collect()
}

impl Rule for UnchangedParagraphDiffers {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(in_force) = view.in_force else {
            return;
        };
        for proposal in &view.proposals {
            for (j, point) in proposal.guidance.iter().enumerate() {
                if !point.unchanged || in_force.guidance.iter().any(|g| g.text == point.text) {
                    continue;
                }
                let closest = in_force
                    .guidance
                    .iter()
                    .enumerate()
                    .map(|(i, g)| (word_similarity(&g.text, &point.text), i, g))
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
                let spot = Spot::new(proposal.id, format!("/guidance/{j}/text"));
                let diagnostic = match closest {
                    Some((_, i, old)) => out
                        .at(
                            spot,
                            message!(
                                "point of guidance {point} of {study_group}'s proposal is marked unchanged but differs from point {point_in_force} in force ({edition}): {difference}",
                                point = j + 1,
                                study_group = proposal.study_group,
                                point_in_force = i + 1,
                                edition = in_force.edition,
                                // The words deleted and inserted, marked in the text: a rendering.
                                difference = marked(&old.text, &point.text),
                            ),
                        )
                        .related(
                            message!("point of guidance {point} in force", point = i + 1),
                            Spot::new(in_force.id, format!("/guidance/{i}/text")),
                        ),
                    None => out.at(
                        spot,
                        message!(
                            "point of guidance {point} of {study_group}'s proposal is marked unchanged but the entry in force ({edition}) has no points of guidance",
                            point = j + 1,
                            study_group = proposal.study_group,
                            edition = in_force.edition,
                        ),
                    ),
                }
                .fix("restore the text in force, or drop the unchanged mark and show the change");
                out.push(diagnostic);
            }
        }
    }
}
