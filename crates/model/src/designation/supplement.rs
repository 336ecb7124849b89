use std::fmt;
use std::str::FromStr;

use super::error::{malformed, parse_number, series_letter, DesignationError};
use super::macros::string_designation;
use super::prefix::PREFIX_PATTERN;

/// A Supplement to a series of Recommendations, such as `Y Suppl. 73`.
///
/// The report writes it both as `Y Suppl. 73` (Table 12) and as `Y.Suppl.73` (§3.2); both
/// parse, and display is ITU's canonical `Y Suppl. 73`. Order is by series, then number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SupplementNumber {
    series: char,
    number: u32,
}

impl SupplementNumber {
    const KIND: &'static str = "Supplement number";

    pub fn new(series: char, number: u32) -> Option<Self> {
        series
            .is_ascii_uppercase()
            .then_some(Self { series, number })
    }

    pub fn series(&self) -> char {
        self.series
    }

    pub fn number(&self) -> u32 {
        self.number
    }
}

impl FromStr for SupplementNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (series, rest) = series_letter(input, Self::KIND)?;
        let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
        let rest = rest
            .strip_prefix("Suppl")
            .ok_or_else(|| malformed(Self::KIND, input, "expected `Suppl.`"))?;
        let rest = rest.strip_prefix('.').unwrap_or(rest).trim_start();
        let number = parse_number(rest, Self::KIND, input)?;
        Ok(Self { series, number })
    }
}

impl fmt::Display for SupplementNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} Suppl. {}", self.series, self.number)
    }
}

string_designation!(
    SupplementNumber,
    "SupplementNumber",
    format!("^{PREFIX_PATTERN}[A-Z]\\.? ?Suppl\\.? ?(?:0|[1-9][0-9]*)$"),
    "A Supplement such as `Y Suppl. 73` (also written `Y.Suppl.73`)."
);
