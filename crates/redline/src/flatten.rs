//! The redline as the plain text a Word export of revision marks produces.
//!
//! The conventions are read from Annex 2 of the SG20 report to WTSA-24, which is such an
//! export:
//! - deleted and inserted text both stay, in document order, with no mark and nothing
//!   between them: the deletion first, then the insertion ("capabilities forof IoT",
//!   "communities (SC&C)SSC&C including", "cities(e.g., digital twins"). Only the spaces that
//!   the edit kept separate the words; a space that belonged to the deleted or the inserted
//!   text goes with it.
//! - a moved paragraph is its old text at the old place and its new text at the new place;
//!   a removed paragraph stays at its place; one paragraph a line.
//! - Annex C prints one line per group of entries, each Recommendation with its `ITU-T`
//!   prefix (also the second number of a range), separated by commas and `and` before the
//!   last.
//! - the general-areas note is in square brackets, as an editor's note.
//!
//! Footnotes are left out: the export prints each inline at its reference mark, a place the
//! data does not keep.

use wtsa_model::text::words::{tokens, TokenKind};

use crate::model::{Item, ItemStatus, PartKind, Redline};

/// The flattened lines of one part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlatPart {
    pub kind: PartKind,
    pub lines: Vec<String>,
}

/// Every segment, deleted and inserted alike, in order.
fn run_together(item: &Item) -> String {
    item.segments.iter().map(|s| s.text.as_str()).collect()
}

/// A Recommendation number as Annex C is printed: `ITU-T F.747.1`.
fn with_prefixes(text: &str) -> String {
    tokens(text)
        .into_iter()
        .map(|t| {
            let mut chars = t.text.chars();
            let designation = t.kind == TokenKind::Word
                && chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.next() == Some('.')
                && chars.next().is_some_and(|c| c.is_ascii_digit());
            if designation {
                format!("ITU-T {}", t.text)
            } else {
                t.text.to_owned()
            }
        })
        .collect()
}

/// `a`, `a and b`, `a, b and c`.
fn join_entries(entries: &[String]) -> String {
    match entries {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn annex_c_lines(items: &[Item]) -> Vec<String> {
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut current: Option<usize> = None;
    for item in items {
        let entry = with_prefixes(&run_together(item));
        let old_only = matches!(item.status, ItemStatus::Removed | ItemStatus::MovedAway);
        // A removed entry stays on the line it is deleted from: the current one.
        let starts_line = !old_only && item.group != current || lines.is_empty();
        if starts_line {
            lines.push(Vec::new());
            if !old_only {
                current = item.group;
            }
        }
        if let Some(line) = lines.last_mut() {
            line.push(entry);
        }
    }
    lines.iter().map(|l| join_entries(l)).collect()
}

/// The flattened lines, part by part.
pub fn flatten_parts(redline: &Redline) -> Vec<FlatPart> {
    redline
        .parts
        .iter()
        .filter(|part| part.kind != PartKind::GuidanceFootnotes)
        .map(|part| {
            let lines = match part.kind {
                PartKind::AnnexC => annex_c_lines(&part.items),
                PartKind::GeneralAreas => part
                    .items
                    .iter()
                    .map(|i| format!("[{}]", run_together(i)))
                    .collect(),
                _ => part.items.iter().map(run_together).collect(),
            };
            FlatPart {
                kind: part.kind,
                lines,
            }
        })
        .collect()
}

/// The whole redline flattened, one paragraph a line, parts in the Resolution's order.
pub fn flatten(redline: &Redline) -> String {
    let mut text = String::new();
    for part in flatten_parts(redline) {
        for line in part.lines {
            text.push_str(&line);
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_c_numbers_get_their_prefix() {
        assert_eq!(
            with_prefixes("F.747.1 – F.747.8"),
            "ITU-T F.747.1 – ITU-T F.747.8"
        );
        assert_eq!(with_prefixes("Y.4000-series"), "ITU-T Y.4000-series");
        assert_eq!(
            join_entries(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
    }
}
