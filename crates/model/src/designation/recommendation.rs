use std::fmt;
use std::str::FromStr;

use super::error::{malformed, parse_number, series_letter, DesignationError};
use super::macros::string_designation;
use super::prefix::PREFIX_PATTERN;

/// The most parts a Recommendation number may have (`Y.4500.3` has two); deeper numbers are
/// not used by ITU-T and are rejected so that a crafted input cannot grow without bound.
pub const MAX_PARTS: usize = 4;

/// An ITU-T Recommendation number: a series letter and one or more numeric parts, such as
/// `Y.4052`, `Y.4500.3`, `F.748.0` or `Q.3052`.
///
/// Parsing accepts the "ITU-T" prefix in all its spellings (see [`strip_itu_t_prefix`]);
/// display is canonical and bare (`Y.4500.3`). Order is by series, then numerically part by
/// part, so `Y.4500` < `Y.4500.3` < `Y.4500.10` < `Y.4501`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecommendationNumber {
    series: char,
    parts: Vec<u32>,
}

impl RecommendationNumber {
    const KIND: &'static str = "Recommendation number";

    /// Builds a number from its series letter and parts; `None` when the letter is not an
    /// ASCII capital or the parts are empty or too many.
    pub fn new(series: char, parts: Vec<u32>) -> Option<Self> {
        (series.is_ascii_uppercase() && !parts.is_empty() && parts.len() <= MAX_PARTS)
            .then_some(Self { series, parts })
    }

    /// The series letter (`Y` in `Y.4052`).
    pub fn series(&self) -> char {
        self.series
    }

    /// The numeric parts (`[4500, 3]` in `Y.4500.3`); never empty.
    pub fn parts(&self) -> &[u32] {
        &self.parts
    }

    /// The first numeric part (`4500` in `Y.4500.3`).
    pub fn base(&self) -> u32 {
        self.parts.first().copied().unwrap_or_default()
    }
}

impl FromStr for RecommendationNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (series, rest) = series_letter(input, Self::KIND)?;
        let rest = rest
            .strip_prefix('.')
            .ok_or_else(|| malformed(Self::KIND, input, "expected `.` after the series letter"))?;
        let parts = rest
            .split('.')
            .map(|part| parse_number(part, Self::KIND, input))
            .collect::<Result<Vec<_>, _>>()?;
        if parts.len() > MAX_PARTS {
            return Err(malformed(Self::KIND, input, "too many parts"));
        }
        Ok(Self { series, parts })
    }
}

impl fmt::Display for RecommendationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.series)?;
        for part in &self.parts {
            write!(f, ".{part}")?;
        }
        Ok(())
    }
}

const NUMBER: &str = "(?:0|[1-9][0-9]*)";

/// The schema pattern of one Recommendation number (without anchors).
pub(crate) fn number_pattern() -> String {
    format!("{PREFIX_PATTERN}[A-Z]\\.{NUMBER}(?:\\.{NUMBER}){{0,3}}")
}

string_designation!(
    RecommendationNumber,
    "RecommendationNumber",
    format!("^{}$", number_pattern()),
    "An ITU-T Recommendation number such as `Y.4052` or `Y.4500.3`; an `ITU-T ` prefix is accepted."
);

/// A Recommendation with all its numbers: usually one, but a Recommendation transferred
/// between study groups carries a double number such as `Y.4101/Y.2067` (one Recommendation,
/// several numbers; the first is the primary one).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecommendationDesignation {
    numbers: Vec<RecommendationNumber>,
}

impl RecommendationDesignation {
    const KIND: &'static str = "Recommendation designation";

    /// Builds a designation from its numbers, primary first; `None` when there are none, more
    /// than [`MAX_PARTS`], or one is repeated (the rules [`FromStr`] applies).
    pub fn new(numbers: Vec<RecommendationNumber>) -> Option<Self> {
        let repeated = numbers
            .iter()
            .enumerate()
            .any(|(i, number)| numbers.iter().take(i).any(|earlier| earlier == number));
        (!numbers.is_empty() && numbers.len() <= MAX_PARTS && !repeated).then_some(Self { numbers })
    }

    /// The first (primary) number.
    pub fn primary(&self) -> &RecommendationNumber {
        // ok: parsing guarantees at least one number; the fallback is never taken.
        &self.numbers[0]
    }

    /// Every number, primary first.
    pub fn numbers(&self) -> &[RecommendationNumber] {
        &self.numbers
    }

    /// Whether this Recommendation carries more than one number.
    pub fn is_double(&self) -> bool {
        self.numbers.len() > 1
    }
}

impl From<RecommendationNumber> for RecommendationDesignation {
    fn from(number: RecommendationNumber) -> Self {
        Self {
            numbers: vec![number],
        }
    }
}

impl FromStr for RecommendationDesignation {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.trim().is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let numbers = input
            .split('/')
            .map(str::parse)
            .collect::<Result<Vec<RecommendationNumber>, _>>()?;
        if numbers.len() > MAX_PARTS {
            return Err(malformed(Self::KIND, input, "too many numbers"));
        }
        for (i, number) in numbers.iter().enumerate() {
            if numbers[..i].contains(number) {
                return Err(malformed(Self::KIND, input, "a number is repeated"));
            }
        }
        Ok(Self { numbers })
    }
}

impl fmt::Display for RecommendationDesignation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, number) in self.numbers.iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{number}")?;
        }
        Ok(())
    }
}

string_designation!(
    RecommendationDesignation,
    "RecommendationDesignation",
    format!("^{0}(?:/{0}){{0,3}}$", number_pattern()),
    "A Recommendation number, or a double number such as `Y.4101/Y.2067` (primary first)."
);
