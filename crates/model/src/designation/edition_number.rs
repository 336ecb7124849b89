use std::fmt;
use std::str::FromStr;

use super::error::{malformed, parse_number, DesignationError};
use super::macros::string_designation;

/// The edition number Relaton gives a publication: `1`, `2` … for editions of a
/// Recommendation, `1.1`, `3.2` … for items published against an edition (Amendment 1 to
/// edition 1 is `1.1`), and sometimes `4.0` or `1.0`.
///
/// `4.0` is kept as written, apart from `4`: the catalogue uses both, and which one a record
/// carries is upstream's fact, not ours to normalise. Order is by edition, then minor number,
/// with no minor number first (`4` < `4.0` < `4.1` < `5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EditionNumber {
    major: u32,
    minor: Option<u32>,
}

impl EditionNumber {
    const KIND: &'static str = "edition number";

    pub fn new(major: u32, minor: Option<u32>) -> Self {
        Self { major, minor }
    }

    /// The edition (`4` in `4.1`).
    pub fn major(&self) -> u32 {
        self.major
    }

    /// The number after the dot, when written (`1` in `4.1`, `0` in `4.0`).
    pub fn minor(&self) -> Option<u32> {
        self.minor
    }
}

impl FromStr for EditionNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let (major, minor) = match text.split_once('.') {
            Some((major, minor)) => (major, Some(minor)),
            None => (text, None),
        };
        let major = parse_number(major, Self::KIND, input)?;
        let minor = minor
            .map(|minor| parse_number(minor, Self::KIND, input))
            .transpose()
            .map_err(|_| malformed(Self::KIND, input, "expected `<n>` or `<n>.<n>`"))?;
        Ok(Self { major, minor })
    }
}

impl fmt::Display for EditionNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.major)?;
        if let Some(minor) = self.minor {
            write!(f, ".{minor}")?;
        }
        Ok(())
    }
}

string_designation!(
    EditionNumber,
    "EditionNumber",
    "^(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?$",
    "An edition number as Relaton gives it: `2`, `1.1`, `4.0` (kept as written)."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_point_zero_stays_as_written() {
        for text in ["1", "4.0", "1.1", "12", "0"] {
            assert_eq!(text.parse::<EditionNumber>().unwrap().to_string(), text);
        }
        let four: EditionNumber = "4".parse().unwrap();
        let four_zero: EditionNumber = "4.0".parse().unwrap();
        assert_ne!(four, four_zero);
        assert!(four < four_zero);
        for bad in ["", "4.", ".4", "04", "4.01", "4.0.1", "v4", "-1"] {
            assert!(bad.parse::<EditionNumber>().is_err(), "{bad:?}");
        }
    }
}
