//! The identifier of one publication in the ITU-T catalogue: a Recommendation's edition, or an
//! amendment, corrigendum, erratum, addendum, annex, appendix, supplement or attachment of one.

use std::fmt;
use std::str::FromStr;

use super::catalogue_number::{catalogue_number_pattern, CatalogueDesignation, CatalogueNumber};
use super::cursor::Cursor;
use super::error::{malformed, parse_number, DesignationError};
use super::macros::string_designation;
use super::prefix::{strip_itu_t_prefix, PREFIX_PATTERN};
use super::recommendation::RecommendationNumber;
use super::supplement::SupplementNumber;
use crate::period::YearMonth;

/// The most items an identifier chains (`G.729 Annex B (1996) Cor. 1` has two; the catalogue
/// has no more than two); deeper chains are refused so that a crafted input stays small.
pub const MAX_ITEMS: usize = 4;

const KIND: &str = "publication identifier";

/// How a block of a series is written in a series Supplement's identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlockSeparator {
    /// `E100-300`
    None,
    /// `E-100 series`, `E-300`
    Hyphen,
    /// `E.1100 series`
    Dot,
}

/// A block of Recommendations within a series, as a Supplement's identifier names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SeriesBlock {
    separator: BlockSeparator,
    first: u32,
    last: Option<u32>,
    series_word: bool,
}

impl SeriesBlock {
    /// `None` when `last` is not after `first`, or when a block written with a dot lacks the
    /// word `series` (it would then read as a Recommendation number).
    pub fn new(
        separator: BlockSeparator,
        first: u32,
        last: Option<u32>,
        series_word: bool,
    ) -> Option<Self> {
        let valid = last.is_none_or(|last| last > first)
            && (separator != BlockSeparator::Dot || series_word);
        valid.then_some(Self {
            separator,
            first,
            last,
            series_word,
        })
    }

    /// The first number of the block (`100` in `E-100 series`).
    pub fn first(&self) -> u32 {
        self.first
    }

    /// The last number, when the block is written as a run (`300` in `E100-300`).
    pub fn last(&self) -> Option<u32> {
        self.last
    }
}

/// The series (or block of a series) that a series Supplement supplements: `G` in
/// `G Suppl. 39`, `E-100 series`, `E.1100 series`, `E-300`, `E100-300`, `Q-500 series`. The
/// catalogue writes blocks several ways; each is kept as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SeriesScope {
    series: char,
    block: Option<SeriesBlock>,
}

impl SeriesScope {
    pub fn new(series: char, block: Option<SeriesBlock>) -> Option<Self> {
        series
            .is_ascii_uppercase()
            .then_some(Self { series, block })
    }

    pub fn series(&self) -> char {
        self.series
    }

    pub fn block(&self) -> Option<&SeriesBlock> {
        self.block.as_ref()
    }
}

impl fmt::Display for SeriesScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.series)?;
        if let Some(block) = &self.block {
            match block.separator {
                BlockSeparator::None => {}
                BlockSeparator::Hyphen => f.write_str("-")?,
                BlockSeparator::Dot => f.write_str(".")?,
            }
            write!(f, "{}", block.first)?;
            if let Some(last) = block.last {
                write!(f, "-{last}")?;
            }
            if block.series_word {
                f.write_str(" series")?;
            }
        }
        Ok(())
    }
}

/// A publication the catalogue names by a code instead of a Recommendation number: the
/// handbooks `EMC-3` and `MES-2`, `IMPL-8`, `QOS-2`, `SEC-QKD`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedPublication {
    family: String,
    item: String,
}

impl NamedPublication {
    /// `None` unless `family` is two or more capital letters and `item` capital letters and
    /// digits.
    pub fn new(family: &str, item: &str) -> Option<Self> {
        let valid = family.len() >= 2
            && family.chars().all(|c| c.is_ascii_uppercase())
            && !item.is_empty()
            && item
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        valid.then(|| Self {
            family: family.to_owned(),
            item: item.to_owned(),
        })
    }

    /// The code before the hyphen (`EMC` in `EMC-3`).
    pub fn family(&self) -> &str {
        &self.family
    }

    /// What follows the hyphen (`3` in `EMC-3`, `QKD` in `SEC-QKD`).
    pub fn item(&self) -> &str {
        &self.item
    }
}

impl fmt::Display for NamedPublication {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.family, self.item)
    }
}

/// What an identifier is about before any item: a Recommendation (by all its numbers), a series
/// (for series Supplements) or a named publication.
///
/// Order is by series letter, a series' Recommendations (numerically) before its series
/// Supplements, and named publications last: `A.1` < `A.23` < `A Suppl. 1` < `B.1` < `EMC-3`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PublicationSubject {
    Recommendation(CatalogueDesignation),
    Series(SeriesScope),
    Named(NamedPublication),
}

impl PublicationSubject {
    /// Named publications after every series; within a series letter, Recommendations before
    /// series Supplements.
    fn order_key(&self) -> (bool, char, u8) {
        match self {
            Self::Recommendation(designation) => {
                (false, designation.primary().number().series(), 0)
            }
            Self::Series(scope) => (false, scope.series, 1),
            Self::Named(_) => (true, 'A', 2),
        }
    }
}

impl Ord for PublicationSubject {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.order_key()
            .cmp(&other.order_key())
            .then_with(|| match (self, other) {
                (Self::Recommendation(a), Self::Recommendation(b)) => a.cmp(b),
                (Self::Series(a), Self::Series(b)) => a.cmp(b),
                (Self::Named(a), Self::Named(b)) => a.cmp(b),
                // Different variants never share an order key.
                _ => std::cmp::Ordering::Equal,
            })
    }
}

impl PartialOrd for PublicationSubject {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PublicationSubject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Recommendation(designation) => write!(f, "{designation}"),
            Self::Series(scope) => write!(f, "{scope}"),
            Self::Named(named) => write!(f, "{named}"),
        }
    }
}

/// How a version mark is written: `H.245 (V15)` or `Q.3403 v.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VersionStyle {
    Parenthesised,
    Dotted,
}

/// The version of a Recommendation that ITU-T numbers by version (`H.245 (V15)`,
/// `F.742 (V2)`, `Q.3403 v.1`); a version is a technical revision, not an edition year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VersionMark {
    number: u32,
    style: VersionStyle,
}

impl VersionMark {
    pub fn new(number: u32, style: VersionStyle) -> Self {
        Self { number, style }
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn style(&self) -> VersionStyle {
        self.style
    }
}

impl fmt::Display for VersionMark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.style {
            VersionStyle::Parenthesised => write!(f, " (V{})", self.number),
            VersionStyle::Dotted => write!(f, " v.{}", self.number),
        }
    }
}

/// An annex's label: a capital letter, sometimes a number (`Annex F1`, `Annex M2`) and, once,
/// a `+` (`G.729 Annex C+`, the floating-point version of Annex C).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AnnexLabel {
    letter: char,
    number: Option<u32>,
    plus: bool,
}

impl AnnexLabel {
    pub fn new(letter: char, number: Option<u32>, plus: bool) -> Option<Self> {
        letter.is_ascii_uppercase().then_some(Self {
            letter,
            number,
            plus,
        })
    }

    pub fn letter(&self) -> char {
        self.letter
    }

    pub fn number(&self) -> Option<u32> {
        self.number
    }

    pub fn has_plus(&self) -> bool {
        self.plus
    }
}

impl fmt::Display for AnnexLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.letter)?;
        if let Some(number) = self.number {
            write!(f, "{number}")?;
        }
        if self.plus {
            f.write_str("+")?;
        }
        Ok(())
    }
}

/// What an appendix published on its own holds, when the identifier says
/// (`G.726 App. II test vectors`, `G.728 App. I Software`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppendixContent {
    Software,
    TestVectors,
}

impl AppendixContent {
    fn as_written(self) -> &'static str {
        match self {
            Self::Software => "Software",
            Self::TestVectors => "test vectors",
        }
    }
}

/// An appendix's label: its Roman numeral, whether a space follows `App.` (the catalogue
/// writes both `App. I` and `App.I`), and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AppendixLabel {
    number: u32,
    spaced: bool,
    content: Option<AppendixContent>,
}

/// The largest appendix number written in Roman numerals that the parser takes.
const MAX_ROMAN: u32 = 3999;

impl AppendixLabel {
    /// `None` when the number cannot be written in Roman numerals (0, or above 3999).
    pub fn new(number: u32, spaced: bool, content: Option<AppendixContent>) -> Option<Self> {
        (1..=MAX_ROMAN).contains(&number).then_some(Self {
            number,
            spaced,
            content,
        })
    }

    /// The appendix number (4 for `App. IV`).
    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn content(&self) -> Option<AppendixContent> {
        self.content
    }
}

impl fmt::Display for AppendixLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("App.")?;
        if self.spaced {
            f.write_str(" ")?;
        }
        f.write_str(&roman(self.number))?;
        if let Some(content) = self.content {
            write!(f, " {}", content.as_written())?;
        }
        Ok(())
    }
}

fn roman(mut number: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut text = String::new();
    for (value, numeral) in NUMERALS {
        while number >= value {
            text.push_str(numeral);
            number -= value;
        }
    }
    text
}

/// Reads a Roman numeral in its canonical form only (`IV`, not `IIII`), so that display gives
/// it back as written.
fn read_roman(cursor: &mut Cursor<'_>, input: &str) -> Result<u32, DesignationError> {
    let text = cursor.take_while(|c| "IVXLCDM".contains(c));
    let value = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
    // Subtractive pairs (`IV`) make the running total dip below zero before it recovers.
    let mut total: i64 = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let here = value(c);
        match chars.peek() {
            Some(next) if value(*next) > here => total -= here,
            _ => total += here,
        }
    }
    let total = u32::try_from(total).unwrap_or(0);
    if text.is_empty() || total == 0 || total > MAX_ROMAN || roman(total) != text {
        return Err(malformed(
            KIND,
            input,
            "an appendix number is a Roman numeral such as `IV`",
        ));
    }
    Ok(total)
}

/// The kind of publication an identifier names.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PublicationKind {
    /// An edition of a Recommendation (`Y.4052 (08/2022)`).
    Recommendation,
    /// An edition of a publication named by a code (`EMC-3`).
    NamedPublication,
    Amendment,
    Corrigendum,
    /// A technical corrigendum (`X.215 (1995) Technical Cor. 1`), the name used for
    /// corrigenda to texts common with ISO/IEC.
    TechnicalCorrigendum,
    /// One text published as both (`X.237 (1995) Amd. 1/Technical Cor. 1`).
    AmendmentAndTechnicalCorrigendum,
    Erratum,
    Addendum,
    Annex,
    Appendix,
    Supplement,
    Attachment,
}

/// One item of an identifier, after the subject: `Amd. 1`, `Annex B`, `App. II`, `Suppl. 3` …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PublicationItem {
    Amendment(u32),
    Corrigendum(u32),
    TechnicalCorrigendum(u32),
    AmendmentAndTechnicalCorrigendum {
        amendment: u32,
        corrigendum: u32,
    },
    Erratum(u32),
    Addendum(u32),
    Annex(AnnexLabel),
    Appendix(AppendixLabel),
    /// `Suppl. 3`, or `Suppl. 1.1` in the M-, N- and O-series Supplements of 1972–1988.
    Supplement {
        number: u32,
        part: Option<u32>,
    },
    Attachment,
}

impl PublicationItem {
    pub fn kind(&self) -> PublicationKind {
        match self {
            Self::Amendment(_) => PublicationKind::Amendment,
            Self::Corrigendum(_) => PublicationKind::Corrigendum,
            Self::TechnicalCorrigendum(_) => PublicationKind::TechnicalCorrigendum,
            Self::AmendmentAndTechnicalCorrigendum { .. } => {
                PublicationKind::AmendmentAndTechnicalCorrigendum
            }
            Self::Erratum(_) => PublicationKind::Erratum,
            Self::Addendum(_) => PublicationKind::Addendum,
            Self::Annex(_) => PublicationKind::Annex,
            Self::Appendix(_) => PublicationKind::Appendix,
            Self::Supplement { .. } => PublicationKind::Supplement,
            Self::Attachment => PublicationKind::Attachment,
        }
    }

    fn read(cursor: &mut Cursor<'_>, input: &str) -> Result<Self, DesignationError> {
        let number = |cursor: &mut Cursor<'_>| parse_number(cursor.digits(), KIND, input);
        if cursor.eat(" Amd. ") {
            let amendment = number(cursor)?;
            if cursor.eat("/Technical Cor. ") {
                let corrigendum = number(cursor)?;
                return Ok(Self::AmendmentAndTechnicalCorrigendum {
                    amendment,
                    corrigendum,
                });
            }
            return Ok(Self::Amendment(amendment));
        }
        if cursor.eat(" Cor. ") {
            return Ok(Self::Corrigendum(number(cursor)?));
        }
        if cursor.eat(" Technical Cor. ") {
            return Ok(Self::TechnicalCorrigendum(number(cursor)?));
        }
        if cursor.eat(" Err. ") {
            return Ok(Self::Erratum(number(cursor)?));
        }
        if cursor.eat(" Add. ") {
            return Ok(Self::Addendum(number(cursor)?));
        }
        if cursor.eat(" Suppl. ") {
            let whole = number(cursor)?;
            let part = if cursor.peek() == Some('.')
                && cursor.peek_second().is_some_and(|c| c.is_ascii_digit())
            {
                cursor.eat(".");
                Some(number(cursor)?)
            } else {
                None
            };
            return Ok(Self::Supplement {
                number: whole,
                part,
            });
        }
        if cursor.eat(" Annex ") {
            let letter = cursor.eat_char(|c| c.is_ascii_uppercase()).ok_or_else(|| {
                malformed(KIND, input, "an annex is labelled by a capital letter")
            })?;
            let digits = cursor.digits();
            let label_number = if digits.is_empty() {
                None
            } else {
                Some(parse_number(digits, KIND, input)?)
            };
            let plus = cursor.eat("+");
            return Ok(Self::Annex(AnnexLabel {
                letter,
                number: label_number,
                plus,
            }));
        }
        if cursor.eat(" App.") {
            let spaced = cursor.eat(" ");
            let number = read_roman(cursor, input)?;
            let content = if cursor.eat(" Software") {
                Some(AppendixContent::Software)
            } else if cursor.eat(" test vectors") {
                Some(AppendixContent::TestVectors)
            } else {
                None
            };
            return Ok(Self::Appendix(AppendixLabel {
                number,
                spaced,
                content,
            }));
        }
        if cursor.eat(" attachment") {
            return Ok(Self::Attachment);
        }
        Err(malformed(
            KIND,
            input,
            "expected an item (`Amd.`, `Cor.`, `Technical Cor.`, `Err.`, `Add.`, `Annex`, `App.`, `Suppl.`, `attachment`) or the date `(MM/YYYY)`",
        ))
    }
}

impl fmt::Display for PublicationItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Amendment(n) => write!(f, " Amd. {n}"),
            Self::Corrigendum(n) => write!(f, " Cor. {n}"),
            Self::TechnicalCorrigendum(n) => write!(f, " Technical Cor. {n}"),
            Self::AmendmentAndTechnicalCorrigendum {
                amendment,
                corrigendum,
            } => write!(f, " Amd. {amendment}/Technical Cor. {corrigendum}"),
            Self::Erratum(n) => write!(f, " Err. {n}"),
            Self::Addendum(n) => write!(f, " Add. {n}"),
            Self::Annex(label) => write!(f, " Annex {label}"),
            Self::Appendix(label) => write!(f, " {label}"),
            Self::Supplement { number, part } => {
                write!(f, " Suppl. {number}")?;
                if let Some(part) = part {
                    write!(f, ".{part}")?;
                }
                Ok(())
            }
            Self::Attachment => f.write_str(" attachment"),
        }
    }
}

/// An item and, when the identifier gives it, the year of the edition the item belongs to:
/// `(2010) Amd. 1` is Amendment 1 to the 2010 edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicationPart {
    parent_edition: Option<i32>,
    item: PublicationItem,
}

impl PublicationPart {
    /// `None` when the edition year does not have four digits.
    pub fn new(parent_edition: Option<i32>, item: PublicationItem) -> Option<Self> {
        parent_edition
            .is_none_or(|year| (1000..=9999).contains(&year))
            .then_some(Self {
                parent_edition,
                item,
            })
    }

    /// The year of the edition this item belongs to (`2010` in `E.164 (2010) Amd. 1`).
    pub fn parent_edition(&self) -> Option<i32> {
        self.parent_edition
    }

    pub fn item(&self) -> &PublicationItem {
        &self.item
    }
}

impl fmt::Display for PublicationPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(year) = self.parent_edition {
            write!(f, " ({year:04})")?;
        }
        write!(f, "{}", self.item)
    }
}

/// The identifier of one publication in the ITU-T catalogue, as Relaton's `docidentifier`
/// gives it: `ITU-T Y.4101/Y.2067 (10/2017)`, `ITU-T E.164 (2010) Amd. 1 (06/2011)`,
/// `ITU-T F.742 (V2) (03/2025)`, `ITU-T G.101 App. I (05/2000)`, `ITU-T A Suppl. 1 (09/1998)`,
/// `ITU-T H.222.0 (1995) Technical Cor. 1 (02/1998)`.
///
/// It is made of a [`PublicationSubject`] (the Recommendation with all its numbers, a series,
/// or a named publication), an optional [`VersionMark`], a chain of [`PublicationPart`]s
/// (each an item and the edition year it belongs to, outermost first: in
/// `G.729 Annex B (1996) Cor. 1` the corrigendum is to the 1996 edition of Annex B) and the
/// month of publication.
///
/// The catalogue is irregular (`App. I` and `App.I`, `F.80bis` and `F.80 bis`, `quarter` for
/// `quater`, `D.000`), and every irregularity is kept: display gives back exactly the text
/// parsed, with the `ITU-T ` prefix (other spellings of the prefix, and its absence, are
/// accepted and normalised). Order is by subject (see [`PublicationSubject`]), version, parts,
/// then month, so a Recommendation's editions sort by date and come before its amendments.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicationId {
    subject: PublicationSubject,
    version: Option<VersionMark>,
    parts: Vec<PublicationPart>,
    published: YearMonth,
}

impl PublicationId {
    /// Builds an identifier; `None` when it breaks a rule the parser applies: more than
    /// [`MAX_ITEMS`] parts, or a series subject with a version mark or whose first part is not
    /// a Supplement to the series itself (a series is only ever supplemented).
    pub fn new(
        subject: PublicationSubject,
        version: Option<VersionMark>,
        parts: Vec<PublicationPart>,
        published: YearMonth,
    ) -> Option<Self> {
        let id = Self {
            subject,
            version,
            parts,
            published,
        };
        id.invariant_violation().is_none().then_some(id)
    }

    fn invariant_violation(&self) -> Option<&'static str> {
        if self.parts.len() > MAX_ITEMS {
            return Some("too many items");
        }
        if matches!(self.subject, PublicationSubject::Series(_)) {
            if self.version.is_some() {
                return Some("a series Supplement has no version mark");
            }
            let supplemented = self.parts.first().is_some_and(|part| {
                part.parent_edition.is_none()
                    && matches!(part.item, PublicationItem::Supplement { .. })
            });
            if !supplemented {
                return Some("a series is followed by `Suppl.`");
            }
        }
        None
    }

    pub fn subject(&self) -> &PublicationSubject {
        &self.subject
    }

    pub fn version(&self) -> Option<VersionMark> {
        self.version
    }

    /// The items after the subject, outermost first.
    pub fn parts(&self) -> &[PublicationPart] {
        &self.parts
    }

    /// The month of publication (approval, for a Recommendation).
    pub fn published(&self) -> YearMonth {
        self.published
    }

    /// What kind of publication this is: the kind of its last item, or of its subject when it
    /// has none.
    pub fn kind(&self) -> PublicationKind {
        match (self.parts.last(), &self.subject) {
            (Some(part), _) => part.item.kind(),
            (None, PublicationSubject::Recommendation(_)) => PublicationKind::Recommendation,
            (None, PublicationSubject::Named(_)) => PublicationKind::NamedPublication,
            // Not reachable: a series subject always has a Supplement part.
            (None, PublicationSubject::Series(_)) => PublicationKind::Supplement,
        }
    }

    /// The Recommendation the publication belongs to, with all its numbers, when its subject
    /// is one (an amendment of `E.164` belongs to `E.164`).
    pub fn recommendation(&self) -> Option<&CatalogueDesignation> {
        match &self.subject {
            PublicationSubject::Recommendation(designation) => Some(designation),
            _ => None,
        }
    }

    /// Whether this is an edition of a Recommendation itself, not an item of one.
    pub fn is_recommendation_edition(&self) -> bool {
        self.parts.is_empty() && matches!(self.subject, PublicationSubject::Recommendation(_))
    }

    /// The year of the edition the last item belongs to, as the identifier gives it
    /// (`2000` in `H.222.0 (2000) Amd. 1 Cor. 1`).
    pub fn parent_edition(&self) -> Option<i32> {
        self.parts.iter().rev().find_map(|part| part.parent_edition)
    }

    /// The series Supplement this is an edition of, as the report's [`SupplementNumber`]
    /// (`Y Suppl. 73`), when it is one: a bare series followed by `Suppl. <n>` only.
    pub fn series_supplement(&self) -> Option<SupplementNumber> {
        let PublicationSubject::Series(scope) = &self.subject else {
            return None;
        };
        match self.parts.as_slice() {
            [PublicationPart {
                parent_edition: None,
                item: PublicationItem::Supplement { number, part: None },
            }] if scope.block.is_none() && self.version.is_none() => {
                SupplementNumber::new(scope.series, *number)
            }
            _ => None,
        }
    }

    /// Every plain Recommendation number of the subject (`Y.4101` and `Y.2067` in
    /// `Y.4101/Y.2067 (10/2017)`); numbers with marks (`Q.11 bis`) are left out.
    pub fn recommendation_numbers(&self) -> impl Iterator<Item = &RecommendationNumber> {
        self.recommendation()
            .into_iter()
            .flat_map(CatalogueDesignation::numbers)
            .filter_map(CatalogueNumber::as_recommendation)
    }
}

fn read_subject(
    cursor: &mut Cursor<'_>,
    input: &str,
) -> Result<PublicationSubject, DesignationError> {
    let mut probe = *cursor;
    let letters = probe.take_while(|c| c.is_ascii_uppercase());
    if letters.len() >= 2 {
        if !probe.eat("-") {
            return Err(malformed(KIND, input, "expected a series letter"));
        }
        let item = probe.take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        let named = NamedPublication::new(letters, item)
            .ok_or_else(|| malformed(KIND, input, "expected a code such as `EMC-3`"))?;
        *cursor = probe;
        return Ok(PublicationSubject::Named(named));
    }
    let Some(series) = letters.chars().next() else {
        return Err(malformed(KIND, input, "expected a series letter"));
    };
    let block =
        |probe: &mut Cursor<'_>, separator: BlockSeparator| -> Result<_, DesignationError> {
            let first = parse_number(probe.digits(), KIND, input)?;
            let last = if probe.peek() == Some('-')
                && probe.peek_second().is_some_and(|c| c.is_ascii_digit())
            {
                probe.eat("-");
                Some(parse_number(probe.digits(), KIND, input)?)
            } else {
                None
            };
            let series_word = probe.eat(" series");
            let block = SeriesBlock::new(separator, first, last, series_word)
                .ok_or_else(|| malformed(KIND, input, "a series block ends after it starts"))?;
            Ok(PublicationSubject::Series(SeriesScope {
                series,
                block: Some(block),
            }))
        };
    match probe.peek() {
        Some(' ') if probe.starts_with(" Suppl.") => {
            *cursor = probe;
            Ok(PublicationSubject::Series(SeriesScope {
                series,
                block: None,
            }))
        }
        Some('-') => {
            probe.eat("-");
            let subject = block(&mut probe, BlockSeparator::Hyphen)?;
            *cursor = probe;
            Ok(subject)
        }
        Some(c) if c.is_ascii_digit() => {
            let subject = block(&mut probe, BlockSeparator::None)?;
            *cursor = probe;
            Ok(subject)
        }
        _ => {
            // `E.1100 series` is a block (a dotted block always has the word, so that
            // it cannot be mistaken for one); `E.1100` followed by anything else is a number.
            let mut dotted = probe;
            if dotted.eat(".") {
                if let Ok(subject) = block(&mut dotted, BlockSeparator::Dot) {
                    *cursor = dotted;
                    return Ok(subject);
                }
            }
            Ok(PublicationSubject::Recommendation(
                CatalogueDesignation::read(cursor, input)?,
            ))
        }
    }
}

fn read_version(
    cursor: &mut Cursor<'_>,
    input: &str,
) -> Result<Option<VersionMark>, DesignationError> {
    let style = if cursor.eat(" (V") {
        VersionStyle::Parenthesised
    } else if cursor.eat(" v.") {
        VersionStyle::Dotted
    } else {
        return Ok(None);
    };
    let number = parse_number(cursor.digits(), KIND, input)?;
    if style == VersionStyle::Parenthesised && !cursor.eat(")") {
        return Err(malformed(KIND, input, "expected `)` after the version"));
    }
    Ok(Some(VersionMark { number, style }))
}

/// Reads ` (YYYY)` when it is next: the edition year an item belongs to.
fn read_edition_year(cursor: &mut Cursor<'_>) -> Option<i32> {
    let mut probe = *cursor;
    if !probe.eat(" (") {
        return None;
    }
    let digits = probe.digits();
    if digits.len() != 4 || !probe.eat(")") {
        return None;
    }
    let year = digits.parse().ok()?;
    *cursor = probe;
    Some(year)
}

/// Reads the closing ` (MM/YYYY)`, which must end the identifier.
fn read_published(cursor: &mut Cursor<'_>, input: &str) -> Result<YearMonth, DesignationError> {
    let bad = || {
        malformed(
            KIND,
            input,
            "expected the month of publication `(MM/YYYY)` at the end",
        )
    };
    if !cursor.eat(" (") {
        return Err(bad());
    }
    let month = cursor.digits();
    if month.len() != 2 || !cursor.eat("/") {
        return Err(bad());
    }
    let year = cursor.digits();
    if year.len() != 4 || !cursor.eat(")") || !cursor.is_empty() {
        return Err(bad());
    }
    let (Ok(year), Ok(month)) = (year.parse(), month.parse()) else {
        return Err(bad());
    };
    YearMonth::new(year, month).ok_or_else(|| malformed(KIND, input, "no such month"))
}

fn at_published(cursor: &Cursor<'_>) -> bool {
    let mut probe = *cursor;
    probe.eat(" (") && probe.digits().len() == 2 && probe.eat("/")
}

impl FromStr for PublicationId {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let text = strip_itu_t_prefix(input.trim());
        if text.is_empty() {
            return Err(DesignationError::Empty { kind: KIND });
        }
        let mut cursor = Cursor::new(text);
        let subject = read_subject(&mut cursor, input)?;
        let version = read_version(&mut cursor, input)?;
        let mut parts = Vec::new();
        while !at_published(&cursor) {
            if cursor.is_empty() {
                return Err(malformed(
                    KIND,
                    input,
                    "expected the month of publication `(MM/YYYY)` at the end",
                ));
            }
            let parent_edition = read_edition_year(&mut cursor);
            let item = PublicationItem::read(&mut cursor, input)?;
            parts.push(PublicationPart {
                parent_edition,
                item,
            });
            if parts.len() > MAX_ITEMS {
                return Err(malformed(KIND, input, "too many items"));
            }
        }
        let published = read_published(&mut cursor, input)?;
        let id = Self {
            subject,
            version,
            parts,
            published,
        };
        match id.invariant_violation() {
            Some(reason) => Err(malformed(KIND, input, reason)),
            None => Ok(id),
        }
    }
}

impl fmt::Display for PublicationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ITU-T {}", self.subject)?;
        if let Some(version) = self.version {
            write!(f, "{version}")?;
        }
        for part in &self.parts {
            write!(f, "{part}")?;
        }
        write!(
            f,
            " ({:02}/{:04})",
            self.published.month(),
            self.published.year()
        )
    }
}

/// The schema pattern of a publication identifier; [`PublicationId`]'s tests check that it
/// accepts every identifier of the catalogue.
pub(crate) fn publication_id_pattern() -> String {
    const N: &str = "(?:0|[1-9][0-9]*)";
    let number = catalogue_number_pattern();
    let subject = format!(
        "(?:{number}(?:/{number}){{0,3}}|[A-Z](?:(?:-|\\.)?{N}(?:-{N})?(?: series)?)?|[A-Z]{{2,}}-[A-Z0-9]+)"
    );
    let version = format!("(?: \\(V{N}\\)| v\\.{N})");
    let item = format!(
        "(?:(?: \\([0-9]{{4}}\\))?(?: Amd\\. {N}(?:/Technical Cor\\. {N})?| Cor\\. {N}| Technical Cor\\. {N}| Err\\. {N}| Add\\. {N}| Annex [A-Z]{N}?\\+?| App\\. ?[IVXLCDM]+(?: Software| test vectors)?| Suppl\\. {N}(?:\\.{N})?| attachment))"
    );
    format!(
        "^{PREFIX_PATTERN}{subject}{version}?{item}{{0,{MAX_ITEMS}}} \\((?:0[1-9]|1[0-2])/[0-9]{{4}}\\)$"
    )
}

string_designation!(
    PublicationId,
    "PublicationId",
    publication_id_pattern(),
    "The identifier of one ITU-T publication as the catalogue writes it, kept exactly: `ITU-T Y.4101/Y.2067 (10/2017)`, `ITU-T E.164 (2010) Amd. 1 (06/2011)`, `ITU-T F.742 (V2) (03/2025)`, `ITU-T G.101 App. I (05/2000)`, `ITU-T A Suppl. 1 (09/1998)`."
);

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> PublicationId {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn the_briefs_examples_parse_into_their_pieces() {
        let double = id("ITU-T Y.4101/Y.2067 (10/2017)");
        assert_eq!(double.kind(), PublicationKind::Recommendation);
        let numbers: Vec<String> = double
            .recommendation_numbers()
            .map(ToString::to_string)
            .collect();
        assert_eq!(numbers, ["Y.4101", "Y.2067"]);
        assert_eq!(double.published(), YearMonth::new(2017, 10).unwrap());

        let amendment = id("ITU-T E.164 (2010) Amd. 1 (06/2011)");
        assert_eq!(amendment.kind(), PublicationKind::Amendment);
        assert_eq!(amendment.parent_edition(), Some(2010));

        let triple = id("ITU-T E.164/I.331/Q.11 bis (11/1988)");
        assert_eq!(triple.recommendation().unwrap().numbers().count(), 3);
        assert_eq!(triple.recommendation_numbers().count(), 2);

        let version = id("ITU-T F.742 (V2) (03/2025)");
        assert_eq!(version.version().map(|v| v.number()), Some(2));

        assert_eq!(
            id("ITU-T G.101 App. I (05/2000)").kind(),
            PublicationKind::Appendix
        );
        let supplement = id("ITU-T A Suppl. 1 (09/1998)");
        assert_eq!(
            supplement.series_supplement(),
            SupplementNumber::new('A', 1)
        );
        let technical = id("ITU-T H.222.0 (1995) Technical Cor. 1 (02/1998)");
        assert_eq!(technical.kind(), PublicationKind::TechnicalCorrigendum);
        let nested = id("ITU-T G.729 Annex B (1996) Cor. 1 (02/1998)");
        assert_eq!(nested.parts().len(), 2);
        assert_eq!(nested.parent_edition(), Some(1996));
    }

    #[test]
    fn irregular_forms_come_back_as_written() {
        for text in [
            "ITU-T E-100 series Suppl. 1 (02/2019)",
            "ITU-T E.1100 series Suppl. 1 (03/2012)",
            "ITU-T E100-300 Suppl. 3 (10/1984)",
            "ITU-T E-300 Suppl. 1 (10/1984)",
            "ITU-T E.100-200 series Suppl. 1 (01/2000)",
            "ITU-T M Suppl. 1.1 (12/1972)",
            "ITU-T Q.3403 v.1 (02/2016)",
            "ITU-T H.222.0 (V8) (2021) Amd. 1 (12/2022)",
            "ITU-T X.237 (1995) Amd. 1/Technical Cor. 1 (06/1999)",
            "ITU-T G.729 Annex C+ (2000) Cor. 1 (03/2001)",
            "ITU-T O.81 App.I (1998) Err. 1 (05/2000)",
            "ITU-T G.726 App. II test vectors (03/1991)",
            "ITU-T G.728 App. I Software (07/1995)",
            "ITU-T H.350.1 attachment (08/2003)",
            "ITU-T SEC-QKD (2020) Cor. 1 (04/2021)",
            "ITU-T EMC-3 (1974) Amd. 1 (01/1978)",
            "ITU-T Z.100 Annex F1 (01/2015)",
            "ITU-T D.000 (2002) Amd. 1 (10/2007)",
            "ITU-T F.80bis/E.322 (10/1976)",
            "ITU-T D.300 R/E.282 R (12/1972)",
            "ITU-T E.211/Q.11 quarter (11/1980)",
            "ITU-T Q.732.2-5 (1999) Amd. 1 (07/2001)",
            "ITU-T V.25 ter Suppl. 1 (04/1995)",
            "ITU-T E.164 Suppl. 3 (2004) Amd. 1 (11/2009)",
            "ITU-T H.222.0 (2000) Amd. 1 Cor. 1 (06/2003)",
        ] {
            assert_eq!(id(text).to_string(), text);
        }
        assert_eq!(
            id("ITUT Y.4052 (08/2022)").to_string(),
            "ITU-T Y.4052 (08/2022)"
        );
    }

    #[test]
    fn refuses_with_a_reason() {
        for text in [
            "",
            "ITU-T Y.4052",
            "ITU-T Y.4052 (13/2022)",
            "ITU-T Y.4052 (8/2022)",
            "ITU-T Y.4052 (2010) (08/2022)",
            "ITU-T Y.4052 Amd. (08/2022)",
            "ITU-T Y.4052 App. IIII (08/2022)",
            "ITU-T Y.4052 App. 0 (08/2022)",
            "ITU-T Y.4052 (08/2022) trailing",
            "ITU-T G (2006) Suppl. 1 (08/2022)",
            "ITU-T G-100 series (08/2022)",
            "ITU-T G-100 series (V2) Suppl. 1 (08/2022)",
            "ITU-T Y.4052 Amd. 1 Amd. 2 Amd. 3 Amd. 4 Amd. 5 (08/2022)",
            "ITU-T y.4052 (08/2022)",
        ] {
            let error = text.parse::<PublicationId>().unwrap_err();
            assert!(!error.to_string().is_empty(), "{text:?}");
        }
    }
}
