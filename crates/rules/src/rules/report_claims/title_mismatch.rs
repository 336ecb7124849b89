use crate::context::PeriodView;
use crate::diagnostic::{Sink, Spot};
use crate::message;
use crate::rule::{declare_rule, Family, Periods, Rule, Severity};
use crate::rules::citations;
use wtsa_model::text::wording::{expand_abbreviations, title_key};
use wtsa_model::text::words::{title_tokens, TokenKind};

use super::{output_tables, OutputKey};

declare_rule! {
    /// ## What it checks
    /// The title §3.2 quotes for each output it lists against the title the table gives
    /// (Table 8 or 9, 12, 13 or 14), compared after writing out the report's abbreviations
    /// (IoT, ICT, SC&C, SSC&C …) and ignoring case, hyphens, dashes, spaces and punctuation.
    /// A Supplement's title may start with a lead-in naming its parent ("ITU-T Y.4600 – ")
    /// that one side repeats and the other leaves out; the lead-in is set aside on both sides
    /// (and, when both have one, the two must name the same parent).
    ///
    /// ## Why it matters
    /// A publication has one title. When the summary quotes another wording, a reader cannot
    /// tell which is the published one, and a search for the quoted title misses the
    /// publication; a singular for a plural or a dropped word is often an older draft title.
    ///
    /// ## Provision
    /// The study group's report to WTSA, §3.2 (Highlights of achievements) against Annex 1,
    /// Tables 8, 9 and 12–14.
    ///
    /// ## Example
    /// Fires: §3.2 quotes `Y.4216` as "… for city infrastructure" while Table 8 gives
    /// "… for city infrastructures".
    /// Quiet: "Service requirements … for IoT-related crowdsourced systems" against "… for
    /// Internet of things-related crowdsourced systems"; `Y Suppl. 77` quoted without the
    /// "ITU-T Y.4051 – " lead-in Table 12 gives it.
    pub struct TitleMismatch {
        code: "RC004",
        name: "title-mismatch",
        family: Family::ReportClaims,
        severity: Severity::Warning,
        citation: citations::report("§3.2"),
        periods: Periods::All,
    }
}

/// Splits a Supplement title into its parent lead-in ("Y.4600" of "ITU-T Y.4600 – …") and
/// the rest. The lead-in is "ITU-T", one designation with no space in it, and a dash or
/// hyphen between spaces.
fn split_lead_in(title: &str) -> (Option<&str>, &str) {
    let trimmed = title.trim();
    let Some(rest) = trimmed.strip_prefix("ITU-T ") else {
        return (None, trimmed);
    };
    let Some((parent, after)) = rest.split_once(' ') else {
        return (None, trimmed);
    };
    for dash in ["\u{2013} ", "\u{2014} ", "- "] {
        if let Some(body) = after.strip_prefix(dash) {
            if !parent.is_empty() && !body.trim().is_empty() {
                return (Some(parent), body.trim());
            }
        }
    }
    (None, trimmed)
}

/// The words of a title with abbreviations written out, each with its comparison key and
/// its byte span in that text (so that a run of words is shown as written, `ITU-T` and all).
struct Words {
    text: String,
    words: Vec<(String, usize, usize)>,
}

impl Words {
    fn of(title: &str) -> Self {
        let text = expand_abbreviations(title);
        let words = title_tokens(&text)
            .into_iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| (title_key(t.text), t.start, t.end()))
            .collect();
        Self { text, words }
    }

    /// The words `from..to` as written, or `None` for an empty run.
    fn show(&self, from: usize, to: usize) -> Option<String> {
        self.words
            .get(from)
            .zip(to.checked_sub(1).and_then(|last| self.words.get(last)))
            .filter(|_| from < to)
            .and_then(|((_, start, _), (_, _, end))| self.text.get(*start..*end))
            .map(str::to_owned)
    }
}

/// Titles longer than this many words on both sides are not diffed word by word (the table
/// of a longest common subsequence grows with the product of the lengths); the finding then
/// gives the two titles only.
const MAX_DIFF_CELLS: usize = 40_000;

/// A run of differing words: ours and theirs, `None` where one side has none.
type Hunk = (Option<String>, Option<String>);

/// Where two titles differ, word by word (a longest common subsequence of the words'
/// keys): each run of differing words as (ours, theirs). Runs separated by a single common
/// word are shown as one ("monitoring of water system" against "water supply system
/// monitoring" rather than three runs).
pub(crate) fn differing_words(ours: &str, theirs: &str) -> Vec<Hunk> {
    let a = Words::of(ours);
    let b = Words::of(theirs);
    let (n, m) = (a.words.len(), b.words.len());
    if n.saturating_mul(m) > MAX_DIFF_CELLS {
        return Vec::new();
    }
    // lcs[i][j]: the common subsequence length of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    let at = |lcs: &Vec<Vec<usize>>, i: usize, j: usize| {
        lcs.get(i).and_then(|row| row.get(j)).copied().unwrap_or(0)
    };
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let same = a.words.get(i).map(|w| &w.0) == b.words.get(j).map(|w| &w.0);
            let value = if same {
                at(&lcs, i + 1, j + 1) + 1
            } else {
                at(&lcs, i + 1, j).max(at(&lcs, i, j + 1))
            };
            if let Some(cell) = lcs.get_mut(i).and_then(|row| row.get_mut(j)) {
                *cell = value;
            }
        }
    }
    // Runs as word ranges: (a_from, a_to, b_from, b_to).
    let mut runs: Vec<(usize, usize, usize, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut run_i, mut run_j) = (0, 0);
    while i < n || j < m {
        let same = i < n && j < m && a.words.get(i).map(|w| &w.0) == b.words.get(j).map(|w| &w.0);
        if same {
            if (run_i, run_j) != (i, j) {
                runs.push((run_i, i, run_j, j));
            }
            i += 1;
            j += 1;
            (run_i, run_j) = (i, j);
        } else if j < m && (i >= n || at(&lcs, i, j + 1) >= at(&lcs, i + 1, j)) {
            j += 1;
        } else {
            i += 1;
        }
    }
    if (run_i, run_j) != (n, m) {
        runs.push((run_i, n, run_j, m));
    }
    let mut merged: Vec<(usize, usize, usize, usize)> = Vec::new();
    for run in runs {
        match merged.last_mut() {
            Some(last) if run.0 <= last.1 + 1 && run.2 <= last.3 + 1 => {
                last.1 = run.1;
                last.3 = run.3;
            }
            _ => merged.push(run),
        }
    }
    merged
        .into_iter()
        .map(|(a_from, a_to, b_from, b_to)| (a.show(a_from, a_to), b.show(b_from, b_to)))
        .collect()
}

/// A run of words in quotes, or "nothing".
fn quoted(words: Option<&String>) -> String {
    words.map_or_else(|| "nothing".to_owned(), |w| format!("\u{201c}{w}\u{201d}"))
}

impl Rule for TitleMismatch {
    fn check(&self, view: &PeriodView<'_>, out: &mut Sink<'_>) {
        let (Some(claims), Some(tables)) = (view.claims, output_tables(view)) else {
            return;
        };
        for found in tables.listings(claims.value) {
            let (i, question, k, listed) = (
                found.question_row,
                found.question,
                found.output_row,
                found.output,
            );
            // An output in no table is RC003's finding; there is no title to compare.
            let Some((row, entry)) = found
                .first_row
                .and_then(|row| Some((row, tables.rows.get(row)?)))
            else {
                continue;
            };
            // A title quoted as the table gives it, as most are, is found so from the row
            // alone, without reading the table's record.
            if listed.title == entry.title {
                continue;
            }
            let Some(table) = tables.output(row) else {
                continue;
            };
            let (ours, theirs, parents) = if matches!(table.key, OutputKey::Supplement(_)) {
                let (our_parent, ours) = split_lead_in(&listed.title);
                let (their_parent, theirs) = split_lead_in(table.title);
                let parents = match (our_parent, their_parent) {
                    (Some(a), Some(b)) if a != b => Some((a, b)),
                    _ => None,
                };
                (ours, theirs, parents)
            } else {
                (listed.title.as_str(), table.title, None)
            };
            let message = if let Some((our_parent, their_parent)) = parents {
                message!(
                    "{output}'s title in {source} ({question}) starts \u{201c}ITU-T {our_parent}\u{201d} but {table} starts it \u{201c}ITU-T {their_parent}\u{201d}; a Supplement supplements one parent, which both must name",
                    output = listed.designation,
                    source = question.source,
                    question = question.question,
                    our_parent,
                    table = table.table,
                    their_parent,
                )
            } else if ours != theirs && title_key(ours) != title_key(theirs) {
                let hunks = differing_words(ours, theirs);
                // Say so when a run shows words the report abbreviates.
                let expanded = hunks.iter().any(|(a, b)| {
                    a.as_ref().is_some_and(|w| !ours.contains(w.as_str()))
                        || b.as_ref().is_some_and(|w| !theirs.contains(w.as_str()))
                });
                let hunks: Vec<String> = hunks
                    .iter()
                    .map(|(a, b)| {
                        format!(
                            "{} where {} has {}",
                            quoted(a.as_ref()),
                            table.table,
                            quoted(b.as_ref())
                        )
                    })
                    .collect();
                let (output, source, q) =
                    (&listed.designation, &question.source, &question.question);
                let (title, table_name, table_title) = (&listed.title, table.table, table.title);
                // The runs of differing words, as one phrase: `“a” where Table 8 has “b”; …`.
                let differences = hunks.join("; ");
                match (hunks.is_empty(), expanded) {
                    (true, _) => message!(
                        "{output}'s title in {source} ({question}) \u{201c}{title}\u{201d} differs from {table} \u{201c}{table_title}\u{201d}; a publication has one title, which the summary should quote as the table gives it",
                        output,
                        source,
                        question = q,
                        title,
                        table = table_name,
                        table_title,
                    ),
                    (false, true) => message!(
                        "{output}'s title in {source} ({question}) \u{201c}{title}\u{201d} differs from {table} \u{201c}{table_title}\u{201d} (abbreviations written out: {differences}); a publication has one title, which the summary should quote as the table gives it",
                        output,
                        source,
                        question = q,
                        title,
                        table = table_name,
                        table_title,
                        differences,
                    ),
                    (false, false) => message!(
                        "{output}'s title in {source} ({question}) \u{201c}{title}\u{201d} differs from {table} \u{201c}{table_title}\u{201d} ({differences}); a publication has one title, which the summary should quote as the table gives it",
                        output,
                        source,
                        question = q,
                        title,
                        table = table_name,
                        table_title,
                        differences,
                    ),
                }
            } else {
                continue;
            };
            let diagnostic = out
                .at(
                    Spot::new(claims.id, format!("/questions/{i}/outputs/{k}/title")),
                    message,
                )
                .related(
                    message!(
                        "the title {table} gives {output}",
                        table = table.table,
                        output = table.label
                    ),
                    table.title_spot(),
                )
                .fix(format!(
                    "quote the title as {} gives it, or correct the table if the summary has the published title",
                    table.table
                ));
            out.push(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_ins_split_off_supplement_titles() {
        assert_eq!(
            split_lead_in("ITU-T Y.4600 – Concept and use cases"),
            (Some("Y.4600"), "Concept and use cases")
        );
        assert_eq!(
            split_lead_in("ITU-T Y.4000-series - Use cases of IoT based smart agriculture"),
            (
                Some("Y.4000-series"),
                "Use cases of IoT based smart agriculture"
            )
        );
        assert_eq!(
            split_lead_in("Use cases based on ITU-T Y.4900 Recommendations series"),
            (
                None,
                "Use cases based on ITU-T Y.4900 Recommendations series"
            )
        );
        assert_eq!(
            split_lead_in("ITU-T Y.4900 Recommendations series"),
            (None, "ITU-T Y.4900 Recommendations series")
        );
    }

    fn hunks(a: &str, b: &str) -> Vec<(String, String)> {
        differing_words(a, b)
            .iter()
            .map(|(a, b)| (quoted(a.as_ref()), quoted(b.as_ref())))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn differing_words_are_found_run_by_run() {
        assert_eq!(
            hunks(
                "Requirements of sensing for city infrastructure",
                "Requirements of sensing for city infrastructures"
            ),
            [pair(
                "\u{201c}infrastructure\u{201d}",
                "\u{201c}infrastructures\u{201d}"
            )]
        );
        assert_eq!(
            hunks(
                "functional model of data management",
                "functional model of the data management"
            ),
            [pair("nothing", "\u{201c}the\u{201d}")]
        );
        assert_eq!(
            hunks(
                "Use Cases on SSC solutions based on ITU-T Y.4900 Recommendation Series",
                "Use cases on smart sustainable city solutions based on ITU-T Y.4900 Recommendations series"
            ),
            [
                pair("\u{201c}SSC\u{201d}", "\u{201c}smart sustainable city\u{201d}"),
                pair("\u{201c}Recommendation\u{201d}", "\u{201c}Recommendations\u{201d}")
            ]
        );
        assert_eq!(
            hunks(
                "data middle-platform in IoT, extra",
                "data middle platform in IoT"
            ),
            [pair("\u{201c}extra\u{201d}", "nothing")]
        );
        assert_eq!(
            hunks(
                "Framework of monitoring of water system for smart fire protection",
                "Framework of water supply system monitoring for smart fire protection"
            ),
            [pair(
                "\u{201c}monitoring of water system\u{201d}",
                "\u{201c}water supply system monitoring\u{201d}"
            )]
        );
    }
}
