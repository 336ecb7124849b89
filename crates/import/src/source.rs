//! The report as numbered lines with the export's artefacts removed, and its outline: the
//! numbered sections, `TABLE n` captions and `ANNEX n` headings that locate everything else.

use std::ops::Range;

/// One line of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based, as an editor shows it.
    pub number: usize,
    /// The text with `[bookmark: …]` artefacts removed; footnote artefacts are kept because
    /// some parsers read them (see [`extract_footnotes`]).
    pub text: String,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// A table cell starts with a tab in the export.
    pub fn is_tab_led(&self) -> bool {
        self.text.starts_with('\t')
    }
}

/// Splits the report into lines and removes Word's bookmark artefacts, which carry nothing.
pub(crate) fn lines(report: &str) -> Vec<Line> {
    // A byte-order mark, as some exports write, is not part of the first heading.
    let report = report.strip_prefix('\u{feff}').unwrap_or(report);
    report
        .lines()
        .enumerate()
        .map(|(i, raw)| Line {
            number: i + 1,
            text: remove_bracketed(raw, "[bookmark:"),
        })
        .collect()
}

/// Removes every `[prefix …]` from `text`; an unclosed one is left as it is.
fn remove_bracketed(text: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(prefix) {
        let Some(length) = rest[start..].find(']') else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// Removes the footnote artefacts (`[footnoteRef:2]` marks and inline `[2: …]` bodies) from a
/// line that does not need them.
pub(crate) fn without_footnotes(text: &str) -> String {
    extract_footnotes(text).text
}

/// A footnote mark and the word it follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FootnoteMark {
    pub number: u32,
    /// The word the mark is attached to (empty when the mark follows punctuation).
    pub word: String,
}

/// A line's text with footnote artefacts removed, the marks and the footnote bodies.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Footnoted {
    pub text: String,
    pub marks: Vec<FootnoteMark>,
    pub bodies: Vec<(u32, String)>,
}

/// Reads Word's footnote export: `word[footnoteRef:N]` marks a word, an inline `[N: text]` at
/// the end of the paragraph carries the footnote. The visible mark Word also prints (`[footnoteRef:4]4`)
/// is removed with the reference.
///
/// Resolution 2 attaches one footnote to two words ("privacy" and "trustworthiness"); the
/// export prints the second mark as a bare digit glued to the word (`trustworthiness1`). So in
/// a paragraph that has a reference, a lowercase word directly followed by one or two digits is
/// read as a second mark of the first footnote.
pub(crate) fn extract_footnotes(text: &str) -> Footnoted {
    let (without_bodies, bodies) = split_bodies(text);
    let mut result = Footnoted {
        bodies,
        ..Footnoted::default()
    };

    // References.
    let mut out = String::with_capacity(without_bodies.len());
    let mut rest = without_bodies.as_str();
    const REF: &str = "[footnoteRef:";
    while let Some(start) = rest.find(REF) {
        let Some(length) = rest[start..].find(']') else {
            break;
        };
        let number = rest[start + REF.len()..start + length]
            .trim()
            .parse::<u32>();
        let before = &rest[..start];
        out.push_str(before);
        if let Ok(number) = number {
            result.marks.push(FootnoteMark {
                number,
                word: last_word(&out).to_owned(),
            });
        }
        let after = &rest[start + length + 1..];
        // The visible mark Word prints after the reference.
        rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);

    if let Some(first) = result.marks.first().map(|m| m.number) {
        let mut cleaned = String::with_capacity(out.len());
        for (i, piece) in out.split(' ').enumerate() {
            if i > 0 {
                cleaned.push(' ');
            }
            match glued_mark(piece) {
                Some((word, tail)) => {
                    result.marks.push(FootnoteMark {
                        number: first,
                        word: word.to_owned(),
                    });
                    cleaned.push_str(word);
                    cleaned.push_str(tail);
                }
                None => cleaned.push_str(piece),
            }
        }
        out = cleaned;
    }
    result.text = out.trim_end().to_owned();
    result
}

/// Removes the inline footnote bodies (`[N: text]`) from a paragraph, returning them with
/// their numbers. Word repeats the mark at the start of the body (`[4: 4 \tSome …]`); the
/// repetition is dropped.
pub(crate) fn split_bodies(text: &str) -> (String, Vec<(u32, String)>) {
    let mut bodies = Vec::new();
    let mut rest = text;
    let mut out = String::with_capacity(text.len());
    while let Some(start) = find_body_start(rest) {
        let Some(length) = rest[start..].find(']') else {
            break;
        };
        let inner = &rest[start + 1..start + length];
        if let Some((number, body)) = inner.split_once(':') {
            if let Ok(number) = number.trim().parse::<u32>() {
                let body = body.trim();
                let body = body
                    .strip_prefix(&number.to_string())
                    .filter(|b| b.starts_with(char::is_whitespace))
                    .unwrap_or(body)
                    .trim();
                bodies.push((number, body.to_owned()));
            }
        }
        out.push_str(&rest[..start]);
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    (out, bodies)
}

/// Removes `[footnoteRef:N]` marks from a phrase, returning the numbers.
pub(crate) fn take_refs(text: &str) -> (String, Vec<u32>) {
    const REF: &str = "[footnoteRef:";
    let mut numbers = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(REF) {
        let Some(length) = rest[start..].find(']') else {
            break;
        };
        if let Ok(number) = rest[start + REF.len()..start + length].trim().parse() {
            numbers.push(number);
        }
        out.push_str(&rest[..start]);
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    (out, numbers)
}

/// The start of an inline footnote body `[N:`, where N is a number.
fn find_body_start(text: &str) -> Option<usize> {
    let mut offset = 0;
    while let Some(found) = text[offset..].find('[') {
        let start = offset + found;
        let after = &text[start + 1..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(':') {
            return Some(start);
        }
        offset = start + 1;
    }
    None
}

/// The trailing word of `text` (letters only).
fn last_word(text: &str) -> &str {
    let trimmed = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &trimmed[start..]
}

/// `trustworthiness1` → (`trustworthiness`, ``); `word4;` → (`word`, `;`).
fn glued_mark(piece: &str) -> Option<(&str, &str)> {
    let letters = piece
        .char_indices()
        .take_while(|(_, c)| c.is_lowercase())
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let after = &piece[letters..];
    let digits = after.chars().take_while(char::is_ascii_digit).count();
    let tail = &after[digits..];
    let is_mark =
        letters >= 3 && (1..=2).contains(&digits) && tail.chars().all(|c| !c.is_alphanumeric());
    is_mark.then(|| (&piece[..letters], tail))
}

/// A bullet item's text: `–\titem`, `•\titem`, `-\titem`, `o\titem`.
pub(crate) fn bullet(text: &str) -> Option<&str> {
    let (mark, item) = text.split_once('\t')?;
    matches!(
        mark.trim(),
        "\u{2013}" | "\u{2022}" | "-" | "\u{2014}" | "o"
    )
    .then_some(item.trim())
}

/// A numbered section or paragraph (`3.3.2\tJCA on …`, `2.1.1\tAt its first meeting …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    pub number: String,
    pub title: String,
    /// Index into the lines.
    pub index: usize,
}

/// Where the report's parts are.
#[derive(Debug, Clone, Default)]
pub(crate) struct Outline {
    pub headings: Vec<Heading>,
    /// `TABLE n` captions: table number and line index.
    pub captions: Vec<(u32, usize)>,
    /// `ANNEX n` headings: annex number and line index.
    pub annexes: Vec<(u32, usize)>,
    pub len: usize,
}

impl Outline {
    pub fn of(lines: &[Line]) -> Self {
        let mut outline = Self {
            len: lines.len(),
            ..Self::default()
        };
        for (index, line) in lines.iter().enumerate() {
            let text = line.text.trim_start_matches([' ', '\u{a0}']);
            if let Some(number) = text.strip_prefix("TABLE ") {
                if let Ok(number) = number.trim().parse() {
                    outline.captions.push((number, index));
                }
                continue;
            }
            if let Some(number) = text.strip_prefix("ANNEX ") {
                if let Ok(number) = number.trim().parse() {
                    outline.annexes.push((number, index));
                }
                continue;
            }
            if let Some((number, title)) = text.split_once('\t') {
                let number = number.trim();
                let numbered = !number.is_empty()
                    && number
                        .split('.')
                        .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()));
                if numbered {
                    outline.headings.push(Heading {
                        number: number.to_owned(),
                        title: without_footnotes(title).trim().to_owned(),
                        index,
                    });
                }
            }
        }
        outline
    }

    pub fn heading(&self, number: &str) -> Option<&Heading> {
        self.headings.iter().find(|h| h.number == number)
    }

    /// The lines of a numbered section, its heading line included: up to the next numbered
    /// heading or annex.
    pub fn section(&self, number: &str) -> Option<Range<usize>> {
        let start = self.heading(number)?.index;
        Some(start..self.next_boundary(start))
    }

    /// The subsections directly below `number`, in order.
    pub fn subsections(&self, number: &str) -> Vec<&Heading> {
        let prefix = format!("{number}.");
        self.headings
            .iter()
            .filter(|h| {
                h.number
                    .strip_prefix(&prefix)
                    .is_some_and(|rest| !rest.contains('.'))
            })
            .collect()
    }

    pub fn caption(&self, table: u32) -> Option<usize> {
        self.captions
            .iter()
            .find(|(n, _)| *n == table)
            .map(|(_, i)| *i)
    }

    pub fn annex(&self, annex: u32) -> Option<Range<usize>> {
        let start = self.annexes.iter().find(|(n, _)| *n == annex)?.1;
        let end = self
            .annexes
            .iter()
            .map(|a| a.1)
            .filter(|&i| i > start)
            .min()
            .unwrap_or(self.len);
        Some(start..end)
    }

    fn next_boundary(&self, start: usize) -> usize {
        self.headings
            .iter()
            .map(|h| h.index)
            .chain(self.annexes.iter().map(|a| a.1))
            .filter(|&i| i > start)
            .min()
            .unwrap_or(self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_bookmarks() {
        assert_eq!(
            remove_bracketed(
                "[bookmark: _Toc76442730][bookmark: _Toc320869651]TABLE 2",
                "[bookmark:"
            ),
            "TABLE 2"
        );
    }

    #[test]
    fn reads_the_guidance_footnote_of_resolution_2() {
        let line = "security, privacy[footnoteRef:2] and trustworthiness1 of IoT and SC&C systems, services and applications; [2:  Some relevant aspects of this term.] ";
        let f = extract_footnotes(line);
        assert_eq!(
            f.text,
            "security, privacy and trustworthiness of IoT and SC&C systems, services and applications;"
        );
        let words: Vec<&str> = f.marks.iter().map(|m| m.word.as_str()).collect();
        assert_eq!(words, ["privacy", "trustworthiness"]);
        assert!(f.marks.iter().all(|m| m.number == 2));
        assert_eq!(
            f.bodies,
            [(2, "Some relevant aspects of this term.".to_owned())]
        );
    }

    #[test]
    fn reads_the_repeated_visible_mark_of_annex_2() {
        let line = "security, privacy[footnoteRef:4]4 and trustworthiness4 of IoT; [4: 4 \tSome relevant aspects.] ";
        let f = extract_footnotes(line);
        assert_eq!(f.text, "security, privacy and trustworthiness of IoT;");
        assert_eq!(f.bodies, [(4, "Some relevant aspects.".to_owned())]);
        assert_eq!(f.marks.len(), 2);
    }

    #[test]
    fn a_paragraph_without_a_reference_keeps_its_digits() {
        let f = extract_footnotes("in collaboration with Study Group 12, as appropriate;");
        assert_eq!(
            f.text,
            "in collaboration with Study Group 12, as appropriate;"
        );
        assert!(f.marks.is_empty());
    }

    #[test]
    fn outline_finds_numbered_headings_captions_and_annexes() {
        let lines = lines(" 1.1\tResponsibilities\n[bookmark: x]TABLE 2\ntext\n2.1.1\tAt its first meeting\nANNEX 1\n");
        let outline = Outline::of(&lines);
        assert_eq!(outline.heading("1.1").map(|h| h.index), Some(0));
        assert_eq!(outline.caption(2), Some(1));
        assert_eq!(outline.section("1.1"), Some(0..3));
        assert_eq!(outline.annex(1), Some(4..5));
    }
}
