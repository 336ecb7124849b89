use std::fmt;
use std::str::FromStr;

use super::error::{malformed, parse_number, series_letter_problem, DesignationError};
use super::macros::string_designation;
use super::prefix::{strip_itu_t_prefix, PREFIX_PATTERN};
use super::recommendation::{number_pattern, RecommendationNumber};

/// One entry of a study group's Annex C list (WTSA Resolution 2, Annex C): the
/// Recommendations it is responsible for.
///
/// - a single Recommendation, `ITU-T Q.3052`;
/// - an inclusive range, `ITU-T Y.2060 – ITU-T Y.2070` or `F.748.0 – F.748.5`, whose ends are
///   in the same series, have the same number of parts, and are in order;
/// - a series block, `ITU-T Y.4000-series`: every number of that series whose first part lies
///   in the block (`Y.4000`–`Y.4999`; a block's width is set by the trailing zeros of its
///   start, so `Y.4900-series` is `Y.4900`–`Y.4999`).
///
/// A range covers every Recommendation whose number, cut to the depth of the range's ends,
/// lies in it: `Y.4000 – Y.4999` covers `Y.4500` and the sub-numbered `Y.4500.3`, and
/// `F.747.1 – F.747.8` covers `F.747.3` and `F.747.8.1` but not `F.747` (a number shallower
/// than the range's ends is not in it). A sub-numbered Recommendation belongs with the
/// Recommendation its number extends, so listing a range of numbers lists their parts too.
/// A single entry still contains only itself (`Q.3052`, not `Q.3052.1`): only ranges and
/// series blocks reach sub-numbers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnexCEntry {
    Recommendation(RecommendationNumber),
    Range {
        start: RecommendationNumber,
        end: RecommendationNumber,
    },
    Series {
        series: char,
        block_start: u32,
    },
}

impl AnnexCEntry {
    const KIND: &'static str = "Annex C entry";

    /// The series letter the entry belongs to.
    pub fn series(&self) -> char {
        match self {
            Self::Recommendation(number) => number.series(),
            Self::Range { start, .. } => start.series(),
            Self::Series { series, .. } => *series,
        }
    }

    /// For a series block, the first parts it spans (`4000..=4999` for `Y.4000-series`).
    pub fn block_bounds(block_start: u32) -> (u32, u32) {
        let mut width: u32 = 1;
        let mut rest = block_start;
        while rest > 0 && rest.is_multiple_of(10) {
            rest /= 10;
            width = width.saturating_mul(10);
        }
        (block_start, block_start.saturating_add(width - 1))
    }

    /// Whether the entry makes the study group responsible for `number`.
    pub fn contains(&self, number: &RecommendationNumber) -> bool {
        match self {
            Self::Recommendation(single) => single == number,
            Self::Range { start, end } => {
                number.series() == start.series()
                    && number
                        .parts()
                        .get(..start.parts().len())
                        .is_some_and(|head| start.parts() <= head && head <= end.parts())
            }
            Self::Series {
                series,
                block_start,
            } => {
                let (low, high) = Self::block_bounds(*block_start);
                number.series() == *series && (low..=high).contains(&number.base())
            }
        }
    }

    /// Whether some Recommendation number falls under both entries.
    pub fn overlaps(&self, other: &Self) -> bool {
        if self.series() != other.series() {
            return false;
        }
        match (self, other) {
            (Self::Recommendation(number), entry) | (entry, Self::Recommendation(number)) => {
                entry.contains(number)
            }
            (Self::Series { block_start: a, .. }, Self::Series { block_start: b, .. }) => {
                let (a_low, a_high) = Self::block_bounds(*a);
                let (b_low, b_high) = Self::block_bounds(*b);
                a_low <= b_high && b_low <= a_high
            }
            (Self::Series { block_start, .. }, Self::Range { start, end })
            | (Self::Range { start, end }, Self::Series { block_start, .. }) => {
                let (low, high) = Self::block_bounds(*block_start);
                start.base() <= high && end.base() >= low
            }
            (
                Self::Range {
                    start: a_start,
                    end: a_end,
                },
                Self::Range {
                    start: b_start,
                    end: b_end,
                },
            ) => {
                // The deeper range's numbers, cut to the shallower one's depth, form an
                // interval; the two meet when it meets the shallower range.
                let (shallow, deep) = if a_start.parts().len() <= b_start.parts().len() {
                    ((a_start, a_end), (b_start, b_end))
                } else {
                    ((b_start, b_end), (a_start, a_end))
                };
                let (low, high) = truncated(deep, shallow.0.parts().len());
                shallow.0.parts() <= high && low <= shallow.1.parts()
            }
        }
    }

    /// Whether every number under `other` is also under `self` (so `other` is redundant).
    pub fn covers(&self, other: &Self) -> bool {
        if self.series() != other.series() {
            return false;
        }
        match (self, other) {
            (entry, Self::Recommendation(number)) => entry.contains(number),
            // A range holds the sub-numbers of its ends, which a single entry does not.
            (Self::Recommendation(_), Self::Range { .. }) => false,
            (Self::Recommendation(_), Self::Series { .. }) => false,
            (Self::Range { start, end }, Self::Series { block_start, .. }) => {
                // Only a range of unsplit numbers holds every depth of a block.
                let (low, high) = Self::block_bounds(*block_start);
                start.parts().len() == 1 && start.base() <= low && high <= end.base()
            }
            (Self::Series { block_start: a, .. }, Self::Series { block_start: b, .. }) => {
                let (a_low, a_high) = Self::block_bounds(*a);
                let (b_low, b_high) = Self::block_bounds(*b);
                a_low <= b_low && b_high <= a_high
            }
            (Self::Series { block_start, .. }, Self::Range { start, end }) => {
                let (low, high) = Self::block_bounds(*block_start);
                start.base() >= low && end.base() <= high
            }
            (
                Self::Range {
                    start: a_start,
                    end: a_end,
                },
                Self::Range {
                    start: b_start,
                    end: b_end,
                },
            ) => {
                // `other` holds numbers of its own depth, so `self` must be no deeper; then
                // `other`'s numbers cut to `self`'s depth must lie within `self`.
                let depth = a_start.parts().len();
                if depth > b_start.parts().len() {
                    return false;
                }
                let (low, high) = truncated((b_start, b_end), depth);
                a_start.parts() <= low && high <= a_end.parts()
            }
        }
    }
}

/// A range's ends cut to their first `depth` parts: the interval the range's numbers occupy
/// at that depth (every value between the cut ends is the head of some number in the range).
fn truncated<'a>(
    (start, end): (&'a RecommendationNumber, &'a RecommendationNumber),
    depth: usize,
) -> (&'a [u32], &'a [u32]) {
    let cut =
        |number: &'a RecommendationNumber| number.parts().get(..depth).unwrap_or(number.parts());
    (cut(start), cut(end))
}

/// Splits `a – b` on an en dash, em dash or hyphen used as a range separator (a hyphen inside
/// the `ITU-T` prefix is not one).
fn split_range(text: &str) -> Option<(&str, &str)> {
    for dash in ['\u{2013}', '\u{2014}'] {
        if let Some(pair) = text.split_once(dash) {
            return Some(pair);
        }
    }
    let bytes = text.as_bytes();
    for (i, byte) in bytes.iter().enumerate() {
        if *byte == b'-' && i > 0 {
            let before = bytes.get(i - 1).copied().unwrap_or(b' ');
            if before.is_ascii_digit() || before == b' ' {
                return Some((&text[..i], &text[i + 1..]));
            }
        }
    }
    None
}

impl FromStr for AnnexCEntry {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = input.trim();
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        if let Some(block) = text
            .strip_suffix("-series")
            .or_else(|| text.strip_suffix(" series"))
        {
            let block = strip_itu_t_prefix(block.trim());
            let mut chars = block.chars();
            let series = chars
                .next()
                .filter(char::is_ascii_uppercase)
                .ok_or_else(|| malformed(Self::KIND, input, series_letter_problem(block)))?;
            let digits = chars
                .as_str()
                .strip_prefix('.')
                .ok_or_else(|| malformed(Self::KIND, input, "expected `.` after the series"))?;
            let block_start = parse_number(digits, Self::KIND, input)?;
            if block_start == 0 || !block_start.is_multiple_of(10) {
                return Err(malformed(
                    Self::KIND,
                    input,
                    "a series block starts at a round number such as 4000",
                ));
            }
            return Ok(Self::Series {
                series,
                block_start,
            });
        }
        let Some((start, end)) = split_range(text) else {
            return Ok(Self::Recommendation(text.parse()?));
        };
        let start: RecommendationNumber = start.trim().parse()?;
        let end: RecommendationNumber = end.trim().parse()?;
        if start.series() != end.series() {
            return Err(DesignationError::RangeAcrossSeries {
                input: input.to_owned(),
                start: start.series(),
                end: end.series(),
            });
        }
        if start.parts().len() != end.parts().len() {
            return Err(DesignationError::RangeDepthMismatch {
                input: input.to_owned(),
            });
        }
        if start > end {
            return Err(DesignationError::RangeReversed {
                input: input.to_owned(),
            });
        }
        if start == end {
            return Ok(Self::Recommendation(start));
        }
        Ok(Self::Range { start, end })
    }
}

impl fmt::Display for AnnexCEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Recommendation(number) => write!(f, "{number}"),
            Self::Range { start, end } => write!(f, "{start} \u{2013} {end}"),
            Self::Series {
                series,
                block_start,
            } => write!(f, "{series}.{block_start}-series"),
        }
    }
}

fn entry_pattern() -> String {
    let number = number_pattern();
    format!(
        "^(?:{number}(?: ?[\u{2013}\u{2014}-] ?{number})?|{PREFIX_PATTERN}[A-Z]\\.[1-9][0-9]*0[ -]series)$"
    )
}

string_designation!(
    AnnexCEntry,
    "AnnexCEntry",
    entry_pattern(),
    "An Annex C entry: a Recommendation (`Q.3052`), an inclusive range in one series (`Y.2060 – Y.2070`) or a series block (`Y.4000-series`)."
);

/// An Annex C entry as written in a data file: kept even when it does not parse, so that one
/// mistyped entry in a proposal is reported as a finding at its place (rule AC001) while every
/// other check still runs, rather than refusing the whole file.
///
/// Held compactly: a check holds every Resolution 2 entry throughout, and an Annex C of a few
/// thousand items was four to five times its text in memory. The text is a boxed `str` (no
/// spare capacity), and the error, rare, is boxed, so that an item is the size of its entry
/// plus two pointers rather than of the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexCItem {
    text: Box<str>,
    parsed: Result<AnnexCEntry, Box<DesignationError>>,
}

impl AnnexCItem {
    /// The entry as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The parsed entry, when the text is a valid Annex C entry.
    pub fn entry(&self) -> Option<&AnnexCEntry> {
        self.parsed.as_ref().ok()
    }

    /// Why the text is not a valid entry, when it is not.
    pub fn error(&self) -> Option<&DesignationError> {
        self.parsed.as_ref().err().map(|error| &**error)
    }
}

impl From<AnnexCEntry> for AnnexCItem {
    fn from(entry: AnnexCEntry) -> Self {
        Self {
            text: entry.to_string().into_boxed_str(),
            parsed: Ok(entry),
        }
    }
}

impl From<String> for AnnexCItem {
    /// The text is kept as given (boxed), not copied.
    fn from(text: String) -> Self {
        let parsed = text.parse().map_err(Box::new);
        Self {
            text: text.into_boxed_str(),
            parsed,
        }
    }
}

impl From<&str> for AnnexCItem {
    fn from(text: &str) -> Self {
        Self::from(text.to_owned())
    }
}

impl serde::Serialize for AnnexCItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for AnnexCItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The text read is kept, not copied again.
        String::deserialize(deserializer).map(Self::from)
    }
}

impl schemars::JsonSchema for AnnexCItem {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AnnexCItem".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "description": "An Annex C entry as written: a Recommendation (`Q.3052`), a range in one series (`Y.2060 – Y.2070`) or a series block (`Y.4000-series`). The schema accepts any text so that a malformed entry still loads; wtsa reports it as rule AC001.",
            "examples": ["Y.4000-series", "F.747.1 – F.747.8", "Q.3052"],
        })
    }
}
