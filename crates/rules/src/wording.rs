//! Comparing the report's wordings: titles written with and without the report's own
//! abbreviations, with hyphens or dashes, in different case; names with and without accents.

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

/// Splits text into words (letters, digits and `&`) and the separators between them.
fn tokens(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let is_word = c.is_alphanumeric() || c == '&';
        if i > start && is_word != in_word {
            out.push((in_word, &text[start..i]));
            start = i;
        }
        in_word = is_word;
    }
    if start < text.len() {
        out.push((in_word, &text[start..]));
    }
    out
}

/// The text with each of the report's abbreviations written out.
pub fn expand_abbreviations(text: &str) -> String {
    tokens(text)
        .into_iter()
        .map(|(is_word, token)| {
            if is_word {
                ABBREVIATIONS
                    .iter()
                    .find(|(short, _)| *short == token)
                    .map_or(token, |(_, long)| *long)
            } else {
                token
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
    "e",
    "g",
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
    tokens(&expanded)
        .into_iter()
        .filter(|(is_word, _)| *is_word)
        .map(|(_, word)| word.trim_matches('&'))
        .filter(|word| !word.is_empty() && !STOPWORDS.contains(word))
        .map(stem)
        .collect()
}

/// Latin letters with diacritics the report's names use, and their base letters.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// Keys under which two spellings of one name meet: accents folded, case, hyphens, spaces and
/// apostrophes ignored (`whole`), and the same with the words in any order (`words`).
pub fn name_keys(name: &str) -> (String, String) {
    let folded: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect();
    let whole: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut words: Vec<String> = folded
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    words.sort();
    (whole, words.join(" "))
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
        assert_ne!(
            title_key("city infrastructure"),
            title_key("city infrastructures")
        );
    }

    #[test]
    fn subject_words_drop_stopwords_and_stem() {
        assert_eq!(
            subject_words("digital health related to IoT and SC&C"),
            [
                "digital",
                "health",
                "internet",
                "thing",
                "smart",
                "city",
                "community"
            ]
        );
    }

    #[test]
    fn names_meet_across_accents_hyphens_and_order() {
        assert_eq!(
            name_keys("Juan Pablo Martín").0,
            name_keys("Juan Pablo Martin").0
        );
        assert_eq!(
            name_keys("Abdulhadi Abou-Almal").0,
            name_keys("Abdulhadi AbouAlmal").0
        );
        assert_eq!(
            name_keys("Guillermo Gonzalez").1,
            name_keys("Gonzalez Guillermo").1
        );
        assert_ne!(
            name_keys("Harin Grewal").0,
            name_keys("Harinderpal Singh Grewal").0
        );
    }
}
