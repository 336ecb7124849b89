use wtsa_model::text::artefact::normalise;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// The study group's title as the report gives it for the period (§1.1, the
    /// `study-group` document) against the title of the Resolution 2 entry in force (Annex
    /// A). They are compared as the Word document shows them: export artefacts (`ITUT`, a
    /// no-break space) and runs of spaces set aside — RP008 reports those —, case and every
    /// other character kept.
    ///
    /// ## Why it matters
    /// WTSA gives a study group its title in Resolution 2; the report states it again. A
    /// report that names the group otherwise — an older title, the title it proposes for the
    /// next period — misstates what WTSA decided, and the records the secretariat keeps of
    /// the group (its pages, its documents' headers) follow one or the other.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex A (each study group's title, mandate and
    /// lead roles), as the report restates it in §1.1.
    ///
    /// ## Example
    /// Fires: the report titling SG20 "Internet of things (IoT), digital twins and smart
    /// sustainable cities and communities (SSC&C)" (the title it proposes for 2025–2028)
    /// while the entry in force says "Internet of things (IoT) and smart cities and
    /// communities".
    /// Quiet: SG20 2022–2024, where both say "Internet of things (IoT) and smart cities and
    /// communities".
    pub struct TitleDiffersFromEntryInForce {
        code: "LR004",
        name: "title-differs-from-entry-in-force",
        family: Family::LeadRoles,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_A_TITLE,
        periods: Periods::All,
    }
}

/// A title as it is compared: artefacts normalised, runs of white space made one space.
fn key(title: &str) -> String {
    normalise(title)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for TitleDiffersFromEntryInForce {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(study_group), Some(in_force)) = (view.study_group_doc, view.in_force) else {
            return;
        };
        if key(&study_group.value.title) == key(&in_force.value.title) {
            return;
        }
        let diagnostic = out
            .at(
                Spot::new(study_group.id, crate::pointer!("title")),
                message!(
                    "the report titles {study_group} \u{201c}{title}\u{201d}, but the Resolution 2 entry in force ({edition}, {source}) titles it \u{201c}{title_in_force}\u{201d}: the title is the one WTSA gave",
                    study_group = view.study_group,
                    title = study_group.value.title,
                    edition = in_force.value.edition,
                    source = in_force.value.source,
                    title_in_force = in_force.value.title,
                ),
            )
            .related(
                message!(
                    "the title of the entry in force ({edition})",
                    edition = in_force.value.edition
                ),
                Spot::new(in_force.id, crate::pointer!("title")),
            )
            .fix("give the title of the Resolution 2 entry in force");
        out.push(diagnostic);
    }
}
