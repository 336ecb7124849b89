//! Comparing the report's wordings: titles and subjects written with and without the report's
//! own abbreviations, with hyphens or dashes, in different case.

use super::words::{title_tokens, title_words, TokenKind};

/// The report's abbreviations and what they stand for, as the report itself expands them
/// (§1.1, §3.2, Table 8).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("IoT", "Internet of things"),
    ("IIoT", "Industrial Internet of things"),
    ("ICT", "information and communication technology"),
    ("ICTs", "information and communication technologies"),
    ("SC&C", "smart cities and communities"),
    ("SSC&C", "smart sustainable cities and communities"),
    ("DLT", "distributed ledger technology"),
    ("eHealth", "e-health"),
];

/// The text with each of the report's abbreviations written out, also inside a hyphenated
/// compound (`IoT-based` → `Internet of things-based`).
pub fn expand_abbreviations(text: &str) -> String {
    title_tokens(text)
        .into_iter()
        .map(|token| {
            if token.kind == TokenKind::Word {
                ABBREVIATIONS
                    .iter()
                    .find(|(short, _)| *short == token.text)
                    .map_or(token.text, |(_, long)| *long)
            } else {
                token.text
            }
        })
        .collect()
}

/// A title reduced to what matters for comparison: abbreviations written out, lower case,
/// letters and digits only (so hyphens, dashes, spaces and punctuation do not count).
pub fn title_key(title: &str) -> String {
    expand_abbreviations(title)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that carry no subject: left out when asking whether a text covers a subject.
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "including",
    "into",
    "its",
    "of",
    "on",
    "or",
    "related",
    "relating",
    "relevant",
    "the",
    "their",
    "to",
    "with",
    "within",
    // The `e` of `e-health` (how `eHealth` is written out), and `e.g.`, `i.e.`, `etc.`.
    "e",
    "e.g",
    "i.e",
    "etc",
];

/// A rough stem, enough to treat "services" and "service", "cities" and "city" alike.
fn stem(word: &str) -> String {
    if let Some(base) = word.strip_suffix("ies") {
        if base.len() >= 2 {
            return format!("{base}y");
        }
    }
    if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// The subject words of a text: abbreviations written out, lower case, stopwords removed,
/// stemmed.
pub fn subject_words(text: &str) -> Vec<String> {
    let expanded = expand_abbreviations(text).to_lowercase();
    title_words(&expanded)
        .into_iter()
        .filter(|word| !STOPWORDS.contains(word))
        .map(stem)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_compare_across_abbreviations_hyphens_and_case() {
        assert_eq!(
            title_key("IoT and ICT requirements for deployment"),
            title_key("Internet of things and information and communication technology requirements for deployment")
        );
        assert_eq!(
            title_key("data middle-platform in IoT"),
            title_key("data middle platform in Internet of things")
        );
        assert_eq!(
            title_key("eHealth services"),
            title_key("e-health services")
        );
        assert_eq!(
            title_key("IoT-based SC&C"),
            title_key("Internet of things based smart cities and communities")
        );
        assert_ne!(
            title_key("city infrastructure"),
            title_key("city infrastructures")
        );
    }

    #[test]
    fn subject_words_drop_stopwords_and_stem() {
        assert_eq!(
            subject_words("digital health related to IoT and SC&C (e.g., sensors)"),
            [
                "digital",
                "health",
                "internet",
                "thing",
                "smart",
                "city",
                "community",
                "sensor"
            ]
        );
    }
}
