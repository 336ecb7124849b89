//! Designations of study groups, Working Parties, Questions and meeting reports.

use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

use super::error::{malformed, parse_number, DesignationError};
use super::macros::string_designation;

/// A study group, such as `SG20`; parses `SG20`, `SG 20` and `Study Group 20`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StudyGroupId(u32);

impl StudyGroupId {
    const KIND: &'static str = "study group";

    pub fn new(number: u32) -> Self {
        Self(number)
    }

    pub fn number(self) -> u32 {
        self.0
    }
}

impl FromStr for StudyGroupId {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let digits = text
            .strip_prefix("Study Group")
            .or_else(|| text.strip_prefix("SG"))
            .ok_or_else(|| malformed(Self::KIND, input, "expected `SG` and a number"))?;
        Ok(Self(parse_number(digits.trim_start(), Self::KIND, input)?))
    }
}

impl fmt::Display for StudyGroupId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SG{}", self.0)
    }
}

string_designation!(
    StudyGroupId,
    "StudyGroupId",
    "^(?:SG ?|Study Group )(?:0|[1-9][0-9]*)$",
    "A study group such as `SG20`."
);

/// Parses `<letters><n>/<sg>` after a prefix, for Questions and Working Parties.
fn parse_slash_pair(
    input: &str,
    prefixes: &[&str],
    kind: &'static str,
) -> Result<(u32, u32), DesignationError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DesignationError::Empty { kind });
    }
    let rest = prefixes
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .ok_or_else(|| malformed(kind, input, "unexpected prefix"))?;
    let (number, group) = rest
        .trim_start()
        .split_once('/')
        .ok_or_else(|| malformed(kind, input, "expected `<number>/<study group>`"))?;
    Ok((
        parse_number(number, kind, input)?,
        parse_number(group, kind, input)?,
    ))
}

/// Declares a designation written `<prefix><number>/<study group>` (Questions, Working
/// Parties): the two differ only in their prefixes, so one definition serves both.
macro_rules! numbered_in_study_group {
    ($(#[doc = $doc:literal])* $name:ident, $kind:literal, $display:literal, [$($prefix:literal),+], $pattern:literal, $description:literal) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name {
            number: u32,
            study_group: StudyGroupId,
        }

        impl $name {
            pub fn new(number: u32, study_group: StudyGroupId) -> Self {
                Self {
                    number,
                    study_group,
                }
            }

            pub fn number(&self) -> u32 {
                self.number
            }

            pub fn study_group(&self) -> StudyGroupId {
                self.study_group
            }
        }

        // By study group first, then number: Q2/13 sorts before Q1/20.
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                (self.study_group, self.number).cmp(&(other.study_group, other.number))
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl FromStr for $name {
            type Err = DesignationError;

            fn from_str(input: &str) -> Result<Self, Self::Err> {
                let (number, group) = parse_slash_pair(input, &[$($prefix),+], $kind)?;
                Ok(Self::new(number, StudyGroupId(group)))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}{}/{}", $display, self.number, self.study_group.0)
            }
        }

        string_designation!($name, stringify!($name), $pattern, $description);
    };
}

numbered_in_study_group!(
    /// A Question, such as `Q1/20` (Question 1 of Study Group 20); also parses `Question 1/20`.
    QuestionId,
    "Question",
    "Q",
    ["Question", "Q"],
    "^(?:Q|Question ?)(?:0|[1-9][0-9]*)/(?:0|[1-9][0-9]*)$",
    "A Question such as `Q1/20`."
);

numbered_in_study_group!(
    /// A Working Party, such as `WP1/20`.
    WorkingPartyId,
    "Working Party",
    "WP",
    ["WP"],
    "^WP(?:0|[1-9][0-9]*)/(?:0|[1-9][0-9]*)$",
    "A Working Party such as `WP1/20`."
);

/// A study-group meeting report, such as `SG20-R2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReportNumber {
    study_group: StudyGroupId,
    number: u32,
}

impl ReportNumber {
    const KIND: &'static str = "report number";

    pub fn new(study_group: StudyGroupId, number: u32) -> Self {
        Self {
            study_group,
            number,
        }
    }

    pub fn study_group(&self) -> StudyGroupId {
        self.study_group
    }

    pub fn number(&self) -> u32 {
        self.number
    }
}

impl FromStr for ReportNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let (group, number) = text
            .split_once("-R")
            .ok_or_else(|| malformed(Self::KIND, input, "expected `SG<n>-R<n>`"))?;
        Ok(Self {
            study_group: group.parse()?,
            number: parse_number(number, Self::KIND, input)?,
        })
    }
}

impl fmt::Display for ReportNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-R{}", self.study_group, self.number)
    }
}

string_designation!(
    ReportNumber,
    "ReportNumber",
    "^SG(?:0|[1-9][0-9]*)-R(?:0|[1-9][0-9]*)$",
    "A study-group meeting report such as `SG20-R2`."
);

/// The reports of one meeting: one report (`SG20-R1`) or a run written as Table 1 writes it,
/// `SG20-R2 to R4` (also accepted: `SG20-R2 to SG20-R4`). A run that ends before it starts is
/// a parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReportRange {
    first: ReportNumber,
    last: u32,
}

impl ReportRange {
    pub fn first(&self) -> ReportNumber {
        self.first
    }

    pub fn last(&self) -> ReportNumber {
        ReportNumber::new(self.first.study_group, self.last)
    }

    /// The report numbers in the run, inclusive.
    pub fn numbers(&self) -> RangeInclusive<u32> {
        self.first.number..=self.last
    }
}

impl FromStr for ReportRange {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        let Some((first, last)) = text.split_once(" to ") else {
            let first: ReportNumber = text.parse()?;
            return Ok(Self {
                first,
                last: first.number,
            });
        };
        let first: ReportNumber = first.parse()?;
        let last = last.trim();
        let last_number = if let Some(bare) = last.strip_prefix('R') {
            parse_number(bare, "report number", input)?
        } else {
            let full: ReportNumber = last.parse()?;
            if full.study_group != first.study_group {
                return Err(DesignationError::ReportRange {
                    input: input.to_owned(),
                    reason: "the two ends belong to different study groups",
                });
            }
            full.number
        };
        if last_number < first.number {
            return Err(DesignationError::ReportRange {
                input: input.to_owned(),
                reason: "the run ends before it starts",
            });
        }
        Ok(Self {
            first,
            last: last_number,
        })
    }
}

impl fmt::Display for ReportRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.last == self.first.number {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{} to R{}", self.first, self.last)
        }
    }
}

string_designation!(
    ReportRange,
    "ReportRange",
    "^SG(?:0|[1-9][0-9]*)-R(?:0|[1-9][0-9]*)(?: to (?:SG(?:0|[1-9][0-9]*)-)?R(?:0|[1-9][0-9]*))?$",
    "One meeting report (`SG20-R1`) or a run of them (`SG20-R2 to R4`)."
);

/// The name of a group that is neither a study group nor TSAG, kept as written (a focus group,
/// a joint coordination activity, a group of another sector). It can only be made by parsing
/// a [`ResponsibleGroup`], so it never holds a name that means a study group or TSAG.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherGroupName(String);

impl OtherGroupName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The group responsible for a publication *today*, as the ITU-T catalogue gives it: the
/// catalogue names the group that now holds the text, not the one that approved it (items of
/// study groups since merged carry the successor's name: Study Group 21 holds former SG16 and
/// SG9 items).
///
/// Parses `SG20`, `Study Group 20`, `ITU-T Study Group 20`, `TSAG`, and
/// `Telecommunication Standardization Advisory Group` (the same groups written differently);
/// any other name is kept as written. Displays `SG20`, `TSAG`, the other name, or `unknown`
/// when the catalogue names no group (as for many old records).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponsibleGroup {
    StudyGroup(StudyGroupId),
    /// The Telecommunication Standardization Advisory Group.
    Tsag,
    Other(OtherGroupName),
    #[default]
    Unknown,
}

impl ResponsibleGroup {
    const KIND: &'static str = "responsible group";
    const TSAG: [&'static str; 2] = ["TSAG", "Telecommunication Standardization Advisory Group"];
    const UNKNOWN: &'static str = "unknown";

    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown)
    }

    /// The study group, when the group is one.
    pub fn study_group(&self) -> Option<StudyGroupId> {
        match self {
            Self::StudyGroup(group) => Some(*group),
            _ => None,
        }
    }
}

impl FromStr for ResponsibleGroup {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        if text.chars().any(char::is_control) {
            return Err(malformed(Self::KIND, input, "control characters"));
        }
        if text == Self::UNKNOWN {
            return Ok(Self::Unknown);
        }
        if Self::TSAG.contains(&text) {
            return Ok(Self::Tsag);
        }
        let bare = super::prefix::strip_itu_t_prefix(text);
        if bare.starts_with("SG") || bare.starts_with("Study Group") {
            if let Ok(group) = bare.parse() {
                return Ok(Self::StudyGroup(group));
            }
        }
        Ok(Self::Other(OtherGroupName(text.to_owned())))
    }
}

impl fmt::Display for ResponsibleGroup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::StudyGroup(group) => write!(f, "{group}"),
            Self::Tsag => f.write_str("TSAG"),
            Self::Other(name) => f.write_str(name.as_str()),
            Self::Unknown => f.write_str(Self::UNKNOWN),
        }
    }
}

string_designation!(
    ResponsibleGroup,
    "ResponsibleGroup",
    "^[^\\u0000-\\u001f]+$",
    "The group responsible today: `SG20`, `TSAG`, another group's name as written, or `unknown`."
);
