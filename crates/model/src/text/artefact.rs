//! Export artefacts: what exporting an ITU Word document to plain text does to characters
//! that are not what they look like. Word writes the sector names with a non-breaking hyphen
//! (`ITU‑T`, U+2011), which the export drops (`ITUT`) or turns into a space (`ITU T`); it
//! keeps no-break spaces (U+00A0) where the author typed one or the template put one, and
//! invisible characters (zero-width space, soft hyphen).
//!
//! A text that carries such an artefact differs, character for character, from the same text
//! without it: a redline then shows a change no author made. The data keeps the text the
//! Word document shows ([`normalise`]), and says so in an encoding note; a rule reports any
//! artefact left ([`find`]).

use std::fmt;

/// What kind of artefact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArtefactKind {
    /// A sector name that lost its hyphen: `ITUT`, `ITU T`, `ITUR`, `ITUD`.
    SectorName,
    /// A no-break space where the text has an ordinary space.
    NoBreakSpace,
    /// A non-breaking hyphen (U+2011) where the text has a hyphen.
    NonBreakingHyphen,
    /// A character that shows as nothing: zero-width space, soft hyphen, zero-width joiners,
    /// byte-order mark.
    Invisible,
}

impl fmt::Display for ArtefactKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::SectorName => "a sector name without its hyphen",
            Self::NoBreakSpace => "a no-break space",
            Self::NonBreakingHyphen => "a non-breaking hyphen",
            Self::Invisible => "an invisible character",
        })
    }
}

/// One artefact in a text: its byte span, what is there and what the Word document shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artefact {
    pub start: usize,
    pub end: usize,
    pub kind: ArtefactKind,
    /// The characters as found.
    pub found: String,
    /// What the Word document shows instead ("ITU-T", " ", "-", "").
    pub normal: &'static str,
}

const INVISIBLE: &[char] = &['\u{200b}', '\u{00ad}', '\u{200c}', '\u{200d}', '\u{feff}'];

/// The sector letter at `rest`'s start when the sector name's hyphen was lost: `ITUT`,
/// `ITU T`, `ITU\u{a0}T` (the letter then ends a word). Returns the length matched after
/// `ITU` and the normal form.
fn sector_after_itu(rest: &str) -> Option<(usize, &'static str)> {
    let mut chars = rest.char_indices();
    let (used, letter) = match chars.next()? {
        (_, ' ' | '\u{a0}') => {
            let (at, c) = chars.next()?;
            (at + c.len_utf8(), c)
        }
        (_, c) => (c.len_utf8(), c),
    };
    let normal = match letter {
        'T' => "ITU-T",
        'R' => "ITU-R",
        'D' => "ITU-D",
        _ => return None,
    };
    // The letter must end the word: "ITU Telecommunication" is not a sector name.
    let ends_word = rest
        .get(used..)
        .and_then(|after| after.chars().next())
        .is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '\u{2011}'));
    ends_word.then_some((used, normal))
}

/// Every artefact in `text`, in order.
pub fn find(text: &str) -> Vec<Artefact> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
        let rest = text.get(i..).unwrap_or("");
        let word_start = i == 0
            || text
                .get(..i)
                .and_then(|before| before.chars().next_back())
                .is_some_and(|p| !p.is_alphanumeric());
        if word_start && rest.starts_with("ITU") {
            if let Some((used, normal)) = rest.get(3..).and_then(sector_after_itu) {
                let end = i + 3 + used;
                found.push(Artefact {
                    start: i,
                    end,
                    kind: ArtefactKind::SectorName,
                    found: text.get(i..end).unwrap_or("").to_owned(),
                    normal,
                });
                i = end;
                continue;
            }
        }
        let (kind, normal) = match c {
            '\u{a0}' => (Some(ArtefactKind::NoBreakSpace), " "),
            '\u{2011}' => (Some(ArtefactKind::NonBreakingHyphen), "-"),
            c if INVISIBLE.contains(&c) => (Some(ArtefactKind::Invisible), ""),
            _ => (None, ""),
        };
        let end = i + c.len_utf8();
        if let Some(kind) = kind {
            found.push(Artefact {
                start: i,
                end,
                kind,
                found: c.to_string(),
                normal,
            });
        }
        i = end;
    }
    found
}

/// `text` as the Word document shows it: every artefact replaced by its normal form.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for artefact in find(text) {
        out.push_str(text.get(at..artefact.start).unwrap_or(""));
        out.push_str(artefact.normal);
        at = artefact.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

/// `text` with what an export may add, drop or swap folded away: artefacts normalised, then
/// hyphens removed and runs of white space made one space.
fn folded(text: &str) -> String {
    normalise(text)
        .chars()
        .filter(|c| *c != '-')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two different texts differ only by export artefacts, hyphens or white space: a
/// change no author made.
pub fn differ_only_by_artefacts(a: &str, b: &str) -> bool {
    a != b && folded(a) == folded(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_names_without_their_hyphen_are_found() {
        let text = "in ITUT and (ITUR), (ITUD), ITU T Study Group, ITU\u{a0}T";
        let artefacts = find(text);
        let found: Vec<(&str, &str)> = artefacts
            .iter()
            .map(|a| (a.found.as_str(), a.normal))
            .collect();
        assert_eq!(
            found,
            [
                ("ITUT", "ITU-T"),
                ("ITUR", "ITU-R"),
                ("ITUD", "ITU-D"),
                ("ITU T", "ITU-T"),
                ("ITU\u{a0}T", "ITU-T")
            ]
        );
        assert_eq!(
            normalise(text),
            "in ITU-T and (ITU-R), (ITU-D), ITU-T Study Group, ITU-T"
        );
    }

    #[test]
    fn words_that_only_start_like_a_sector_name_are_left() {
        for text in [
            "ITU Telecommunication Standardization Sector",
            "ITU-T, ITU-R and ITU-D",
            "ITUTS",
            "the ITU Radiocommunication Sector",
            "SITUT",
        ] {
            assert!(find(text).is_empty(), "{text}");
            assert_eq!(normalise(text), text);
        }
    }

    #[test]
    fn no_break_spaces_and_invisible_characters_are_found() {
        assert_eq!(normalise("Study Group\u{a0}3"), "Study Group 3");
        assert_eq!(normalise("ITU\u{2011}T"), "ITU-T");
        assert_eq!(normalise("a\u{200b}b\u{ad}c"), "abc");
    }

    #[test]
    fn a_change_of_artefacts_only_is_told_from_a_change_of_words() {
        assert!(differ_only_by_artefacts("(ITUD)", "(ITU-D)"));
        assert!(differ_only_by_artefacts(
            "Study Group 3",
            "Study Group\u{a0}3"
        ));
        assert!(!differ_only_by_artefacts("(ITU-D)", "(ITU-D)"));
        assert!(!differ_only_by_artefacts("for IoT", "of IoT"));
    }
}
