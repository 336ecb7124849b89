use wtsa_model::text::words::{tokens, TokenKind};
use wtsa_model::Resolution2Entry;

use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use wtsa_model::text::wording::ABBREVIATIONS;

use super::{body_paragraphs, excerpt, with_judgement, RES2_PROPOSAL};

declare_rule! {
    /// ## What it checks
    /// A term the proposed title renames (an abbreviation of the title in force, such as
    /// `SC&C`, replaced in the proposed title by another, such as `SSC&C`) that still occurs in
    /// its old form, abbreviated or written out, elsewhere in the proposal: mandate, lead roles,
    /// points of guidance and their footnotes. One finding per occurrence.
    ///
    /// A title's abbreviations are those it writes in parentheses and those whose long form
    /// (as the report expands them) it uses; a removed abbreviation is paired with the added
    /// one whose long form has the most words in common with its own.
    ///
    /// ## Why it matters
    /// Renaming the study group's field in its title and leaving the old name in its mandate
    /// and points of guidance gives the Resolution two names for one field, or suggests that
    /// the old-named items keep an older, narrower scope: revision marks make such leftovers
    /// easy to miss.
    ///
    /// ## Provision
    /// WTSA Resolution 2 (Rev. Geneva, 2022): a study group's title, mandate and points of
    /// guidance as amended by the WTSA on its proposal.
    ///
    /// ## Example
    /// Fires: the proposed title is "… smart sustainable cities and communities (SSC&C)" and a
    /// point of guidance still reads "digital and smart services for SC&C;".
    /// Quiet: every point of guidance says "SSC&C".
    pub struct RenamedTermLeftover {
        code: "RP001",
        name: "renamed-term-leftover",
        family: Family::Proposal,
        severity: Severity::Warning,
        citation: RES2_PROPOSAL,
        periods: Periods::All,
    }
}

/// An abbreviation of a title and the long form it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    short: String,
    long: String,
}

fn words_lower(text: &str) -> Vec<String> {
    wtsa_model::text::words::words(text)
        .iter()
        .map(|w| w.to_lowercase())
        .collect()
}

/// Where `phrase` (as words) occurs in `text`, without case, on word boundaries: byte ranges.
fn phrase_ranges(text: &str, phrase: &str) -> Vec<(usize, usize)> {
    let wanted = words_lower(phrase);
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    let mut at = 0;
    for token in tokens(text) {
        if token.kind == TokenKind::Word {
            spans.push((at, at + token.text.len(), token.text.to_lowercase()));
        }
        at += token.text.len();
    }
    let mut found = Vec::new();
    if wanted.is_empty() {
        return found;
    }
    for window in spans.windows(wanted.len()) {
        if window.iter().zip(&wanted).all(|(span, w)| span.2 == *w) {
            if let (Some(first), Some(last)) = (window.first(), window.last()) {
                found.push((first.0, last.1));
            }
        }
    }
    found
}

/// The abbreviations a title uses: written in parentheses, or by their long form.
fn title_terms(title: &str) -> Vec<Term> {
    let title_tokens: Vec<&str> = tokens(title).into_iter().map(|t| t.text).collect();
    let mut terms = Vec::new();
    for (short, long) in ABBREVIATIONS {
        let written_short = title_tokens.windows(3).any(|w| w == ["(", *short, ")"]);
        if written_short || !phrase_ranges(title, long).is_empty() {
            terms.push(Term {
                short: (*short).to_owned(),
                long: (*long).to_owned(),
            });
        }
    }
    terms
}

/// (old, new) for each abbreviation the proposed title gives up for another.
fn renamed(in_force: &Resolution2Entry, proposal: &Resolution2Entry) -> Vec<(Term, Term)> {
    let old = title_terms(&in_force.title);
    let new = title_terms(&proposal.title);
    let removed: Vec<&Term> = old.iter().filter(|t| !new.contains(t)).collect();
    let added: Vec<&Term> = new.iter().filter(|t| !old.contains(t)).collect();
    removed
        .into_iter()
        .filter_map(|gone| {
            added
                .iter()
                .map(|candidate| {
                    let score = wtsa_redline::word_similarity(&gone.long, &candidate.long);
                    (score, *candidate)
                })
                .filter(|(score, _)| *score >= wtsa_redline::MATCH_THRESHOLD)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, replacement)| (gone.clone(), replacement.clone()))
        })
        .collect()
}

/// Byte ranges of the old term in `text`: its long form (with a following "(ABBR)") and its
/// abbreviation elsewhere.
fn occurrences(text: &str, term: &Term) -> Vec<(usize, usize)> {
    let defined = format!(" ({})", term.short);
    let mut ranges: Vec<(usize, usize)> = phrase_ranges(text, &term.long)
        .into_iter()
        .map(|(start, end)| {
            let with_short = text
                .get(end..)
                .is_some_and(|rest| rest.starts_with(&defined));
            (start, if with_short { end + defined.len() } else { end })
        })
        .collect();
    let mut at = 0;
    for token in tokens(text) {
        let end = at + token.text.len();
        let inside = ranges.iter().any(|(s, e)| *s <= at && end <= *e);
        if token.kind == TokenKind::Word && token.text == term.short && !inside {
            ranges.push((at, end));
        }
        at = end;
    }
    ranges.sort_unstable();
    ranges
}

impl Rule for RenamedTermLeftover {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let Some(in_force) = view.in_force else {
            return;
        };
        for proposal in &view.proposals {
            for (old, new) in renamed(in_force.value, proposal.value) {
                for paragraph in body_paragraphs(proposal.value) {
                    for (start, end) in occurrences(paragraph.text, &old) {
                        let found = paragraph.text.get(start..end).unwrap_or(&old.short);
                        let diagnostic = out
                            .at(
                                Spot::new(proposal.id, paragraph.pointer.clone()),
                                message!(
                                    "\u{201c}{found}\u{201d} still appears in a {item} of {study_group}'s proposal (\u{201c}{excerpt}\u{201d}), but the proposed title renames \u{201c}{old_long} ({old_short})\u{201d} to \u{201c}{new_long} ({new_short})\u{201d}",
                                    found,
                                    // The item's number stays out of the message (its place is in the
                                    // location) so that a baseline survives inserting an item above it.
                                    item = paragraph.label.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' '),
                                    study_group = proposal.study_group,
                                    excerpt = excerpt(paragraph.text, start, end),
                                    old_long = old.long,
                                    old_short = old.short,
                                    new_long = new.long,
                                    new_short = new.short,
                                ),
                            )
                            .related("the proposed title", Spot::new(proposal.id, "/title"))
                            .related("the title in force", Spot::new(in_force.id, "/title"))
                            .fix(format!(
                                "write \u{201c}{}\u{201d}, or say in the proposal why this item keeps the old term",
                                new.short
                            ));
                        let diagnostic = with_judgement(diagnostic, *proposal, &paragraph.pointer);
                        out.push(diagnostic);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_terms_come_from_parentheses_and_long_forms() {
        let old = title_terms("Internet of things (IoT) and smart cities and communities");
        assert!(old.iter().any(|t| t.short == "IoT"));
        assert!(old.iter().any(|t| t.short == "SC&C"));
        let new = title_terms("Internet of things (IoT), digital twins and smart sustainable cities and communities (SSC&C)");
        assert!(new.iter().any(|t| t.short == "SSC&C"));
        assert!(!new.iter().any(|t| t.short == "SC&C"));
    }

    #[test]
    fn a_defined_long_form_is_one_occurrence() {
        let term = Term {
            short: "SC&C".into(),
            long: "smart cities and communities".into(),
        };
        let text = "IoT and smart cities and communities (SC&C); SC&C.";
        let found: Vec<&str> = occurrences(text, &term)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(found, ["smart cities and communities (SC&C)", "SC&C"]);
    }
}
