use wtsa_model::text::words::{tokens, TokenKind};
use wtsa_model::{LeadRolePreposition, StudyGroupId};

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::message::Message;
use crate::report::Edit;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};

use super::{excerpt, paragraphs, with_judgement, RES2_PROPOSAL};

declare_rule! {
    /// ## What it checks
    /// Editorial defects that revision marks leave in a proposal's text (title, general-areas
    /// note, mandate, lead roles, points of guidance, footnotes, Annex C notes):
    /// - a doubled word ("and and"), including right after a lead role's fixed prefix
    ///   ("Lead study group for for …");
    /// - words run together across an edit: two short function words as one ("forof"), a run
    ///   of capitals glued to a lower-case word ("ITUrelevant", "SC&Cincluding") or the reverse
    ///   ("citiesSSC&C");
    /// - no space before an opening parenthesis ("cities(e.g."), except a plural "(s)";
    /// - a space where none belongs: before `,`, `;`, `:`, `.` or a closing parenthesis, after
    ///   an opening parenthesis, or two spaces in a row;
    /// - no space after `,` or `;` before a letter ("IoT,SSC&C");
    /// - parentheses or double quotes that do not pair up.
    ///
    /// ## Why it matters
    /// Accepting revision marks in the wrong order, or flattening them, leaves text no editor
    /// wrote. The WTSA adopts the text as written; a defect in it stands in Resolution 2 for
    /// the next four years.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022), as amended on the study group's proposal (the
    /// text put to the assembly).
    ///
    /// ## Example
    /// Fires: "requirements and capabilities forof IoT and SSC&C".
    /// Quiet: "requirements and capabilities of IoT and SSC&C".
    pub struct EditorialDefect {
        code: "RP006",
        name: "editorial-defect",
        family: Family::Proposal,
        severity: Severity::Warning,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

/// Short words an edit often replaces one by another ("for" by "of").
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Real words made of two function words.
const COMPOUNDS: &[&str] = &["into", "onto", "within", "another", "forth", "ason"];

/// A word made of two function words: "forof", "inthe".
fn two_function_words(word: &str) -> bool {
    let lower = word.to_lowercase();
    if COMPOUNDS.contains(&lower.as_str()) {
        return false;
    }
    (1..lower.len()).any(|cut| {
        lower.is_char_boundary(cut)
            && FUNCTION_WORDS.contains(&&lower[..cut])
            && FUNCTION_WORDS.contains(&&lower[cut..])
    })
}

/// A run of two or more capitals (with `&`) next to a run of three or more lower-case
/// letters, in either order: "ITUrelevant", "SC&Cincluding", "citiesSSC&C". Words the report
/// writes in mixed case ("IoT", "CitiVerse", "eHealth", "QoS") have single capitals.
fn capitals_glued(word: &str) -> bool {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Upper,
        Lower,
        Other,
    }
    let class = |c: char| {
        if c.is_uppercase() || c == '&' {
            Class::Upper
        } else if c.is_lowercase() {
            Class::Lower
        } else {
            Class::Other
        }
    };
    let mut runs: Vec<(Class, usize)> = Vec::new();
    for c in word.chars() {
        let k = class(c);
        match runs.last_mut() {
            Some((last, n)) if *last == k => *n += 1,
            _ => runs.push((k, 1)),
        }
    }
    runs.windows(2).any(|pair| match pair {
        [(Class::Upper, u), (Class::Lower, l)] | [(Class::Lower, l), (Class::Upper, u)] => {
            // "SC&Cincluding": the last capital would start a lower-case word ("Cincluding"
            // reads as "C" + "including"), so a run of two capitals is enough.
            *u >= 2 && *l >= 3
        }
        _ => false,
    })
}

/// A defect in a paragraph: its byte range, what is wrong, and the text that replaces the
/// range when the correction is certain.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Defect {
    start: usize,
    end: usize,
    what: What,
    /// Only where no choice is left: a doubled word loses its second copy, a misplaced space
    /// goes, a missing one comes. Words run together or unpaired brackets have none (which
    /// word was deleted, where the bracket closes, is for a person to say).
    replacement: Option<String>,
}

/// What is wrong in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
enum What {
    /// A space before the punctuation mark.
    SpaceBefore(char),
    TwoSpaces,
    SpaceAfterOpening,
    /// No space after the punctuation mark, before a letter.
    NoSpaceAfter(char),
    /// The word, written twice in a row.
    Doubled(String),
    /// Two function words run together.
    TwoWords(String),
    /// A term and a word run together.
    TermAndWord(String),
    NoSpaceBeforeOpening,
    UnmatchedClosing,
    /// How many opening parentheses are never closed.
    Unclosed(i64),
    UnpairedQuotes,
}

impl What {
    /// The finding's message: what is wrong, in which paragraph (`paragraph`, as a person
    /// names it) of which study group's proposal, and the text around it.
    fn message(&self, paragraph: &str, study_group: StudyGroupId, excerpt: &str) -> Message {
        match self {
            Self::SpaceBefore(mark) => message!(
                "a space before \u{201c}{mark}\u{201d} in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                mark,
                paragraph,
                study_group,
                excerpt,
            ),
            Self::TwoSpaces => message!(
                "two spaces in a row in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                paragraph,
                study_group,
                excerpt,
            ),
            Self::SpaceAfterOpening => message!(
                "a space after \u{201c}(\u{201d} in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                paragraph,
                study_group,
                excerpt,
            ),
            Self::NoSpaceAfter(mark) => message!(
                "no space after \u{201c}{mark}\u{201d} in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                mark,
                paragraph,
                study_group,
                excerpt,
            ),
            Self::Doubled(word) => message!(
                "the word \u{201c}{word}\u{201d} is doubled in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                word,
                paragraph,
                study_group,
                excerpt,
            ),
            Self::TwoWords(word) => message!(
                "\u{201c}{word}\u{201d} runs two words together (a deleted and an inserted word?) in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                word,
                paragraph,
                study_group,
                excerpt,
            ),
            Self::TermAndWord(word) => message!(
                "\u{201c}{word}\u{201d} runs a term and a word together (a deleted and an inserted word?) in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                word,
                paragraph,
                study_group,
                excerpt,
            ),
            Self::NoSpaceBeforeOpening => message!(
                "no space before \u{201c}(\u{201d} in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                paragraph,
                study_group,
                excerpt,
            ),
            Self::UnmatchedClosing => message!(
                "\u{201c})\u{201d} closes no parenthesis in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                paragraph,
                study_group,
                excerpt,
            ),
            Self::Unclosed(count) => message!(
                "{count} \u{201c}(\u{201d} not closed in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                count,
                paragraph,
                study_group,
                excerpt,
            ),
            Self::UnpairedQuotes => message!(
                "quotation marks do not pair up in {paragraph} of {study_group}'s proposal: \u{201c}{excerpt}\u{201d}",
                paragraph,
                study_group,
                excerpt,
            ),
        }
    }
}

impl Defect {
    fn new(start: usize, end: usize, what: What, replacement: Option<String>) -> Self {
        Self {
            start,
            end,
            what,
            replacement,
        }
    }
}

/// Spaces where none belong, and none where one does.
fn spacing(text: &str) -> Vec<Defect> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let after = chars
            .get(k + 1)
            .map_or(text.len(), |&(i, n)| i + n.len_utf8());
        match (c, next) {
            (' ', Some(p @ (',' | ';' | ':' | '.' | ')'))) if k > 0 => {
                found.push(Defect::new(
                    at,
                    after,
                    What::SpaceBefore(p),
                    Some(p.to_string()),
                ));
            }
            (' ', Some(' ')) => found.push(Defect::new(
                at,
                after,
                What::TwoSpaces,
                Some(" ".to_owned()),
            )),
            ('(', Some(' ')) => {
                found.push(Defect::new(
                    at,
                    after,
                    What::SpaceAfterOpening,
                    Some("(".to_owned()),
                ));
            }
            (p @ (',' | ';'), Some(n)) if n.is_alphabetic() => {
                found.push(Defect::new(
                    at,
                    after,
                    What::NoSpaceAfter(p),
                    Some(format!("{p} {n}")),
                ));
            }
            _ => {}
        }
    }
    found
}

/// The defects of one paragraph.
fn defects(text: &str) -> Vec<Defect> {
    let mut found = Vec::new();
    let mut spans: Vec<(usize, usize, TokenKind, &str)> = Vec::new();
    let mut at = 0;
    for token in tokens(text) {
        spans.push((at, at + token.text.len(), token.kind, token.text));
        at += token.text.len();
    }
    let words: Vec<&(usize, usize, TokenKind, &str)> =
        spans.iter().filter(|s| s.2 == TokenKind::Word).collect();
    for pair in words.windows(2) {
        if let [a, b] = pair {
            let only_space = text
                .get(a.1..b.0)
                .is_some_and(|between| !between.is_empty() && between.trim().is_empty());
            let is_number = a.3.chars().all(|c| c.is_ascii_digit());
            if only_space && !is_number && a.3.to_lowercase() == b.3.to_lowercase() {
                found.push(Defect::new(
                    a.0,
                    b.1,
                    What::Doubled(a.3.to_owned()),
                    Some(a.3.to_owned()),
                ));
            }
        }
    }
    for word in &words {
        if two_function_words(word.3) {
            found.push(Defect::new(
                word.0,
                word.1,
                What::TwoWords(word.3.to_owned()),
                None,
            ));
        } else if capitals_glued(word.3) {
            found.push(Defect::new(
                word.0,
                word.1,
                What::TermAndWord(word.3.to_owned()),
                None,
            ));
        }
    }
    for (i, span) in spans.iter().enumerate() {
        if span.3 != "(" || i == 0 {
            continue;
        }
        let glued = spans.get(i - 1).is_some_and(|p| p.2 == TokenKind::Word);
        let plural_s = text
            .get(span.0..)
            .is_some_and(|rest| rest.starts_with("(s)"));
        if glued && !plural_s {
            let start = spans.get(i - 1).map_or(span.0, |p| p.0);
            let replacement = text.get(start..span.0).map(|word| format!("{word} ("));
            found.push(Defect::new(
                start,
                span.1,
                What::NoSpaceBeforeOpening,
                replacement,
            ));
        }
    }
    found.extend(spacing(text));
    let mut depth: i64 = 0;
    for span in &spans {
        match span.3 {
            "(" => depth += 1,
            ")" if depth == 0 => {
                found.push(Defect::new(span.0, span.1, What::UnmatchedClosing, None));
            }
            ")" => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        let last_open = spans.iter().rev().find(|s| s.3 == "(").map_or(0, |s| s.0);
        found.push(Defect::new(
            last_open,
            last_open + 1,
            What::Unclosed(depth),
            None,
        ));
    }
    let straight = text.matches('"').count();
    let (open, close) = (
        text.matches('\u{201c}').count(),
        text.matches('\u{201d}').count(),
    );
    if straight % 2 == 1 || open != close {
        let at = text.find(['"', '\u{201c}', '\u{201d}']).unwrap_or(0);
        found.push(Defect::new(at, at + 1, What::UnpairedQuotes, None));
    }
    found.sort_by_key(|f| f.start);
    found
}

impl Rule for EditorialDefect {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        for proposal in &view.proposals {
            for paragraph in paragraphs(proposal.value) {
                for defect in defects(paragraph.text) {
                    let edit = defect
                        .replacement
                        .as_deref()
                        .filter(|_| paragraph.whole)
                        .and_then(|replacement| {
                            Edit::replacing(paragraph.text, defect.start, defect.end, replacement)
                        });
                    let diagnostic = out
                        .at(
                            Spot::new(proposal.id, paragraph.pointer.clone()),
                            defect.what.message(
                                &paragraph.label,
                                proposal.study_group,
                                &excerpt(paragraph.text, defect.start, defect.end),
                            ),
                        )
                        .fix_with_edit("correct the text of the proposal", edit);
                    let diagnostic = with_judgement(diagnostic, *proposal, &paragraph.pointer);
                    out.push(diagnostic);
                }
            }
            // The subject of a lead role is checked without its fixed prefix, so a word
            // doubled across the two ("Lead study group for for …") is looked for here.
            for (i, role) in proposal.value.lead_roles.iter().enumerate() {
                let preposition = match role.preposition() {
                    LeadRolePreposition::On => "on",
                    LeadRolePreposition::For => "for",
                };
                let first = role.subject().split_whitespace().next().unwrap_or("");
                if !first.eq_ignore_ascii_case(preposition) {
                    continue;
                }
                let diagnostic = out
                    .at(
                        Spot::new(proposal.id, format!("/lead_roles/{i}")),
                        message!(
                            "the word \u{201c}{preposition}\u{201d} is doubled in lead role {number} of {study_group}'s proposal: \u{201c}{role}\u{201d}",
                            preposition,
                            number = i + 1,
                            study_group = proposal.study_group,
                            role,
                        ),
                    )
                    .fix("correct the text of the proposal");
                out.push(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<What> {
        defects(text).into_iter().map(|d| d.what).collect()
    }

    #[test]
    fn finds_what_revision_marks_leave() {
        assert_eq!(kinds("IoT and and SSC&C").len(), 1);
        assert_eq!(kinds("capabilities forof IoT").len(), 1);
        assert_eq!(kinds("in ITUrelevant emerging").len(), 1);
        assert_eq!(kinds("for IoT and SC&Cincluding digital twins").len(), 1);
        assert_eq!(kinds("smart cities(e.g., twins)").len(), 1);
        assert_eq!(kinds("(ITU-T and (x)").len(), 1);
        assert_eq!(kinds("x) y").len(), 1);
        assert_eq!(kinds("a \u{201c}b").len(), 1);
        assert_eq!(kinds("IoT , SSC&C").len(), 1);
        assert_eq!(kinds("IoT,SSC&C").len(), 1);
        assert_eq!(kinds("( IoT)").len(), 1);
        assert_eq!(kinds("(IoT )").len(), 1);
        assert_eq!(kinds("IoT  and").len(), 1);
    }

    #[test]
    fn leaves_the_reports_own_words_alone() {
        for text in [
            "metaverse for SSC&C (CitiVerse); IoT, QoS, eHealth, M2M, ITU-T, AI-enabled",
            "work into and within the study group(s)",
            "Study Group 20 (ITU-T Recommendations), 3 3",
            "technologies\u{2014}also known as \u{201c}x\u{201d}",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }
}
