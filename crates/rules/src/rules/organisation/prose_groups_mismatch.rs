use crate::hash::HashSet;

use wtsa_model::GroupAcronym;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// Acronyms compare without regard to case ("SG20RG-Latam" is SG20RG-LATAM): this is the key
/// they are looked up by.
fn key(acronym: &GroupAcronym) -> String {
    acronym.as_str().to_ascii_lowercase()
}

declare_rule! {
    /// ## What it checks
    /// The groups §2.1.3 enumerates against the rows of Table 4, matched by acronym: a group
    /// the prose enumerates with no row in Table 4, and a row of Table 4 the prose does not
    /// enumerate.
    ///
    /// ## Why it matters
    /// §2.1.3 introduces Table 4 ("Table 4 lists other groups under the responsibility of the
    /// study group") and then enumerates them: the two lists are one list written twice. A
    /// group in one but not the other leaves its officers unrecorded (no Table 4 row) or its
    /// existence unexplained (no prose and no section of §3.3 to send the reader to).
    ///
    /// ## Provision
    /// Study group report to WTSA, §2.1.3 and Table 4.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: §2.1.3 enumerates JCA-IoT and SC&C, which has no row in
    /// Table 4; Table 4 lists AHG-EEM, which §2.1.3 does not enumerate.
    /// Quiet: the six regional and focus groups, in both lists.
    pub struct ProseGroupsMismatch {
        code: "OR004",
        name: "prose-groups-mismatch",
        family: Family::Organisation,
        severity: Severity::Warning,
        citation: citations::report("§2.1.3 and Table 4"),
        periods: Periods::All,
    }
}

impl Rule for ProseGroupsMismatch {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(organisation) = view.organisation else {
            return;
        };
        let table = &organisation.value.other_groups;
        let prose = &organisation.value.groups_in_prose;
        let in_table: HashSet<String> = table.iter().map(|row| key(&row.acronym)).collect();
        let in_prose: HashSet<String> = prose.iter().map(|m| key(&m.acronym)).collect();
        for (i, mention) in prose.iter().enumerate() {
            if in_table.contains(&key(&mention.acronym)) {
                continue;
            }
            let message = match &mention.see_section {
                Some(section) => message!(
                    "{source} enumerates {acronym} ({name}; see §{section}) among the groups Table 4 lists, but Table 4 has no row for it",
                    source = mention.source,
                    acronym = mention.acronym,
                    name = mention.name,
                    section,
                ),
                None => message!(
                    "{source} enumerates {acronym} ({name}) among the groups Table 4 lists, but Table 4 has no row for it",
                    source = mention.source,
                    acronym = mention.acronym,
                    name = mention.name,
                ),
            };
            let diagnostic = out
                .at(
                    Spot::new(organisation.id, format!("/groups_in_prose/{i}/acronym")),
                    message,
                )
                .related("the rows of Table 4", Spot::new(organisation.id, "/other_groups"))
                .fix(format!(
                    "add a row for {} with its chair and vice-chairs to Table 4, or take it out of the enumeration",
                    mention.acronym
                ));
            out.push(diagnostic);
        }
        for (i, row) in table.iter().enumerate() {
            if in_prose.contains(&key(&row.acronym)) {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(organisation.id, format!("/other_groups/{i}/acronym")),
                    message!(
                        "{source} lists {acronym} ({name}), but §2.1.3, which introduces Table 4 and enumerates its groups, does not name it",
                        source = row.source,
                        acronym = row.acronym,
                        name = row.name
                    ),
                )
                .related(
                    "the groups §2.1.3 enumerates",
                    Spot::new(organisation.id, "/groups_in_prose"),
                )
                .fix(format!(
                    "add {} to the enumeration of §2.1.3, or take its row out of Table 4",
                    row.acronym
                ));
            out.push(diagnostic);
        }
    }
}
