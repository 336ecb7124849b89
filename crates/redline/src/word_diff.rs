//! Word diffs and word similarity.
//!
//! The longest common subsequence of tokens is found with Myers' algorithm from the `similar`
//! crate: it runs in O((N+M)·D) time and linear space, so a long proposal paragraph (or a
//! hostile file of megabytes) costs no quadratic table, and its output is well tested. What is
//! ours is what comes after: tokens (see [`wtsa_model::text::words`]), and a clean-up that
//! makes the result read like revision marks.

use similar::{capture_diff_slices, Algorithm, DiffOp};
use wtsa_model::text::words::{tokens, words, TokenKind};

use crate::model::{Op, Segment};

/// Runs of one operation, token by token, before clean-up.
fn raw_runs(old: &[&str], new: &[&str]) -> Vec<(Op, Vec<String>)> {
    let mut runs: Vec<(Op, Vec<String>)> = Vec::new();
    let slice = |side: &[&str], from: usize, len: usize| -> Vec<String> {
        side.iter()
            .skip(from)
            .take(len)
            .map(|s| (*s).to_owned())
            .collect()
    };
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                runs.push((Op::Equal, slice(old, old_index, len)));
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => runs.push((Op::Delete, slice(old, old_index, old_len))),
            DiffOp::Insert {
                new_index, new_len, ..
            } => runs.push((Op::Insert, slice(new, new_index, new_len))),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                runs.push((Op::Delete, slice(old, old_index, old_len)));
                runs.push((Op::Insert, slice(new, new_index, new_len)));
            }
        }
    }
    runs
}

/// Whether an unchanged run is only white space: such a run between two edits is folded into
/// them, so that replacing "a b" by "c d" reads `[-a b-]{+c d+}` and not `[-a-]{+c+} [-b-]{+d+}`.
fn is_glue(tokens_of_run: &[String]) -> bool {
    tokens_of_run
        .iter()
        .all(|t| tokens(t).iter().all(|k| k.kind == TokenKind::Space))
}

/// The word diff of two texts: equal, deleted and inserted segments in reading order, with
/// the deleted text of each edit before its inserted text (as Word shows revision marks).
/// Concatenating the equal and deleted segments gives `old`; the equal and inserted, `new`.
pub fn diff_text(old: &str, new: &str) -> Vec<Segment> {
    let old_tokens: Vec<&str> = tokens(old).into_iter().map(|t| t.text).collect();
    let new_tokens: Vec<&str> = tokens(new).into_iter().map(|t| t.text).collect();
    let runs = raw_runs(&old_tokens, &new_tokens);

    // Fold white-space-only equal runs lying between two edits into the edits.
    let mut folded: Vec<(Op, Vec<String>)> = Vec::with_capacity(runs.len());
    let len = runs.len();
    for (i, (op, run)) in runs.iter().enumerate() {
        let between_edits = *op == Op::Equal
            && i > 0
            && i + 1 < len
            && is_glue(run)
            && runs.get(i - 1).is_some_and(|(o, _)| *o != Op::Equal)
            && runs.get(i + 1).is_some_and(|(o, _)| *o != Op::Equal);
        if between_edits {
            folded.push((Op::Delete, run.clone()));
            folded.push((Op::Insert, run.clone()));
        } else {
            folded.push((*op, run.clone()));
        }
    }

    // Each maximal stretch of edits becomes one deletion followed by one insertion.
    let mut segments: Vec<Segment> = Vec::new();
    let mut deleted: Vec<String> = Vec::new();
    let mut inserted: Vec<String> = Vec::new();
    for (op, run) in folded {
        match op {
            Op::Delete => deleted.extend(run),
            Op::Insert => inserted.extend(run),
            Op::Equal => {
                flush(&mut segments, &mut deleted, &mut inserted);
                push(&mut segments, Op::Equal, &run.concat());
            }
        }
    }
    flush(&mut segments, &mut deleted, &mut inserted);
    segments
}

/// Appends text to the segments, merging with the last segment when it has the same operation.
fn push(segments: &mut Vec<Segment>, op: Op, text: &str) {
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => segments.push(Segment {
            op,
            text: text.to_owned(),
        }),
    }
}

/// Writes one edit: tokens that the deletion and the insertion start or end with alike (the
/// space Myers may pair either way) are unchanged text around the edit, so that the edit is
/// exactly the words replaced ("(SC&C)" then "SSC&C", as Word runs them together).
fn flush(segments: &mut Vec<Segment>, deleted: &mut Vec<String>, inserted: &mut Vec<String>) {
    let prefix = deleted
        .iter()
        .zip(inserted.iter())
        .take_while(|(d, i)| d == i)
        .count();
    let rest = deleted.len().min(inserted.len()) - prefix;
    let suffix = deleted
        .iter()
        .rev()
        .zip(inserted.iter().rev())
        .take(rest)
        .take_while(|(d, i)| d == i)
        .count();
    let middle = |side: &[String]| -> String {
        side.get(prefix..side.len() - suffix)
            .unwrap_or_default()
            .concat()
    };
    push(
        segments,
        Op::Equal,
        &deleted.get(..prefix).unwrap_or_default().concat(),
    );
    push(segments, Op::Delete, &middle(deleted));
    push(segments, Op::Insert, &middle(inserted));
    push(
        segments,
        Op::Equal,
        &deleted
            .get(deleted.len() - suffix..)
            .unwrap_or_default()
            .concat(),
    );
    deleted.clear();
    inserted.clear();
}

/// The Dice ratio of two token sequences' longest common subsequence: `2·LCS / (|a| + |b|)`,
/// 1 for two empty sequences.
pub fn lcs_ratio<T: Eq + std::hash::Hash + Ord>(a: &[T], b: &[T]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let common: usize = capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    // Counts of tokens in texts: far below 2^52, so the conversion is exact.
    (2 * common) as f64 / total as f64
}

/// Word similarity of two texts, 0 to 1: the Dice ratio of their case-folded words (punctuation
/// and spacing ignored). Used to match list items and to find near-duplicates.
pub fn word_similarity(a: &str, b: &str) -> f64 {
    let fold =
        |text: &str| -> Vec<String> { words(text).iter().map(|w| w.to_lowercase()).collect() };
    lcs_ratio(&fold(a), &fold(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s.op {
                Op::Equal => s.text.clone(),
                Op::Delete => format!("[-{}-]", s.text),
                Op::Insert => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[test]
    fn a_replaced_word_reads_deleted_then_inserted() {
        let d = diff_text(
            "requirements and capabilities for IoT and smart cities and communities (SC&C) including verticals;",
            "requirements and capabilities of IoT and SSC&C including verticals;",
        );
        assert_eq!(
            marked(&d),
            "requirements and capabilities [-for-]{+of+} IoT and [-smart cities and communities (SC&C)-]{+SSC&C+} including verticals;"
        );
    }

    #[test]
    fn spaces_between_edits_join_the_edit() {
        let d = diff_text("x a b y", "x c d y");
        assert_eq!(marked(&d), "x [-a b-]{+c d+} y");
    }

    #[test]
    fn the_segments_give_back_both_texts() {
        let old = "evaluation, assessment for SC&C in the smartness of cities;";
        let new = "the evaluation, assessment for SC&C (e.g., digital twins) for SSC&C;";
        let d = diff_text(old, new);
        let base: String = d
            .iter()
            .filter(|s| s.op != Op::Insert)
            .map(|s| s.text.as_str())
            .collect();
        let proposed: String = d
            .iter()
            .filter(|s| s.op != Op::Delete)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(base, old);
        assert_eq!(proposed, new);
    }

    #[test]
    fn similarity_ignores_case_and_punctuation() {
        assert!((word_similarity("IoT, and SC&C;", "iot and sc&c") - 1.0).abs() < 1e-9);
        assert!(word_similarity("a b c d", "w x y z") < 1e-9);
        assert!((word_similarity("", "") - 1.0).abs() < 1e-9);
    }
}
