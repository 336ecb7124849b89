use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

use super::{entry_words, join_and, uncovered_words};

declare_rule! {
    /// ## What it checks
    /// Each lead study-group role of the Resolution 2 entry in force (Annex A) whose subject
    /// words are not all used somewhere in the entry's title, mandate or points of guidance
    /// (Annex B). Words are compared with the report's abbreviations written out, without
    /// case, stopwords ("and", "of", "related" …) or plural endings. Proposed entries are not
    /// checked here.
    ///
    /// ## Why it matters
    /// A study group leads on a subject for all of ITU-T; if its own mandate and points of
    /// guidance never name that subject, its Questions have no basis to study it and the lead
    /// role coordinates work the study group is not charged with. The gap is usually a
    /// mandate not updated when the role was assigned.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex A (lead study groups) against Annex B
    /// (mandate and points of guidance).
    ///
    /// ## Example
    /// Fires: SG20 (WTSA-20) is "Lead study group on digital health related to Internet of
    /// things and smart cities and communities", but its title, mandate and points of
    /// guidance never mention health.
    /// Quiet: "Lead study group for Internet of things identification", with the point of
    /// guidance "identification aspects of IoT and SC&C …".
    pub struct LeadRoleNotCovered {
        code: "LR002",
        name: "lead-role-not-covered",
        family: Family::LeadRoles,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_B,
        periods: Periods::All,
    }
}

impl Rule for LeadRoleNotCovered {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(entry) = view.in_force else {
            return;
        };
        let covered = entry_words(entry.value);
        for (j, role) in entry.lead_roles.iter().enumerate() {
            let missing = uncovered_words(&covered, role);
            if missing.is_empty() {
                continue;
            }
            let message = if let [word] = missing.as_slice() {
                message!(
                    "{study_group}'s lead role \u{201c}{role}\u{201d} ({edition}) is not covered by its title, mandate or points of guidance: the subject word \u{201c}{word}\u{201d} does not appear in any of them; the mandate and points of guidance should charge the study group with each subject it leads on",
                    study_group = entry.study_group,
                    role,
                    edition = entry.edition,
                    word,
                )
            } else {
                // "“a”, “b” and “c”": a list joined with "and", which a list argument is not.
                let words: Vec<String> = missing
                    .iter()
                    .map(|w| format!("\u{201c}{w}\u{201d}"))
                    .collect();
                message!(
                    "{study_group}'s lead role \u{201c}{role}\u{201d} ({edition}) is not covered by its title, mandate or points of guidance: the subject words {words} do not appear in any of them; the mandate and points of guidance should charge the study group with each subject it leads on",
                    study_group = entry.study_group,
                    role,
                    edition = entry.edition,
                    words = join_and(&words),
                )
            };
            let diagnostic = out
                .at(Spot::new(entry.id, format!("/lead_roles/{j}")), message)
                .related("the mandate", Spot::new(entry.id, "/mandate"))
                .related("the points of guidance", Spot::new(entry.id, "/guidance"))
                .fix("add the subject to the mandate or the points of guidance at the next WTSA, or narrow the lead role");
            out.push(diagnostic);
        }
    }
}
