use std::fmt;
use std::str::FromStr;

use super::error::{malformed, parse_number, series_letter, DesignationError};
use super::macros::string_designation;
use super::prefix::PREFIX_PATTERN;

/// The most parts a Recommendation number may have (`Y.4500.3` has two); deeper numbers are
/// not used by ITU-T and are rejected so that a crafted input cannot grow without bound.
pub const MAX_PARTS: usize = 4;

/// The numeric parts of a Recommendation number (`[4500, 3]` of `Y.4500.3`), or the first few
/// of them, held inline rather than on the heap: numbers are small values that rules hash
/// and compare by the million, and reaching each one's parts through a pointer cost more
/// than comparing them (the Annex C indexes of the rules pack the parts of a range's bounds
/// into one integer instead, to compare bounds of one depth in one step). Ordered and equal
/// as the slice of the parts (the slots past the count are always zeros, so equal parts are
/// equal fields, and a hash reads the whole array in one word).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberParts {
    count: u8,
    parts: [u32; MAX_PARTS],
}

impl NumberParts {
    /// Up to [`MAX_PARTS`] parts; `None` for more.
    pub fn new(parts: &[u32]) -> Option<Self> {
        let mut inline = [0; MAX_PARTS];
        inline.get_mut(..parts.len())?.copy_from_slice(parts);
        Some(Self {
            count: u8::try_from(parts.len()).ok()?,
            parts: inline,
        })
    }

    /// The parts, as a slice.
    pub fn as_slice(&self) -> &[u32] {
        self.parts
            .get(..usize::from(self.count))
            .unwrap_or(&self.parts)
    }

    /// The first `depth` parts (all of them when there are fewer).
    pub fn head(&self, depth: usize) -> Self {
        let mut head = *self;
        for slot in head.parts.iter_mut().skip(depth) {
            *slot = 0;
        }
        head.count = head.count.min(u8::try_from(depth).unwrap_or(u8::MAX));
        head
    }
}

impl std::hash::Hash for NumberParts {
    #[inline]
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [a, b, c, d] = self.parts.map(u128::from);
        state.write_u8(self.count);
        state.write_u128(a | b << 32 | c << 64 | d << 96);
    }
}

impl PartialOrd for NumberParts {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NumberParts {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_slice().cmp(other.as_slice())
    }
}

/// An ITU-T Recommendation number: a series letter and one or more numeric parts, such as
/// `Y.4052`, `Y.4500.3`, `F.748.0` or `Q.3052`.
///
/// Parsing accepts the "ITU-T" prefix in all its spellings (see [`strip_itu_t_prefix`]);
/// display is canonical and bare (`Y.4500.3`). Order is by series, then numerically part by
/// part, so `Y.4500` < `Y.4500.3` < `Y.4500.10` < `Y.4501`. The parts are held inline
/// ([`NumberParts`]), so a number is `Copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecommendationNumber {
    series: char,
    parts: NumberParts,
}

impl RecommendationNumber {
    const KIND: &'static str = "Recommendation number";

    /// Builds a number from its series letter and parts; `None` when the letter is not an
    /// ASCII capital or the parts are empty or too many.
    pub fn new(series: char, parts: Vec<u32>) -> Option<Self> {
        if !series.is_ascii_uppercase() || parts.is_empty() {
            return None;
        }
        Some(Self {
            series,
            parts: NumberParts::new(&parts)?,
        })
    }

    /// The series letter (`Y` in `Y.4052`).
    pub fn series(&self) -> char {
        self.series
    }

    /// The numeric parts (`[4500, 3]` in `Y.4500.3`); never empty.
    pub fn parts(&self) -> &[u32] {
        self.parts.as_slice()
    }

    /// The numeric parts as a value of their own, to cut to a depth and compare.
    pub fn number_parts(&self) -> NumberParts {
        self.parts
    }

    /// The first numeric part (`4500` in `Y.4500.3`).
    pub fn base(&self) -> u32 {
        self.parts.parts[0]
    }
}

impl FromStr for RecommendationNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (series, rest) = series_letter(input, Self::KIND)?;
        let rest = rest
            .strip_prefix('.')
            .ok_or_else(|| malformed(Self::KIND, input, "expected `.` after the series letter"))?;
        let mut parts = [0; MAX_PARTS];
        let mut count = 0u8;
        let mut too_many = false;
        // Every part is read before the count is judged, so a malformed part is the error
        // even in a number of too many parts.
        for part in rest.split('.') {
            let number = parse_number(part, Self::KIND, input)?;
            match parts.get_mut(usize::from(count)) {
                Some(slot) => {
                    *slot = number;
                    count += 1;
                }
                None => too_many = true,
            }
        }
        if too_many {
            return Err(malformed(Self::KIND, input, "too many parts"));
        }
        Ok(Self {
            series,
            parts: NumberParts { count, parts },
        })
    }
}

impl fmt::Display for RecommendationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.series)?;
        for part in self.parts() {
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
///
/// One number is held inline, several on the heap: nearly every Recommendation has one.
/// Equality, order and hashing are those of the numbers as a slice.
#[derive(Debug, Clone)]
pub struct RecommendationDesignation {
    numbers: Numbers,
}

#[derive(Debug, Clone)]
enum Numbers {
    One([RecommendationNumber; 1]),
    Several(Box<[RecommendationNumber]>),
}

impl Numbers {
    fn of(mut numbers: Vec<RecommendationNumber>) -> Self {
        match numbers.pop() {
            Some(only) if numbers.is_empty() => Self::One([only]),
            Some(last) => {
                numbers.push(last);
                Self::Several(numbers.into_boxed_slice())
            }
            None => Self::Several(Box::default()),
        }
    }

    fn as_slice(&self) -> &[RecommendationNumber] {
        match self {
            Self::One(one) => one,
            Self::Several(several) => several,
        }
    }
}

impl PartialEq for RecommendationDesignation {
    fn eq(&self, other: &Self) -> bool {
        self.numbers() == other.numbers()
    }
}

impl Eq for RecommendationDesignation {}

impl std::hash::Hash for RecommendationDesignation {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.numbers().hash(state);
    }
}

impl PartialOrd for RecommendationDesignation {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RecommendationDesignation {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.numbers().cmp(other.numbers())
    }
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
        (!numbers.is_empty() && numbers.len() <= MAX_PARTS && !repeated).then(|| Self {
            numbers: Numbers::of(numbers),
        })
    }

    /// The first (primary) number.
    pub fn primary(&self) -> &RecommendationNumber {
        match &self.numbers {
            Numbers::One([only]) => only,
            // ok: parsing and `new` guarantee at least one number.
            Numbers::Several(several) => &several[0],
        }
    }

    /// Every number, primary first.
    pub fn numbers(&self) -> &[RecommendationNumber] {
        self.numbers.as_slice()
    }

    /// Whether this Recommendation carries more than one number.
    pub fn is_double(&self) -> bool {
        self.numbers().len() > 1
    }
}

impl From<RecommendationNumber> for RecommendationDesignation {
    fn from(number: RecommendationNumber) -> Self {
        Self {
            numbers: Numbers::One([number]),
        }
    }
}

impl FromStr for RecommendationDesignation {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        if input.trim().is_empty() {
            return Err(DesignationError::Empty { kind: Self::KIND });
        }
        let mut pieces = input.split('/');
        let first: RecommendationNumber = pieces.next().unwrap_or(input).parse()?;
        // One number, nearly always: nothing to gather, nothing repeated.
        let Some(second) = pieces.next() else {
            return Ok(Self {
                numbers: Numbers::One([first]),
            });
        };
        let mut numbers = vec![first, second.parse()?];
        for piece in pieces {
            numbers.push(piece.parse()?);
        }
        if numbers.len() > MAX_PARTS {
            return Err(malformed(Self::KIND, input, "too many numbers"));
        }
        for (i, number) in numbers.iter().enumerate() {
            if numbers[..i].contains(number) {
                return Err(malformed(Self::KIND, input, "a number is repeated"));
            }
        }
        Ok(Self {
            numbers: Numbers::of(numbers),
        })
    }
}

impl fmt::Display for RecommendationDesignation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, number) in self.numbers().iter().enumerate() {
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
