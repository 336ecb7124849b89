use crate::hash::HashMap;

use wtsa_model::text::fold::fold;
use wtsa_model::PersonId;

use super::{officers, person_name, same_as_links, OfficerRecord};
use crate::context::PeriodView;
use crate::diagnostic::{RowPlace, Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// The affiliation and the country of one person wherever the report gives them: the
    /// study group's management (§1.2), the Working Parties (Table 3), the Questions
    /// (Tables 5 and 6), the other groups (Table 4), and the person's record — under one key
    /// or under two keys a curator linked as one person (`same_as`). Two wordings agree when
    /// one is a shortening of the other, as the report shortens legitimately: the same words
    /// once case, accents, punctuation, little words ("of", "de", "the") and legal forms
    /// ("Corporation", "Ltd", "Co.", "Plc") are set aside; one wording's words found in the
    /// same order in the other ("Nokia" in "Nokia Corporation"); or one the acronym the other
    /// gives in parentheses ("MIIT" for "Ministry of Industry and Information Technology
    /// (MIIT)"). Countries agree when their words do, in any order, with "Rep." for
    /// "Republic" ("Korea (Rep. of)", "Republic of Korea"). Each other wording is reported
    /// once, at the first place that gives it, with the first wording's place and every
    /// further place of the same wording as related locations. A key given to two records of
    /// the people document is OR007's finding; only its first record is compared.
    ///
    /// ## Why it matters
    /// A person's affiliation and country are stated once per office, and the secretariat
    /// reads them to know whom an officer represents (a Member State, a Sector Member). Two
    /// wordings that are not shortenings of one another are information a reviewer should
    /// see: an organisation renamed during the period, a table copied from an older report,
    /// or a person who changed affiliation. Which is current the report does not say.
    ///
    /// ## Provision
    /// Study group report to WTSA, §1.2 and Tables 3–6; plain logic: one person, one
    /// affiliation and one country at a time.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: Mr Achime Malick Ndiaye is of the "Ministère de la
    /// Communication, des Télécommunications, des Postes et de l'Economie numérique" as
    /// co-chair of WP1/20 (Table 3) and of the "Ministère de l'Economie numérique et des
    /// Télécommunications" as vice-chair of SG20RG-AFR (Table 4).
    /// Quiet: Mr Ramy Ahmed Fathy, of the "National Telecommunication Regulatory Authority
    /// (NTRA)" in Tables 3 and 4, and of "NTRA" in a planted row.
    pub struct AffiliationDiffers {
        code: "OR014",
        name: "affiliation-differs",
        family: Family::Organisation,
        severity: Severity::Info,
        citation: citations::report("§1.2, Tables 3–6"),
        periods: Periods::All,
    }
}

/// Words that say nothing of which organisation is meant: little words of the languages the
/// report's affiliations are written in, and legal forms.
const IGNORED: &[&str] = &[
    "the",
    "of",
    "and",
    "for",
    "de",
    "la",
    "le",
    "les",
    "des",
    "du",
    "et",
    "en",
    "y",
    "del",
    "corporation",
    "corp",
    "company",
    "co",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "plc",
    "llc",
    "gmbh",
    "ag",
    "sa",
    "sas",
];

/// The words of a wording as they are compared: folded (case, accents), cut at anything not
/// a letter or digit, one-letter elisions ("l'", "d'") and [`IGNORED`] words left out.
fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1 && !IGNORED.contains(w))
        .map(str::to_owned)
        .collect()
}

/// A wording without the acronym it ends with in parentheses, and that acronym's words:
/// "Ministry of Industry and Information Technology (MIIT)" → (the name, ["miit"]).
fn split_acronym(text: &str) -> (&str, Option<Vec<String>>) {
    let trimmed = text.trim();
    if let Some(inner) = trimmed.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            let (name, acronym) = (inner.get(..open), inner.get(open + 1..));
            if let (Some(name), Some(acronym)) = (name, acronym) {
                let acronym = words(acronym);
                if !name.trim().is_empty() && !acronym.is_empty() {
                    return (name.trim(), Some(acronym));
                }
            }
        }
    }
    (trimmed, None)
}

/// Whether `short` is found in `long` word by word, in order.
fn in_order(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|word| rest.any(|w| w == word))
}

/// Whether two affiliations are one, the one possibly shortened.
pub(crate) fn affiliations_agree(a: &str, b: &str) -> bool {
    let (name_a, acronym_a) = split_acronym(a);
    let (name_b, acronym_b) = split_acronym(b);
    let (words_a, words_b) = (words(name_a), words(name_b));
    // Every way each side can be written: its name, and its acronym when it gives one.
    let forms_a: Vec<&Vec<String>> = std::iter::once(&words_a)
        .chain(acronym_a.as_ref())
        .collect();
    let forms_b: Vec<&Vec<String>> = std::iter::once(&words_b)
        .chain(acronym_b.as_ref())
        .collect();
    forms_a.iter().any(|x| {
        forms_b
            .iter()
            .any(|y| !x.is_empty() && !y.is_empty() && (in_order(x, y) || in_order(y, x)))
    })
}

/// Short names of countries the report's tables may use for the long ones, as word sets.
const COUNTRY_ALIASES: &[(&[&str], &[&str])] = &[
    (&["usa"], &["america", "states", "united"]),
    (&["states", "united"], &["america", "states", "united"]),
    (&["us"], &["america", "states", "united"]),
    (&["uk"], &["kingdom", "united"]),
];

/// Whether two countries are one: the same words in any order, "Rep." read as "Republic"
/// ("Korea (Rep. of)", "Republic of Korea"), or a short name the report uses for the long
/// one ("USA", "United States of America"). A country whose words are only some of
/// another's is another country (Guinea, Papua New Guinea).
pub(crate) fn countries_agree(a: &str, b: &str) -> bool {
    let set = |text: &str| {
        let mut found: Vec<String> = words(text)
            .into_iter()
            .map(|w| match w.as_str() {
                "rep" => "republic".to_owned(),
                "dem" => "democratic".to_owned(),
                _ => w,
            })
            .collect();
        found.sort();
        found.dedup();
        COUNTRY_ALIASES
            .iter()
            .find(|(short, _)| found.iter().map(String::as_str).eq(short.iter().copied()))
            .map_or(found.clone(), |(_, long)| {
                long.iter().map(|w| (*w).to_owned()).collect()
            })
    };
    let (a, b) = (set(a), set(b));
    !a.is_empty() && a == b
}

/// One place that gives a person's affiliation or country.
/// Where a fact is stated: in an office a table records, or in the person's record.
enum Place<'r, 'a> {
    Office(&'r OfficerRecord<'a>),
    /// The person's row in the people document.
    PersonRecord(RowPlace),
}

impl Place<'_, '_> {
    /// "as co-chair of WP1/20 (Table 3)", "in the person's record".
    fn words(&self) -> String {
        match self {
            Self::Office(record) => format!("as {}", record.office()),
            Self::PersonRecord(_) => "in the person's record".to_owned(),
        }
    }

    /// The place of the fact (`affiliation` or `country`): written out only for a finding, as
    /// a check compares every statement and reports few.
    fn spot(&self, fact: Fact) -> Spot {
        match self {
            Self::Office(record) => record.spot.field(fact.word()),
            Self::PersonRecord(place) => place.field(fact.word()),
        }
    }
}

struct Statement<'r, 'a> {
    /// The person's key where it is stated.
    person: &'a PersonId,
    /// Where it is stated, written out only for a finding.
    place: Place<'r, 'a>,
    value: &'a str,
}

/// Which of the two facts is compared.
#[derive(Clone, Copy)]
enum Fact {
    Affiliation,
    Country,
}

impl Fact {
    fn word(self) -> &'static str {
        match self {
            Self::Affiliation => "affiliation",
            Self::Country => "country",
        }
    }

    /// The finding: the person's fact is worded `here` one way and `first` another.
    fn differs(self, person: &str, here: &Statement<'_, '_>, first: &Statement<'_, '_>) -> Message {
        let (value, place) = (here.value, here.place.words());
        let (first_value, first_place) = (first.value, first.place.words());
        match self {
            Self::Affiliation => message!(
                "{person}'s affiliation is \u{201c}{value}\u{201d} {place} but \u{201c}{first_value}\u{201d} {first_place}: one person's affiliation is written two ways that are not shortenings of one another",
                person, value, place, first_value, first_place
            ),
            Self::Country => message!(
                "{person}'s country is \u{201c}{value}\u{201d} {place} but \u{201c}{first_value}\u{201d} {first_place}: one person's country is written two ways that are not shortenings of one another",
                person, value, place, first_value, first_place
            ),
        }
    }

    /// Where the first wording is stated, as a related location.
    fn stated(self, person: &str, first: &Statement<'_, '_>) -> Message {
        let place = first.place.words();
        match self {
            Self::Affiliation => message!("{person}'s affiliation {place}", person, place),
            Self::Country => message!("{person}'s country {place}", person, place),
        }
    }

    fn agree(self, a: &str, b: &str) -> bool {
        // The same words agree: most repetitions of a fact are written alike, and folding
        // both sides into words costs more than the rest of the rule.
        if a == b {
            return true;
        }
        match self {
            Self::Affiliation => affiliations_agree(a, b),
            Self::Country => countries_agree(a, b),
        }
    }
}

impl Rule for AffiliationDiffers {
    fn check<'a>(&self, view: &PeriodView<'a>, out: &mut Sink<'_>) {
        // A record linked as another spelling counts as the person it links to.
        let links = same_as_links(view);
        let records = officers(view);
        // The records of the people document whose key no earlier record has: a key given to
        // two records is OR007's finding, and only the first is compared.
        let first_records: Vec<bool> = view.people.map_or_else(Vec::new, |people| {
            let mut keys: crate::hash::HashSet<&PersonId> = crate::hash::HashSet::default();
            // Sized once: at 100x a period has thousands of people, and a set grown as it goes
            // is rebuilt a dozen times over.
            keys.reserve(people.value.people.len());
            people
                .value
                .people
                .iter()
                .map(|person| keys.insert(&person.id))
                .collect()
        });
        for fact in [Fact::Affiliation, Fact::Country] {
            // Sized for every record that may state the fact, rather than grown.
            let mut statements: Vec<Statement<'_, '_>> =
                Vec::with_capacity(records.len() + first_records.len());
            for record in records {
                let value = match fact {
                    Fact::Affiliation => record.officer.affiliation.as_deref(),
                    Fact::Country => record.officer.country.as_deref(),
                };
                if let Some(value) = value {
                    statements.push(Statement {
                        person: &record.officer.person,
                        place: Place::Office(record),
                        value,
                    });
                }
            }
            // The person's record last: it repeats what a table gives, and its `source` is
            // where the person is first named, not necessarily where the value is.
            if let Some(people) = view.people {
                let rows = people.value.people.iter().zip(&first_records).enumerate();
                for (i, (person, &first)) in rows {
                    if !first {
                        continue;
                    }
                    let value = match fact {
                        Fact::Affiliation => person.affiliation.as_deref(),
                        Fact::Country => person.country.as_deref(),
                    };
                    if let Some(value) = value {
                        statements.push(Statement {
                            person: &person.id,
                            place: Place::PersonRecord(RowPlace {
                                document: people.id,
                                list: "people",
                                row: i,
                            }),
                            value,
                        });
                    }
                }
            }
            // Each statement under the person it is about (a `same_as` record under the one
            // it names), people in the order they are first stated: sorted by (person, place
            // in the statements), rather than a list per person.
            let who = |person: &'a PersonId| -> &'a PersonId {
                links.get(person).copied().unwrap_or(person)
            };
            let mut first_stated: HashMap<&PersonId, usize> = HashMap::default();
            first_stated.reserve(statements.len());
            let mut keyed: Vec<(usize, usize)> = Vec::with_capacity(statements.len());
            for (i, statement) in statements.iter().enumerate() {
                let next = first_stated.len();
                keyed.push((
                    *first_stated.entry(who(statement.person)).or_insert(next),
                    i,
                ));
            }
            keyed.sort_unstable();
            // For one person: the first statement of each wording, and each statement's wording.
            let mut firsts: Vec<usize> = Vec::new();
            let mut wording_of: Vec<(usize, usize)> = Vec::new();
            // Per person, the wordings in order of first appearance, each with its places.
            for group in keyed.chunk_by(|a, b| a.0 == b.0) {
                if group.len() < 2 {
                    continue;
                }
                firsts.clear();
                wording_of.clear();
                for &(_, i) in group {
                    let Some(statement) = statements.get(i) else {
                        continue;
                    };
                    let same = firsts.iter().position(|&f| {
                        statements
                            .get(f)
                            .is_some_and(|first| fact.agree(first.value, statement.value))
                    });
                    let wording = same.unwrap_or_else(|| {
                        firsts.push(i);
                        firsts.len() - 1
                    });
                    wording_of.push((wording, i));
                }
                let (Some(first), true) = (
                    firsts.first().and_then(|&f| statements.get(f)),
                    firsts.len() >= 2,
                ) else {
                    continue;
                };
                // Looked up only for a person with a finding: a scan of the people per person
                // made this rule quadratic.
                let name = person_name(view, who(first.person));
                for (wording, &f) in firsts.iter().enumerate().skip(1) {
                    let Some(here) = statements.get(f) else {
                        continue;
                    };
                    let mut diagnostic = out
                        .at(here.place.spot(fact), fact.differs(&name, here, first))
                        .related(fact.stated(&name, first), first.place.spot(fact));
                    let also = wording_of
                        .iter()
                        .filter(|&&(w, i)| w == wording && i != f)
                        .filter_map(|&(_, i)| statements.get(i));
                    for also in also {
                        diagnostic = diagnostic.related(
                            message!("the same wording {place}", place = also.place.words()),
                            also.place.spot(fact),
                        );
                    }
                    out.push(diagnostic.fix(format!(
                        "if the report means one {0}, write it the same way everywhere; if it changed, say which is current",
                        fact.word()
                    )));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{affiliations_agree, countries_agree};

    #[test]
    fn a_shortening_agrees() {
        assert!(affiliations_agree("Nokia Corporation", "Nokia"));
        assert!(affiliations_agree(
            "Huawei Technologies, Co., Ltd",
            "Huawei Technologies"
        ));
        assert!(affiliations_agree(
            "Ministry of Industry and Information Technology (MIIT)",
            "MIIT"
        ));
        assert!(affiliations_agree(
            "British Telecommunications Public Ltd. Co. (BT Plc)",
            "BT"
        ));
        assert!(affiliations_agree(
            "Ministère Des Technologies De La Communication Et De L'économie Numérique",
            "Ministere des technologies de la communication et de l'economie numerique"
        ));
    }

    #[test]
    fn another_name_does_not_agree() {
        assert!(!affiliations_agree(
            "Ministère de la Communication, des Télécommunications, des Postes et de l'Economie numérique",
            "Ministère de l'Economie numérique et des Télécommunications"
        ));
        assert!(!affiliations_agree("NEC Corporation", "Nokia Corporation"));
        assert!(!affiliations_agree("Corporation", "Ltd"));
    }

    #[test]
    fn countries_agree_in_any_order() {
        assert!(countries_agree("Korea (Rep. of)", "Republic of Korea"));
        assert!(countries_agree("United States", "United States of America"));
        assert!(countries_agree("USA", "United States of America"));
        assert!(countries_agree("Dominican Rep.", "Dominican Republic"));
        assert!(!countries_agree("Senegal", "Mali"));
        assert!(!countries_agree("Guinea", "Papua New Guinea"));
        assert!(!countries_agree(
            "Congo",
            "Democratic Republic of the Congo"
        ));
    }
}
