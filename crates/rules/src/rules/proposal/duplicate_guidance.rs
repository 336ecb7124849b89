use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::Arg;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};

use super::{weighted_similarities, RES2_PROPOSAL};

/// Two points of guidance at least this similar (see [`super::weighted_similarities`]) say
/// the same thing. Measured on SG20's proposal: its most alike distinct points ("protocols and
/// interfaces of IoT and SSC&C systems, services and applications" and "interoperability and
/// interworking of …") score 0.49; a point next to its own copy with one term renamed scores
/// above 0.8.
pub const DUPLICATE_THRESHOLD: f64 = 0.6;

declare_rule! {
    /// ## What it checks
    /// Two points of guidance of a proposal that are the same or nearly the same: their words,
    /// each weighed by how rare it is in the list (so that the field's name and the list's
    /// boilerplate, "of IoT and SSC&C systems, services and applications", count for little),
    /// agree at least 60% (Dice ratio). The later point is reported.
    ///
    /// ## Why it matters
    /// A point repeated, usually an item rewritten at a new place while its original was not
    /// deleted (a move the revision marks did not show), charges the study group twice with
    /// one subject and leaves readers wondering which wording is meant.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex B (points of guidance), as amended on the
    /// study group's proposal.
    ///
    /// ## Example
    /// Fires: "database maintenance of IoT and SC&C standards;" and, further down, "database
    /// maintenance of IoT and SSC&C standards." (an item moved and edited, its original kept).
    /// Quiet: "protocols and interfaces of IoT and SSC&C systems, services and applications"
    /// and "interoperability and interworking of IoT and SSC&C systems, services and
    /// applications".
    pub struct DuplicateGuidance {
        code: "RP002",
        name: "duplicate-guidance",
        family: Family::Proposal,
        severity: Severity::Warning,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

/// Past this many points of guidance, only exact repeats are reported (see `check`).
const MAX_POINTS_COMPARED: usize = 500;

impl Rule for DuplicateGuidance {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        for proposal in &view.proposals {
            let texts: Vec<&str> = proposal.guidance.iter().map(|g| g.text.as_str()).collect();
            if texts.len() > MAX_POINTS_COMPARED {
                // Comparing every pair is quadratic: past this size (no real proposal comes
                // near it) only exact repeats are looked for, in linear time.
                let mut first: crate::hash::HashMap<&str, usize> = crate::hash::HashMap::default();
                for (j, text) in texts.iter().enumerate() {
                    if let Some(i) = first.get(text.trim()) {
                        out.emit(
                            Spot::new(proposal.id, format!("/guidance/{j}/text")),
                            message!(
                                "point of guidance {point} of {study_group}'s proposal repeats point {earlier_point}",
                                point = j + 1,
                                study_group = proposal.study_group,
                                earlier_point = i + 1,
                            ),
                        );
                    } else {
                        first.insert(text.trim(), j);
                    }
                }
                continue;
            }
            let scores = weighted_similarities(&texts);
            for (j, later) in texts.iter().enumerate() {
                for (i, earlier) in texts.iter().enumerate().take(j) {
                    let score = scores
                        .get(i)
                        .and_then(|row| row.get(j))
                        .copied()
                        .unwrap_or(0.0);
                    let identical = earlier.trim() == later.trim();
                    if !identical && score < DUPLICATE_THRESHOLD {
                        continue;
                    }
                    let (point, study_group, earlier_point) = (j + 1, proposal.study_group, i + 1);
                    let message = if identical {
                        message!(
                            "point of guidance {point} of {study_group}'s proposal \u{201c}{later}\u{201d} repeats point {earlier_point} \u{201c}{earlier}\u{201d}",
                            point,
                            study_group,
                            later,
                            earlier_point,
                            earlier,
                        )
                    } else {
                        // A whole percentage, rounded as `{:.0}` rounds.
                        let percent = format!("{:.0}", score * 100.0);
                        let percent = percent
                            .parse::<i64>()
                            .map_or_else(|_| Arg::Text(percent.clone()), Arg::Integer);
                        message!(
                            "point of guidance {point} of {study_group}'s proposal \u{201c}{later}\u{201d} nearly repeats ({percent}% alike) point {earlier_point} \u{201c}{earlier}\u{201d}",
                            point,
                            study_group,
                            later,
                            percent,
                            earlier_point,
                            earlier,
                        )
                    };
                    let diagnostic = out
                        .at(
                            Spot::new(proposal.id, format!("/guidance/{j}/text")),
                            message,
                        )
                        .related(
                            message!("point of guidance {point}", point = earlier_point),
                            Spot::new(proposal.id, format!("/guidance/{i}/text")),
                        )
                        .fix("keep one of the two points (merge their wording), or make each say what only it covers");
                    out.push(diagnostic);
                }
            }
        }
    }
}
