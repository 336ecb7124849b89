use std::collections::BTreeMap;

use wtsa_model::GroupAcronym;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

/// One place that names a group.
struct Naming<'a> {
    /// Where the name is written, as findings say it: `Table 4`, `the heading of §3.3.7`.
    place: String,
    name: &'a str,
    spot: Spot,
}

/// A group's name with what the report adds or abbreviates in one place and not another
/// folded away: the study group's own prefix ("ITU-T SG20 ", "Study Group 20 "), the
/// abbreviation "JCA", case and runs of spaces.
fn key(name: &str, study_group: &str) -> String {
    let number = study_group.trim_start_matches("SG");
    let prefixes = [
        "ITU-T ".to_owned(),
        format!("{study_group} "),
        format!("Study Group {number} "),
    ];
    let mut rest = name.trim();
    while let Some(shorter) = prefixes.iter().find_map(|p| rest.strip_prefix(p.as_str())) {
        rest = shorter.trim_start();
    }
    let expanded = match rest.strip_prefix("JCA ") {
        Some(tail) => format!("Joint Coordination Activity {tail}"),
        None => rest.to_owned(),
    };
    expanded
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

declare_rule! {
    /// ## What it checks
    /// A group's name wherever the report states it: Table 4, §2.1.3's enumeration of the
    /// groups, and the heading of the group's own section of §3.3. The names are compared
    /// once the study group's prefix ("ITU-T SG20", "Study Group 20"), the abbreviation "JCA"
    /// and case are set aside; any other difference is reported, at the first place, with
    /// every place that words it differently as a related location.
    ///
    /// ## Why it matters
    /// A group's name is one fact stated up to three times. Worded differently ("Regional
    /// Group for Asia Pacific", "Regional Group for Asia and the Pacific"), the report
    /// leaves the reader to guess whether they are one group, and the name the secretariat
    /// publishes on the group's page may follow the wrong one.
    ///
    /// ## Provision
    /// Study group report to WTSA, Table 4, §2.1.3 and §3.3; plain logic: one group, one
    /// name.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: SG20RG-AP is the "ITU-T SG20 Regional Group for Asia Pacific"
    /// in Table 4 and the "Regional Group for Asia and the Pacific" in §2.1.3 and §3.3.7.
    /// Quiet: SG20RG-ARB, "Study Group 20 Regional Group for the Arab Region" in Table 4 and
    /// "ITU-T SG20 Regional Group for the Arab Region" in §2.1.3.
    pub struct GroupNameMismatch {
        code: "RC008",
        name: "group-name-mismatch",
        family: Family::ReportClaims,
        severity: Severity::Info,
        citation: citations::report("Table 4, §2.1.3, §3.3"),
        periods: Periods::All,
    }
}

impl Rule for GroupNameMismatch {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let mut names: BTreeMap<&GroupAcronym, Vec<Naming<'_>>> = BTreeMap::new();
        if let Some(organisation) = view.organisation {
            for (i, group) in organisation.value.other_groups.iter().enumerate() {
                names.entry(&group.acronym).or_default().push(Naming {
                    place: group.source.to_string(),
                    name: &group.name,
                    spot: Spot::new(organisation.id, format!("/other_groups/{i}/name")),
                });
            }
            for (i, group) in organisation.value.groups_in_prose.iter().enumerate() {
                names.entry(&group.acronym).or_default().push(Naming {
                    place: group.source.to_string(),
                    name: &group.name,
                    spot: Spot::new(organisation.id, format!("/groups_in_prose/{i}/name")),
                });
            }
        }
        if let Some(claims) = view.claims {
            for (i, section) in claims.value.group_sections.iter().enumerate() {
                names.entry(&section.group).or_default().push(Naming {
                    place: format!("the heading of {}", section.source),
                    name: &section.name,
                    spot: Spot::new(claims.id, format!("/group_sections/{i}/name")),
                });
            }
        }
        let study_group = view.study_group.to_string();
        for (acronym, namings) in names {
            let Some(first) = namings.first() else {
                continue;
            };
            let first_key = key(first.name, &study_group);
            let others: Vec<&Naming<'_>> = namings
                .iter()
                .skip(1)
                .filter(|n| key(n.name, &study_group) != first_key)
                .collect();
            if others.is_empty() {
                continue;
            }
            let (name, place) = (first.name, &first.place);
            let message = match others.as_slice() {
                [other] => message!(
                    "{group} is the \u{201c}{name}\u{201d} in {place} but the \u{201c}{other_name}\u{201d} in {other_place}: one group is named differently in two places",
                    group = acronym,
                    name,
                    place,
                    other_name = other.name,
                    other_place = other.place,
                ),
                [other, third] => message!(
                    "{group} is the \u{201c}{name}\u{201d} in {place} but the \u{201c}{other_name}\u{201d} in {other_place} and the \u{201c}{third_name}\u{201d} in {third_place}: one group is named differently in two places",
                    group = acronym,
                    name,
                    place,
                    other_name = other.name,
                    other_place = other.place,
                    third_name = third.name,
                    third_place = third.place,
                ),
                _ => {
                    // Four namings or more: the others as one phrase.
                    let others = others
                        .iter()
                        .map(|n| format!("\u{201c}{}\u{201d} in {}", n.name, n.place))
                        .collect::<Vec<_>>()
                        .join(" and the ");
                    message!(
                        "{group} is the \u{201c}{name}\u{201d} in {place} but the {others}: one group is named differently in two places",
                        group = acronym,
                        name,
                        place,
                        others,
                    )
                }
            };
            let mut diagnostic = out
                .at(first.spot.clone(), message)
                .fix("name the group the same way in Table 4, §2.1.3 and §3.3");
            for naming in others {
                diagnostic = diagnostic.related(
                    message!(
                        "{group} as {place} names it",
                        group = acronym,
                        place = naming.place
                    ),
                    naming.spot.clone(),
                );
            }
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn folds_the_study_groups_prefix_and_the_jca_abbreviation() {
        assert_eq!(
            key("ITU-T SG20 Regional Group for the Arab Region", "SG20"),
            key("Study Group 20 Regional Group for the Arab Region", "SG20")
        );
        assert_eq!(
            key("JCA on Internet of things", "SG20"),
            key("Joint Coordination Activity on Internet of things", "SG20")
        );
        assert_ne!(
            key("Regional Group for Asia Pacific", "SG20"),
            key("Regional Group for Asia and the Pacific", "SG20")
        );
    }
}
