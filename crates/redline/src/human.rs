//! The redline for a terminal: one line per item, a status mark, and the text with
//! `[-deleted-]{+inserted+}` markers, or with ANSI colours (deleted red and struck through,
//! inserted green and underlined) when asked.

use wtsa_model::text::escape::terminal::visible;

use crate::model::{Item, ItemStatus, Op, Part, Redline};

/// How to print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HumanOptions {
    /// ANSI colours instead of text markers.
    pub color: bool,
}

const DELETED: &str = "\u{1b}[31;9m";
const INSERTED: &str = "\u{1b}[32;4m";
const HEADING: &str = "\u{1b}[1m";
const RESET: &str = "\u{1b}[0m";

/// Keeps white space at the edges of an edit outside its marks.
/// An edit of white space only stays whole, so that it can be seen.
pub(crate) fn split_edges(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    if core.is_empty() {
        return ("", text, "");
    }
    let start = text.len() - text.trim_start().len();
    let end = start + core.len();
    (
        text.get(..start).unwrap_or(""),
        core,
        text.get(end..).unwrap_or(""),
    )
}

fn marked_text(item: &Item, options: HumanOptions) -> String {
    let mut out = String::new();
    for segment in &item.segments {
        let text = visible(&segment.text);
        let (open, close) = match (segment.op, options.color) {
            (Op::Equal, _) => {
                out.push_str(&text);
                continue;
            }
            (Op::Delete, true) => (DELETED, RESET),
            (Op::Insert, true) => (INSERTED, RESET),
            (Op::Delete, false) => ("[-", "-]"),
            (Op::Insert, false) => ("{+", "+}"),
        };
        let (before, core, after) = split_edges(&text);
        out.push_str(before);
        out.push_str(open);
        out.push_str(core);
        out.push_str(close);
        out.push_str(after);
    }
    out
}

/// `=` kept, `~` changed, `+` added, `-` removed, `>` moved here, `<` moved away.
fn mark(status: ItemStatus) -> char {
    match status {
        ItemStatus::Kept => '=',
        ItemStatus::Changed => '~',
        ItemStatus::Added => '+',
        ItemStatus::Removed => '-',
        ItemStatus::Moved => '>',
        ItemStatus::MovedAway => '<',
    }
}

/// Where the item is, 1-based as a reader counts: "3", "3 (was 2)", "was 7, moved to 2".
pub(crate) fn position(item: &Item) -> String {
    let one = |i: usize| (i + 1).to_string();
    match (item.status, item.base_index, item.proposed_index) {
        (ItemStatus::MovedAway, Some(b), Some(p)) => format!("was {}, moved to {}", one(b), one(p)),
        (ItemStatus::Removed, Some(b), _) => format!("was {}", one(b)),
        (_, Some(b), Some(p)) if b != p => format!("{} (was {})", one(p), one(b)),
        (_, _, Some(p)) => one(p),
        _ => String::new(),
    }
}

pub(crate) fn counts_line(counts: &crate::model::Counts) -> String {
    format!(
        "{} kept, {} changed, {} added, {} removed, {} moved",
        counts.kept, counts.changed, counts.added, counts.removed, counts.moved
    )
}

fn part(out: &mut String, part: &Part, options: HumanOptions) {
    if part.items.is_empty() {
        return;
    }
    let title = part.kind.title();
    if options.color {
        out.push_str(&format!("{HEADING}{title}{RESET}"));
    } else {
        out.push_str(title);
    }
    out.push_str(&format!(": {}\n", counts_line(&part.summary)));
    for item in &part.items {
        out.push_str(&format!(
            "  {} {:<8} {}\n",
            mark(item.status),
            position(item),
            marked_text(item, options)
        ));
        if let Some(note) = item.judgement_note() {
            out.push_str(&format!("  {:<10} ? {}\n", "", visible(&note)));
        }
    }
    out.push('\n');
}

/// The redline as text for a terminal.
pub fn render(redline: &Redline, options: HumanOptions) -> String {
    let mut out = format!(
        "Redline of {} against {}\n{}\n\n",
        visible(&redline.proposed.describe()),
        visible(&redline.base.describe()),
        counts_line(&redline.summary)
    );
    for p in &redline.parts {
        part(&mut out, p, options);
    }
    out.push_str("marks: = kept, ~ changed, + added, - removed, > moved here, < moved away\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        let item = Item {
            status: ItemStatus::Changed,
            base_index: Some(0),
            proposed_index: Some(0),
            similarity: None,
            group: None,
            segments: vec![
                crate::model::Segment {
                    op: Op::Equal,
                    text: "a\u{1b}[2J\nb ".to_owned(),
                },
                crate::model::Segment {
                    op: Op::Insert,
                    text: "c\u{202e}d".to_owned(),
                },
            ],
            reconstruction: None,
        };
        // A screen-clearing sequence, a line break and a reordering control, each shown.
        assert_eq!(
            marked_text(&item, HumanOptions { color: false }),
            "a\\u{1b}[2J\\u{a}b {+c\\u{202e}d+}"
        );
    }

    #[test]
    fn edges_stay_outside_the_marks() {
        assert_eq!(split_edges(" sustainable "), (" ", "sustainable", " "));
        assert_eq!(split_edges("\u{a0}"), ("", "\u{a0}", ""));
    }
}
