//! People as the report names them, `Mr Ramy Ahmed Fathy (National Telecommunication
//! Regulatory Authority (NTRA), Egypt)`: honorific, name, affiliation and country, and the
//! register that gives each spelling of a name one `people` record.

use std::collections::{HashMap, HashSet};

use wtsa_model::text::fold::fold;
use wtsa_model::{Honorific, MonthRange, OfficeRole, Officer, Person, PersonId, SourceRef};

use crate::dates::year_month;
use crate::diagnostic::Problem;

/// What to expect of a person mention, for diagnostics.
pub(crate) const EXPECTED_PERSON: &str =
    "`Mr|Ms Name (Affiliation, Country)`, `Mr|Ms Name (Country)` or `Name (Affiliation, Country)`";

/// One mention of a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    pub honorific: Option<Honorific>,
    pub name: String,
    pub affiliation: Option<String>,
    pub country: Option<String>,
    /// "(Inactive: Vice-chair from March 2017 to July 2024)".
    pub inactive: Option<MonthRange>,
}

fn unreadable(text: &str) -> Problem {
    Problem::Unreadable {
        what: "person",
        text: text.to_owned(),
        expected: EXPECTED_PERSON,
    }
}

/// The parenthesised groups at top level, in order, with the text before the first.
fn groups(text: &str) -> Option<(&str, Vec<&str>)> {
    let mut depth = 0usize;
    let mut head_end = None;
    let mut open = 0;
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    head_end.get_or_insert(i);
                    open = i + 1;
                }
                depth += 1;
            }
            ')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    found.push(text.get(open..i)?);
                }
            }
            _ if depth == 0 && head_end.is_some() && !c.is_whitespace() => return None,
            _ => {}
        }
    }
    if depth != 0 {
        return None;
    }
    let head = text.get(..head_end.unwrap_or(text.len()))?;
    Some((head, found))
}

/// Splits at the last comma outside parentheses.
fn split_last_comma(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    let mut at = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => at = Some(i),
            _ => {}
        }
    }
    let at = at?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// Whether a lone parenthesised part names an organisation rather than a country: the report
/// writes `(Food and Agriculture Organization)` for an international organisation and
/// `(United Arab Emirates)` for a Member State, with nothing else to tell them apart.
fn names_an_organisation(text: &str) -> bool {
    const WORDS: [&str; 22] = [
        "organization",
        "organisation",
        "university",
        "universidad",
        "ministry",
        "ministère",
        "authority",
        "corporation",
        "company",
        "commission",
        "institute",
        "instituto",
        "agency",
        "ltd",
        "inc.",
        "centre",
        "center",
        "council",
        "association",
        "alliance",
        "foundation",
        "technologies",
    ];
    let lower = text.to_lowercase();
    WORDS.iter().any(|w| lower.contains(w))
}

fn inactive(text: &str) -> Option<MonthRange> {
    let rest = text.trim().strip_prefix("Inactive:")?;
    let (_, period) = rest.split_once(" from ")?;
    let (from, to) = period.split_once(" to ")?;
    Some(MonthRange {
        from: year_month(from)?,
        to: year_month(to)?,
    })
}

/// Reads one mention.
pub(crate) fn mention(text: &str) -> Result<Mention, Problem> {
    let text = text.trim().trim_end_matches([';', ',']).trim();
    let (head, parts) = groups(text).ok_or_else(|| unreadable(text))?;
    let head = head.trim();
    let (honorific, name) = if let Some(name) = head
        .strip_prefix("Mr ")
        .or_else(|| head.strip_prefix("Mr. "))
    {
        (Some(Honorific::Mr), name)
    } else if let Some(name) = head
        .strip_prefix("Ms ")
        .or_else(|| head.strip_prefix("Ms. "))
    {
        (Some(Honorific::Ms), name)
    } else {
        (None, head)
    };
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let plausible = name.chars().any(char::is_alphabetic)
        && !name.contains(':')
        && name.split(' ').count() <= 8;
    if !plausible {
        return Err(unreadable(text));
    }
    let mut mention = Mention {
        honorific,
        name,
        affiliation: None,
        country: None,
        inactive: None,
    };
    let mut parts = parts.into_iter();
    if let Some(first) = parts.next() {
        let first = first.trim();
        match split_last_comma(first) {
            Some((affiliation, country)) => {
                mention.affiliation = Some(affiliation.trim().to_owned());
                mention.country = Some(country.trim().to_owned());
            }
            None if names_an_organisation(first) => mention.affiliation = Some(first.to_owned()),
            None => mention.country = Some(first.to_owned()),
        }
    }
    for part in parts {
        mention.inactive = Some(inactive(part).ok_or_else(|| unreadable(text))?);
    }
    Ok(mention)
}

/// A person key from a name: the name [`fold`]ed (lower case, accents folded as the
/// duplicate-person rule folds them), ASCII letters and digits kept, anything else a single
/// hyphen.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_hyphen = false;
    for c in fold(name).chars() {
        if !c.is_ascii_alphanumeric() {
            pending_hyphen = true;
            continue;
        }
        if pending_hyphen && !out.is_empty() {
            out.push('-');
        }
        pending_hyphen = false;
        out.push(c);
    }
    if out.is_empty() {
        out.push_str("person");
    }
    out
}

/// Every person named, one record per spelling, in the order of first mention.
///
/// The same spelling is one person. Two spellings that give the same key (`Juan Pablo Martín`
/// and `Juan Pablo Martin`) are two records, the later one keyed with `-2`, so that a rule can
/// point at both rather than the importer guessing they are one person.
#[derive(Debug, Default)]
pub(crate) struct Register {
    people: Vec<(usize, Person)>,
    by_name: HashMap<String, usize>,
    keys: HashSet<String>,
}

impl Register {
    /// The key of the person a mention names, recording what it adds: the honorific,
    /// affiliation and country are each taken where the report first gives them.
    pub fn person(
        &mut self,
        mention: &Mention,
        line: usize,
        source: &SourceRef,
    ) -> Option<PersonId> {
        if let Some(&at) = self.by_name.get(&mention.name) {
            let (_, person) = self.people.get_mut(at)?;
            if person.honorific.is_none() {
                person.honorific = mention.honorific;
            }
            if person.affiliation.is_none() {
                person.affiliation.clone_from(&mention.affiliation);
            }
            if person.country.is_none() {
                person.country.clone_from(&mention.country);
            }
            return Some(person.id.clone());
        }
        let base = slug(&mention.name);
        let mut key = base.clone();
        let mut n = 2;
        while self.keys.contains(&key) {
            key = format!("{base}-{n}");
            n += 1;
        }
        let id: PersonId = key.parse().ok()?;
        self.keys.insert(key);
        self.by_name.insert(mention.name.clone(), self.people.len());
        self.people.push((
            line,
            Person {
                id: id.clone(),
                name: mention.name.clone(),
                honorific: mention.honorific,
                affiliation: mention.affiliation.clone(),
                country: mention.country.clone(),
                source: source.clone(),
                suppress: Vec::new(),
            },
        ));
        Some(id)
    }

    /// An officer record for a mention, registering the person.
    pub fn officer(
        &mut self,
        mention: &Mention,
        role: OfficeRole,
        line: usize,
        source: &SourceRef,
    ) -> Option<Officer> {
        Some(Officer {
            person: self.person(mention, line, source)?,
            role,
            affiliation: mention.affiliation.clone(),
            country: mention.country.clone(),
            inactive: mention.inactive,
            served_until_year: None,
            source: None,
            suppress: Vec::new(),
        })
    }

    pub fn into_people(self) -> Vec<Person> {
        let mut people = self.people;
        people.sort_by_key(|(line, _)| *line);
        people.into_iter().map(|(_, p)| p).collect()
    }
}

#[cfg(test)]
mod tests {
    use wtsa_model::text::fold::name_keys;

    use super::*;

    #[test]
    fn splits_name_affiliation_with_nested_parentheses_and_country() {
        let m = mention(
            "Mr Ramy Ahmed Fathy (National Telecommunication Regulatory Authority (NTRA), Egypt)",
        )
        .unwrap();
        assert_eq!(m.honorific, Some(Honorific::Mr));
        assert_eq!(m.name, "Ramy Ahmed Fathy");
        assert_eq!(
            m.affiliation.as_deref(),
            Some("National Telecommunication Regulatory Authority (NTRA)")
        );
        assert_eq!(m.country.as_deref(), Some("Egypt"));
    }

    #[test]
    fn a_lone_part_is_a_country_unless_it_names_an_organisation() {
        let m = mention("Mr Gyu Myoung Lee (Korea (Rep. of))").unwrap();
        assert_eq!(
            (m.affiliation, m.country.as_deref()),
            (None, Some("Korea (Rep. of)"))
        );
        let m = mention("Mr Zhongxin Chen (Food and Agriculture Organization)").unwrap();
        assert_eq!(
            (m.affiliation.as_deref(), m.country),
            (Some("Food and Agriculture Organization"), None)
        );
        let m = mention("Toru Yamada (NEC Corporation, Japan)").unwrap();
        assert_eq!(m.honorific, None);
        assert_eq!(m.name, "Toru Yamada");
    }

    #[test]
    fn reads_an_inactive_period() {
        let m = mention("Mr Marco Baten (Superintendencia de Telecomunicaciones, Guatemala) (Inactive: Vice-chair from July 2022 to June 2024)").unwrap();
        let inactive = m.inactive.unwrap();
        assert_eq!(inactive.from.to_string(), "2022-07");
        assert_eq!(inactive.to.to_string(), "2024-06");
    }

    #[test]
    fn refuses_what_is_not_a_person() {
        assert!(mention("Mr Someone (unclosed").is_err());
        assert!(mention("(Egypt)").is_err());
        assert!(mention("Mr A (B) trailing words").is_err());
    }

    /// The importer's keys and the duplicate-person rule's name keys fold the same letters the
    /// same way: a name the rule sees written two ways gets one key here (numbered apart).
    #[test]
    fn keys_fold_as_the_duplicate_person_rule_does() {
        let respellings = [
            ("Juan Pablo Martín", "Juan Pablo Martin"),
            // U+0301, a combining acute accent, as a decomposed export writes `í`.
            ("Juan Pablo Marti\u{301}n", "Juan Pablo Martin"),
            ("Paweł Łukasiewicz", "Pawel Lukasiewicz"),
            ("Ayşe Şahin", "Ayse Sahin"),
            ("Ștefan Țurcanu", "Stefan Turcanu"),
            ("Jürgen Strauß", "Jurgen Strauss"),
            ("Ægir Bœuf", "Aegir Boeuf"),
            ("Søren Đukić", "Soren Dukic"),
        ];
        for (a, b) in respellings {
            let (rule_a, rule_b) = (name_keys(a).0, name_keys(b).0);
            assert_eq!(slug(a).replace('-', ""), rule_a, "{a}");
            assert_eq!(slug(b).replace('-', ""), rule_b, "{b}");
            assert_eq!(rule_a, rule_b, "{a} / {b}");
            assert_eq!(slug(a), slug(b), "{a} / {b}");
        }
        assert_eq!(slug("Paweł Łukasiewicz"), "pawel-lukasiewicz");
        assert_eq!(slug("Ayşe Şahin"), "ayse-sahin");
        assert_eq!(slug("Jürgen Strauß"), "jurgen-strauss");
        assert_eq!(slug("Ægir Bœuf"), "aegir-boeuf");
        // The report's own pair: one key for the rule, two for the importer, which keeps the
        // hyphen as a word boundary.
        assert_eq!(
            name_keys("Abdulhadi Abou-Almal").0,
            name_keys("Abdulhadi AbouAlmal").0
        );
        assert_eq!(slug("Abdulhadi Abou-Almal"), "abdulhadi-abou-almal");
        assert_eq!(slug("Abdulhadi AbouAlmal"), "abdulhadi-aboualmal");
    }

    #[test]
    fn keys_fold_accents_and_number_colliding_spellings() {
        assert_eq!(slug("Héctor Mario Carril"), "hector-mario-carril");
        assert_eq!(slug("Abdulhadi Abou-Almal"), "abdulhadi-abou-almal");
        assert_eq!(slug("Adrian Quesada Rodríguez"), "adrian-quesada-rodriguez");
        let source: SourceRef = "Table 4".parse().unwrap();
        let mut register = Register::default();
        let a = register
            .person(
                &mention("Mr Juan Pablo Martín (UTN, Argentina)").unwrap(),
                1,
                &source,
            )
            .unwrap();
        let b = register
            .person(
                &mention("Mr Juan Pablo Martin (UTN, Argentina)").unwrap(),
                2,
                &source,
            )
            .unwrap();
        let again = register
            .person(
                &mention("Mr Juan Pablo Martín (Argentina)").unwrap(),
                3,
                &source,
            )
            .unwrap();
        assert_eq!(a.as_str(), "juan-pablo-martin");
        assert_eq!(b.as_str(), "juan-pablo-martin-2");
        assert_eq!(again, a);
        assert_eq!(register.into_people().len(), 2);
    }
}
