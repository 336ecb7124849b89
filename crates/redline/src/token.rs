//! Splitting Resolution 2 text into the tokens a redline compares: words, single punctuation
//! marks and runs of white space.
//!
//! A word is a run of letters and digits, joined across `&`, `-`, `/`, `.`, `'` and the
//! no-break hyphen when a letter or digit stands on both sides. That keeps the report's terms
//! whole (`SC&C`, `SSC&C`, `ITU-T`, `ITU-R`, `ITU-D`, `IoT`, `machine-to-machine`,
//! `decentralized/distributed`, `F.747.1`, `Y.4000-series`) while the punctuation around them
//! (`(SC&C)`, `ITU-T,`, `verticals.`) is a token of its own, so that a changed comma is shown
//! as a changed comma and not as a changed word.

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
}

/// Characters that join two word characters into one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '&' | '-' | '/' | '.' | '\'' | '\u{2019}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The tokens of `text`, in order; concatenated, they give back `text` exactly.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(start, c)) = chars.get(i) {
        let (kind, next) = if is_word_char(c) {
            let mut j = i + 1;
            while let Some(&(_, d)) = chars.get(j) {
                if is_word_char(d) {
                    j += 1;
                } else if is_joiner(d) && chars.get(j + 1).is_some_and(|&(_, e)| is_word_char(e)) {
                    j += 2;
                } else {
                    break;
                }
            }
            (TokenKind::Word, j)
        } else if c.is_whitespace() {
            let mut j = i + 1;
            while chars.get(j).is_some_and(|&(_, d)| d.is_whitespace()) {
                j += 1;
            }
            (TokenKind::Space, j)
        } else {
            (TokenKind::Punctuation, i + 1)
        };
        let end = chars.get(next).map_or(text.len(), |&(at, _)| at);
        if let Some(piece) = text.get(start..end) {
            out.push(Token { kind, text: piece });
        }
        i = next;
    }
    out
}

/// The words of `text`, without punctuation or spaces.
pub fn words(text: &str) -> Vec<&str> {
    tokens(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn the_reports_terms_stay_whole() {
        assert_eq!(
            texts("IoT and SC&C (SSC&C), ITU-T, ITU-R and ITU-D."),
            [
                "IoT", " ", "and", " ", "SC&C", " ", "(", "SSC&C", ")", ",", " ", "ITU-T", ",",
                " ", "ITU-R", " ", "and", " ", "ITU-D", "."
            ]
        );
        assert_eq!(
            texts("F.747.1 – F.747.8; Y.4000-series"),
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
            texts("decentralized/distributed IoT (e.g., AI)"),
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
    fn tokens_give_back_the_text() {
        for text in [
            "",
            "  a  b ",
            "Study Group\u{a0}3, as appropriate;",
            "technologies—also known",
            "x&",
            "&x",
            "a-",
            "é&ü",
        ] {
            assert_eq!(texts(text).concat(), text);
        }
    }
}
