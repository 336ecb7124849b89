use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::error::{malformed, series_letter, DesignationError};
use super::macros::string_designation;
use super::prefix::PREFIX_PATTERN;

/// Whether a technical publication is a Technical Paper (`…STP`) or a Technical Report (`…STR`).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum TechnicalPublicationKind {
    TechnicalPaper,
    TechnicalReport,
}

/// A Technical Paper or Technical Report designation such as `YSTP.AIoT` or `YSTR.BP-DTw`.
///
/// ITU writes these as series letter, `ST`, `P` or `R`, a dot and a short name. The SG20 report
/// also has the irregular `YSTR-IADIoT`, with a hyphen where the dot belongs; it is kept as
/// written (display reproduces the separator) because the designation is the publication's
/// name and correcting it here would hide the irregularity from a reviewer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TechnicalPublicationId {
    series: char,
    kind: TechnicalPublicationKind,
    name: String,
    separator: char,
}

impl TechnicalPublicationId {
    const KIND: &'static str = "technical publication designation";

    pub fn series(&self) -> char {
        self.series
    }

    pub fn kind(&self) -> TechnicalPublicationKind {
        self.kind
    }

    /// The short name after the separator (`AIoT` in `YSTP.AIoT`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the separator is the irregular hyphen (`YSTR-IADIoT`) rather than a dot.
    pub fn has_irregular_separator(&self) -> bool {
        self.separator != '.'
    }
}

impl FromStr for TechnicalPublicationId {
    type Err = DesignationError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (series, rest) = series_letter(input, Self::KIND)?;
        let rest = rest
            .strip_prefix("ST")
            .ok_or_else(|| malformed(Self::KIND, input, "expected `STP` or `STR`"))?;
        let (kind, rest) = if let Some(rest) = rest.strip_prefix('P') {
            (TechnicalPublicationKind::TechnicalPaper, rest)
        } else if let Some(rest) = rest.strip_prefix('R') {
            (TechnicalPublicationKind::TechnicalReport, rest)
        } else {
            return Err(malformed(Self::KIND, input, "expected `STP` or `STR`"));
        };
        let mut rest_chars = rest.chars();
        let separator = rest_chars
            .next()
            .filter(|c| *c == '.' || *c == '-')
            .ok_or_else(|| malformed(Self::KIND, input, "expected `.` before the name"))?;
        let name = rest_chars.as_str();
        let valid_name = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !valid_name || name.ends_with(['-', '.']) {
            return Err(malformed(
                Self::KIND,
                input,
                "the name takes letters, digits, `-` and `.`",
            ));
        }
        Ok(Self {
            series,
            kind,
            name: name.to_owned(),
            separator,
        })
    }
}

impl fmt::Display for TechnicalPublicationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            TechnicalPublicationKind::TechnicalPaper => 'P',
            TechnicalPublicationKind::TechnicalReport => 'R',
        };
        write!(f, "{}ST{kind}{}{}", self.series, self.separator, self.name)
    }
}

string_designation!(
    TechnicalPublicationId,
    "TechnicalPublicationId",
    format!("^{PREFIX_PATTERN}[A-Z]ST[PR][.-][A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$"),
    "A Technical Paper (`YSTP.AIoT`) or Technical Report (`YSTR.BP-DTw`); the irregular `YSTR-IADIoT` is kept as written."
);
