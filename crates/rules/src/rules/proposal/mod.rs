//! `RP`: a study group's proposed Resolution 2 entry for the next WTSA, checked against
//! itself, against the entry in force and against other study groups' entries.

pub mod annex_c_change_orphans;
pub mod annex_c_overlaps_other_study_group;
pub mod duplicate_guidance;
pub mod editorial_defect;
pub mod export_artefact;
pub mod lead_role_not_covered_by_proposal;
pub mod mandate_differs_from_redline;
pub mod renamed_term_leftover;
pub mod unchanged_paragraph_differs;

use crate::hash::HashMap;

use wtsa_model::{Confidence, Resolution2Entry};

use crate::context::Doc;
use crate::diagnostic::{Diagnostic, Spot};
use crate::message;

use crate::rule::Citation;

/// Resolution 2 is amended by the WTSA on the study groups' proposals: a proposal is the text
/// the assembly is asked to adopt, so it must be consistent in itself and with the rest of
/// the Resolution.
pub const RES2_PROPOSAL: Citation = Citation {
    instrument: "WTSA Resolution 2",
    edition: "Rev. Geneva, 2022",
    provision: "resolves (study groups' titles, mandates, lead roles and Annex C, as amended by each WTSA on the study groups' proposals)",
    url: Some("https://www.itu.int/pub/T-RES-T.2"),
};

/// `diagnostic` with, when `pointer` is in a point of guidance whose text is a reconstruction
/// by judgement (`reconstruction.confidence: judgement`), the reconstruction as a related
/// location: a finding about a reconstructed text says that the text is the curator's reading.
pub(crate) fn with_judgement(
    diagnostic: Diagnostic,
    entry: Doc<'_, Resolution2Entry>,
    pointer: &str,
) -> Diagnostic {
    let Some(index) = pointer
        .strip_prefix("/guidance/")
        .and_then(|rest| rest.split('/').next())
        .and_then(|i| i.parse::<usize>().ok())
    else {
        return diagnostic;
    };
    let Some(reconstruction) = entry
        .value
        .guidance
        .get(index)
        .and_then(|g| g.reconstruction.as_ref())
        .filter(|r| r.confidence == Confidence::Judgement)
    else {
        return diagnostic;
    };
    diagnostic.related(
        message!(
            "this point's text is a reconstruction by judgement from {source}: {evidence}",
            source = reconstruction.source,
            evidence = reconstruction.evidence,
        ),
        Spot::new(entry.id, format!("/guidance/{index}/reconstruction")),
    )
}

/// A paragraph of a proposal's text and where it is.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph<'a> {
    /// JSON pointer of the text.
    pub pointer: String,
    /// How a person names it: "point of guidance 5".
    pub label: String,
    pub text: &'a str,
    /// Whether `text` is the whole string at `pointer`, character for character (a lead role's
    /// subject is not: the value also holds its prefix, which the model normalises), so an
    /// edit of `text` is an edit of the value.
    pub whole: bool,
}

/// Every paragraph of an entry's text: title, general-areas note, mandate, lead roles,
/// guidance introduction, points of guidance, their footnotes and the Annex C notes.
pub(crate) fn paragraphs(entry: &Resolution2Entry) -> Vec<Paragraph<'_>> {
    let mut out = vec![Paragraph {
        pointer: "/title".to_owned(),
        label: "the title".to_owned(),
        text: &entry.title,
        whole: true,
    }];
    if let Some(note) = &entry.general_areas_note {
        out.push(Paragraph {
            pointer: "/general_areas_note".to_owned(),
            label: "the general-areas note".to_owned(),
            text: note,
            whole: true,
        });
    }
    out.extend(body_paragraphs(entry));
    for (i, note) in entry.annex_c.notes.iter().enumerate() {
        out.push(Paragraph {
            pointer: format!("/annex_c/notes/{i}"),
            label: format!("Annex C note {}", i + 1),
            text: note,
            whole: true,
        });
    }
    out
}

/// The paragraphs other than the title: mandate, lead roles, guidance introduction, points of
/// guidance and their footnotes.
pub(crate) fn body_paragraphs(entry: &Resolution2Entry) -> Vec<Paragraph<'_>> {
    let mut out = Vec::new();
    for (i, text) in entry.mandate.iter().enumerate() {
        out.push(Paragraph {
            pointer: format!("/mandate/{i}"),
            label: format!("mandate paragraph {}", i + 1),
            text,
            whole: true,
        });
    }
    for (i, role) in entry.lead_roles.iter().enumerate() {
        out.push(Paragraph {
            pointer: format!("/lead_roles/{i}"),
            label: format!("lead role {}", i + 1),
            text: role.subject(),
            whole: false,
        });
    }
    out.push(Paragraph {
        pointer: "/guidance_intro".to_owned(),
        label: "the introduction to the points of guidance".to_owned(),
        text: &entry.guidance_intro,
        whole: true,
    });
    for (i, point) in entry.guidance.iter().enumerate() {
        out.push(Paragraph {
            pointer: format!("/guidance/{i}/text"),
            label: format!("point of guidance {}", i + 1),
            text: &point.text,
            whole: true,
        });
        for (k, footnote) in point.footnotes.iter().enumerate() {
            out.push(Paragraph {
                pointer: format!("/guidance/{i}/footnotes/{k}/text"),
                label: format!("footnote {} of point of guidance {}", k + 1, i + 1),
                text: &footnote.text,
                whole: true,
            });
        }
    }
    out
}

/// About `width` characters of `text` around byte range `at`, for a message.
pub(crate) fn excerpt(text: &str, start: usize, end: usize) -> String {
    let width = 30;
    let mut from = start.saturating_sub(width);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + width).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let mut out = String::new();
    if from > 0 {
        out.push('\u{2026}');
    }
    out.push_str(text.get(from..to).unwrap_or(text).trim());
    if to < text.len() {
        out.push('\u{2026}');
    }
    out
}

/// Similarity of two points of guidance of one list, 0 to 1: a Dice ratio of their
/// case-folded words in which each word weighs by its rarity in the list (the log of the
/// number of points over the number that use it). The study group's name for its field ("IoT
/// and SSC&C") and the list's boilerplate ("systems, services and applications") are in most
/// points and weigh almost nothing, so two points share a high score only when they share
/// what each is about.
pub(crate) fn weighted_similarities(texts: &[&str]) -> Vec<Vec<f64>> {
    let words: Vec<Vec<String>> = texts
        .iter()
        .map(|t| {
            wtsa_model::text::words::words(t)
                .iter()
                .map(|w| w.to_lowercase())
                .collect()
        })
        .collect();
    let mut document_frequency: HashMap<&str, usize> = HashMap::default();
    for list in &words {
        let mut seen: Vec<&str> = list.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *document_frequency.entry(w).or_default() += 1;
        }
    }
    // Counts of points are small: the conversions to f64 are exact.
    let n = texts.len() as f64;
    let weight = |w: &str| -> f64 {
        let df = document_frequency.get(w).copied().unwrap_or(1).max(1) as f64;
        (n / df).ln()
    };
    let total = |list: &[String]| -> f64 { list.iter().map(|w| weight(w)).sum() };
    let mut matrix = vec![vec![0.0; texts.len()]; texts.len()];
    for (i, a) in words.iter().enumerate() {
        for (j, b) in words.iter().enumerate().skip(i + 1) {
            let mut left: HashMap<&str, usize> = HashMap::default();
            for w in a {
                *left.entry(w.as_str()).or_default() += 1;
            }
            let mut common = 0.0;
            for w in b {
                if let Some(count) = left.get_mut(w.as_str()) {
                    if *count > 0 {
                        *count -= 1;
                        common += weight(w);
                    }
                }
            }
            let sum = total(a) + total(b);
            let score = if sum > 0.0 { 2.0 * common / sum } else { 1.0 };
            if let Some(row) = matrix.get_mut(i) {
                if let Some(cell) = row.get_mut(j) {
                    *cell = score;
                }
            }
            if let Some(row) = matrix.get_mut(j) {
                if let Some(cell) = row.get_mut(i) {
                    *cell = score;
                }
            }
        }
    }
    matrix
}
