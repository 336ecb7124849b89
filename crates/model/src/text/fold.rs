//! The one accent folding, and the name keys built on it.
//!
//! The importer keys a person by the folded name (`Juan Pablo Martín` → `juan-pablo-martin`) and
//! the duplicate-person rule compares folded names (`Martín` and `Martin` meet): both fold here,
//! so that a name the one treats as a respelling the other does too.

use std::borrow::Cow;

use super::words::{joins_terms, tokens, TokenKind};

/// Latin letters with diacritics, ligatures and letters with a stroke, in lower case, and the
/// ASCII letters they fold to. Precomposed letters are those of Latin-1, Latin Extended-A and -B
/// and Latin Extended Additional (Vietnamese among them) whose canonical decomposition is an
/// ASCII letter with combining accents; the rest (`ł`, `đ`, `ø`, `ß`, `æ`, `œ` …) have no
/// decomposition and are spelled as they are usually transliterated.
const FOLDS: &[(&str, &str)] = &[
    ("àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ", "a"),
    ("æ", "ae"),
    ("ḃḅḇ", "b"),
    ("çćĉċčḉ", "c"),
    ("ďḋḍḏḑḓđð", "d"),
    ("èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ", "e"),
    ("ḟ", "f"),
    ("ĝğġģǧǵḡ", "g"),
    ("ĥȟḣḥḧḩḫẖħ", "h"),
    ("ìíîïĩīĭįǐȉȋḭḯỉịı", "i"),
    ("ĳ", "ij"),
    ("ĵǰ", "j"),
    ("ķǩḱḳḵ", "k"),
    ("ĺļľḷḹḻḽłŀ", "l"),
    ("ḿṁṃ", "m"),
    ("ñńņňǹṅṇṉṋ", "n"),
    ("òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợø", "o"),
    ("œ", "oe"),
    ("ṕṗ", "p"),
    ("ŕŗřȑȓṙṛṝṟ", "r"),
    ("śŝşšșṡṣṥṧṩ", "s"),
    ("ß", "ss"),
    ("ţťțṫṭṯṱẗŧ", "t"),
    ("þ", "th"),
    ("ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự", "u"),
    ("ṽṿ", "v"),
    ("ŵẁẃẅẇẉẘ", "w"),
    ("ẋẍ", "x"),
    ("ýÿŷȳẏẙỳỵỷỹ", "y"),
    ("źżžẑẓẕ", "z"),
];

/// Whether `c` is a combining accent (an accent written as a mark of its own after its letter,
/// as decomposed text writes `é`: `e` and U+0301).
pub fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// The ASCII letters of a lower-case Latin letter with a diacritic, a ligature or a letter with
/// a stroke (`é` → `e`, `ł` → `l`, `ß` → `ss`, `æ` → `ae`); `None` for any other character.
pub fn fold_letter(c: char) -> Option<&'static str> {
    if c.is_ascii() {
        return None;
    }
    let letters = &*FOLDS_BY_LETTER;
    letters
        .binary_search_by_key(&c, |&(letter, _)| letter)
        .ok()
        .and_then(|at| letters.get(at))
        .map(|&(_, ascii)| ascii)
}

/// [`FOLDS`] letter by letter, sorted: a letter is found in a few steps where reading the
/// table's strings took hundreds (a check folds the name of every person of a period).
static FOLDS_BY_LETTER: std::sync::LazyLock<Vec<(char, &'static str)>> =
    std::sync::LazyLock::new(|| {
        let mut letters: Vec<(char, &'static str)> = FOLDS
            .iter()
            .flat_map(|&(letters, ascii)| letters.chars().map(move |c| (c, ascii)))
            .collect();
        letters.sort_unstable();
        letters
    });

/// `text` in lower case with its accents folded: Latin letters with diacritics, ligatures and
/// letters with a stroke written in ASCII letters ([`fold_letter`]), combining accents dropped,
/// every other character kept (`Łukasz Şahin-Øster` → `lukasz sahin-oster`).
pub fn fold(text: &str) -> String {
    // ASCII has no accent to fold: lower case is all (most names the rules compare).
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if is_combining_mark(c) {
            continue;
        }
        match fold_letter(c) {
            Some(ascii) => out.push_str(ascii),
            None => out.push(c),
        }
    }
    out
}

/// Keys under which two spellings of one name meet: the name [`fold`]ed, with case, hyphens,
/// spaces and apostrophes ignored (the first key), and the same with the name's words in any
/// order (the second key, words as [`words`](super::words::words) cuts them, sorted and joined by spaces).
pub fn name_keys(name: &str) -> (String, String) {
    // An ASCII name folds to itself in lower case, which the byte reading writes as it goes:
    // no folded copy first (nearly every name).
    if name.is_ascii() {
        return ascii_name_keys(name.as_bytes());
    }
    let folded = fold(name);
    if folded.is_ascii() {
        ascii_name_keys(folded.as_bytes())
    } else {
        name_keys_by_tokens(&folded)
    }
}

/// [`name_keys`] of a name that is ASCII (nearly every name), folded or not, read once, byte
/// by byte, where [`name_keys_by_tokens`] cuts it into tokens first: the first key is its
/// letters (in lower case, as folding writes them) and digits; the words of the second are
/// the same letters and digits, cut where the tokenizer cuts a word (at anything but a mark
/// that joins, [`joins_terms`], between two letters or digits). A name of more than
/// [`MAX_WORDS`] words goes the tokens' way.
fn ascii_name_keys(name: &[u8]) -> (String, String) {
    /// More words than a name has: where each word of the first key ends, on the stack.
    const MAX_WORDS: usize = 16;
    let alphanumeric = |at: usize| name.get(at).is_some_and(u8::is_ascii_alphanumeric);
    let mut whole = String::with_capacity(name.len());
    let mut ends = [0usize; MAX_WORDS];
    let mut words = 0usize;
    // Where the word being read began in `whole`.
    let mut word_start = 0;
    // One step past the last byte, where the last word ends.
    for i in 0..=name.len() {
        let byte = name.get(i).copied();
        if let Some(byte) = byte.filter(u8::is_ascii_alphanumeric) {
            whole.push(char::from(byte.to_ascii_lowercase()));
            continue;
        }
        let joins = byte.is_some_and(|b| joins_terms(char::from(b)))
            && i.checked_sub(1).is_some_and(alphanumeric)
            && alphanumeric(i + 1);
        if !joins && whole.len() > word_start {
            let Some(end) = ends.get_mut(words) else {
                return name_keys_by_tokens(&fold(std::str::from_utf8(name).unwrap_or_default()));
            };
            *end = whole.len();
            words += 1;
            word_start = whole.len();
        }
    }
    let mut sorted: [&str; MAX_WORDS] = [""; MAX_WORDS];
    let mut start = 0;
    for (slot, &end) in sorted.iter_mut().zip(ends.iter().take(words)) {
        *slot = whole.get(start..end).unwrap_or_default();
        start = end;
    }
    let sorted = sorted.get_mut(..words).unwrap_or_default();
    sorted.sort_unstable();
    let by_words = sorted.join(" ");
    (whole, by_words)
}

/// [`name_keys`] of any folded name, through the tokenizer.
fn name_keys_by_tokens(folded: &str) -> (String, String) {
    let alphanumeric = |text: &str| -> String {
        // Sized for the whole text at once: a key is one allocation, not a list grown a few
        // times over (a check makes two keys for every person).
        let mut kept = String::with_capacity(text.len());
        if text.is_ascii() {
            // Byte by byte: a name folds to ASCII nearly always, and collecting characters
            // one at a time cost more than the rest of the keys.
            kept.extend(
                text.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(char::from),
            );
        } else {
            kept.extend(text.chars().filter(|c| c.is_alphanumeric()));
        }
        kept
    };
    let whole = alphanumeric(folded);
    // A word of letters and digits only (nearly every word of a name) is kept as it is.
    let tokens = tokens(folded);
    let mut words: Vec<Cow<'_, str>> = Vec::with_capacity(tokens.len());
    words.extend(
        tokens
            .into_iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| {
                if t.text.bytes().all(|b| b.is_ascii_alphanumeric())
                    || t.text.chars().all(char::is_alphanumeric)
                {
                    Cow::Borrowed(t.text)
                } else {
                    Cow::Owned(alphanumeric(t.text))
                }
            })
            .filter(|w| !w.is_empty()),
    );
    words.sort_unstable();
    (whole, words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sorted lookup gives, for every character up to U+2FFF, what reading the table's
    /// rows in turn gives (each letter is in one row:
    /// `every_folded_letter_is_lower_case_and_folds_to_ascii`).
    #[test]
    fn the_letter_lookup_agrees_with_the_table() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let by_rows = FOLDS
                .iter()
                .find(|(letters, _)| !c.is_ascii() && letters.contains(c))
                .map(|(_, ascii)| *ascii);
            assert_eq!(fold_letter(c), by_rows, "{c:?}");
        }
        assert_eq!(fold_letter('ł'), Some("l"));
        assert_eq!(fold_letter('ß'), Some("ss"));
        assert_eq!(fold_letter('é'), Some("e"));
        assert_eq!(fold_letter('Л'), None);
    }

    proptest! {
        /// Read byte by byte, an ASCII name gives the keys the tokenizer gives: any mix of
        /// letters, digits, spaces, joining marks and other punctuation, doubled or at the ends.
        #[test]
        fn ascii_name_keys_are_the_tokenizers(name in "[abZ9 \t&/.'(),_-]{0,40}") {
            let folded = fold(&name);
            prop_assert_eq!(ascii_name_keys(folded.as_bytes()), name_keys_by_tokens(&folded));
            // Unfolded, as `name_keys` reads an ASCII name: the same keys.
            prop_assert_eq!(ascii_name_keys(name.as_bytes()), name_keys_by_tokens(&folded));
            prop_assert_eq!(name_keys(&name), name_keys_by_tokens(&folded));
        }
    }

    #[test]
    fn ascii_name_keys_of_names_with_many_words_are_the_tokenizers() {
        for words in [15, 16, 17, 40] {
            let name = (0..words)
                .map(|w| format!("w{w}"))
                .collect::<Vec<_>>()
                .join(" - ");
            let folded = fold(&name);
            assert_eq!(
                ascii_name_keys(folded.as_bytes()),
                name_keys_by_tokens(&folded)
            );
            // Past the words kept on the stack, an unfolded name is folded for the tokens.
            let shouted = name.to_ascii_uppercase();
            assert_eq!(name_keys(&shouted), name_keys_by_tokens(&folded));
        }
        for name in [
            "",
            " ",
            "a",
            "a-b",
            "a--b",
            "-a-",
            "a.-b",
            "o'brien j.-p. martin",
            "x&y z/w",
        ] {
            assert_eq!(
                ascii_name_keys(name.as_bytes()),
                name_keys_by_tokens(name),
                "{name:?}"
            );
        }
    }

    #[test]
    fn folds_the_letters_of_the_reports_names_and_their_neighbours() {
        assert_eq!(fold("Juan Pablo Martín"), "juan pablo martin");
        assert_eq!(fold("Łukasz Wałęsa"), "lukasz walesa");
        assert_eq!(fold("Şahin Ştefan Țară"), "sahin stefan tara");
        assert_eq!(
            fold("Strauß Æsir Œuvre Ørsted Đorđe"),
            "strauss aesir oeuvre orsted dorde"
        );
        assert_eq!(fold("Nguyễn Thị Ánh"), "nguyen thi anh");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn drops_every_combining_accent() {
        assert_eq!(fold("Marti\u{301}n"), "martin");
        assert_eq!(fold("Nguye\u{302}\u{303}n"), "nguyen");
        assert_eq!(fold("a\u{1dc4}b\u{20d7}c\u{fe20}"), "abc");
    }

    #[test]
    fn keeps_what_is_not_a_latin_letter() {
        assert_eq!(fold("Kim (Korea), 金 Ким"), "kim (korea), 金 ким");
    }

    #[test]
    fn every_folded_letter_is_lower_case_and_folds_to_ascii() {
        for (letters, ascii) in FOLDS {
            assert!(ascii.bytes().all(|b| b.is_ascii_lowercase()));
            for c in letters.chars() {
                assert_eq!(c.to_lowercase().collect::<String>(), c.to_string());
                assert_eq!(FOLDS.iter().filter(|(l, _)| l.contains(c)).count(), 1);
            }
        }
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
        assert_eq!(name_keys("Paweł Łój").0, name_keys("Pawel Loj").0);
        assert_eq!(name_keys("Ayşe Şen").0, name_keys("Ayse Sen").0);
        assert_ne!(
            name_keys("Harin Grewal").0,
            name_keys("Harinderpal Singh Grewal").0
        );
    }
}
