//! The "ITU-T" prefix, in every spelling the source uses.

/// Removes a leading "ITU-T" and the space after it, whatever the spelling.
///
/// The SG20 report writes the prefix as `ITU-T`, `ITUT` (a hyphen lost in export), `ITU T`
/// and, in other ITU texts, `ITU‑T` with a non-breaking hyphen (U+2011); the space after it
/// may be ordinary, no-break (U+00A0) or missing. They are the same prefix written
/// differently, so parsing normalises them all away.
pub fn strip_itu_t_prefix(text: &str) -> &str {
    const SPELLINGS: [&str; 5] = ["ITU-T", "ITU\u{2011}T", "ITU\u{2010}T", "ITU T", "ITUT"];
    for spelling in SPELLINGS {
        if let Some(rest) = text.strip_prefix(spelling) {
            let rest = rest
                .strip_prefix(' ')
                .or_else(|| rest.strip_prefix('\u{a0}'))
                .unwrap_or(rest);
            return rest;
        }
    }
    text
}

/// The regular-expression fragment for an optional prefix, used in schema patterns so that
/// schema validation accepts exactly what the parser accepts.
pub const PREFIX_PATTERN: &str = "(?:ITU(?:-|\u{2011}|\u{2010}| )?T(?: |\u{a0})?)?";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_every_spelling() {
        for input in [
            "ITU-T Y.4052",
            "ITUT Y.4052",
            "ITU T Y.4052",
            "ITU\u{2011}T Y.4052",
            "ITU-T\u{a0}Y.4052",
            "ITUT\u{a0}Y.4052",
            "ITU-TY.4052",
            "Y.4052",
        ] {
            assert_eq!(strip_itu_t_prefix(input), "Y.4052", "{input:?}");
        }
    }
}
