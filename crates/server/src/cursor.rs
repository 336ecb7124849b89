//! What is under the cursor: the value (or the designation within a longer text) and what it
//! designates — a rule, a person, a Question, a Working Party, a Supplement or a
//! Recommendation — read with the model's own parsers.

use lsp_types::{Position as LspPosition, Range};
use wtsa_dataset::outline::{Node, Outline};
use wtsa_dataset::Position;
use wtsa_model::{
    PersonId, QuestionId, RecommendationDesignation, SupplementNumber, WorkingPartyId,
};
use wtsa_rules::RuleMeta;

use crate::lookup;
use crate::server::View;
use crate::text::LineIndex;

/// A thing a value designates.
#[derive(Debug, Clone)]
pub enum Subject {
    Rule(&'static RuleMeta),
    Person(PersonId),
    Question(QuestionId),
    WorkingParty(WorkingPartyId),
    Supplement(SupplementNumber),
    Recommendation(RecommendationDesignation),
}

/// A subject and where it is written.
#[derive(Debug, Clone)]
pub struct AtCursor {
    pub subject: Subject,
    pub range: Range,
}

/// The value node under the cursor (not a key), if any.
pub fn value_at(outline: &Outline, position: Position) -> Option<&Node> {
    outline
        .at(position)
        .filter(|node| node.scalar().is_some() && node.contains(position))
}

/// Characters of a designation or key written in running text (`Y.4000`, `Q1/20`,
/// `hyoung-jun-kim`, `AC003`).
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '/' | '-' | '_')
}

/// The word around the cursor on its line, with its range; trailing punctuation left out.
fn word_at(lines: &LineIndex<'_>, position: LspPosition) -> Option<(String, Range)> {
    let line = lines.line(position.line);
    let chars: Vec<char> = line.chars().collect();
    let mut units = 0;
    let mut at = chars.len();
    for (i, c) in chars.iter().enumerate() {
        if units >= position.character as usize {
            at = i;
            break;
        }
        units += c.len_utf16();
    }
    let mut start = at;
    while start > 0 && chars.get(start - 1).copied().is_some_and(in_word) {
        start -= 1;
    }
    let mut end = at;
    while chars.get(end).copied().is_some_and(in_word) {
        end += 1;
    }
    while end > start
        && chars
            .get(end - 1)
            .is_some_and(|c| matches!(c, '.' | '-' | '/'))
    {
        end -= 1;
    }
    if start == end {
        return None;
    }
    let word: String = chars.get(start..end)?.iter().collect();
    let column = |i: usize| {
        chars.get(..i).map_or(0, |before| {
            before.iter().map(|c| c.len_utf16()).sum::<usize>()
        })
    };
    let range = Range::new(
        LspPosition::new(position.line, u32::try_from(column(start)).ok()?),
        LspPosition::new(position.line, u32::try_from(column(end)).ok()?),
    );
    Some((word, range))
}

/// What `text` designates, read in the order a data file is most likely to mean it.
pub fn classify(view: &View<'_>, text: &str, pointer: &str) -> Option<Subject> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let is_rule_field = pointer.ends_with("/rule");
    if let Some(rule) = wtsa_rules::find_rule(text) {
        let meta = rule.meta();
        if is_rule_field || meta.code == text {
            return Some(Subject::Rule(meta));
        }
    }
    if let Ok(id) = text.parse::<PersonId>() {
        if lookup::person(view, &id).is_some() {
            return Some(Subject::Person(id));
        }
    }
    if let Ok(id) = text.parse::<QuestionId>() {
        return Some(Subject::Question(id));
    }
    if let Ok(id) = text.parse::<WorkingPartyId>() {
        return Some(Subject::WorkingParty(id));
    }
    if text.contains("Suppl") {
        return text.parse().ok().map(Subject::Supplement);
    }
    text.parse().ok().map(Subject::Recommendation)
}

/// The subject under the cursor: the whole value first (`Y Suppl. 73`, `ITU-T Y.4052`), then
/// the word the cursor is in (`Y.4000` in a title, `F.747.1` in `F.747.1 – F.747.8`).
pub fn subject_at(view: &View<'_>, position: LspPosition) -> Option<AtCursor> {
    let lines = LineIndex::new(view.text);
    let outline = Outline::build(view.text);
    let at = lines.wtsa(position);
    let node = value_at(&outline, at);
    let pointer = node.map_or("", |n| n.pointer.as_str());
    if let Some(node) = node.filter(|n| n.start.line == n.end.line) {
        if let Some(subject) = classify(view, node.scalar().unwrap_or_default(), pointer) {
            let range = Range::new(lines.lsp(node.start), lines.lsp(node.end));
            return Some(AtCursor { subject, range });
        }
    }
    let (word, range) = word_at(&lines, position)?;
    let subject = classify(view, &word, pointer)?;
    Some(AtCursor { subject, range })
}
