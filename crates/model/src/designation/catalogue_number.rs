//! Recommendation numbers as the ITU-T publication catalogue writes them, with the marks and
//! spellings of a century of numbering that [`RecommendationNumber`] does not take.

use std::fmt;
use std::str::FromStr;

use super::cursor::Cursor;
use super::error::{malformed, DesignationError};
use super::macros::string_designation;
use super::prefix::{strip_itu_t_prefix, PREFIX_PATTERN};
use super::recommendation::{RecommendationDesignation, RecommendationNumber, MAX_PARTS};

/// A word or letter written after a Recommendation number that makes it another
/// Recommendation: `Q.11 bis`, `V.25 ter`, `R.38 A`, `D.200 R`, `I.256.2a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NumberMark {
    /// `bis`: a Recommendation inserted after the one with the bare number (CCITT practice).
    Bis,
    /// `ter`: the third with that number.
    Ter,
    /// `quater`: the fourth with that number.
    Quater,
    /// `quarter`: the catalogue's misspelling of `quater` in `E.211/Q.11 quarter (11/1980)`.
    /// Kept as written, because the identifier is the record's key upstream and the later
    /// edition spells it `quater`; [`NumberMark::is_quater`] treats the two alike.
    QuaterSpelledQuarter,
    /// A letter, kept in the case written: capitals for parts published separately
    /// (`Q.2931 C`, `Q.1912.5 B`, `R.38 A`), `R` for regional D- and E-series
    /// Recommendations (`D.200 R`, `D.502R`), small letters for sub-parts (`I.256.2a`), and a
    /// small `l` where digitised 1970s records have the letter in place of the digit 1
    /// (`E.54l`, `M.73l`, `P.6l`) — not corrected here, so that the id still matches upstream.
    Letter(char),
}

impl NumberMark {
    /// The ordinal words, longest spelling first where one is a prefix of another.
    const WORDS: [(&'static str, NumberMark); 4] = [
        ("bis", NumberMark::Bis),
        ("ter", NumberMark::Ter),
        ("quater", NumberMark::Quater),
        ("quarter", NumberMark::QuaterSpelledQuarter),
    ];

    /// Whether this is `quater` in either spelling.
    pub fn is_quater(self) -> bool {
        matches!(self, Self::Quater | Self::QuaterSpelledQuarter)
    }
}

impl fmt::Display for NumberMark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bis => f.write_str("bis"),
            Self::Ter => f.write_str("ter"),
            Self::Quater => f.write_str("quater"),
            Self::QuaterSpelledQuarter => f.write_str("quarter"),
            Self::Letter(letter) => write!(f, "{letter}"),
        }
    }
}

/// A [`NumberMark`] and whether a space stands before it: the catalogue writes both
/// `F.80 bis` and `F.80bis`, `D.200 R` and `D.502R`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NumberSuffix {
    mark: NumberMark,
    spaced: bool,
}

impl NumberSuffix {
    /// `None` when a letter mark is not an ASCII letter.
    pub fn new(mark: NumberMark, spaced: bool) -> Option<Self> {
        match mark {
            NumberMark::Letter(letter) if !letter.is_ascii_alphabetic() => None,
            _ => Some(Self { mark, spaced }),
        }
    }

    pub fn mark(self) -> NumberMark {
        self.mark
    }

    /// Whether a space separates the mark from the number.
    pub fn is_spaced(self) -> bool {
        self.spaced
    }
}

impl fmt::Display for NumberSuffix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.spaced {
            f.write_str(" ")?;
        }
        write!(f, "{}", self.mark)
    }
}

/// The end of a number that names a run of Recommendations published as one:
/// `Q.120-Q.139` (Signalling System No. 4) ends at a full number, `Q.732.2-5` at a last part.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NumberSpanEnd {
    Number(RecommendationNumber),
    LastPart(u32),
}

/// A Recommendation number as the ITU-T publication catalogue writes it: a
/// [`RecommendationNumber`], possibly with a [`NumberSuffix`] (`Q.11 bis`, `R.38 A`), naming a
/// run (`Q.120-Q.139`, `Q.732.2-5`) or written with leading zeros (`D.000`).
///
/// Display gives back exactly what was parsed (spacing, zeros and spelling included); two
/// numbers written differently are different values. Order is by the Recommendation number
/// (numeric, part by part), then run, then suffix, so `Q.11` < `Q.11 bis` < `Q.11 ter` < `Q.12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CatalogueNumber {
    number: RecommendationNumber,
    span_end: Option<NumberSpanEnd>,
    suffix: Option<NumberSuffix>,
    /// The written width of every part when some part has leading zeros (`D.000`); empty
    /// otherwise, so that ordinary numbers carry nothing.
    widths: Vec<u8>,
}

impl CatalogueNumber {
    const KIND: &'static str = "catalogue Recommendation number";

    pub fn new(number: RecommendationNumber) -> Self {
        Self {
            number,
            span_end: None,
            suffix: None,
            widths: Vec::new(),
        }
    }

    pub fn with_suffix(mut self, suffix: NumberSuffix) -> Self {
        self.suffix = Some(suffix);
        self
    }

    /// Makes the number a run ending at `end`; `None` when `end` is not after the number (a
    /// full end in the same series, a last part greater than the number's).
    pub fn with_span_end(mut self, end: NumberSpanEnd) -> Option<Self> {
        let valid = match &end {
            NumberSpanEnd::Number(last) => {
                last.series() == self.number.series() && *last > self.number
            }
            NumberSpanEnd::LastPart(last) => {
                self.number.parts().last().is_some_and(|part| last > part)
            }
        };
        valid.then(|| {
            self.span_end = Some(end);
            self
        })
    }

    /// Writes the parts zero-padded to `widths` (one per part, each at least as wide as the
    /// part's digits, some wider); `None` otherwise.
    pub fn with_widths(mut self, widths: Vec<u8>) -> Option<Self> {
        let digits = |part: u32| part.checked_ilog10().map_or(1, |log| log + 1);
        let fits = widths.len() == self.number.parts().len()
            && self
                .number
                .parts()
                .iter()
                .zip(&widths)
                .all(|(part, width)| u32::from(*width) >= digits(*part));
        let padded = self
            .number
            .parts()
            .iter()
            .zip(&widths)
            .any(|(part, width)| u32::from(*width) > digits(*part));
        (fits && padded).then(|| {
            self.widths = widths;
            self
        })
    }

    /// The Recommendation number proper (`Q.11` in `Q.11 bis`, `Q.120` in `Q.120-Q.139`).
    pub fn number(&self) -> &RecommendationNumber {
        &self.number
    }

    pub fn suffix(&self) -> Option<NumberSuffix> {
        self.suffix
    }

    pub fn span_end(&self) -> Option<&NumberSpanEnd> {
        self.span_end.as_ref()
    }

    /// The number as a plain [`RecommendationNumber`] when it is one: no suffix, no run, no
    /// leading zeros. `Q.11 bis` is not `Q.11`, so it has none.
    pub fn as_recommendation(&self) -> Option<&RecommendationNumber> {
        (self.suffix.is_none() && self.span_end.is_none() && self.widths.is_empty())
            .then_some(&self.number)
    }

    /// Reads one number at the cursor, leaving what follows it.
    pub(crate) fn read(cursor: &mut Cursor<'_>, input: &str) -> Result<Self, DesignationError> {
        let series = cursor
            .eat_char(|c| c.is_ascii_uppercase())
            .ok_or_else(|| malformed(Self::KIND, input, "expected a series letter"))?;
        if !cursor.eat(".") {
            return Err(malformed(
                Self::KIND,
                input,
                "expected `.` after the series letter",
            ));
        }
        let (parts, widths) = read_parts(cursor, input, Leading::ZerosKept)?;
        let mut number = Self::new(
            RecommendationNumber::new(series, parts)
                .ok_or_else(|| malformed(Self::KIND, input, "too many parts"))?,
        );
        if widths
            .iter()
            .zip(number.number.parts())
            .any(|(width, part)| u32::from(*width) > part.checked_ilog10().map_or(1, |log| log + 1))
        {
            number.widths = widths;
        }
        if cursor.peek() == Some('-') {
            number = read_span_end(cursor, input, number)?;
        }
        if let Some(suffix) = read_suffix(cursor) {
            number.suffix = Some(suffix);
        }
        Ok(number)
    }
}

/// Whether leading zeros are accepted in the parts being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Leading {
    ZerosKept,
    ZerosRefused,
}

/// Reads `4500.3` (parts separated by dots, each followed by a digit) and the written width of
/// each part.
fn read_parts(
    cursor: &mut Cursor<'_>,
    input: &str,
    leading: Leading,
) -> Result<(Vec<u32>, Vec<u8>), DesignationError> {
    const KIND: &str = CatalogueNumber::KIND;
    let mut parts = Vec::new();
    let mut widths = Vec::new();
    loop {
        let digits = cursor.digits();
        if digits.is_empty() {
            return Err(malformed(KIND, input, "expected a number"));
        }
        if leading == Leading::ZerosRefused && digits.len() > 1 && digits.starts_with('0') {
            return Err(malformed(KIND, input, "a number has a leading zero"));
        }
        let value = digits
            .parse()
            .map_err(|_| DesignationError::NumberTooLarge {
                input: input.to_owned(),
            })?;
        let width = u8::try_from(digits.len()).map_err(|_| DesignationError::NumberTooLarge {
            input: input.to_owned(),
        })?;
        parts.push(value);
        widths.push(width);
        if parts.len() > MAX_PARTS {
            return Err(malformed(KIND, input, "too many parts"));
        }
        if cursor.peek() == Some('.') && cursor.peek_second().is_some_and(|c| c.is_ascii_digit()) {
            cursor.eat(".");
        } else {
            return Ok((parts, widths));
        }
    }
}

fn read_span_end(
    cursor: &mut Cursor<'_>,
    input: &str,
    number: CatalogueNumber,
) -> Result<CatalogueNumber, DesignationError> {
    const KIND: &str = CatalogueNumber::KIND;
    cursor.eat("-");
    let end = if let Some(series) = cursor.eat_char(|c| c.is_ascii_uppercase()) {
        if !cursor.eat(".") {
            return Err(malformed(
                KIND,
                input,
                "expected `.` after the series letter",
            ));
        }
        let (parts, _) = read_parts(cursor, input, Leading::ZerosRefused)?;
        NumberSpanEnd::Number(
            RecommendationNumber::new(series, parts)
                .ok_or_else(|| malformed(KIND, input, "too many parts"))?,
        )
    } else {
        let digits = cursor.digits();
        let (parts, _) = read_parts(&mut Cursor::new(digits), input, Leading::ZerosRefused)?;
        match parts.as_slice() {
            [last] => NumberSpanEnd::LastPart(*last),
            _ => return Err(malformed(KIND, input, "expected the run's last part")),
        }
    };
    number.with_span_end(end).ok_or_else(|| {
        malformed(
            KIND,
            input,
            "a run ends after it starts, in the same series",
        )
    })
}

/// Whether a mark ends where the number does: at the end, a space or the `/` of the next
/// number. A letter followed by more letters is the next word (`Annex`, `v.1`), not a mark.
fn ends_mark(next: Option<char>) -> bool {
    matches!(next, None | Some(' ' | '/'))
}

fn read_suffix(cursor: &mut Cursor<'_>) -> Option<NumberSuffix> {
    for spaced in [true, false] {
        let mut probe = *cursor;
        if spaced && !probe.eat(" ") {
            continue;
        }
        for (word, mark) in NumberMark::WORDS {
            let mut after = probe;
            if after.eat(word) && ends_mark(after.peek()) {
                *cursor = after;
                return Some(NumberSuffix { mark, spaced });
            }
        }
        let mut after = probe;
        if let Some(letter) = after.eat_char(|c| c.is_ascii_alphabetic()) {
            if ends_mark(after.peek()) {
                *cursor = after;
                return Some(NumberSuffix {
                    mark: NumberMark::Letter(letter),
                    spaced,
                });
            }
        }
    }
    None
}

/// Reads the whole of `input` (an `ITU-T ` prefix allowed) with `read`: refused when empty,
/// or when text is left after what `read` takes (`after` says what).
fn read_whole<T>(
    input: &str,
    kind: &'static str,
    after: &'static str,
    read: impl FnOnce(&mut Cursor<'_>, &str) -> Result<T, DesignationError>,
) -> Result<T, DesignationError> {
    let text = strip_itu_t_prefix(input.trim());
    if text.is_empty() {
        return Err(DesignationError::Empty { kind });
    }
    let mut cursor = Cursor::new(text);
    let value = read(&mut cursor, input)?;
    if !cursor.is_empty() {
        return Err(malformed(kind, input, after));
    }
    Ok(value)
}

impl From<RecommendationNumber> for CatalogueNumber {
    fn from(number: RecommendationNumber) -> Self {
        Self::new(number)
    }
}

impl FromStr for CatalogueNumber {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        read_whole(
            input,
            Self::KIND,
            "unexpected text after the number",
            Self::read,
        )
    }
}

impl fmt::Display for CatalogueNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number.series())?;
        for (i, part) in self.number.parts().iter().enumerate() {
            let width = usize::from(self.widths.get(i).copied().unwrap_or(0));
            write!(f, ".{part:0width$}")?;
        }
        match &self.span_end {
            Some(NumberSpanEnd::Number(end)) => write!(f, "-{end}")?,
            Some(NumberSpanEnd::LastPart(end)) => write!(f, "-{end}")?,
            None => {}
        }
        if let Some(suffix) = self.suffix {
            write!(f, "{suffix}")?;
        }
        Ok(())
    }
}

const NUMBER: &str = "(?:0|[1-9][0-9]*)";

/// The schema pattern of one catalogue number (without anchors or prefix).
pub(crate) fn catalogue_number_pattern() -> String {
    format!(
        "[A-Z]\\.[0-9]+(?:\\.[0-9]+){{0,3}}(?:-(?:[A-Z]\\.{NUMBER}(?:\\.{NUMBER}){{0,3}}|{NUMBER}))?(?: ?(?:bis|ter|quater|quarter|[A-Za-z]))?"
    )
}

string_designation!(
    CatalogueNumber,
    "CatalogueNumber",
    format!("^{PREFIX_PATTERN}{}$", catalogue_number_pattern()),
    "A Recommendation number as the ITU-T catalogue writes it: `Y.4052`, `Q.11 bis`, `F.80bis`, `R.38 A`, `D.502R`, `I.256.2a`, a run `Q.120-Q.139` or `Q.732.2-5`, or `D.000`; kept exactly as written."
);

/// The numbers of one Recommendation in the catalogue: one, or a double or triple number
/// such as `Y.4101/Y.2067` or `E.164/I.331/Q.11 bis` (primary first), each a
/// [`CatalogueNumber`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CatalogueDesignation {
    primary: CatalogueNumber,
    others: Vec<CatalogueNumber>,
}

impl CatalogueDesignation {
    const KIND: &'static str = "catalogue Recommendation designation";

    /// `None` when there are more than [`MAX_PARTS`] numbers or one is repeated.
    pub fn new(primary: CatalogueNumber, others: Vec<CatalogueNumber>) -> Option<Self> {
        let designation = Self { primary, others };
        designation.is_valid().then_some(designation)
    }

    fn is_valid(&self) -> bool {
        let numbers: Vec<&CatalogueNumber> = self.numbers().collect();
        numbers.len() <= MAX_PARTS
            && numbers
                .iter()
                .enumerate()
                .all(|(i, number)| !numbers.iter().take(i).any(|earlier| earlier == number))
    }

    /// The first (primary) number.
    pub fn primary(&self) -> &CatalogueNumber {
        &self.primary
    }

    /// Every number, primary first.
    pub fn numbers(&self) -> impl Iterator<Item = &CatalogueNumber> {
        std::iter::once(&self.primary).chain(&self.others)
    }

    /// Whether the Recommendation carries more than one number.
    pub fn is_joint(&self) -> bool {
        !self.others.is_empty()
    }

    /// The designation as a [`RecommendationDesignation`] when every number is a plain
    /// Recommendation number.
    pub fn as_recommendation(&self) -> Option<RecommendationDesignation> {
        let numbers = self
            .numbers()
            .map(|number| number.as_recommendation().cloned())
            .collect::<Option<Vec<_>>>()?;
        RecommendationDesignation::new(numbers)
    }

    pub(crate) fn read(cursor: &mut Cursor<'_>, input: &str) -> Result<Self, DesignationError> {
        let primary = CatalogueNumber::read(cursor, input)?;
        let mut others = Vec::new();
        while cursor.eat("/") {
            others.push(CatalogueNumber::read(cursor, input)?);
            if others.len() >= MAX_PARTS {
                return Err(malformed(Self::KIND, input, "too many numbers"));
            }
        }
        Self::new(primary, others)
            .ok_or_else(|| malformed(Self::KIND, input, "a number is repeated"))
    }
}

impl From<CatalogueNumber> for CatalogueDesignation {
    fn from(number: CatalogueNumber) -> Self {
        Self {
            primary: number,
            others: Vec::new(),
        }
    }
}

impl FromStr for CatalogueDesignation {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        read_whole(
            input,
            Self::KIND,
            "unexpected text after the numbers",
            Self::read,
        )
    }
}

impl fmt::Display for CatalogueDesignation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, number) in self.numbers().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{number}")?;
        }
        Ok(())
    }
}

string_designation!(
    CatalogueDesignation,
    "CatalogueDesignation",
    format!(
        "^{PREFIX_PATTERN}{0}(?:/{0}){{0,3}}$",
        catalogue_number_pattern()
    ),
    "The numbers of one Recommendation as the ITU-T catalogue writes them, primary first: `Y.4101/Y.2067`, `E.164/I.331/Q.11 bis`."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_and_spelling_round_trips() {
        for text in [
            "Y.4052",
            "Q.11 bis",
            "F.80bis",
            "V.25 ter",
            "Q.11 quater",
            "Q.11 quarter",
            "R.38 A",
            "D.200 R",
            "D.502R",
            "I.256.2a",
            "E.54l",
            "Q.120-Q.139",
            "Q.732.2-5",
            "D.000",
            "Q.1912.5 B",
        ] {
            let number: CatalogueNumber = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(number.to_string(), text);
        }
        let padded: CatalogueNumber = "D.000".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(padded.number().parts(), &[0]);
        assert!(padded.as_recommendation().is_none());
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in [
            "",
            "Q",
            "Q.",
            "Q.1.",
            "Q.1 bis bis",
            "Q.2-Q.1",
            "Q.1-G.2",
            "Q.5.3-2",
            "q.1",
            "Q.1 Annex",
        ] {
            assert!(text.parse::<CatalogueNumber>().is_err(), "{text:?}");
        }
        assert!("Q.1/Q.1".parse::<CatalogueDesignation>().is_err());
        assert!("A.1/A.2/A.3/A.4/A.5"
            .parse::<CatalogueDesignation>()
            .is_err());
    }
}
