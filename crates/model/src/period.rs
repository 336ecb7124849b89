//! Time: study periods, WTSA editions, months and date ranges.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::designation::{string_designation, DesignationError};

fn malformed(kind: &'static str, input: &str, reason: &'static str) -> DesignationError {
    DesignationError::Malformed {
        kind,
        input: input.to_owned(),
        reason,
    }
}

fn year(text: &str, kind: &'static str, input: &str) -> Result<i32, DesignationError> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed(kind, input, "expected a four-digit year"));
    }
    text.parse()
        .map_err(|_| malformed(kind, input, "expected a four-digit year"))
}

/// An ITU-T study period, such as `2022-2024` (also written with an en dash).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StudyPeriod {
    first_year: i32,
    last_year: i32,
}

impl StudyPeriod {
    const KIND: &'static str = "study period";

    pub fn new(first_year: i32, last_year: i32) -> Option<Self> {
        (first_year <= last_year).then_some(Self {
            first_year,
            last_year,
        })
    }

    pub fn first_year(&self) -> i32 {
        self.first_year
    }

    pub fn last_year(&self) -> i32 {
        self.last_year
    }
}

impl FromStr for StudyPeriod {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        let (first, last) = text
            .split_once(['-', '\u{2013}'])
            .ok_or_else(|| malformed(Self::KIND, input, "expected `YYYY-YYYY`"))?;
        let first_year = year(first, Self::KIND, input)?;
        let last_year = year(last, Self::KIND, input)?;
        Self::new(first_year, last_year)
            .ok_or_else(|| malformed(Self::KIND, input, "the period ends before it starts"))
    }
}

impl fmt::Display for StudyPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Four digits, as parsing requires: year 222 is written 0222.
        write!(f, "{:04}-{:04}", self.first_year, self.last_year)
    }
}

string_designation!(
    StudyPeriod,
    "StudyPeriod",
    "^[0-9]{4}[-\u{2013}][0-9]{4}$",
    "An ITU-T study period such as `2022-2024`."
);

/// An edition of WTSA, named as ITU names it: `WTSA-20` (held in Geneva in March 2022,
/// postponed from 2020), `WTSA-24` (New Delhi, October 2024).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WtsaEdition(u8);

impl WtsaEdition {
    const KIND: &'static str = "WTSA edition";
    pub const WTSA_16: Self = Self(16);
    pub const WTSA_20: Self = Self(20);
    pub const WTSA_24: Self = Self(24);

    /// The two-digit number in the edition's name.
    pub fn number(self) -> u8 {
        self.0
    }
}

impl FromStr for WtsaEdition {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let digits = input
            .trim()
            .strip_prefix("WTSA-")
            .ok_or_else(|| malformed(Self::KIND, input, "expected `WTSA-NN`"))?;
        if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed(Self::KIND, input, "expected two digits"));
        }
        digits
            .parse()
            .map(Self)
            .map_err(|_| malformed(Self::KIND, input, "expected two digits"))
    }
}

impl fmt::Display for WtsaEdition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WTSA-{:02}", self.0)
    }
}

string_designation!(
    WtsaEdition,
    "WtsaEdition",
    "^WTSA-[0-9]{2}$",
    "A World Telecommunication Standardization Assembly, such as `WTSA-20`."
);

/// A revision of a WTSA Resolution as the texts cite it: `Rev. Geneva, 2022` — the place and
/// year of the assembly that last revised it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResolutionRevision {
    place: String,
    year: i32,
}

impl ResolutionRevision {
    const KIND: &'static str = "Resolution revision";

    pub fn place(&self) -> &str {
        &self.place
    }

    pub fn year(&self) -> i32 {
        self.year
    }
}

impl FromStr for ResolutionRevision {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let rest = input
            .trim()
            .strip_prefix("Rev. ")
            .ok_or_else(|| malformed(Self::KIND, input, "expected `Rev. <place>, <year>`"))?;
        let (place, y) = rest
            .rsplit_once(", ")
            .ok_or_else(|| malformed(Self::KIND, input, "expected `Rev. <place>, <year>`"))?;
        let place = place.trim();
        if place.is_empty() || place.chars().any(|c| c.is_control() || c == ',') {
            return Err(malformed(Self::KIND, input, "expected a place name"));
        }
        Ok(Self {
            place: place.to_owned(),
            year: year(y.trim(), Self::KIND, input)?,
        })
    }
}

impl fmt::Display for ResolutionRevision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rev. {}, {:04}", self.place, self.year)
    }
}

string_designation!(
    ResolutionRevision,
    "ResolutionRevision",
    "^Rev\\. [^,]+, [0-9]{4}$",
    "The revision of a WTSA Resolution as cited: `Rev. Geneva, 2022`."
);

/// A WTSA Resolution as of one assembly: `WTSA-20 Resolution 54`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WtsaResolution {
    edition: WtsaEdition,
    number: u16,
}

impl WtsaResolution {
    const KIND: &'static str = "WTSA Resolution";

    pub fn edition(&self) -> WtsaEdition {
        self.edition
    }

    pub fn number(&self) -> u16 {
        self.number
    }
}

/// `<edition> <word> <number>`, as in `WTSA-20 Resolution 54` and `WTSA-24 Document 22`.
fn edition_and_number(
    input: &str,
    word: &str,
    kind: &'static str,
) -> Result<(WtsaEdition, u16), DesignationError> {
    let expected = "expected `WTSA-NN <word> <number>`";
    let (edition, rest) = input
        .trim()
        .split_once(' ')
        .ok_or_else(|| malformed(kind, input, expected))?;
    let number = rest
        .strip_prefix(word)
        .and_then(|n| n.strip_prefix(' '))
        .ok_or_else(|| malformed(kind, input, expected))?;
    if number.is_empty() || number.len() > 4 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed(
            kind,
            input,
            "expected a number of one to four digits",
        ));
    }
    let number = number
        .parse()
        .map_err(|_| malformed(kind, input, "expected a number of one to four digits"))?;
    Ok((edition.parse()?, number))
}

impl FromStr for WtsaResolution {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (edition, number) = edition_and_number(input, "Resolution", Self::KIND)?;
        Ok(Self { edition, number })
    }
}

impl fmt::Display for WtsaResolution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Resolution {}", self.edition, self.number)
    }
}

string_designation!(
    WtsaResolution,
    "WtsaResolution",
    "^WTSA-[0-9]{2} Resolution [0-9]{1,4}$",
    "A WTSA Resolution as of one assembly: `WTSA-20 Resolution 54`."
);

/// A document of a WTSA: `WTSA-24 Document 22`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WtsaDocument {
    edition: WtsaEdition,
    number: u16,
}

impl WtsaDocument {
    const KIND: &'static str = "WTSA document";

    pub fn edition(&self) -> WtsaEdition {
        self.edition
    }

    pub fn number(&self) -> u16 {
        self.number
    }
}

impl FromStr for WtsaDocument {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (edition, number) = edition_and_number(input, "Document", Self::KIND)?;
        Ok(Self { edition, number })
    }
}

impl fmt::Display for WtsaDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Document {}", self.edition, self.number)
    }
}

string_designation!(
    WtsaDocument,
    "WtsaDocument",
    "^WTSA-[0-9]{2} Document [0-9]{1,4}$",
    "A document of a WTSA: `WTSA-24 Document 22`."
);

/// A month, such as `2017-03`: the report gives periods of inactivity to the month only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    const KIND: &'static str = "month";

    pub fn new(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> u32 {
        self.month
    }
}

impl FromStr for YearMonth {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (y, m) = input
            .trim()
            .split_once('-')
            .ok_or_else(|| malformed(Self::KIND, input, "expected `YYYY-MM`"))?;
        let year = year(y, Self::KIND, input)?;
        if m.len() != 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed(Self::KIND, input, "expected a two-digit month"));
        }
        let month = m
            .parse()
            .map_err(|_| malformed(Self::KIND, input, "expected a two-digit month"))?;
        Self::new(year, month).ok_or_else(|| malformed(Self::KIND, input, "no such month"))
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

string_designation!(
    YearMonth,
    "YearMonth",
    "^[0-9]{4}-(?:0[1-9]|1[0-2])$",
    "A month, `YYYY-MM`."
);

/// The days a meeting or event ran, inclusive. `end` is left out for a one-day meeting.
///
/// A range whose end is before its start still loads, so that a rule can report it at its
/// place in the data rather than the loader refusing the whole file.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// First day (ISO 8601).
    pub start: NaiveDate,
    /// Last day (ISO 8601); the same as `start` when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

impl DateRange {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        Self {
            start,
            end: (end != start).then_some(end),
        }
    }

    pub fn day(date: NaiveDate) -> Self {
        Self {
            start: date,
            end: None,
        }
    }

    pub fn end(&self) -> NaiveDate {
        self.end.unwrap_or(self.start)
    }

    /// Whether the range runs forwards.
    pub fn is_ordered(&self) -> bool {
        self.start <= self.end()
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end()
    }

    pub fn overlaps(&self, other: &Self) -> bool {
        self.start <= other.end() && other.start <= self.end()
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) if end != self.start => write!(f, "{} to {}", self.start, end),
            _ => write!(f, "{}", self.start),
        }
    }
}
