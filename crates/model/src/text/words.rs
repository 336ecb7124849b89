//! The one word tokenizer: texts cut into words, single punctuation marks and runs of white
//! space.
//!
//! A word is a run of letters and digits (with the combining accents that follow them). Marks
//! that stand between two letters or digits may join the two runs into one word; which marks
//! join is the one thing the two entry points differ in:
//!
//! - [`tokens`] and [`words`] keep the report's terms whole: they join across `&`, `-`, `/`,
//!   `.`, `'`, `’` and the no-break hyphen, so `SC&C`, `SSC&C`, `ITU-T`, `IoT-based`,
//!   `machine-to-machine`, `decentralized/distributed`, `F.747.1` and `Y.4000-series` are one
//!   word each. The redline compares these (a changed term is one changed word) and the
//!   proposal rules look for terms with them.
//! - [`title_tokens`] and [`title_words`] split at hyphens and slashes and join only across
//!   `&`, `.`, `'` and `’`: `SC&C`, `F.747.1` and `user's` stay whole, `IoT-based` is `IoT`
//!   and `based`. Titles and subjects are compared with these: the report writes
//!   `middle-platform` in one place and `middle platform` in another, and a hyphen must not
//!   make a different word (nor hide an abbreviation, `IoT-based`, from being written out).
//!
//! Either way the punctuation around a word (`(SC&C)`, `ITU-T,`, `verticals.`) is a token of its
//! own, a joining mark with no letter or digit on one side (`x&`, `a-`, `e.g.`'s last stop) is
//! punctuation, and the tokens, concatenated, give back the text exactly.

use super::fold::is_combining_mark;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punctuation,
    Space,
}

/// One token, borrowed from the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    /// The byte offset of the token in the text it was cut from.
    pub start: usize,
}

impl Token<'_> {
    /// The byte offset just after the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Which marks join two runs of letters and digits into one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// The report's terms whole: `SC&C`, `ITU-T`, `decentralized/distributed`, `F.747.1`.
    Terms,
    /// Split at hyphens and slashes: `IoT-based` is two words, `SC&C` and `F.747.1` one.
    Titles,
}

impl Joining {
    fn joins(self, c: char) -> bool {
        match self {
            Joining::Terms => matches!(c, '&' | '-' | '/' | '.' | '\'' | '\u{2019}' | '\u{2011}'),
            Joining::Titles => matches!(c, '&' | '.' | '\'' | '\u{2019}'),
        }
    }
}

/// Whether `c`, between two letters or digits, joins them into one word of [`tokens`].
pub(super) fn joins_terms(c: char) -> bool {
    Joining::Terms.joins(c)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// What an ASCII byte is to the scan: part of a word, white space, or punctuation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ascii {
    Word,
    Space,
    Punctuation,
}

/// The class of each ASCII byte, as [`is_word_char`] and `char::is_whitespace` say.
const ASCII: [Ascii; 128] = {
    let mut table = [Ascii::Punctuation; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = Ascii::Word;
        } else if matches!(c, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
            table[b] = Ascii::Space;
        }
        b += 1;
    }
    table
};

/// The character at byte offset `at`, with its class; ASCII is read from a table.
#[inline]
fn char_at(text: &str, at: usize) -> Option<(char, Option<Ascii>)> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        Some((char::from(byte), ASCII.get(usize::from(byte)).copied()))
    } else {
        text.get(at..)?.chars().next().map(|c| (c, None))
    }
}

#[inline]
fn is_word((c, ascii): (char, Option<Ascii>)) -> bool {
    match ascii {
        Some(class) => class == Ascii::Word,
        None => is_word_char(c),
    }
}

#[inline]
fn is_space((c, ascii): (char, Option<Ascii>)) -> bool {
    match ascii {
        Some(class) => class == Ascii::Space,
        None => c.is_whitespace(),
    }
}

fn scan(text: &str, joining: Joining) -> Vec<Token<'_>> {
    // Read in place, a character at a time by byte offset, ASCII from a table: collecting the
    // characters first cost more than the scan, and every title and name of a check goes
    // through here. A word and the space after it are two tokens: hence the capacity.
    let mut out = Vec::with_capacity(text.len() / 3 + 1);
    let mut start = 0;
    while let Some(first) = char_at(text, start) {
        let c = first.0;
        let (kind, end) = if is_word(first) {
            let mut j = start + c.len_utf8();
            while let Some(next) = char_at(text, j) {
                let d = next.0;
                if is_word(next) || (next.1.is_none() && is_combining_mark(d)) {
                    j += d.len_utf8();
                    continue;
                }
                let after = j + d.len_utf8();
                match char_at(text, after) {
                    Some(e) if joining.joins(d) && is_word(e) => j = after + e.0.len_utf8(),
                    _ => break,
                }
            }
            (TokenKind::Word, j)
        } else if is_space(first) {
            let mut j = start + c.len_utf8();
            while let Some(next) = char_at(text, j).filter(|&next| is_space(next)) {
                j += next.0.len_utf8();
            }
            (TokenKind::Space, j)
        } else {
            (TokenKind::Punctuation, start + c.len_utf8())
        };
        if let Some(piece) = text.get(start..end) {
            out.push(Token {
                kind,
                text: piece,
                start,
            });
        }
        start = end;
    }
    out
}

fn words_of(tokens: Vec<Token<'_>>) -> Vec<&str> {
    tokens
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect()
}

/// The tokens of `text` with the report's terms whole (`SC&C`, `ITU-T`, `F.747.1`), in order;
/// concatenated, they give back `text` exactly.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    scan(text, Joining::Terms)
}

/// The words of [`tokens`], without punctuation or spaces.
pub fn words(text: &str) -> Vec<&str> {
    words_of(tokens(text))
}

/// The tokens of `text` as titles are compared: split at hyphens and slashes (`IoT-based` is
/// `IoT`, `-`, `based`), `SC&C` and `F.747.1` whole; concatenated, they give back `text`
/// exactly.
pub fn title_tokens(text: &str) -> Vec<Token<'_>> {
    scan(text, Joining::Titles)
}

/// The words of [`title_tokens`], without punctuation or spaces.
pub fn title_words(text: &str) -> Vec<&str> {
    words_of(title_tokens(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(tokens: Vec<Token<'_>>) -> Vec<&str> {
        tokens.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn the_reports_terms_stay_whole() {
        assert_eq!(
            texts(tokens("IoT and SC&C (SSC&C), ITU-T, ITU-R and ITU-D.")),
            [
                "IoT", " ", "and", " ", "SC&C", " ", "(", "SSC&C", ")", ",", " ", "ITU-T", ",",
                " ", "ITU-R", " ", "and", " ", "ITU-D", "."
            ]
        );
        assert_eq!(
            texts(tokens("F.747.1 – F.747.8; Y.4000-series")),
            [
                "F.747.1",
                " ",
                "–",
                " ",
                "F.747.8",
                ";",
                " ",
                "Y.4000-series"
            ]
        );
        assert_eq!(
            texts(tokens("decentralized/distributed IoT (e.g., AI)")),
            [
                "decentralized/distributed",
                " ",
                "IoT",
                " ",
                "(",
                "e.g",
                ".",
                ",",
                " ",
                "AI",
                ")"
            ]
        );
    }

    #[test]
    fn title_words_split_at_hyphens_and_slashes_only() {
        assert_eq!(
            title_words("IoT-based SC&C data middle-platform, F.747.1 and ICT/IoT user's"),
            [
                "IoT", "based", "SC&C", "data", "middle", "platform", "F.747.1", "and", "ICT",
                "IoT", "user's"
            ]
        );
        assert_eq!(
            texts(title_tokens("JCA-IoT (SC&C).")),
            ["JCA", "-", "IoT", " ", "(", "SC&C", ")", "."]
        );
    }

    #[test]
    fn a_combining_accent_stays_in_its_word() {
        // `Martín` with the accent as a combining mark (U+0301), as some exports write it.
        assert_eq!(words("Juan Marti\u{301}n"), ["Juan", "Marti\u{301}n"]);
        assert_eq!(
            title_words("Marti\u{301}n-Lo\u{301}pez"),
            ["Marti\u{301}n", "Lo\u{301}pez"]
        );
    }

    #[test]
    fn tokens_give_back_the_text_with_their_offsets() {
        for text in [
            "",
            "  a  b ",
            "Study Group\u{a0}3, as appropriate;",
            "technologies—also known",
            "x&",
            "&x",
            "a-",
            "é&ü",
            "\u{301}a",
        ] {
            for cut in [tokens(text), title_tokens(text)] {
                let mut at = 0;
                for token in &cut {
                    assert_eq!(token.start, at);
                    assert_eq!(text.get(token.start..token.end()), Some(token.text));
                    at = token.end();
                }
                assert_eq!(texts(cut).concat(), text);
            }
        }
    }

    /// The scan before its ASCII table: a character at a time, every class asked of `char`.
    fn reference(text: &str, joining: Joining) -> Vec<Token<'_>> {
        let char_at = |at: usize| text.get(at..).and_then(|rest| rest.chars().next());
        let mut out = Vec::new();
        let mut start = 0;
        while let Some(c) = char_at(start) {
            let (kind, end) = if is_word_char(c) {
                let mut j = start + c.len_utf8();
                while let Some(d) = char_at(j) {
                    if is_word_char(d) || is_combining_mark(d) {
                        j += d.len_utf8();
                        continue;
                    }
                    let after = j + d.len_utf8();
                    match char_at(after) {
                        Some(e) if joining.joins(d) && is_word_char(e) => j = after + e.len_utf8(),
                        _ => break,
                    }
                }
                (TokenKind::Word, j)
            } else if c.is_whitespace() {
                let mut j = start + c.len_utf8();
                while let Some(d) = char_at(j).filter(|d| d.is_whitespace()) {
                    j += d.len_utf8();
                }
                (TokenKind::Space, j)
            } else {
                (TokenKind::Punctuation, start + c.len_utf8())
            };
            out.push(Token {
                kind,
                text: &text[start..end],
                start,
            });
            start = end;
        }
        out
    }

    #[test]
    fn the_ascii_table_cuts_as_char_does() {
        // Every ASCII character, and a few that are not: each text of two of them, each of
        // two followed by a letter, a joining mark, a space or an accent (ending there, or
        // before a letter) is cut as the scan without the table cuts it.
        let mut alphabet: Vec<char> = (0u8..128).map(char::from).collect();
        alphabet.extend([
            'é', '\u{301}', '\u{a0}', '\u{2019}', '\u{2011}', 'ł', '–', '\u{85}',
        ]);
        let mut texts: Vec<String> = Vec::new();
        for &a in &alphabet {
            for &b in &alphabet {
                texts.push([a, b].iter().collect());
                for c in ['a', '.', '-', ' ', '\u{301}'] {
                    texts.push([a, b, c].iter().collect());
                    texts.push([a, b, c, 'z'].iter().collect());
                }
            }
        }
        for joining in [Joining::Terms, Joining::Titles] {
            for text in &texts {
                assert_eq!(scan(text, joining), reference(text, joining), "{text:?}");
            }
        }
        let title = "IoT-based SC&C data middle-platform, F.747.1 and ICT/IoT user’s Łódź café";
        assert_eq!(
            scan(title, Joining::Titles),
            reference(title, Joining::Titles)
        );
    }
}
