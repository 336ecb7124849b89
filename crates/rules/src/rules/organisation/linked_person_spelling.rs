use crate::hash::HashMap;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A person record that a curator linked to another (`same_as`: "this record is another
    /// spelling of that person") when the two records write the name differently. The later
    /// record is reported, with the record it links to as related location, and the
    /// curator's reason for the link is quoted.
    ///
    /// ## Why it matters
    /// A person's name is a fact the report states once per table that names the person;
    /// stated twice, it must be written the same way. The link tells wtsa (and the
    /// duplicate-person rule, OR005) that the two records are one person; it does not make
    /// the report's two spellings one. A reader looking the person up by one spelling misses
    /// the offices recorded under the other.
    ///
    /// ## Provision
    /// Study group report to WTSA, §1.2 and Tables 3–6 (the people named as officers); plain
    /// logic: one person, one name.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: Abdulhadi AbouAlmal (Table 4) linked to Abdulhadi Abou-Almal
    /// (Table 3); Juan Pablo Martin (Table 5) to Juan Pablo Martín (Table 4); Harin Grewal
    /// (Table 3) to Harinderpal Singh Grewal (§1.2).
    /// Quiet: a link between two records that write the name the same way.
    pub struct LinkedPersonSpelling {
        code: "OR010",
        name: "linked-person-spelling",
        family: Family::Organisation,
        severity: Severity::Info,
        citation: citations::report("§1.2, Tables 3–6"),
        periods: Periods::All,
    }
}

impl Rule for LinkedPersonSpelling {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(people) = view.people else {
            return;
        };
        let by_id: HashMap<_, _> = people
            .value
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| (&p.id, (i, p)))
            .collect();
        for (j, person) in people.value.people.iter().enumerate() {
            let Some(link) = &person.same_as else {
                continue;
            };
            // An unknown or self link is OR003's.
            let Some((i, linked)) = by_id.get(&link.person).copied() else {
                continue;
            };
            if i == j || linked.name == person.name {
                continue;
            }
            let diagnostic = out
                .at(
                    Spot::new(people.id, format!("/people/{j}/name")),
                    message!(
                        "{source} names `{person}` \u{201c}{name}\u{201d} and {linked_source} names the same person \u{201c}{linked_name}\u{201d}: one person's name is written two ways (linked as one person: {reason})",
                        source = person.source,
                        person = person.id,
                        name = person.name,
                        linked_source = linked.source,
                        linked_name = linked.name,
                        reason = link.reason
                    ),
                )
                .related(
                    message!(
                        "{name} ({source})",
                        name = linked.name,
                        source = linked.source
                    ),
                    Spot::new(people.id, format!("/people/{i}/name")),
                )
                .fix(format!(
                    "the report should write the name one way in {} and {}",
                    linked.source, person.source
                ));
            out.push(diagnostic);
        }
    }
}
