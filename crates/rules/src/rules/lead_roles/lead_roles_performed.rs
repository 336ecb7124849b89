use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// The lead study-group roles the report says the study group performed (§3.3.1)
    /// against the roles Annex A of Resolution 2 in force assigns it, compared as text
    /// without regard to case: a role performed but not assigned, and a role assigned but
    /// not reported as performed. Also that the WTSA §3.3.1 names as assigning the roles is
    /// the edition of the entry in force.
    ///
    /// ## Why it matters
    /// A study group leads only on what WTSA assigned it; a role it reports that Annex A
    /// does not give (or gives in other words) claims a mandate it does not have, and an
    /// assigned role it does not report leaves TSAG without an account of that role for the
    /// period.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), Annex A (lead study groups), as the study
    /// group's report to WTSA recounts it in §3.3.1.
    ///
    /// ## Example
    /// Fires: §3.3.1 reports "Lead study group on smart sustainable cities and communities"
    /// while Annex A (WTSA-20) assigns "Lead study group on smart cities and communities and
    /// related digital services".
    /// Quiet: SG20's four roles, reported in §3.3.1 exactly as Annex A (WTSA-20) gives them.
    pub struct LeadRolesPerformed {
        code: "LR001",
        name: "lead-roles-performed",
        family: Family::LeadRoles,
        severity: Severity::Warning,
        citation: citations::RES2_ANNEX_A,
        periods: Periods::All,
    }
}

fn role_key(role: &impl std::fmt::Display) -> String {
    role.to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Rule for LeadRolesPerformed {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(in_force)) = (view.claims, view.in_force) else {
            return;
        };
        let performed = &claims.lead_roles_performed;
        let section = &performed.source;

        if performed.assigned_by != in_force.edition {
            let diagnostic = out
                .at(
                    Spot::new(claims.id, "/lead_roles_performed/assigned_by"),
                    message!(
                        "{section} says the lead roles were assigned by {assigned_by} but the Resolution 2 entry in force for {study_period} is {edition}'s",
                        section,
                        assigned_by = performed.assigned_by,
                        study_period = view.study_period,
                        edition = in_force.edition,
                    ),
                )
                .related(
                    "the edition of the entry in force",
                    Spot::new(in_force.id, "/edition"),
                );
            out.push(diagnostic);
        }

        let assigned: Vec<String> = in_force.lead_roles.iter().map(role_key).collect();
        let reported: Vec<String> = performed.roles.iter().map(role_key).collect();

        for (i, role) in performed.roles.iter().enumerate() {
            if reported.get(i).is_some_and(|key| assigned.contains(key)) {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(claims.id, format!("/lead_roles_performed/roles/{i}")),
                    message!(
                        "{section} reports \u{201c}{role}\u{201d} as a lead role {study_group} performed, but Annex A ({edition}) assigns it no such role; a study group leads only on what WTSA assigned it",
                        section,
                        role,
                        study_group = view.study_group,
                        edition = in_force.edition,
                    ),
                )
                .related(
                    message!(
                        "the lead roles Annex A ({edition}) assigns",
                        edition = in_force.edition
                    ),
                    Spot::new(in_force.id, "/lead_roles"),
                )
                .fix("report the role in Annex A's words, or remove it");
            out.push(diagnostic);
        }

        for (j, role) in in_force.lead_roles.iter().enumerate() {
            if assigned.get(j).is_some_and(|key| reported.contains(key)) {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(claims.id, "/lead_roles_performed/roles"),
                    message!(
                        "Annex A ({edition}) assigns {study_group} \u{201c}{role}\u{201d} but {section} does not report it among the lead roles performed; each assigned role must be accounted for",
                        edition = in_force.edition,
                        study_group = view.study_group,
                        role,
                        section,
                    ),
                )
                .related(
                    message!("the role in Annex A ({edition})", edition = in_force.edition),
                    Spot::new(in_force.id, format!("/lead_roles/{j}")),
                )
                .fix("report the role among those performed, in Annex A's words");
            out.push(diagnostic);
        }
    }
}
