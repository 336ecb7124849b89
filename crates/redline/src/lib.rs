//! wtsa-redline: a redline of two WTSA Resolution 2 entries (usually the entry in force and a
//! study group's proposal), part by part, and its renderings.
//!
//! [`diff`] compares the title, the general-areas note, the mandate paragraphs, the lead
//! study-group roles, the points of guidance (and their footnotes) and the Annex C entries and
//! notes. List items are matched best first by word similarity ([`MATCH_THRESHOLD`], then
//! [`GAP_MATCH_THRESHOLD`] for items left in the same place); matched
//! pairs that keep their relative order are *kept* or *changed*, the others *moved*; changed
//! text is a word diff in which the report's terms (SC&C, SSC&C, ITU-T, IoT …) and each
//! punctuation mark are whole tokens.
//!
//! Renderings, each in its own module: [`human`] (`[-deleted-]{+inserted+}` markers or ANSI
//! colours), [`json`] (with [`schemas`]), [`markdown`], [`html`] (a self-contained page in the
//! style of revision marks, every piece of data escaped, scripts forbidden by its
//! Content-Security-Policy) and [`flatten`], the redline as the plain text a Word export of
//! revision marks produces, with [`similarity`] to compare it with such a text.
//!
//! How closely `flatten(diff(in force, proposal))` reproduces the Annex 2 text of the SG20
//! report to WTSA-24 is measured by the test `tests/flatten_similarity.rs` and recorded in the
//! README ("Redline").
//!
//! It depends on the model only: it reads no files and prints nothing.

pub mod flatten;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
mod matching;
pub mod model;
pub mod similarity;
pub mod word_diff;

pub use flatten::flatten;

/// The renderings of a redline, shared by the library and `wtsa diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Format {
    /// `[-deleted-]{+inserted+}` markers, or ANSI colours with `color`.
    #[default]
    Human,
    Json,
    Markdown,
    /// A self-contained page with revision marks.
    Html,
    /// The plain text a Word export of revision marks produces.
    Flatten,
}

/// Renders `redline` in `format` (`color` only applies to [`Format::Human`]).
pub fn render(redline: &Redline, format: Format, color: bool) -> String {
    match format {
        Format::Human => human::render(redline, human::HumanOptions { color }),
        Format::Json => json::render(redline),
        Format::Markdown => markdown::render(redline),
        Format::Html => html::render(redline),
        Format::Flatten => flatten(redline),
    }
}
pub use model::{Counts, EntryLabel, Item, ItemStatus, Op, Part, PartKind, Redline, Segment};
pub use similarity::{similarity, Similarity};
pub use word_diff::{diff_text, word_similarity};

use matching::{lay_out, pair, pair_with_gaps, Side};
use wtsa_model::{AnnexCItem, Resolution2Entry};

/// The least word similarity at which a base item and a proposed item are taken to be the same
/// item (changed or moved) rather than one removed and one added. Half the words in common:
/// a point of guidance rewritten around its old wording (SG20's "guidelines, methodologies …"
/// item) still matches, two items that share only "IoT and SC&C" do not.
pub const MATCH_THRESHOLD: f64 = 0.5;

/// The least word similarity at which two items left unmatched in the same gap between
/// matched items are taken to be one item rewritten in place.
pub const GAP_MATCH_THRESHOLD: f64 = 0.25;

/// Annex C entries are matched by meaning, not words: the same entry scores 1, two entries
/// covering some of the same Recommendations this much (above the threshold), others 0.
const OVERLAPPING_ENTRIES: f64 = 0.75;

fn part(kind: PartKind, base: &Side<'_>, proposed: &Side<'_>, pairs: &[matching::Pair]) -> Part {
    let items = lay_out(base, proposed, pairs);
    Part {
        kind,
        summary: Counts::of(&items),
        items,
    }
}

/// A part of at most one item a side (title, introduction): the two are the same item
/// whatever their words.
fn single(kind: PartKind, base: &[String], proposed: &[String]) -> Part {
    let pairs: Vec<matching::Pair> = if base.is_empty() || proposed.is_empty() {
        Vec::new()
    } else {
        vec![matching::Pair {
            base: 0,
            proposed: 0,
            score: word_similarity(
                base.first().map_or("", String::as_str),
                proposed.first().map_or("", String::as_str),
            ),
        }]
    };
    part(
        kind,
        &Side {
            texts: base,
            groups: None,
        },
        &Side {
            texts: proposed,
            groups: None,
        },
        &pairs,
    )
}

/// A list part whose items are matched by word similarity (identical texts first).
fn list(kind: PartKind, base: &[String], proposed: &[String]) -> Part {
    let pairs = pair_with_gaps(
        base.len(),
        proposed.len(),
        MATCH_THRESHOLD,
        GAP_MATCH_THRESHOLD,
        |b, p| match (base.get(b), proposed.get(p)) {
            (Some(x), Some(y)) if x == y => 1.0,
            // Just below an identical text, so identical pairs are always taken first.
            (Some(x), Some(y)) => word_similarity(x, y).min(0.999),
            _ => 0.0,
        },
    );
    part(
        kind,
        &Side {
            texts: base,
            groups: None,
        },
        &Side {
            texts: proposed,
            groups: None,
        },
        &pairs,
    )
}

fn annex_c_items(entry: &Resolution2Entry) -> (Vec<&AnnexCItem>, Vec<String>, Vec<usize>) {
    let mut items = Vec::new();
    let mut texts = Vec::new();
    let mut groups = Vec::new();
    for (line, entries) in entry.annex_c.lines.iter().enumerate() {
        for item in entries {
            items.push(item);
            texts.push(item.text().to_owned());
            groups.push(line);
        }
    }
    (items, texts, groups)
}

fn annex_c(base: &Resolution2Entry, proposed: &Resolution2Entry) -> Part {
    let (base_items, base_texts, base_groups) = annex_c_items(base);
    let (proposed_items, proposed_texts, proposed_groups) = annex_c_items(proposed);
    let score = |b: usize, p: usize| -> f64 {
        match (base_items.get(b), proposed_items.get(p)) {
            (Some(x), Some(y)) => match (x.entry(), y.entry()) {
                (Some(ex), Some(ey)) if ex == ey => 1.0,
                (Some(ex), Some(ey)) if ex.overlaps(ey) => OVERLAPPING_ENTRIES,
                (None, None) if x.text() == y.text() => 1.0,
                _ => 0.0,
            },
            _ => 0.0,
        }
    };
    let pairs = pair(
        base_items.len(),
        proposed_items.len(),
        MATCH_THRESHOLD,
        score,
    );
    part(
        PartKind::AnnexC,
        &Side {
            texts: &base_texts,
            groups: Some(&base_groups),
        },
        &Side {
            texts: &proposed_texts,
            groups: Some(&proposed_groups),
        },
        &pairs,
    )
}

fn footnotes(entry: &Resolution2Entry) -> Vec<String> {
    entry
        .guidance
        .iter()
        .flat_map(|g| &g.footnotes)
        .map(|f| format!("{}: {}", f.attached_to.join(", "), f.text))
        .collect()
}

/// The redline of `proposed` against `base`.
pub fn diff(base: &Resolution2Entry, proposed: &Resolution2Entry) -> Redline {
    let one = |text: &str| vec![text.to_owned()];
    let optional = |text: &Option<String>| text.iter().cloned().collect::<Vec<String>>();
    let roles = |entry: &Resolution2Entry| -> Vec<String> {
        entry.lead_roles.iter().map(ToString::to_string).collect()
    };
    let guidance = |entry: &Resolution2Entry| -> Vec<String> {
        entry.guidance.iter().map(|g| g.text.clone()).collect()
    };
    let parts = vec![
        single(PartKind::Title, &one(&base.title), &one(&proposed.title)),
        single(
            PartKind::GeneralAreas,
            &optional(&base.general_areas_note),
            &optional(&proposed.general_areas_note),
        ),
        list(PartKind::Mandate, &base.mandate, &proposed.mandate),
        list(PartKind::LeadRoles, &roles(base), &roles(proposed)),
        single(
            PartKind::GuidanceIntro,
            &one(&base.guidance_intro),
            &one(&proposed.guidance_intro),
        ),
        list(PartKind::Guidance, &guidance(base), &guidance(proposed)),
        list(
            PartKind::GuidanceFootnotes,
            &footnotes(base),
            &footnotes(proposed),
        ),
        annex_c(base, proposed),
        list(
            PartKind::AnnexCNotes,
            &base.annex_c.notes,
            &proposed.annex_c.notes,
        ),
    ];
    let mut summary = Counts::default();
    for part in &parts {
        summary.add(&part.summary);
    }
    Redline {
        base: EntryLabel::of(base),
        proposed: EntryLabel::of(proposed),
        parts,
        summary,
    }
}

/// The JSON Schemas this crate publishes: (file name, schema).
pub fn schemas() -> Vec<(String, schemars::Schema)> {
    let schema = wtsa_model::schema::published_schema::<Redline>("redline", "wtsa redline");
    vec![("redline.schema.json".to_owned(), schema)]
}
