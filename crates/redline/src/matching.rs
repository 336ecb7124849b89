//! Matching the items of a base list with those of a proposed list, and laying the result out
//! in reading order.
//!
//! Pairs are chosen best first: every (base, proposed) pair scoring at least the threshold is
//! a candidate, and candidates are taken in order of score (ties: the closer positions first),
//! each item at most once. The pairs that keep their relative order (the longest increasing
//! run of proposed positions, taken in base order) are kept or changed; the others moved.
//!
//! A second pass pairs what is left in each gap between two in-order pairs at a lower
//! threshold: an item rewritten in place (SG20's one-paragraph mandate, rewritten into the
//! first of three; "platforms for IoT and SC&C" become "IoT and SSC&C platforms including
//! digital twins") keeps few words, but its place says it is the same item.

use crate::model::{Item, ItemStatus, Op, Segment};
use crate::word_diff::diff_text;

/// A matched pair: base index, proposed index, score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Pair {
    pub base: usize,
    pub proposed: usize,
    pub score: f64,
}

/// Best-first pairing above `threshold`.
pub(crate) fn pair(
    base_len: usize,
    proposed_len: usize,
    threshold: f64,
    score: impl Fn(usize, usize) -> f64,
) -> Vec<Pair> {
    let mut candidates: Vec<Pair> = Vec::new();
    for b in 0..base_len {
        for p in 0..proposed_len {
            let s = score(b, p);
            if s >= threshold {
                candidates.push(Pair {
                    base: b,
                    proposed: p,
                    score: s,
                });
            }
        }
    }
    candidates.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(
                x.base
                    .abs_diff(x.proposed)
                    .cmp(&y.base.abs_diff(y.proposed)),
            )
            .then(x.base.cmp(&y.base))
            .then(x.proposed.cmp(&y.proposed))
    });
    let mut base_used = vec![false; base_len];
    let mut proposed_used = vec![false; proposed_len];
    let mut pairs = Vec::new();
    for candidate in candidates {
        let free = !base_used.get(candidate.base).copied().unwrap_or(true)
            && !proposed_used
                .get(candidate.proposed)
                .copied()
                .unwrap_or(true);
        if free {
            if let Some(slot) = base_used.get_mut(candidate.base) {
                *slot = true;
            }
            if let Some(slot) = proposed_used.get_mut(candidate.proposed) {
                *slot = true;
            }
            pairs.push(candidate);
        }
    }
    pairs.sort_by_key(|p| p.base);
    pairs
}

/// Best-first pairing above `threshold`, then, within each gap between in-order pairs, of the
/// items left above `gap_threshold`.
pub(crate) fn pair_with_gaps(
    base_len: usize,
    proposed_len: usize,
    threshold: f64,
    gap_threshold: f64,
    score: impl Fn(usize, usize) -> f64,
) -> Vec<Pair> {
    let mut pairs = pair(base_len, proposed_len, threshold, &score);
    let ordered = in_order(&pairs);
    let anchors: Vec<Pair> = pairs
        .iter()
        .zip(&ordered)
        .filter(|(_, in_place)| **in_place)
        .map(|(p, _)| *p)
        .collect();
    let mut base_used = vec![false; base_len];
    let mut proposed_used = vec![false; proposed_len];
    for p in &pairs {
        if let Some(slot) = base_used.get_mut(p.base) {
            *slot = true;
        }
        if let Some(slot) = proposed_used.get_mut(p.proposed) {
            *slot = true;
        }
    }
    // The gap of a base item: strictly between the proposed places of the anchors around it.
    let gap_of = |b: usize| -> (Option<usize>, Option<usize>) {
        let before = anchors
            .iter()
            .rev()
            .find(|a| a.base < b)
            .map(|a| a.proposed);
        let after = anchors.iter().find(|a| a.base > b).map(|a| a.proposed);
        (before, after)
    };
    let mut extra = pair(base_len, proposed_len, gap_threshold, |b, p| {
        let free = !base_used.get(b).copied().unwrap_or(true)
            && !proposed_used.get(p).copied().unwrap_or(true);
        let (before, after) = gap_of(b);
        let inside = before.is_none_or(|x| x < p) && after.is_none_or(|y| p < y);
        if free && inside {
            score(b, p)
        } else {
            f64::NEG_INFINITY
        }
    });
    pairs.append(&mut extra);
    pairs.sort_by_key(|p| p.base);
    pairs
}

/// For pairs sorted by base index, which ones form the longest run of increasing proposed
/// indices (the rest are moves). Patience sorting, O(n log n).
pub(crate) fn in_order(pairs: &[Pair]) -> Vec<bool> {
    // tails[k]: index into `pairs` of the smallest tail of an increasing run of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for (i, pair) in pairs.iter().enumerate() {
        let position = tails.partition_point(|&t| {
            pairs
                .get(t)
                .is_some_and(|tail| tail.proposed < pair.proposed)
        });
        if let Some(slot) = previous.get_mut(i) {
            *slot = position.checked_sub(1).and_then(|k| tails.get(k).copied());
        }
        if position == tails.len() {
            tails.push(i);
        } else if let Some(slot) = tails.get_mut(position) {
            *slot = i;
        }
    }
    let mut kept = vec![false; pairs.len()];
    let mut cursor = tails.last().copied();
    while let Some(i) = cursor {
        if let Some(slot) = kept.get_mut(i) {
            *slot = true;
        }
        cursor = previous.get(i).copied().flatten();
    }
    kept
}

fn round(score: f64) -> f64 {
    (score * 1000.0).round() / 1000.0
}

fn whole(op: Op, text: &str) -> Vec<Segment> {
    if text.is_empty() {
        return Vec::new();
    }
    vec![Segment {
        op,
        text: text.to_owned(),
    }]
}

/// One list to compare: the texts and, for Annex C, each item's line.
pub(crate) struct Side<'a> {
    pub texts: &'a [String],
    pub groups: Option<&'a [usize]>,
}

impl Side<'_> {
    fn text(&self, i: usize) -> &str {
        self.texts.get(i).map_or("", String::as_str)
    }

    fn group(&self, i: usize) -> Option<usize> {
        self.groups.and_then(|g| g.get(i).copied())
    }
}

/// The items of a part in reading order, from the pairs chosen.
pub(crate) fn lay_out(base: &Side<'_>, proposed: &Side<'_>, pairs: &[Pair]) -> Vec<Item> {
    let ordered = in_order(pairs);
    let mut match_of_proposed: Vec<Option<(Pair, bool)>> = vec![None; proposed.texts.len()];
    let mut match_of_base: Vec<Option<(Pair, bool)>> = vec![None; base.texts.len()];
    for (pair, in_place) in pairs.iter().zip(ordered.iter()) {
        if let Some(slot) = match_of_proposed.get_mut(pair.proposed) {
            *slot = Some((*pair, *in_place));
        }
        if let Some(slot) = match_of_base.get_mut(pair.base) {
            *slot = Some((*pair, *in_place));
        }
    }

    // Each base item without an in-place match (removed, or moved away) is shown after the
    // proposed item matching the nearest earlier base item that stayed in place.
    let mut anchored: Vec<(Option<usize>, usize)> = Vec::new();
    let mut anchor: Option<usize> = None;
    for (b, matched) in match_of_base.iter().enumerate() {
        match matched {
            Some((pair, true)) => anchor = Some(pair.proposed),
            _ => anchored.push((anchor, b)),
        }
    }
    let old_only = |b: usize| -> Item {
        let (status, proposed_index) = match match_of_base.get(b).copied().flatten() {
            Some((pair, _)) => (ItemStatus::MovedAway, Some(pair.proposed)),
            None => (ItemStatus::Removed, None),
        };
        Item {
            status,
            base_index: Some(b),
            proposed_index,
            similarity: None,
            group: base.group(b),
            segments: whole(Op::Delete, base.text(b)),
            reconstruction: None,
        }
    };

    let mut items = Vec::new();
    for (a, b) in &anchored {
        if a.is_none() {
            items.push(old_only(*b));
        }
    }
    for (p, matched) in match_of_proposed.iter().enumerate() {
        let item = match matched {
            None => Item {
                status: ItemStatus::Added,
                base_index: None,
                proposed_index: Some(p),
                similarity: None,
                group: proposed.group(p),
                segments: whole(Op::Insert, proposed.text(p)),
                reconstruction: None,
            },
            Some((pair, in_place)) => {
                let (old, new) = (base.text(pair.base), proposed.text(p));
                let status = match (in_place, old == new) {
                    (false, _) => ItemStatus::Moved,
                    (true, true) => ItemStatus::Kept,
                    (true, false) => ItemStatus::Changed,
                };
                Item {
                    status,
                    base_index: Some(pair.base),
                    proposed_index: Some(p),
                    similarity: Some(round(pair.score)),
                    group: proposed.group(p),
                    segments: if old == new {
                        whole(Op::Equal, new)
                    } else {
                        diff_text(old, new)
                    },
                    reconstruction: None,
                }
            }
        };
        items.push(item);
        for (a, b) in &anchored {
            if *a == Some(p) {
                items.push(old_only(*b));
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(usize, usize)]) -> Vec<Pair> {
        list.iter()
            .map(|&(base, proposed)| Pair {
                base,
                proposed,
                score: 1.0,
            })
            .collect()
    }

    #[test]
    fn out_of_order_pairs_are_moves() {
        let p = pairs(&[(0, 0), (1, 2), (2, 3), (3, 1), (4, 4), (5, 6), (6, 5)]);
        let kept = in_order(&p);
        assert_eq!(kept.iter().filter(|k| **k).count(), 5);
        assert!(!kept[3]);
    }

    #[test]
    fn best_pairs_are_taken_first() {
        let scores = [[0.9, 0.6], [0.7, 0.1]];
        let chosen = pair(2, 2, 0.5, |b, p| scores[b][p]);
        assert_eq!(
            chosen
                .iter()
                .map(|p| (p.base, p.proposed))
                .collect::<Vec<_>>(),
            [(0, 0)]
        );
    }
}
