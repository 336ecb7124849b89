use crate::hash::HashMap;

use wtsa_model::PersonId;

use super::{officers, person_name, same_as_links};
use crate::context::PeriodView;
use crate::diagnostic::Sink;
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// One person listed twice among the officers of one group — the study group's management
    /// (§1.2), a Working Party (Table 3), a Question (Tables 5 and 6) or another group
    /// (Table 4) —, under one key or under two keys a curator linked as one person
    /// (`same_as`). Listed twice in the same office, the row is repeated; in two offices, the
    /// offices exclude each other: a group's chair is not also its vice-chair, a Question's
    /// Rapporteur not also its associate Rapporteur. The later listing is reported, with the
    /// earlier as related location.
    ///
    /// ## Why it matters
    /// A repeated row inflates the count of officers; two offices for one person in one
    /// group mean one of them is wrong (a promotion not carried through the table, a name
    /// pasted in the wrong column). The secretariat appoints officers from these tables.
    ///
    /// ## Provision
    /// Study group report to WTSA, §1.2 and Tables 3–6; plain logic: a group's offices are
    /// distinct, and one person holds one of them.
    ///
    /// ## Example
    /// Fires: Q2/20 with Mr Marco Carugi as Rapporteur and again as associate Rapporteur;
    /// SG20RG-AP with the same vice-chair listed twice.
    /// Quiet: SG20 2022–2024, where a person may hold offices in different groups
    /// (Mr Ramy Ahmed Fathy: vice-chair of SG20, co-chair of WP1/20, chair of FG-AI4A).
    pub struct OfficerListedTwice {
        code: "OR011",
        name: "officer-listed-twice",
        family: Family::Organisation,
        severity: Severity::Warning,
        citation: citations::report("§1.2, Tables 3–6"),
        periods: Periods::All,
    }
}

impl Rule for OfficerListedTwice {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        // A record linked as another spelling counts as the person it links to.
        let links = same_as_links(view);
        let records = officers(view);
        let mut seen: HashMap<(&str, &PersonId), usize> = HashMap::default();
        for (j, later) in records.iter().enumerate() {
            let person = &later.officer.person;
            let who = links.get(person).copied().unwrap_or(person);
            let Some(first) = seen
                .get(&(&*later.group, who))
                .and_then(|i| records.get(*i))
            else {
                seen.insert((&*later.group, who), j);
                continue;
            };
            let name = person_name(view, person);
            let message = if first.officer.role == later.officer.role {
                message!(
                    "{person} is listed twice as {office}: each officer is listed once",
                    person = name,
                    office = later.office()
                )
            } else {
                message!(
                    "{person} is listed as {first_office} and as {office}: one person holds one office in a group",
                    person = name,
                    first_office = first.office(),
                    office = later.office()
                )
            };
            let diagnostic = out
                .at(later.spot.field("person"), message)
                .related(
                    message!(
                        "{person} as {office}",
                        person = name,
                        office = first.office()
                    ),
                    first.spot.field("person"),
                )
                .fix("remove the repeated listing, or correct the office or the person");
            out.push(diagnostic);
        }
    }
}
