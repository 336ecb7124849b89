//! §1: what WTSA entrusted to the study group and its Resolution 2 entry in force (§1.1), and
//! the management team and plenary count (§1.2).

use wtsa_model::text::artefact;
use wtsa_model::{
    strip_itu_t_prefix, AnnexC, AnnexCEntry, AnnexCItem, EntryStatus, Footnote, LeadRole,
    Management, OfficeRole, Officer, PointOfGuidance, Resolution2Entry, Resolution2EntryKind,
    ResolutionRevision, Responsibilities, StatedCount, StudyGroupId, StudyPeriod, WtsaEdition,
};

use crate::context::{source_ref, Context};
use crate::diagnostic::Problem;
use crate::numbers::leading_count;
use crate::people::{self, Register};
use crate::source::{bullet, extract_footnotes, split_bodies, take_refs, without_footnotes};
use crate::text::{edition, period, quoted, sentence, split_top_level};

/// What §1.1 gives.
#[derive(Debug, Default)]
pub(crate) struct SectionOneOne {
    pub responsibilities: Option<Responsibilities>,
    pub title: Option<String>,
    pub in_force: Option<Resolution2Entry>,
}

/// A line of a section, by number and text.
type Numbered = (usize, String);

fn position(lines: &[Numbered], test: impl Fn(&str) -> bool) -> Option<usize> {
    lines.iter().position(|(_, t)| test(t.trim_start()))
}

/// Reads §1.1.
pub(crate) fn section_one_one(
    ctx: &mut Context,
    study_group: StudyGroupId,
    study_period: StudyPeriod,
) -> SectionOneOne {
    let mut result = SectionOneOne::default();
    let Some(range) = ctx.outline.section("1.1") else {
        ctx.missing(
            1,
            true,
            "\u{a7}1.1".to_owned(),
            "a heading `1.1<tab>Responsibilities of Study Group N`".to_owned(),
        );
        return result;
    };
    let heading = ctx.number(range.start);
    let lines: Vec<Numbered> = ctx
        .lines_in(range.start + 1..range.end)
        .map(|(_, l)| (l.number, l.text.clone()))
        .collect();
    let end = ctx.number(range.end.saturating_sub(1));

    let find = |ctx: &mut Context, what: &str, expected: &str, test: &dyn Fn(&str) -> bool| {
        let found = position(&lines, test);
        if found.is_none() {
            ctx.missing(
                heading,
                true,
                format!("{what} in \u{a7}1.1"),
                expected.to_owned(),
            );
        }
        found
    };
    let entrusted = find(
        ctx,
        "the Questions entrusted",
        "a sentence `Study Group N was entrusted by … with the study of N Questions in the area of …`",
        &|t| t.contains("entrusted by"),
    );
    let mandate = find(
        ctx,
        "the mandate",
        "a sentence `… states the following mandate for Study Group N '<title>':`",
        &|t| t.contains("mandate for"),
    );
    let annex_a = find(
        ctx,
        "Annex A (lead roles)",
        "a sentence `Annex A to WTSA-NN Resolution 2 states the following lead study group responsibilities …`",
        &|t| t.starts_with("Annex A"),
    );
    let annex_b = find(
        ctx,
        "Annex B (points of guidance)",
        "a sentence `Annex B to WTSA-NN Resolution 2 provides the following points of guidance …`",
        &|t| t.starts_with("Annex B"),
    );
    let annex_c = find(
        ctx,
        "Annex C (Recommendations)",
        "a sentence `Annex C to WTSA-NN Resolution 2 defines the list of Recommendations …`",
        &|t| t.starts_with("Annex C"),
    );

    let in_force_edition = mandate
        .and_then(|m| lines.get(m))
        .and_then(|(_, t)| edition(t))
        .or_else(|| lines.iter().find_map(|(_, t)| edition(t)));
    if in_force_edition.is_none() {
        ctx.missing(
            heading,
            true,
            "the WTSA edition in \u{a7}1.1".to_owned(),
            "`WTSA-NN Resolution 2` in the mandate sentence".to_owned(),
        );
    }

    // "WTSA-20 Resolution 2 (Rev. Geneva, 2022) states …": the revision the entry is quoted from.
    let revision = mandate
        .and_then(|m| lines.get(m))
        .and_then(|(_, t)| revision(t));

    if let (Some(at), Some(edition)) = (entrusted, in_force_edition) {
        result.responsibilities = lines
            .get(at)
            .and_then(|(n, t)| responsibilities(ctx, *n, t, edition));
    }

    let title = mandate.and_then(|at| {
        let (number, text) = lines.get(at)?;
        let title = quoted(text).map(str::trim).filter(|t| !t.is_empty());
        if title.is_none() {
            ctx.error(
                *number,
                Problem::Unreadable {
                    what: "study group title",
                    text: text.clone(),
                    expected:
                        "the title in quotation marks: `mandate for Study Group N '<title>':`",
                },
            );
        }
        title.map(str::to_owned)
    });
    result.title.clone_from(&title);

    let (Some(mandate), Some(annex_a), Some(annex_b), Some(annex_c)) =
        (mandate, annex_a, annex_b, annex_c)
    else {
        return result;
    };
    let between = |from: usize, to: usize| lines.get(from + 1..to).unwrap_or_default();

    let mandate_paragraphs: Vec<String> = between(mandate, annex_a)
        .iter()
        .map(|(_, t)| without_footnotes(t).trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if mandate_paragraphs.is_empty() {
        ctx.error(
            lines.get(mandate).map_or(heading, |l| l.0),
            Problem::Missing {
                what: "the mandate's text".to_owned(),
                expected: "one or more paragraphs after the mandate sentence".to_owned(),
            },
        );
    }
    let lead_roles = lead_roles(ctx, between(annex_a, annex_b));
    let (guidance_intro, guidance) = guidance(ctx, between(annex_b, annex_c));
    let annex_c_heading = lines
        .get(annex_c)
        .map(|(_, t)| t.as_str())
        .unwrap_or_default();
    let entry_period = period(annex_c_heading).unwrap_or(study_period);
    let annex_c_lines: Vec<(usize, &str)> = lines
        .get(annex_c + 1..)
        .unwrap_or_default()
        .iter()
        .filter_map(|(n, t)| bullet(t).map(|b| (*n, b)))
        .collect();
    let notes = lines
        .get(annex_c + 1..)
        .unwrap_or_default()
        .iter()
        .map(|(_, t)| t.trim())
        .filter(|t| t.starts_with("NOTE"))
        .map(str::to_owned)
        .collect();
    let annex_c_value = AnnexC {
        lines: annex_c_lines
            .iter()
            .map(|(n, t)| annex_c_line(ctx, *n, t))
            .collect(),
        notes,
    };
    if annex_c_value.lines.is_empty() {
        ctx.error(
            lines.get(annex_c).map_or(end, |l| l.0),
            Problem::Missing {
                what: "the Annex C list".to_owned(),
                expected: "bullet lines `–<tab>ITU-T F.744, …` after the Annex C sentence"
                    .to_owned(),
            },
        );
    }

    if guidance_intro.is_none() {
        ctx.error(
            lines.get(annex_b).map_or(heading, |l| l.0),
            Problem::Missing {
                what: "the sentence opening the points of guidance".to_owned(),
                expected: "a line `ITU-T Study Group NN works on the following items:` after the Annex B sentence".to_owned(),
            },
        );
    }
    let (Some(title), Some(edition), Some(guidance_intro), Some(source)) = (
        title,
        in_force_edition,
        guidance_intro,
        source_ref("\u{a7}1.1"),
    ) else {
        return result;
    };
    result.in_force = Some(Resolution2Entry {
        schema: None,
        kind: Resolution2EntryKind,
        suppress: Vec::new(),
        study_group,
        edition,
        status: EntryStatus::InForce,
        study_period: entry_period,
        source,
        revision,
        title,
        general_areas_note: None,
        mandate: mandate_paragraphs,
        mandate_as_flattened: None,
        lead_roles,
        guidance_intro,
        guidance,
        annex_c: annex_c_value,
        see_also: Vec::new(),
        encoding_notes: Vec::new(),
    });
    result
}

/// "Study Group 20 was entrusted by … with the study of seven (7) Questions in the area of
/// A; B; …; and G."
fn responsibilities(
    ctx: &mut Context,
    line: usize,
    text: &str,
    edition: WtsaEdition,
) -> Option<Responsibilities> {
    const EXPECTED: &str =
        "`… with the study of <number> Questions in the area of <area>; <area>; … and <area>.`";
    let text = without_footnotes(text);
    let count = text
        .split_once("study of ")
        .and_then(|(_, rest)| leading_count(rest));
    let Some(count) = count else {
        ctx.error(
            line,
            Problem::Unreadable {
                what: "number of Questions entrusted",
                text: text.clone(),
                expected: EXPECTED,
            },
        );
        return None;
    };
    let areas_text = text
        .split_once("in the areas of ")
        .or_else(|| text.split_once("in the area of "))
        .map(|(_, rest)| rest.trim().trim_end_matches('.'));
    let areas: Vec<String> = areas_text
        .map(|t| {
            split_top_level(t, &["; "])
                .into_iter()
                .map(|a| {
                    a.strip_prefix("and ")
                        .unwrap_or(a)
                        .trim_end_matches(';')
                        .to_owned()
                })
                .collect()
        })
        .unwrap_or_default();
    if areas.is_empty() {
        ctx.warn(
            line,
            Problem::Unreadable {
                what: "areas of study",
                text: text.clone(),
                expected: EXPECTED,
            },
        );
    }
    let source = source_ref("\u{a7}1.1")?;
    Some(Responsibilities {
        entrusted_by: edition,
        questions: StatedCount {
            count: count.value,
            as_written: count.as_written(),
            source: source.clone(),
            suppress: Vec::new(),
        },
        areas,
        source,
        suppress: Vec::new(),
    })
}

/// Lead roles written as bullets.
pub(crate) fn lead_roles(ctx: &mut Context, lines: &[Numbered]) -> Vec<LeadRole> {
    lines
        .iter()
        .filter_map(|(n, t)| bullet(t).map(|b| (*n, b)))
        .filter_map(|(n, t)| ctx.designation(n, "lead role", &without_footnotes(t)))
        .collect()
}

/// The sentence that opens the points of guidance, with its "ITU-T" prefix normalised (the
/// export loses its hyphen: "ITU T Study Group 20 works on …"). Nothing else is normalised.
pub(crate) fn guidance_intro(text: &str) -> String {
    let text = without_footnotes(text);
    let text = text.trim();
    let bare = strip_itu_t_prefix(text);
    if bare.len() == text.len() {
        text.to_owned()
    } else {
        format!("ITU-T {bare}")
    }
}

/// Annex B: the opening sentence and the bullet items, with their footnotes.
fn guidance(ctx: &mut Context, lines: &[Numbered]) -> (Option<String>, Vec<PointOfGuidance>) {
    let intro = lines
        .iter()
        .map(|(_, t)| t.trim())
        .find(|t| !t.is_empty() && bullet(t).is_none())
        .map(guidance_intro);
    let items = lines
        .iter()
        .filter_map(|(n, t)| bullet(t).map(|b| (*n, b)))
        .map(|(n, t)| point_of_guidance(ctx, n, t))
        .collect();
    (intro, items)
}

/// One point of guidance: its text without footnote artefacts, and its footnotes.
pub(crate) fn point_of_guidance(ctx: &mut Context, line: usize, text: &str) -> PointOfGuidance {
    let footnoted = extract_footnotes(text);
    let mut footnotes: Vec<(u32, Footnote)> = Vec::new();
    for mark in &footnoted.marks {
        if let Some((_, footnote)) = footnotes.iter_mut().find(|(n, _)| *n == mark.number) {
            if !mark.word.is_empty() {
                footnote.attached_to.push(mark.word.clone());
            }
            continue;
        }
        let Some((_, body)) = footnoted.bodies.iter().find(|(n, _)| *n == mark.number) else {
            ctx.warn(
                line,
                Problem::NotImported {
                    what: format!("footnote {}", mark.number),
                    reason: "its text is not on the same line (expected `[N: text]` at the end of the item)",
                },
            );
            continue;
        };
        footnotes.push((
            mark.number,
            Footnote {
                attached_to: if mark.word.is_empty() {
                    Vec::new()
                } else {
                    vec![mark.word.clone()]
                },
                text: body.clone(),
            },
        ));
    }
    PointOfGuidance {
        // The export drops the non-breaking hyphen of "ITU-T" and keeps no-break spaces; the
        // point is kept as the Word document shows it (`text::artefact`).
        text: artefact::normalise(footnoted.text.trim()),
        footnotes: footnotes.into_iter().map(|(_, f)| f).collect(),
        // Only a proposal says a point is unchanged; the importer reads guidance in force.
        unchanged: false,
        // The text in force is read as printed, not reconstructed.
        reconstruction: None,
        suppress: Vec::new(),
    }
}

/// The revision cited in parentheses after `Resolution 2`: `(Rev. Geneva, 2022)`.
fn revision(text: &str) -> Option<ResolutionRevision> {
    let (_, rest) = text.split_once("(Rev. ")?;
    let (inside, _) = rest.split_once(')')?;
    format!("Rev. {inside}").parse().ok()
}

/// One line of an Annex C list: entries joined by "," and "and", each with its "ITU-T"
/// prefix in whatever spelling (`ITUT`, `ITU T`, no-break space). An entry that does not
/// parse is kept as written, so that rule AC001 reports it at its place, and warned about.
pub(crate) fn annex_c_line(ctx: &mut Context, line: usize, text: &str) -> Vec<AnnexCItem> {
    split_top_level(&without_footnotes(text), &[", ", " and "])
        .into_iter()
        .map(|item| {
            let item = item.trim_end_matches(['.', ';']);
            match item.parse::<AnnexCEntry>() {
                Ok(entry) => AnnexCItem::from(entry),
                Err(source) => {
                    ctx.warn(
                        line,
                        Problem::Designation {
                            what: "Annex C entry",
                            text: item.to_owned(),
                            source,
                        },
                    );
                    AnnexCItem::from(item)
                }
            }
        })
        .collect()
}

/// What §1.2 gives.
#[derive(Debug, Default)]
pub(crate) struct SectionOneTwo {
    pub management: Option<Management>,
    pub plenary_meetings: Option<StatedCount>,
}

/// Reads §1.2: "Study Group 20 met four times in Plenary … chaired by Mr … assisted by
/// Vice-chairs Mr …, … and …."
pub(crate) fn section_one_two(ctx: &mut Context, register: &mut Register) -> SectionOneTwo {
    const EXPECTED: &str = "`Study Group N met <number> times in Plenary … chaired by <person> assisted by Vice-chairs <person>, … and <person>.`";
    let mut result = SectionOneTwo::default();
    let Some(range) = ctx.outline.section("1.2") else {
        ctx.missing(
            ctx.end_line(),
            true,
            "\u{a7}1.2".to_owned(),
            "a heading `1.2<tab>Management team and meetings held by Study Group N`".to_owned(),
        );
        return result;
    };
    let heading = ctx.number(range.start);
    let found = ctx
        .lines_in(range)
        .find(|(_, l)| l.text.contains("chaired by"))
        .map(|(_, l)| (l.number, l.text.clone()));
    let Some((line, text)) = found else {
        ctx.missing(
            heading,
            true,
            "the management team in \u{a7}1.2".to_owned(),
            EXPECTED.to_owned(),
        );
        return result;
    };
    let (text, bodies) = split_bodies(&text);
    let source = source_ref("\u{a7}1.2");

    // "met four times in Plenary"
    let plenary = text.split_once(" met ").and_then(|(_, rest)| {
        let count = leading_count(rest)?;
        let after = rest.get(count.written.len()..)?.trim_start();
        let word = after.split_whitespace().next()?;
        matches!(word, "times" | "time").then(|| (count.value, format!("{} {word}", count.written)))
    });
    match (plenary, source.clone()) {
        (Some((count, written)), Some(source)) => {
            result.plenary_meetings = Some(StatedCount {
                count,
                as_written: Some(written).filter(|w| !w.starts_with(|c: char| c.is_ascii_digit())),
                source,
                suppress: Vec::new(),
            });
        }
        _ => ctx.error(
            line,
            Problem::Unreadable {
                what: "number of plenary meetings",
                text: text.clone(),
                expected: EXPECTED,
            },
        ),
    }

    let chair_text = text
        .split_once("chaired by ")
        .and_then(|(_, rest)| rest.split_once(" assisted by "))
        .map(|(chair, rest)| (chair.trim().trim_end_matches(','), rest));
    let Some(((chair_text, rest), Some(source))) = chair_text.map(|c| (c, source)) else {
        ctx.error(
            line,
            Problem::Unreadable {
                what: "management team",
                text,
                expected: EXPECTED,
            },
        );
        return result;
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let list = [
        "Vice-chairs ",
        "Vice-Chairs ",
        "vice-chairs ",
        "Vice-chair ",
        "Vice-Chair ",
    ]
    .iter()
    .find_map(|label| rest.strip_prefix(label))
    .unwrap_or(rest);
    let list = sentence(list);

    let mut officer = |ctx: &mut Context, item: &str, role: OfficeRole| -> Option<Officer> {
        let (item, refs) = take_refs(item);
        let mention = match people::mention(&item) {
            Ok(m) => m,
            Err(problem) => {
                ctx.warn(line, problem);
                return None;
            }
        };
        let mut officer = register.officer(&mention, role, line, &source)?;
        for number in refs {
            let body = bodies.iter().find(|(n, _)| *n == number).map(|(_, b)| b);
            let until = body.and_then(|b| served_until(b));
            match until {
                Some(year) => {
                    officer.served_until_year = Some(year);
                    officer.source = source_ref(&format!("Footnote {number}"));
                }
                None => ctx.warn(
                    line,
                    Problem::NotImported {
                        what: format!("footnote {number} on {}", mention.name),
                        reason: "only a footnote saying the person served until a year (`… served as Vice-chair until 2022.`) is read",
                    },
                ),
            }
        }
        Some(officer)
    };

    let chair = officer(ctx, chair_text, OfficeRole::Chair);
    let vice_chairs: Vec<Officer> = split_top_level(list, &[", and ", ", ", " and "])
        .into_iter()
        .filter_map(|item| officer(ctx, item, OfficeRole::ViceChair))
        .collect();
    if let Some(chair) = chair {
        result.management = Some(Management {
            chair,
            vice_chairs,
            source,
            suppress: Vec::new(),
        });
    } else {
        ctx.error(
            line,
            Problem::Unreadable {
                what: "chair",
                text: chair_text.to_owned(),
                expected: people::EXPECTED_PERSON,
            },
        );
    }
    result
}

/// "Mr Emmanuel Manasseh (Tanzania) served as Vice-chair until 2022." → 2022.
fn served_until(body: &str) -> Option<i32> {
    let (_, after) = body.split_once(" until ")?;
    let year: String = after.chars().take_while(char::is_ascii_digit).collect();
    (year.len() == 4).then(|| year.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> (Vec<String>, usize) {
        let mut ctx = Context::new("");
        let items = annex_c_line(&mut ctx, 1, text)
            .iter()
            .map(|i| i.text().to_owned())
            .collect();
        (items, ctx.diagnostics.len())
    }

    #[test]
    fn reads_annex_c_lines_in_every_prefix_spelling() {
        // §1.1 writes `ITUT` with a no-break space before one number; Annex 2 writes `ITU T`
        // with a no-break space before a dash.
        assert_eq!(
            items("ITUT Y.2060 \u{2013} ITUT Y.2070, ITUT Y.2074 \u{2013} ITUT\u{a0}Y.2078 and ITUT\u{a0}Y.2291"),
            (
                vec![
                    "Y.2060 \u{2013} Y.2070".to_owned(),
                    "Y.2074 \u{2013} Y.2078".to_owned(),
                    "Y.2291".to_owned()
                ],
                0
            )
        );
        assert_eq!(
            items("ITU T Y.4000-series, ITU T Y.2074\u{a0}\u{2013} ITU T Y.2078"),
            (
                vec![
                    "Y.4000-series".to_owned(),
                    "Y.2074 \u{2013} Y.2078".to_owned()
                ],
                0
            )
        );
        assert_eq!(
            items("ITU\u{2011}T F.744, ITU-T L.1600"),
            (vec!["F.744".to_owned(), "L.1600".to_owned()], 0)
        );
    }

    #[test]
    fn keeps_an_unreadable_annex_c_entry_as_written_and_warns() {
        let (items, warnings) = items("ITU-T Y.2078 \u{2013} ITU-T Y.2074, ITU-T Q.3052");
        assert_eq!(items, ["ITU-T Y.2078 \u{2013} ITU-T Y.2074", "Q.3052"]);
        assert_eq!(warnings, 1);
    }

    #[test]
    fn normalises_only_the_prefix_of_the_guidance_sentence() {
        assert_eq!(
            guidance_intro("ITU T Study Group 20 works on the following items:"),
            "ITU-T Study Group 20 works on the following items:"
        );
        assert_eq!(
            guidance_intro("ITUT Study Group 20 will work on the following items:"),
            "ITU-T Study Group 20 will work on the following items:"
        );
        assert_eq!(
            guidance_intro("Study Group 20 works on:"),
            "Study Group 20 works on:"
        );
    }
}
