//! Text: the short texts with a shape (where a fact comes from, person keys, group and
//! document names, lead study-group roles), and the one set of text primitives every crate
//! uses — [`words`] (the word tokenizer), [`fold`] (accent folding and name keys),
//! [`wording`] (the report's abbreviations, title keys, subject words) and [`escape`] (one
//! escaper per output language).

pub mod escape;
pub mod fold;
pub mod wording;
pub mod words;

use std::fmt;
use std::str::FromStr;

use crate::designation::{string_designation, DesignationError};

fn malformed(kind: &'static str, input: &str, reason: &'static str) -> DesignationError {
    DesignationError::Malformed {
        kind,
        input: input.to_owned(),
        reason,
    }
}

/// Where in the report a fact comes from: a section (`§3.2 b)`, `§1.1`), a table
/// (`Table 8`), or an annex (`Annex 2`), optionally followed by more detail after a comma.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceRef(String);

impl SourceRef {
    const KIND: &'static str = "source reference";

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for SourceRef {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let known = ["\u{a7}", "Table ", "Annex ", "Footnote "];
        if !known.iter().any(|start| text.starts_with(start)) {
            return Err(malformed(
                Self::KIND,
                input,
                "a source starts with `§`, `Table `, `Annex ` or `Footnote `",
            ));
        }
        if text.chars().any(char::is_control) {
            return Err(malformed(Self::KIND, input, "control characters"));
        }
        Ok(Self(text.to_owned()))
    }
}

impl fmt::Display for SourceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_designation!(
    SourceRef,
    "SourceRef",
    "^(?:\u{a7}|Table |Annex |Footnote )[^\\u0000-\\u001f]*$",
    "Where in the report a fact comes from: `§3.2 b)`, `Table 8`, `Annex 2`, `Footnote 3`."
);

/// The key of a person in `people` documents: lowercase ASCII words joined by hyphens,
/// such as `hyoung-jun-kim`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonId(String);

impl PersonId {
    const KIND: &'static str = "person key";

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for PersonId {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let valid = input.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
        if !valid {
            return Err(malformed(
                Self::KIND,
                input,
                "use lowercase letters and digits in words joined by `-`",
            ));
        }
        Ok(Self(input.to_owned()))
    }
}

impl fmt::Display for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_designation!(
    PersonId,
    "PersonId",
    "^[a-z0-9]+(?:-[a-z0-9]+)*$",
    "The key of a person in a `people` document, such as `hyoung-jun-kim`."
);

/// A group's short name as the report writes it: `SG20RG-LATAM`, `FG-AI4A`,
/// `JCA-IoT and SC&C`, `AHG-EEM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GroupAcronym(String);

impl GroupAcronym {
    const KIND: &'static str = "group acronym";

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for GroupAcronym {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let valid = input.trim() == input
            && input.len() <= 64
            && input
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '&' | ' '));
        if !valid {
            return Err(malformed(
                Self::KIND,
                input,
                "letters, digits, `-`, `&` and single spaces, at most 64 characters",
            ));
        }
        Ok(Self(input.to_owned()))
    }
}

impl fmt::Display for GroupAcronym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_designation!(
    GroupAcronym,
    "GroupAcronym",
    "^[A-Za-z0-9&-](?:[A-Za-z0-9&\\- ]{0,62}[A-Za-z0-9&-])?$",
    "A group's short name, such as `SG20RG-LATAM` or `JCA-IoT and SC&C`."
);

/// An ITU document number, such as `TSAG-TD39`, `JCA-IOTSSC-O-068`, `FGAI4A-O-006-R1` or
/// `SG20RG-LATAM-R1`: letters and digits in hyphen-joined pieces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocumentNumber(String);

impl DocumentNumber {
    const KIND: &'static str = "document number";

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for DocumentNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let pieces: Vec<&str> = input.split('-').collect();
        let valid = pieces.len() >= 2
            && input.len() <= 64
            && pieces
                .iter()
                .all(|piece| !piece.is_empty() && piece.chars().all(|c| c.is_ascii_alphanumeric()));
        if !valid {
            return Err(malformed(
                Self::KIND,
                input,
                "letters and digits in two or more pieces joined by `-`",
            ));
        }
        Ok(Self(input.to_owned()))
    }
}

impl fmt::Display for DocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_designation!(
    DocumentNumber,
    "DocumentNumber",
    "^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$",
    "An ITU document number such as `TSAG-TD39` or `JCA-IOTSSC-O-068`."
);

/// Whether a lead role is written "Lead study group on …" or "Lead study group for …";
/// Annex A uses both and the difference is kept so that text round-trips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeadRolePreposition {
    On,
    For,
}

/// A lead study-group role (WTSA Resolution 2, Annex A / Part 2), such as "Lead study group
/// on Internet of things and its applications". The subject is what the role is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LeadRole {
    preposition: LeadRolePreposition,
    subject: String,
}

impl LeadRole {
    const KIND: &'static str = "lead study-group role";

    pub fn preposition(&self) -> LeadRolePreposition {
        self.preposition
    }

    /// What the role is about: "Internet of things and its applications".
    pub fn subject(&self) -> &str {
        &self.subject
    }
}

impl FromStr for LeadRole {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        let rest = text
            .strip_prefix("Lead study group ")
            .or_else(|| text.strip_prefix("Lead Study Group "))
            .ok_or_else(|| malformed(Self::KIND, input, "expected `Lead study group on|for …`"))?;
        let (preposition, subject) = if let Some(subject) = rest.strip_prefix("on ") {
            (LeadRolePreposition::On, subject)
        } else if let Some(subject) = rest.strip_prefix("for ") {
            (LeadRolePreposition::For, subject)
        } else {
            return Err(malformed(Self::KIND, input, "expected `on` or `for`"));
        };
        let subject = subject.trim();
        if subject.is_empty() {
            return Err(malformed(Self::KIND, input, "the role has no subject"));
        }
        Ok(Self {
            preposition,
            subject: subject.to_owned(),
        })
    }
}

impl fmt::Display for LeadRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let preposition = match self.preposition {
            LeadRolePreposition::On => "on",
            LeadRolePreposition::For => "for",
        };
        write!(f, "Lead study group {preposition} {}", self.subject)
    }
}

string_designation!(
    LeadRole,
    "LeadRole",
    "^Lead [Ss]tudy [Gg]roup (?:on|for) \\S.*$",
    "A lead study-group role: `Lead study group on …` or `Lead study group for …`."
);
