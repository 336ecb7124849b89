//! Annex 2: the study group's proposed Resolution 2 entry for the next study period.
//!
//! Annex 2 is a Word redline flattened to plain text: deleted and inserted words run
//! together ("forof", "SCSSC&C"), with nothing to tell which is which. What is mechanically
//! readable is imported: the general-areas note, the title, the lead roles of PART 2, the
//! sentence that opens the points of guidance and Annex C. The mandate and the points of
//! guidance are left empty and reported: reading them back into clean text is a judgement
//! (see the dataset's RECONSTRUCTION.md) that belongs to curation.

use std::ops::Range;

use wtsa_model::{
    AnnexC, DocumentPointer, EncodingNote, EntryStatus, FlattenedText, Resolution2Entry,
    Resolution2EntryKind, StudyGroupId, WtsaDocument, WtsaEdition,
};

use crate::context::{source_ref, Context};
use crate::diagnostic::Problem;
use crate::source::{bullet, without_footnotes};
use crate::study_group::{annex_c_line, guidance_intro};
use crate::text::period;

const NOT_CLEAN: &str = "Annex 2 is a flattened redline (deleted and inserted words run together); reconstruct it by hand, as RECONSTRUCTION.md describes for SG20";

fn is_ellipsis(text: &str) -> bool {
    matches!(text.trim(), "\u{2026}" | "...")
}

/// §4's pointers to WTSA documents: "… and in text of Questions proposed for study during the
/// next study period, see WTSA-24 Document 22." → the document, and what it holds (the words
/// between the last " in " and ", see").
fn see_also(ctx: &Context) -> Vec<DocumentPointer> {
    let (Some(range), Some(source)) = (ctx.outline.section("4"), source_ref("\u{a7}4")) else {
        return Vec::new();
    };
    let mut pointers = Vec::new();
    for (_, line) in ctx.lines_in(range) {
        let text = without_footnotes(&line.text);
        let Some((before, after)) = text.split_once(", see WTSA-") else {
            continue;
        };
        let document: String = format!("WTSA-{after}")
            .trim_end()
            .trim_end_matches(['.', ';', ','])
            .to_owned();
        let Ok(document) = document.parse::<WtsaDocument>() else {
            continue;
        };
        let holds = before
            .rsplit_once(" in ")
            .map_or(before, |(_, holds)| holds);
        pointers.push(DocumentPointer {
            document,
            holds: holds.trim().to_owned(),
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
    pointers
}

/// Reads Annex 2. The proposal is for the WTSA after the one whose entry is in force: WTSA
/// meets every four years and keeps its number when postponed (WTSA-20 met in 2022).
pub(crate) fn proposal(
    ctx: &mut Context,
    study_group: StudyGroupId,
    in_force: Option<WtsaEdition>,
) -> Option<Resolution2Entry> {
    let Some(range) = ctx.outline.annex(2) else {
        ctx.missing(
            ctx.end_line(),
            true,
            "Annex 2".to_owned(),
            "a heading `ANNEX 2` with the proposed updates to Resolution 2".to_owned(),
        );
        return None;
    };
    let heading = ctx.number(range.start);
    let lines: Vec<(usize, String)> = ctx
        .lines_in(range.clone())
        .map(|(_, l)| (l.number, l.text.clone()))
        .collect();
    let sg_line = format!("Study Group {}", study_group.number());
    let at = |test: &dyn Fn(&str) -> bool, from: usize| {
        lines
            .iter()
            .enumerate()
            .skip(from)
            .find(|(_, (_, t))| test(t.trim()))
            .map(|(i, _)| i)
    };
    let part_1 = at(&|t| t.starts_with("PART 1"), 0);
    let part_2 = at(&|t| t.starts_with("PART 2"), 0);
    let annex_b = at(&|t| t == "Annex B", 0);
    let annex_c = at(&|t| t == "Annex C", 0);
    for (found, what, expected) in [
        (part_1, "PART 1", "a line `PART 1  General areas of study`"),
        (
            part_2,
            "PART 2",
            "a line `PART 2  Lead Study Groups in specific areas of study`",
        ),
        (annex_b, "Annex B", "a line `Annex B`"),
        (annex_c, "Annex C", "a line `Annex C`"),
    ] {
        if found.is_none() {
            ctx.missing(
                heading,
                true,
                format!("{what} in Annex 2"),
                expected.to_owned(),
            );
        }
    }
    let (Some(part_1), Some(part_2), Some(annex_b), Some(annex_c)) =
        (part_1, part_2, annex_b, annex_c)
    else {
        return None;
    };
    let slice = |r: Range<usize>| lines.get(r).unwrap_or_default();

    // PART 1: "[No changes requested to the general areas of study]", then the study group's
    // heading, title and (redlined) mandate.
    let general_areas_note = slice(part_1 + 1..part_2).iter().find_map(|(_, t)| {
        let t = t.trim();
        t.strip_prefix('[')
            .and_then(|t| t.strip_suffix(']'))
            .map(str::to_owned)
    });
    let title_at = at(&|t| t == sg_line, part_1 + 1).filter(|&i| i < part_2);
    let title = title_at
        .and_then(|i| {
            slice(i + 1..part_2)
                .iter()
                .find(|(_, t)| !t.trim().is_empty())
        })
        .map(|(n, t)| (*n, t.trim().to_owned()));
    let Some((title_line, title)) = title else {
        ctx.missing(
            lines.get(part_1).map_or(heading, |l| l.0),
            true,
            "the proposed title in Annex 2".to_owned(),
            format!("a line `{sg_line}` under PART 1, then the title"),
        );
        return None;
    };
    let mandate_printed: Vec<(usize, String)> = slice(part_1 + 1..part_2)
        .iter()
        .filter(|(n, t)| *n > title_line && !t.trim().is_empty() && !is_ellipsis(t))
        .map(|(n, t)| (*n, without_footnotes(t).trim().to_owned()))
        .collect();
    let mandate_lines: Vec<usize> = mandate_printed.iter().map(|(n, _)| *n).collect();
    // Kept as printed: the clean mandate is a curator's reading of it, which rule RP009
    // holds against it.
    let mandate_as_flattened = (!mandate_printed.is_empty())
        .then(|| {
            Some(FlattenedText {
                paragraphs: mandate_printed.into_iter().map(|(_, t)| t).collect(),
                source: source_ref("Annex 2")?,
            })
        })
        .flatten();
    if let (Some(first), Some(last)) = (mandate_lines.first(), mandate_lines.last()) {
        ctx.warn(
            *first,
            Problem::NotImported {
                what: format!("the proposed mandate (lines {first}-{last})"),
                reason: NOT_CLEAN,
            },
        );
    }

    // PART 2: a two-column table whose first cell ("SG 20") opens the first row only.
    let mut lead_roles = Vec::new();
    for (index, (line, text)) in slice(part_2 + 1..annex_b).iter().enumerate() {
        let Some((_, role)) = text.split_once('\t') else {
            continue;
        };
        let role = without_footnotes(role);
        if role.trim().is_empty() {
            continue;
        }
        let absolute = range.start + part_2 + 1 + index;
        ctx.mark_read(absolute..absolute + 1);
        if let Some(role) = ctx.designation(*line, "lead role", role.trim()) {
            lead_roles.push(role);
        }
    }
    if lead_roles.is_empty() {
        ctx.missing(
            lines.get(part_2).map_or(heading, |l| l.0),
            true,
            "the proposed lead roles in Annex 2".to_owned(),
            "lines `SG NN<tab>Lead study group on …` under PART 2".to_owned(),
        );
    }

    // Annex B: the opening sentence is read; the items are not.
    let guidance_lines = slice(annex_b + 1..annex_c);
    let intro = guidance_lines
        .iter()
        .map(|(_, t)| t.trim())
        .find(|t| t.contains("Study Group") && t.ends_with(':'))
        .map(guidance_intro);
    let items: Vec<usize> = guidance_lines
        .iter()
        .filter(|(_, t)| bullet(t).is_some())
        .map(|(n, _)| *n)
        .collect();
    if let (Some(first), Some(last)) = (items.first(), items.last()) {
        ctx.warn(
            *first,
            Problem::NotImported {
                what: format!("the proposed points of guidance (lines {first}-{last})"),
                reason: NOT_CLEAN,
            },
        );
    }
    let Some(intro) = intro else {
        ctx.missing(
            lines.get(annex_b).map_or(heading, |l| l.0),
            true,
            "the sentence opening the proposed points of guidance".to_owned(),
            "a line `ITU-T Study Group NN will work on the following items:` under Annex B"
                .to_owned(),
        );
        return None;
    };

    // Annex C: the heading gives the period; the study group's block follows its name.
    let block_at = at(&|t| t == sg_line, annex_c + 1);
    let heading_text = slice(annex_c + 1..block_at.unwrap_or(lines.len()))
        .iter()
        .map(|(_, t)| t.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let study_period = period(&heading_text).or_else(|| {
        ctx.outline
            .headings
            .iter()
            .find(|h| h.title.contains("Resolution 2"))
            .and_then(|h| period(&h.title))
    });
    let Some(study_period) = study_period else {
        ctx.missing(
            lines.get(annex_c).map_or(heading, |l| l.0),
            true,
            "the study period of the proposal".to_owned(),
            "`… in the YYYY-YYYY study period` in Annex 2's Annex C heading".to_owned(),
        );
        return None;
    };
    let Some(block_at) = block_at else {
        ctx.missing(
            lines.get(annex_c).map_or(heading, |l| l.0),
            true,
            "the proposed Annex C list".to_owned(),
            format!("a line `{sg_line}` under Annex C, then its entries"),
        );
        return None;
    };
    let mut annex = AnnexC {
        lines: Vec::new(),
        notes: Vec::new(),
    };
    for (line, text) in slice(block_at + 1..lines.len()) {
        let text = text.trim();
        if is_ellipsis(text) || text.starts_with("____") {
            break;
        }
        if text.is_empty() {
            continue;
        }
        if text.starts_with("NOTE") {
            annex.notes.push(text.to_owned());
            continue;
        }
        let entries = bullet(text).unwrap_or(text);
        annex.lines.push(annex_c_line(ctx, *line, entries));
    }

    let edition = in_force.and_then(|e| format!("WTSA-{:02}", e.number() + 4).parse().ok());
    let (Some(edition), Some(source)) = (edition, source_ref("Annex 2")) else {
        ctx.missing(
            heading,
            true,
            "the WTSA edition of the proposal".to_owned(),
            "the edition in force, from \u{a7}1.1".to_owned(),
        );
        return None;
    };
    let note = |about: &str| EncodingNote {
        about: about.to_owned(),
        note: format!("Not imported: {NOT_CLEAN}."),
    };
    Some(Resolution2Entry {
        schema: None,
        kind: Resolution2EntryKind,
        suppress: Vec::new(),
        study_group,
        edition,
        status: EntryStatus::Proposed,
        study_period,
        source,
        revision: None,
        title,
        general_areas_note,
        mandate: Vec::new(),
        mandate_as_flattened,
        lead_roles,
        guidance_intro: intro,
        guidance: Vec::new(),
        annex_c: annex,
        see_also: see_also(ctx),
        encoding_notes: vec![note("mandate"), note("guidance")],
    })
}
