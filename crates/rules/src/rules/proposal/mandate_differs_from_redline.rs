use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;

declare_rule! {
    /// ## What it checks
    /// A proposal whose clean mandate comes from one place of the report (§4) while the Annex
    /// prints the same mandate as a flattened Word redline (`mandate_as_flattened`): each
    /// clean paragraph must be the printed one with deleted words removed — that is, the
    /// printed paragraph must read as the clean paragraph with words of the mandate in force
    /// (the deleted ones) interleaved, in their order. Words are compared as written (case,
    /// punctuation and all); spaces are not compared, since a flattened redline keeps the
    /// spaces of deleted words (`(IoT) ,`). The finding shows where the clean text has what
    /// the printed one lacks, or where the printed one has what is neither the clean text nor
    /// a word of the mandate in force. A paragraph count that differs is reported too.
    /// Limitation: an old and a new word run together with no space or punctuation between
    /// them (`forof`) are one word here, and reported.
    ///
    /// ## Why it matters
    /// WTSA is asked to adopt one text. When the clean text a report gives and its redline
    /// differ by more than the deletions, the assembly's documents carry two proposals, and
    /// the secretariat cannot tell which the study group agreed.
    ///
    /// ## Provision
    /// Study group report to WTSA, §4 and Annex 2 (proposed updates to Resolution 2); plain
    /// logic: a redline shows the text in force with the proposal's deletions and insertions,
    /// so the proposal is the redline without its deletions.
    ///
    /// ## Example
    /// Fires: SG20 2022–2024: §4 writes "(e.g. metaverse, AI, etc.)" where Annex 2 prints
    /// "(e.g. metaverse, AI, etc)".
    /// Quiet: paragraph 1 of SG20's mandate, which Annex 2 prints with "studies relating to",
    /// "and its applications, and" and other words of the WTSA-20 mandate run in.
    pub struct MandateDiffersFromRedline {
        code: "RP009",
        name: "mandate-differs-from-redline",
        family: Family::Proposal,
        severity: Severity::Warning,
        citation: citations::report("§4, Annex 2"),
        periods: Periods::All,
    }
}

/// A text's tokens as this rule compares them, with their byte offsets: runs of letters and
/// digits, and every other character that is not a space on its own (`inclusion.for`, a new
/// full stop run into an old word, is `inclusion`, `.`, `for`).
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.extend(text.get(s..i).map(|t| (s, t)));
        }
        if !c.is_whitespace() {
            out.extend(text.get(i..i + c.len_utf8()).map(|t| (i, t)));
        }
    }
    if let Some(s) = start {
        out.extend(text.get(s..).map(|t| (s, t)));
    }
    out
}

/// A difference between the printed text and the clean text with old words run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Difference {
    /// The clean text's token `clean` is not printed; the printed text is at `printed` there.
    Missing { clean: usize, printed: usize },
    /// The printed token `printed` is neither the clean text's nor an old word.
    Extra { printed: usize, clean: usize },
}

/// How the printed text reads up to a point: the differences it takes, the old tokens used
/// (using them as early as possible is never worse), and the step that led here.
#[derive(Debug, Clone, Copy)]
struct Reading {
    cost: usize,
    old_used: usize,
    from: Option<(usize, usize, Option<Difference>)>,
}

/// The differences between `printed` and `clean` with a subsequence of `old` interleaved:
/// none when the printed text is the clean text with old words run in, in their order.
/// An alignment with the fewest differences (ties: the fewest old tokens used).
fn differences(printed: &[&str], clean: &[&str], old: &[&str]) -> Vec<Difference> {
    let (n, m) = (printed.len(), clean.len());
    let mut cells: Vec<Vec<Option<Reading>>> = vec![vec![None; m + 1]; n + 1];
    let offer = |cells: &mut Vec<Vec<Option<Reading>>>, i: usize, j: usize, reading: Reading| {
        if let Some(cell) = cells.get_mut(i).and_then(|row| row.get_mut(j)) {
            let better =
                cell.is_none_or(|was| (reading.cost, reading.old_used) < (was.cost, was.old_used));
            if better {
                *cell = Some(reading);
            }
        }
    };
    offer(
        &mut cells,
        0,
        0,
        Reading {
            cost: 0,
            old_used: 0,
            from: None,
        },
    );
    for i in 0..=n {
        for j in 0..=m {
            let Some(here) = cells.get(i).and_then(|row| row.get(j)).copied().flatten() else {
                continue;
            };
            let step = |cost: usize, old_used: usize, difference: Option<Difference>| Reading {
                cost: here.cost + cost,
                old_used,
                from: Some((i, j, difference)),
            };
            if let Some(token) = printed.get(i) {
                if clean.get(j) == Some(token) {
                    offer(&mut cells, i + 1, j + 1, step(0, here.old_used, None));
                }
                if let Some(at) = old.iter().skip(here.old_used).position(|o| o == token) {
                    offer(&mut cells, i + 1, j, step(0, here.old_used + at + 1, None));
                }
                let extra = Difference::Extra {
                    printed: i,
                    clean: j,
                };
                offer(&mut cells, i + 1, j, step(1, here.old_used, Some(extra)));
            }
            if j < m {
                let missing = Difference::Missing {
                    clean: j,
                    printed: i,
                };
                offer(&mut cells, i, j + 1, step(1, here.old_used, Some(missing)));
            }
        }
    }
    let mut found = Vec::new();
    let mut at = cells.get(n).and_then(|row| row.get(m)).copied().flatten();
    while let Some(Reading {
        from: Some((i, j, difference)),
        ..
    }) = at
    {
        found.extend(difference);
        at = cells.get(i).and_then(|row| row.get(j)).copied().flatten();
    }
    found.reverse();
    found
}

/// The tokens' texts, without their offsets.
fn words<'t>(tokens: &[(usize, &'t str)]) -> Vec<&'t str> {
    tokens.iter().map(|(_, t)| *t).collect()
}

/// The text around token `at`: from the third word before it to the token after it, as
/// written.
fn around(text: &str, tokens: &[(usize, &str)], at: usize) -> String {
    let mut from = at.min(tokens.len());
    let mut words = 0;
    while from > 0 && words < 3 {
        from -= 1;
        if tokens
            .get(from)
            .is_some_and(|(_, t)| t.chars().all(char::is_alphanumeric))
        {
            words += 1;
        }
    }
    let start = tokens.get(from).map_or(text.len(), |(s, _)| *s);
    let end = tokens
        .get((at + 1).min(tokens.len().saturating_sub(1)))
        .map_or(text.len(), |(s, t)| s + t.len());
    let mut shown = text
        .get(start..end.max(start))
        .unwrap_or_default()
        .to_owned();
    if from > 0 {
        shown.insert(0, '…');
    }
    if at + 2 < tokens.len() {
        shown.push('…');
    }
    shown
}

impl Rule for MandateDiffersFromRedline {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let old_text = view
            .in_force
            .map(|entry| entry.value.mandate.join(" "))
            .unwrap_or_default();
        let old: Vec<&str> = tokens(&old_text).into_iter().map(|(_, t)| t).collect();
        for proposal in &view.proposals {
            let Some(printed) = &proposal.value.mandate_as_flattened else {
                continue;
            };
            let clean = &proposal.value.mandate;
            if clean.len() != printed.paragraphs.len() {
                let diagnostic = out
                    .at(
                        Spot::new(proposal.id, crate::pointer!("mandate")),
                        message!(
                            "the proposed mandate has {count} paragraphs where {source} prints {printed_count}: the clean text is the redline without its deletions",
                            count = clean.len(),
                            source = printed.source,
                            printed_count = printed.paragraphs.len(),
                        ),
                    )
                    .related(
                        message!("the mandate as {source} prints it", source = printed.source),
                        Spot::new(proposal.id, crate::pointer!("mandate_as_flattened", "paragraphs")),
                    );
                out.push(diagnostic);
                continue;
            }
            for (p, (clean_text, printed_text)) in clean.iter().zip(&printed.paragraphs).enumerate()
            {
                let (clean_tokens, printed_tokens) = (tokens(clean_text), tokens(printed_text));
                let found = differences(&words(&printed_tokens), &words(&clean_tokens), &old);
                let Some(first) = found.first() else {
                    continue;
                };
                let (paragraph, source, more) = (p + 1, &printed.source, found.len() - 1);
                let message = match *first {
                    Difference::Missing { clean, printed: at } => {
                        let word = clean_tokens.get(clean).map_or("", |(_, t)| t);
                        let clean_context = around(clean_text, &clean_tokens, clean);
                        let printed_context = around(
                            printed_text,
                            &printed_tokens,
                            at.min(printed_tokens.len().saturating_sub(1)),
                        );
                        match more {
                            0 => message!(
                                "paragraph {paragraph} of the proposed mandate is not the redline of {source} without its deletions: the clean text has `{word}` in \u{201c}{clean_context}\u{201d}, which {source} lacks: \u{201c}{printed_context}\u{201d}",
                                paragraph,
                                source,
                                word,
                                clean_context,
                                printed_context,
                            ),
                            1 => message!(
                                "paragraph {paragraph} of the proposed mandate is not the redline of {source} without its deletions: the clean text has `{word}` in \u{201c}{clean_context}\u{201d}, which {source} lacks: \u{201c}{printed_context}\u{201d} (and {more} more difference)",
                                paragraph,
                                source,
                                word,
                                clean_context,
                                printed_context,
                                more,
                            ),
                            _ => message!(
                                "paragraph {paragraph} of the proposed mandate is not the redline of {source} without its deletions: the clean text has `{word}` in \u{201c}{clean_context}\u{201d}, which {source} lacks: \u{201c}{printed_context}\u{201d} (and {more} more differences)",
                                paragraph,
                                source,
                                word,
                                clean_context,
                                printed_context,
                                more,
                            ),
                        }
                    }
                    Difference::Extra { printed: at, .. } => {
                        let word = printed_tokens.get(at).map_or("", |(_, t)| t);
                        let printed_context = around(printed_text, &printed_tokens, at);
                        match more {
                            0 => message!(
                                "paragraph {paragraph} of the proposed mandate is not the redline of {source} without its deletions: {source} has `{word}` in \u{201c}{printed_context}\u{201d}, which is neither in the clean text nor a word of the mandate in force",
                                paragraph,
                                source,
                                word,
                                printed_context,
                            ),
                            1 => message!(
                                "paragraph {paragraph} of the proposed mandate is not the redline of {source} without its deletions: {source} has `{word}` in \u{201c}{printed_context}\u{201d}, which is neither in the clean text nor a word of the mandate in force (and {more} more difference)",
                                paragraph,
                                source,
                                word,
                                printed_context,
                                more,
                            ),
                            _ => message!(
                                "paragraph {paragraph} of the proposed mandate is not the redline of {source} without its deletions: {source} has `{word}` in \u{201c}{printed_context}\u{201d}, which is neither in the clean text nor a word of the mandate in force (and {more} more differences)",
                                paragraph,
                                source,
                                word,
                                printed_context,
                                more,
                            ),
                        }
                    }
                };
                let diagnostic = out
                    .at(Spot::new(proposal.id, crate::pointer!("mandate", p)), message)
                    .related(
                        message!("paragraph {paragraph} as {source} prints it", paragraph, source),
                        Spot::new(
                            proposal.id,
                            crate::pointer!("mandate_as_flattened", "paragraphs", p),
                        ),
                    )
                    .fix("make the clean text and the redline say the same, and say which the study group agreed");
                out.push(diagnostic);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{differences, tokens, Difference};

    fn words(text: &str) -> Vec<&str> {
        super::words(&tokens(text))
    }

    #[test]
    fn cuts_run_together_punctuation() {
        assert_eq!(
            words("inclusion.for SC&C"),
            ["inclusion", ".", "for", "SC", "&", "C"]
        );
        assert_eq!(words("(IoT) ,"), ["(", "IoT", ")", ","]);
    }

    #[test]
    fn a_redline_is_the_clean_text_with_old_words_run_in() {
        let old = words("responsible for studies relating to IoT and its applications");
        let printed =
            words("responsible for the studies relating to IoT, twins and its applications");
        assert!(differences(&printed, &words("responsible for the IoT, twins"), &old).is_empty());
        // The clean text has a full stop the printed text lacks.
        assert_eq!(
            differences(&printed, &words("responsible for the IoT., twins"), &old),
            [Difference::Missing {
                clean: 4,
                printed: 7
            }]
        );
        // The printed text has a word that is neither new nor old.
        let printed = words("responsible for the studies relating to IoT, twins and robots");
        assert_eq!(
            differences(&printed, &words("responsible for the IoT, twins"), &old),
            [Difference::Extra {
                printed: 10,
                clean: 6
            }]
        );
    }
}
