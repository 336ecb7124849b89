//! The redline as a self-contained HTML page in the style of revision marks: insertions
//! underlined, deletions struck through, a summary of changes per part, and print styles.
//!
//! Safety: every piece of data (texts, labels) goes through [`escape`]; the page loads
//! nothing (no external style sheet, font, image or script) and its Content-Security-Policy
//! forbids scripts, plugins, frames, forms and every fetch, so even a markup mistake here could
//! not run a proposal's text as a script.

use wtsa_model::text::escape::html::escape;

use crate::human::position;
use crate::model::{Counts, Item, ItemStatus, Op, Redline};

/// The page's policy: nothing may load or run; only the inline style sheet applies.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; img-src 'none'; style-src 'unsafe-inline'";

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #111; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #999; padding-bottom: .15rem; margin-top: 2rem; }
.legend { color: #444; }
ins { text-decoration: underline; text-decoration-thickness: 2px; color: #05529a; background: #e8f1fb; }
del { text-decoration: line-through; text-decoration-thickness: 2px; color: #b3001b; background: #fbeaec; }
table { border-collapse: collapse; margin: 1rem 0; }
.table-wrap { overflow-x: auto; }
th, td { border: 1px solid #bbb; padding: .2rem .6rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
tfoot td { font-weight: bold; }
ol.items { list-style: none; padding-left: 0; }
ol.items li { margin: .5rem 0; padding: .3rem .6rem; border-left: 4px solid #ccc; }
li.changed { border-left-color: #e0a800; }
li.added { border-left-color: #05529a; }
li.removed, li.moved-away { border-left-color: #b3001b; }
li.moved { border-left-color: #6f42c1; }
.status { display: inline-block; min-width: 9rem; font: .8rem/1.4 system-ui, sans-serif; color: #555; }
.summary-line { font: .85rem system-ui, sans-serif; color: #555; }
@media print {
  body { font-size: 11pt; margin: 0; max-width: none; }
  ins { color: #000; background: none; }
  del { color: #000; background: none; }
  ol.items li { break-inside: avoid; border-left-width: 2px; }
  h2 { break-after: avoid; }
  .summary { break-after: page; }
}
"#;

fn text(item: &Item) -> String {
    let mut out = String::new();
    for segment in &item.segments {
        let escaped = escape(&segment.text);
        match segment.op {
            Op::Equal => out.push_str(&escaped),
            Op::Delete => out.push_str(&format!("<del>{escaped}</del>")),
            Op::Insert => out.push_str(&format!("<ins>{escaped}</ins>")),
        }
    }
    out
}

fn status_label(item: &Item) -> String {
    let status = match item.status {
        ItemStatus::MovedAway => "moved away",
        other => other.as_str(),
    };
    let at = position(item);
    if at.is_empty() {
        status.to_owned()
    } else {
        format!("{status} · {at}")
    }
}

fn counts_cells(c: &Counts) -> String {
    format!(
        "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
        c.kept, c.changed, c.added, c.removed, c.moved
    )
}

/// The redline as a complete HTML page.
pub fn render(redline: &Redline) -> String {
    let title = format!(
        "Redline: {} against {}",
        redline.proposed.describe(),
        redline.base.describe()
    );
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n",
        escape(CONTENT_SECURITY_POLICY)
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&title)));
    out.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n"));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&title)));
    out.push_str(&body(redline));
    out.push_str("</body>\n</html>\n");
    out
}

/// The page's content under its heading — the legend, the summary table and one section per
/// part, with `<h2>` headings — for a page that supplies its own `<h1>`, styles and
/// Content-Security-Policy (the static site's). Every datum is escaped.
pub fn body(redline: &Redline) -> String {
    body_nested(redline, 2, "")
}

/// [`body`] for a page that shows several redlines, each under a heading of its own: the
/// summary's and the parts' headings are `<h{level}>` (2 to 6), so that the page's headings
/// stay in order, and every id and link inside starts with `anchor_prefix`, so that two
/// redlines on one page keep their anchors apart.
pub fn body_nested(redline: &Redline, level: u8, anchor_prefix: &str) -> String {
    let level = level.clamp(2, 6);
    let anchor_prefix = escape(anchor_prefix);
    let mut out = String::new();
    out.push_str("<p class=\"legend\">Inserted text is <ins>underlined</ins>; deleted text is <del>struck through</del>. Items are in the proposed order; a removed item, and the old place of a moved one, stands after the item that preceded it.</p>\n");

    out.push_str(&format!(
        "<section class=\"summary\">\n<h{level}>Summary of changes</h{level}>\n"
    ));
    out.push_str("<div class=\"table-wrap\" role=\"region\" aria-label=\"Summary of changes\" tabindex=\"0\">\n<table>\n<thead><tr><th>Part</th><th>Kept</th><th>Changed</th><th>Added</th><th>Removed</th><th>Moved</th></tr></thead>\n<tbody>\n");
    for part in &redline.parts {
        // A part with no items on either side has no section below to link to.
        let name = if part.items.is_empty() {
            escape(part.kind.title())
        } else {
            format!(
                "<a href=\"#{anchor_prefix}{}\">{}</a>",
                part.kind.name(),
                escape(part.kind.title())
            )
        };
        out.push_str(&format!(
            "<tr><td>{name}</td>{}</tr>\n",
            counts_cells(&part.summary)
        ));
    }
    out.push_str(&format!(
        "</tbody>\n<tfoot><tr><td>All parts</td>{}</tr></tfoot>\n</table>\n</div>\n</section>\n",
        counts_cells(&redline.summary)
    ));

    for part in &redline.parts {
        if part.items.is_empty() {
            continue;
        }
        let c = &part.summary;
        out.push_str(&format!(
            "<section id=\"{anchor_prefix}{}\">\n<h{level}>{}</h{level}>\n<p class=\"summary-line\">{} kept, {} changed, {} added, {} removed, {} moved</p>\n<ol class=\"items\">\n",
            part.kind.name(),
            escape(part.kind.title()),
            c.kept, c.changed, c.added, c.removed, c.moved
        ));
        for item in &part.items {
            let judgement = item
                .judgement_note()
                .map(|note| format!("<p class=\"judgement\">{}</p>", escape(&note)))
                .unwrap_or_default();
            out.push_str(&format!(
                "<li class=\"{}\"><span class=\"status\">{}</span> {}{judgement}</li>\n",
                item.status.as_str(),
                escape(&status_label(item)),
                text(item)
            ));
        }
        out.push_str("</ol>\n</section>\n");
    }
    out
}
