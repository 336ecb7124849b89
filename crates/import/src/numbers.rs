//! Numbers as the report writes them: digits (`15`), words (`eight`, `twenty-one`), words with
//! the figure after them (`seven (7)`), and ordinals (`Its second meeting`).

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [(&str, u32); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

fn unit(word: &str) -> Option<u32> {
    UNITS
        .iter()
        .position(|u| *u == word)
        .and_then(|p| u32::try_from(p).ok())
}

/// One number written as digits or in words, below a hundred for words.
pub(crate) fn number(word: &str) -> Option<u32> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    let word = word.to_lowercase();
    if let Some(n) = unit(&word) {
        return Some(n);
    }
    let (tens, rest) = match word.split_once('-') {
        Some((tens, rest)) => (tens, Some(rest)),
        None => (word.as_str(), None),
    };
    let tens = TENS.iter().find(|(w, _)| *w == tens)?.1;
    match rest {
        None => Some(tens),
        Some(rest) => unit(rest).filter(|u| (1..10).contains(u)).map(|u| tens + u),
    }
}

/// `first` → 1 … `twentieth` → 20.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    ORDINALS
        .iter()
        .position(|o| *o == word)
        .and_then(|p| u32::try_from(p + 1).ok())
}

/// A count at the start of `text`, with the words that write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Count<'a> {
    pub value: u32,
    /// As written: `seven (7)`, `two`, `521`.
    pub written: &'a str,
}

impl Count<'_> {
    /// The words, when they are more than the figure (digits alone say nothing more).
    pub fn as_written(&self) -> Option<String> {
        (!self.written.bytes().all(|b| b.is_ascii_digit())).then(|| self.written.to_owned())
    }
}

/// Reads a number at the start of `text`, with a figure in parentheses after a word
/// (`seven (7)`). `None` when the text does not start with a number, or when the word and the
/// figure disagree.
pub(crate) fn leading_count(text: &str) -> Option<Count<'_>> {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(text.len());
    let word = text.get(..end)?;
    let value = number(word)?;
    let mut written_end = end;
    if let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(" (")) {
        if let Some(close) = rest.find(')') {
            if let Ok(figure) = rest.get(..close).unwrap_or_default().trim().parse::<u32>() {
                if figure != value {
                    return None;
                }
                // The word, " (", the figure and ")".
                written_end = end + 2 + close + 1;
            }
        }
    }
    Some(Count {
        value,
        written: text.get(..written_end)?,
    })
}

/// The first count in `text` at a word boundary, with the byte offset where it starts.
pub(crate) fn first_count(text: &str) -> Option<(usize, Count<'_>)> {
    let mut offset = 0;
    for word in text.split(' ') {
        let bare = word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-'));
        if number(bare).is_some() {
            let start = offset + word.find(bare).unwrap_or(0);
            if let Some(count) = text.get(start..).and_then(leading_count) {
                return Some((start, count));
            }
        }
        offset += word.len() + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms_the_report_uses() {
        assert_eq!(number("eight"), Some(8));
        assert_eq!(number("two"), Some(2));
        assert_eq!(number("ten"), Some(10));
        assert_eq!(number("15"), Some(15));
        assert_eq!(number("Twenty-one"), Some(21));
        assert_eq!(number("forty"), Some(40));
        assert_eq!(number("several"), None);
        assert_eq!(ordinal("fifth"), Some(5));
    }

    #[test]
    fn keeps_the_figure_after_the_word() {
        let count = leading_count("seven (7) Questions").unwrap();
        assert_eq!(count.value, 7);
        assert_eq!(count.written, "seven (7)");
        assert_eq!(
            leading_count("four (4) meetings").unwrap().written,
            "four (4)"
        );
        assert_eq!(leading_count("seven (8) Questions"), None);
        let digits = leading_count("521 contributions").unwrap();
        assert_eq!(digits.as_written(), None);
        assert_eq!(
            leading_count("two Working")
                .unwrap()
                .as_written()
                .as_deref(),
            Some("two")
        );
    }

    #[test]
    fn finds_the_first_count_in_a_phrase() {
        let (start, count) = first_count("revised two existing Recommendation").unwrap();
        assert_eq!((start, count.value), (8, 2));
        let (_, count) = first_count("drew up 49 new Recommendations").unwrap();
        assert_eq!(count.value, 49);
        assert!(first_count("no figure here").is_none());
    }
}
