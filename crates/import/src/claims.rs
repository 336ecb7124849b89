//! What the report's prose claims: §3.1 totals, §3.2 per-Question claims and the outputs each
//! lists, §3.3.1 lead roles and activity reports, and the meeting counts of §3.3's groups.

use wtsa_model::{
    CountBasis, GroupAcronym, GroupMeetingCount, GroupSection, LeadActivityReport,
    LeadRolesPerformed, ListedOutput, OutputCounts, OutputDesignation, QuestionClaim, QuestionId,
    ReportClaims, ReportClaimsKind, StatedCount, StudyGroupId, StudyPeriod, Totals,
};

use crate::context::{source_ref, Context};
use crate::dates;
use crate::numbers::{first_count, leading_count, ordinal};
use crate::source::{bullet, without_footnotes};
use crate::study_group::lead_roles;
use crate::text::{edition, name_and_acronym, split_top_level};

/// A listed output with the line that lists it.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub question: QuestionId,
    pub designation: OutputDesignation,
    pub line: usize,
}

/// What §3 gives, with the lines of the §3.2 listings for cross-checks against Annex 1.
#[derive(Debug, Default)]
pub(crate) struct SectionThree {
    pub contributions: Option<StatedCount>,
    pub totals: Option<Totals>,
    pub questions: Option<Vec<QuestionClaim>>,
    pub listed: Vec<Listed>,
    pub lead_roles: Option<LeadRolesPerformed>,
    pub lead_reports: Vec<LeadActivityReport>,
    pub group_counts: Vec<GroupMeetingCount>,
    pub group_sections: Vec<GroupSection>,
}

impl SectionThree {
    pub fn into_claims(
        self,
        study_group: StudyGroupId,
        study_period: StudyPeriod,
        plenary_meetings: Option<StatedCount>,
    ) -> Option<ReportClaims> {
        Some(ReportClaims {
            schema: None,
            kind: ReportClaimsKind,
            suppress: Vec::new(),
            study_group,
            study_period,
            contributions_examined: self.contributions?,
            plenary_meetings: plenary_meetings?,
            totals: self.totals?,
            questions: self.questions?,
            lead_roles_performed: self.lead_roles?,
            lead_activity_reports: self.lead_reports,
            group_meeting_counts: self.group_counts,
            group_sections: self.group_sections,
        })
    }
}

/// Adds one phrase's count to the counts: "49 new Recommendations", "revised two existing
/// Recommendation", "one new Technical Paper". `false` when the phrase has no count or says
/// nothing the counts hold.
fn add_phrase(counts: &mut OutputCounts, phrase: &str) -> bool {
    let Some((_, count)) = first_count(phrase) else {
        return false;
    };
    let lower = phrase.to_lowercase();
    let slot = if lower.contains("recommendation") {
        if lower.contains("revised") || lower.contains("existing") {
            &mut counts.revised_recommendations
        } else {
            &mut counts.new_recommendations
        }
    } else if lower.contains("supplement") {
        &mut counts.supplements
    } else if lower.contains("technical paper") {
        &mut counts.technical_papers
    } else if lower.contains("technical report") {
        &mut counts.technical_reports
    } else {
        return false;
    };
    *slot = slot.saturating_add(count.value);
    true
}

/// Reads §3.1–§3.3.
pub(crate) fn section_three(ctx: &mut Context) -> SectionThree {
    let mut result = SectionThree::default();
    general(ctx, &mut result);
    result.questions = highlights(ctx, &mut result.listed);
    lead_activities(ctx, &mut result);
    result.group_counts = group_counts(ctx);
    result.group_sections = crate::group_sections::group_sections(ctx);
    result
}

/// §3.1: "examined 521 contributions …" and the bullets of totals.
fn general(ctx: &mut Context, result: &mut SectionThree) {
    let Some(range) = ctx.outline.section("3.1") else {
        let line = ctx
            .outline
            .heading("3.2")
            .map_or(ctx.end_line(), |h| ctx.number(h.index));
        ctx.missing(
            line,
            true,
            "\u{a7}3.1".to_owned(),
            "a heading `3.1<tab>General`".to_owned(),
        );
        return;
    };
    let heading = ctx.number(range.start);
    let Some(source) = source_ref("\u{a7}3.1") else {
        return;
    };
    let lines: Vec<(usize, String)> = ctx
        .lines_in(range.start + 1..range.end)
        .map(|(_, l)| (l.number, without_footnotes(&l.text)))
        .collect();
    let contributions = lines.iter().find_map(|(n, t)| {
        let (_, rest) = t.split_once("examined ")?;
        let count = leading_count(rest)?;
        rest.get(count.written.len()..)?
            .trim_start()
            .starts_with("contribution")
            .then(|| (*n, count.value, count.as_written()))
    });
    match contributions {
        Some((_, count, as_written)) => {
            result.contributions = Some(StatedCount {
                count,
                as_written,
                source: source.clone(),
                suppress: Vec::new(),
            });
        }
        None => ctx.missing(
            heading,
            true,
            "the number of contributions examined in \u{a7}3.1".to_owned(),
            "`… examined <number> contributions …`".to_owned(),
        ),
    }
    let mut counts = OutputCounts::default();
    let mut any = false;
    for (line, text) in &lines {
        let Some(item) = bullet(text) else { continue };
        let item = item.trim_end_matches(['.', ';']);
        for phrase in split_top_level(item, &[", and ", ", ", " and ", "; "]) {
            if add_phrase(&mut counts, phrase) {
                any = true;
            } else {
                ctx.unreadable(
                    *line,
                    "total",
                    phrase,
                    "`<verb> <number> new|existing Recommendations|Supplements|technical papers|technical reports`",
                );
            }
        }
    }
    if any {
        result.totals = Some(Totals {
            counts,
            source,
            suppress: Vec::new(),
        });
    } else {
        ctx.missing(
            heading,
            true,
            "the totals of \u{a7}3.1".to_owned(),
            "bullets such as `–<tab>drew up 49 new Recommendations;`".to_owned(),
        );
    }
}

/// §3.2: one item per Question, `a)<tab>Q1/20, <title>`, with the sentence "In this study
/// period, Q1/20 has developed <claim>:" and the outputs it lists as bullets
/// `–<tab>ITU-T Y.4216 "<title>". <summary>`.
fn highlights(ctx: &mut Context, listed: &mut Vec<Listed>) -> Option<Vec<QuestionClaim>> {
    let Some(range) = ctx.outline.section("3.2") else {
        let line = ctx
            .outline
            .heading("3.3")
            .map_or(ctx.end_line(), |h| ctx.number(h.index));
        ctx.missing(
            line,
            true,
            "\u{a7}3.2".to_owned(),
            "a heading `3.2<tab>Highlights of achievements`".to_owned(),
        );
        return None;
    };
    let lines: Vec<(usize, String)> = ctx
        .lines_in(range.start + 1..range.end)
        .map(|(_, l)| (l.number, without_footnotes(&l.text)))
        .collect();
    // The items: lines `a)<tab>…`.
    let starts: Vec<(usize, String, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, (_, t))| {
            let (label, rest) = t.split_once('\t')?;
            let letter = label.trim().strip_suffix(')')?;
            (letter.len() == 1 && letter.chars().all(|c| c.is_ascii_lowercase()))
                .then(|| (i, letter.to_owned(), rest.trim().to_owned()))
        })
        .collect();
    if starts.is_empty() {
        ctx.missing(
            ctx.number(range.start),
            true,
            "the Questions of \u{a7}3.2".to_owned(),
            "items `a)<tab>Q1/NN, <title>`".to_owned(),
        );
        return None;
    }
    let mut claims = Vec::new();
    for (k, (start, letter, title)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |s| s.0);
        let item_line = lines.get(*start).map_or(0, |l| l.0);
        let question_text = title.split(',').next().unwrap_or_default();
        let Some(question) = ctx.designation::<QuestionId>(item_line, "Question", question_text)
        else {
            continue;
        };
        let Some(source) = source_ref(&format!("\u{a7}3.2 {letter})")) else {
            continue;
        };
        let body = lines.get(start + 1..end).unwrap_or_default();
        let claim_line = body.iter().find_map(|(n, t)| {
            let t = t.trim();
            let (_, claim) = t.split_once(" developed ")?;
            t.starts_with("In this study period")
                .then(|| (*n, claim.trim().trim_end_matches(':').trim().to_owned()))
        });
        let Some((claim_at, claim)) = claim_line else {
            ctx.unreadable(
                item_line,
                "Question summary",
                title,
                "a sentence `In this study period, QN/NN has developed <number> new Recommendations …:`",
            );
            continue;
        };
        let mut counts = OutputCounts::default();
        for phrase in split_top_level(&claim, &[", and ", ", ", " and "]) {
            if !add_phrase(&mut counts, phrase) {
                ctx.unreadable(
                    claim_at,
                    "claim",
                    phrase,
                    "`<number> new|revised Recommendations|Supplements|Technical Papers|Technical Reports`",
                );
            }
        }
        let mut outputs = Vec::new();
        for (line, text) in body.iter().filter(|(n, _)| *n > claim_at) {
            let Some(item) = bullet(text) else { continue };
            let Some((designation, title)) = listed_output(item) else {
                ctx.unreadable(
                    *line,
                    "listed output",
                    item.get(..item.len().min(80)).unwrap_or(item),
                    "`ITU-T <designation> \"<title>\". <summary>`",
                );
                continue;
            };
            let Some(designation) =
                ctx.designation::<OutputDesignation>(*line, "output", designation)
            else {
                continue;
            };
            listed.push(Listed {
                question,
                designation: designation.clone(),
                line: *line,
            });
            outputs.push(ListedOutput {
                designation,
                title: title.to_owned(),
                suppress: Vec::new(),
            });
        }
        claims.push(QuestionClaim {
            question,
            // The heading "a)<tab>Q1/20, <title>" repeats the Question's title.
            title: title
                .split_once(", ")
                .map(|(_, t)| t.trim().to_owned())
                .filter(|t| !t.is_empty()),
            claim,
            counts,
            outputs,
            source,
            suppress: Vec::new(),
        });
    }
    Some(claims)
}

/// `ITU-T Y.4216 "Requirements of …". This Recommendation …` → (`ITU-T Y.4216`,
/// `Requirements of …`).
fn listed_output(item: &str) -> Option<(&str, &str)> {
    let open = item.find(['"', '\u{201c}'])?;
    let designation = item.get(..open)?.trim();
    let after = item.get(open + 1..)?;
    let close = after.find(['"', '\u{201d}'])?;
    let title = after.get(..close)?.trim();
    (!designation.is_empty() && !title.is_empty()).then_some((designation, title))
}

/// §3.3.1: the lead roles performed, "assigned by WTSA-20", and the activity reports to TSAG
/// (`–<tab>TSAG-TD39 (Geneva, 12-16 December 2022)`).
fn lead_activities(ctx: &mut Context, result: &mut SectionThree) {
    let Some(range) = ctx.outline.section("3.3.1") else {
        let line = ctx
            .outline
            .heading("3.3")
            .map_or(ctx.end_line(), |h| ctx.number(h.index));
        ctx.missing(
            line,
            true,
            "\u{a7}3.3.1".to_owned(),
            "a heading `3.3.1<tab>Lead study group activities`".to_owned(),
        );
        return;
    };
    let heading = ctx.number(range.start);
    let Some(source) = source_ref("\u{a7}3.3.1") else {
        return;
    };
    let lines: Vec<(usize, String)> = ctx
        .lines_in(range.start + 1..range.end)
        .map(|(_, l)| (l.number, l.text.clone()))
        .collect();
    let assigned_by = lines.iter().find_map(|(_, t)| {
        let (_, rest) = t.split_once("assigned by ")?;
        edition(rest)
    });
    let (roles, others): (Vec<_>, Vec<_>) = lines.iter().cloned().partition(|(_, t)| {
        bullet(t).is_some_and(|b| b.to_lowercase().starts_with("lead study group"))
    });
    let roles = lead_roles(ctx, &roles);
    match assigned_by {
        Some(assigned_by) if !roles.is_empty() => {
            result.lead_roles = Some(LeadRolesPerformed {
                assigned_by,
                roles,
                source: source.clone(),
                suppress: Vec::new(),
            });
        }
        _ => ctx.missing(
            heading,
            true,
            "the lead roles performed in \u{a7}3.3.1".to_owned(),
            "`… lead Study Group roles assigned by WTSA-NN:` and bullets `–<tab>Lead study group on …`".to_owned(),
        ),
    }
    for (line, text) in others {
        let Some(item) = bullet(&text) else { continue };
        let report = item.split_once(" (").and_then(|(document, rest)| {
            let (place, dates) = dates::place_and_dates(rest.trim().strip_suffix(')')?)?;
            Some((document.trim(), place, dates))
        });
        let Some((document, place, dates)) = report else {
            ctx.unreadable(
                line,
                "lead activity report",
                item,
                "`<document> (<place>, <dates>)` such as `TSAG-TD39 (Geneva, 12-16 December 2022)`",
            );
            continue;
        };
        let Some(document) = ctx.designation(line, "document number", document) else {
            continue;
        };
        result.lead_reports.push(LeadActivityReport {
            document,
            place,
            dates,
            source: source.clone(),
            suppress: Vec::new(),
        });
    }
}

/// The number of meetings the first paragraph of a §3.3 group subsection states: "held four
/// (4) meetings", or, for prose that tells the meetings one by one ("Its first meeting …
/// Its second meeting …"), the highest ordinal. The curated data's `as_written` for the
/// latter abbreviates the prose by hand; the importer records only the count.
fn group_counts(ctx: &mut Context) -> Vec<GroupMeetingCount> {
    let subsections: Vec<(String, String, usize)> = ctx
        .outline
        .subsections("3.3")
        .into_iter()
        .map(|h| (h.number.clone(), h.title.clone(), h.index))
        .collect();
    let mut counts = Vec::new();
    for (number, title, index) in subsections {
        let Some((_, acronym)) = name_and_acronym(&title) else {
            continue;
        };
        let Some(range) = ctx.outline.section(&number) else {
            continue;
        };
        let paragraph = ctx
            .lines_in(range.start + 1..range.end)
            .find(|(_, l)| !l.is_blank())
            .map(|(_, l)| without_footnotes(&l.text));
        let Some(paragraph) = paragraph else { continue };
        let held = paragraph.split(" held ").skip(1).find_map(|rest| {
            let count = leading_count(rest)?;
            rest.get(count.written.len()..)?
                .trim_start()
                .starts_with("meeting")
                .then_some((count.value, count.as_written()))
        });
        let ordinals = paragraph
            .split("Its ")
            .skip(1)
            .filter_map(|rest| {
                let mut words = rest.split_whitespace();
                let n = ordinal(words.next()?)?;
                (words.next()? == "meeting").then_some(n)
            })
            .max();
        // A number in so many words is stated; the highest ordinal of a narration ("Its first
        // meeting … Its second meeting …") is a count the report never states.
        let (count, as_written, basis) = match (held, ordinals) {
            (Some((count, written)), _) => (count, written, CountBasis::Stated),
            (None, Some(count)) => (count, None, CountBasis::Inferred),
            (None, None) => continue,
        };
        let line = ctx.number(index);
        let Some(group) = ctx.designation::<GroupAcronym>(line, "group acronym", acronym) else {
            continue;
        };
        let Some(source) = source_ref(&format!("\u{a7}{number}")) else {
            continue;
        };
        counts.push(GroupMeetingCount {
            group,
            count,
            basis,
            as_written,
            source,
            suppress: Vec::new(),
        });
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_claims_in_words_and_digits() {
        let mut counts = OutputCounts::default();
        for phrase in split_top_level(
            "ten new Recommendations, two revised Recommendations, two new Supplements, one new Technical Paper and one new Technical Report",
            &[", ", " and "],
        ) {
            assert!(add_phrase(&mut counts, phrase), "{phrase}");
        }
        assert_eq!(
            counts,
            OutputCounts {
                new_recommendations: 10,
                revised_recommendations: 2,
                supplements: 2,
                technical_papers: 1,
                technical_reports: 1
            }
        );
        let mut counts = OutputCounts::default();
        assert!(add_phrase(&mut counts, "15 new Recommendations"));
        assert!(add_phrase(
            &mut counts,
            "revised two existing Recommendation"
        ));
        assert_eq!(
            (counts.new_recommendations, counts.revised_recommendations),
            (15, 2)
        );
        assert!(!add_phrase(&mut counts, "three new Questions"));
    }

    #[test]
    fn reads_a_listed_output() {
        assert_eq!(
            listed_output("ITU-T Y.Suppl.73 \"ITU-T Y.4600 - Concept\". A digital twin …"),
            Some(("ITU-T Y.Suppl.73", "ITU-T Y.4600 - Concept"))
        );
    }
}
