//! The redline as Markdown (CommonMark with GitHub's strikethrough): a summary table, then one
//! section per part, deleted text as `~~struck~~`, inserted text as `**bold**`. Every piece of
//! data is escaped, so a proposal's text cannot become markup.

use wtsa_model::text::escape::markdown::escape;

use crate::human::{position, split_edges};
use crate::model::{Item, Op, Redline};

fn text(item: &Item) -> String {
    let mut out = String::new();
    for segment in &item.segments {
        let escaped = escape(&segment.text);
        let mark = match segment.op {
            Op::Equal => {
                out.push_str(&escaped);
                continue;
            }
            Op::Delete => "~~",
            Op::Insert => "**",
        };
        let (before, core, after) = split_edges(&escaped);
        out.push_str(before);
        out.push_str(mark);
        out.push_str(core);
        out.push_str(mark);
        out.push_str(after);
    }
    out
}

/// The redline as a Markdown document.
pub fn render(redline: &Redline) -> String {
    let mut out = format!(
        "# Redline: {} against {}\n\nDeleted text is ~~struck through~~, inserted text **bold**.\n\n",
        escape(&redline.proposed.describe()),
        escape(&redline.base.describe())
    );
    out.push_str("| Part | Kept | Changed | Added | Removed | Moved |\n");
    out.push_str("|---|--:|--:|--:|--:|--:|\n");
    let row = |name: &str, c: &crate::model::Counts| {
        format!(
            "| {name} | {} | {} | {} | {} | {} |\n",
            c.kept, c.changed, c.added, c.removed, c.moved
        )
    };
    for part in &redline.parts {
        out.push_str(&row(part.kind.title(), &part.summary));
    }
    out.push_str(&row("**All parts**", &redline.summary));
    for part in &redline.parts {
        if part.items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {}\n\n", part.kind.title()));
        for item in &part.items {
            let at = position(item);
            let at = if at.is_empty() {
                String::new()
            } else {
                format!(" {at}")
            };
            out.push_str(&format!(
                "- *{}*{at}: {}\n",
                item.status.as_str(),
                text(item)
            ));
        }
    }
    out
}
