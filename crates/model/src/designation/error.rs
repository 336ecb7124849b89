use thiserror::Error;

/// Why a piece of text is not a valid designation.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DesignationError {
    #[error("{kind} is empty")]
    Empty { kind: &'static str },
    #[error("`{input}` is not a valid {kind}: {reason}")]
    Malformed {
        kind: &'static str,
        input: String,
        reason: &'static str,
    },
    #[error("number too large in `{input}`")]
    NumberTooLarge { input: String },
    #[error("Annex C range `{input}` runs across series ({start} and {end})")]
    RangeAcrossSeries {
        input: String,
        start: char,
        end: char,
    },
    #[error("Annex C range `{input}` starts after it ends")]
    RangeReversed { input: String },
    #[error("Annex C range `{input}` has ends with different numbers of parts")]
    RangeDepthMismatch { input: String },
    #[error("report range `{input}` is not valid: {reason}")]
    ReportRange { input: String, reason: &'static str },
}

pub(crate) fn malformed(kind: &'static str, input: &str, reason: &'static str) -> DesignationError {
    DesignationError::Malformed {
        kind,
        input: input.to_owned(),
        reason,
    }
}

/// Parses an unsigned decimal number without sign, without leading zeros (except `0` itself),
/// so that display round-trips exactly.
pub(crate) fn parse_number(
    digits: &str,
    kind: &'static str,
    input: &str,
) -> Result<u32, DesignationError> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed(kind, input, "expected a number"));
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return Err(malformed(kind, input, "a number has a leading zero"));
    }
    digits
        .parse()
        .map_err(|_| DesignationError::NumberTooLarge {
            input: input.to_owned(),
        })
}

/// Splits the series letter off a designation (after any "ITU-T" prefix): `Y.4052` gives
/// (`Y`, `.4052`). Shared by Recommendations, Supplements and technical publications.
pub(crate) fn series_letter<'a>(
    input: &'a str,
    kind: &'static str,
) -> Result<(char, &'a str), DesignationError> {
    let text = super::prefix::strip_itu_t_prefix(input.trim());
    if text.is_empty() {
        return Err(DesignationError::Empty { kind });
    }
    let mut chars = text.chars();
    let series = chars
        .next()
        .filter(char::is_ascii_uppercase)
        .ok_or_else(|| malformed(kind, input, series_letter_problem(text)))?;
    Ok((series, chars.as_str()))
}

/// Why a designation does not start with a series letter: ITU-T writes series in capitals
/// (`Y.4052`), and a lower-case one is the likely slip.
pub(crate) fn series_letter_problem(text: &str) -> &'static str {
    if text.starts_with(|c: char| c.is_ascii_lowercase()) {
        "the series letter is a capital (`Y.4052`, not `y.4052`)"
    } else {
        "expected a series letter"
    }
}
