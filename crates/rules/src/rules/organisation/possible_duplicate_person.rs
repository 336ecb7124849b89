use crate::hash::FirstApart;

use wtsa_model::Person;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use wtsa_model::text::fold::name_keys;

use crate::rules::citations;

/// What sets two spellings of one name apart, given that they meet under [`name_keys`].
fn difference(a: &str, b: &str) -> &'static str {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let separators = |s: &str| -> String { s.chars().filter(|c| !c.is_alphanumeric()).collect() };
    if name_keys(a).0 != name_keys(b).0 {
        "the order of the words"
    } else if a.to_lowercase() == b.to_lowercase() {
        "case"
    } else if letters(a) == letters(b) {
        "hyphens, spaces or apostrophes"
    } else if separators(a) == separators(b) {
        "accents"
    } else {
        "accents and hyphens, spaces or apostrophes"
    }
}

/// Whether a curator linked the two records as spellings of one person (`same_as`, either
/// way, or both to the same record): then the pair is known, and
/// `linked-person-spelling` reports the spelling instead.
fn linked(a: &Person, b: &Person) -> bool {
    fn target(p: &Person) -> Option<&wtsa_model::PersonId> {
        p.same_as.as_ref().map(|l| &l.person)
    }
    target(a) == Some(&b.id)
        || target(b) == Some(&a.id)
        || (target(a).is_some() && target(a) == target(b))
}

/// Whether two records give different countries (then the names are likely two people's).
fn countries_differ(a: &Person, b: &Person) -> bool {
    matches!((&a.country, &b.country), (Some(x), Some(y)) if x != y)
}

declare_rule! {
    /// ## What it checks
    /// Two people of the people document whose names differ only by accents, hyphens, spaces,
    /// apostrophes, case or the order of the words (`Juan Pablo Martín` and
    /// `Juan Pablo Martin`; `Abou-Almal` and `AbouAlmal`). The later record is reported,
    /// with the earlier as related location. Records with different countries are left alone,
    /// and so are records a curator linked as one person (`same_as`): that pair is known, and
    /// `linked-person-spelling` (OR010) reports the two spellings.
    ///
    /// ## Why it matters
    /// The data keeps one record per spelling, so that such pairs stay visible. One person
    /// written two ways in one report reads as two people: a reviewer counting officers, or
    /// looking for someone's offices, is misled, and the report should write a name one way.
    ///
    /// ## Provision
    /// Study group report to WTSA, §1.2 and Tables 3–6 (the people named as officers).
    ///
    /// ## Example
    /// Fires: Abdulhadi Abou-Almal (Table 3) and Abdulhadi AbouAlmal (Table 4), two records
    /// with no `same_as` link between them.
    /// Quiet: the same pair when `abdulhadi-aboualmal` says `same_as: {person:
    /// abdulhadi-abou-almal}` (as the SG20 data does); Harin Grewal and Harinderpal Singh
    /// Grewal (a short form, not a respelling).
    pub struct PossibleDuplicatePerson {
        code: "OR005",
        name: "possible-duplicate-person",
        family: Family::Organisation,
        severity: Severity::Warning,
        citation: citations::report("§1.2, Tables 3–6"),
        periods: Periods::All,
    }
}

impl Rule for PossibleDuplicatePerson {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(people) = view.people else {
            return;
        };
        let keys: Vec<(String, String)> = people
            .value
            .people
            .iter()
            .map(|p| name_keys(&p.name))
            .collect();
        // Records by each of their two keys, so a record meets only those sharing a key; the
        // first record of a key apart, so that a key met once (nearly every name) costs no list.
        let mut by_whole: FirstApart<&str, usize> = FirstApart::with_capacity(keys.len());
        let mut by_words: FirstApart<&str, usize> = FirstApart::with_capacity(keys.len());
        for (j, (later, later_keys)) in people.value.people.iter().zip(&keys).enumerate() {
            // Each key looked up once: the records met before under it, then this one taken.
            let mut candidates: Vec<usize> = Vec::new();
            for (by_key, key) in [
                (&mut by_whole, later_keys.0.as_str()),
                (&mut by_words, later_keys.1.as_str()),
            ] {
                if let Some((first, rest)) = by_key.push(key, j) {
                    candidates.push(first);
                    candidates.extend_from_slice(rest);
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            let earlier: Vec<(usize, &Person)> = candidates
                .into_iter()
                .filter_map(|i| people.value.people.get(i).map(|p| (i, p)))
                .filter(|(_, p)| {
                    p.id != later.id && !countries_differ(p, later) && !linked(p, later)
                })
                .collect();
            let Some((_, first)) = earlier.first() else {
                continue;
            };
            let mut diagnostic = out
                .at(
                    Spot::new(people.id, format!("/people/{j}/name")),
                    message!(
                        "{name} (`{person}`, {source}) and {first_name} (`{first_person}`, {first_source}) differ only in {difference}: probably one person written two ways; the report should write the name one way",
                        name = later.name,
                        person = later.id,
                        source = later.source,
                        first_name = first.name,
                        first_person = first.id,
                        first_source = first.source,
                        difference = difference(&later.name, &first.name)
                    ),
                )
                .fix(format!(
                    "check the spellings in {} and {}; if they are one person, the report should spell the name one way",
                    first.source, later.source
                ));
            for (i, person) in &earlier {
                diagnostic = diagnostic.related(
                    message!(
                        "{name} ({source})",
                        name = person.name,
                        source = person.source
                    ),
                    Spot::new(people.id, format!("/people/{i}/name")),
                );
            }
            out.push(diagnostic);
        }
    }
}
