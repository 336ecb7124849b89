//! `AC`: Annex C, the Recommendations under a study group's responsibility.
//!
//! The helpers here index Annex C entries so that the rules stay linear (or n log n) in the
//! size of the lists: comparing every entry with every other grows with the square of an
//! Annex C, and across study groups with the square of all of them.

pub mod annex_c_entry_malformed;
pub mod annex_c_overlap;
pub mod annex_c_overlap_across_study_groups;
pub mod double_number_y4000;
pub mod recommendation_outside_annex_c;
pub mod supplement_parent_outside_annex_c;

use std::collections::BTreeMap;

use wtsa_model::{AnnexCEntry, RecommendationNumber};

/// An entry's extent as a closed interval of the numbers it covers, and the lane in which
/// that interval is compared: a number or a range covers numbers of its own depth (`Y.4500`
/// never overlaps `Y.4500.1`), a series block every depth of its series.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Lane {
    /// A series block: base numbers `low..=high` of the series, at every depth.
    Block,
    /// Numbers of this many parts.
    Depth(usize),
}

fn extent(entry: &AnnexCEntry) -> (char, Lane, Vec<u32>, Vec<u32>) {
    match entry {
        AnnexCEntry::Recommendation(n) => (
            n.series(),
            Lane::Depth(n.parts().len()),
            n.parts().to_vec(),
            n.parts().to_vec(),
        ),
        AnnexCEntry::Range { start, end } => (
            start.series(),
            Lane::Depth(start.parts().len()),
            start.parts().to_vec(),
            end.parts().to_vec(),
        ),
        AnnexCEntry::Series {
            series,
            block_start,
        } => {
            let (low, high) = AnnexCEntry::block_bounds(*block_start);
            (*series, Lane::Block, vec![low], vec![high])
        }
    }
}

/// A closed interval of numbers, each as its parts (`Y.4500.3` is `[4500, 3]`).
type Interval = (Vec<u32>, Vec<u32>);

/// The base numbers an entry spans: what a series block is compared with.
fn base_span(entry: &AnnexCEntry) -> (u32, u32) {
    match entry {
        AnnexCEntry::Recommendation(n) => (n.base(), n.base()),
        AnnexCEntry::Range { start, end } => (start.base(), end.base()),
        AnnexCEntry::Series { block_start, .. } => AnnexCEntry::block_bounds(*block_start),
    }
}

/// Every pair `(i, j)`, `i < j`, of entries that overlap ([`AnnexCEntry::overlaps`]), in
/// order of `j` then `i`. Entries are swept in order within each series and depth, so the cost
/// is n log n plus the pairs found; series blocks, a handful per series, are compared with
/// every entry of their series.
pub(crate) fn overlapping_pairs(entries: &[&AnnexCEntry]) -> Vec<(usize, usize)> {
    let mut lanes: BTreeMap<(char, Lane), Vec<(Interval, usize)>> = BTreeMap::new();
    let mut by_series: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    for (i, entry) in entries.iter().enumerate() {
        let (series, lane, low, high) = extent(entry);
        by_series.entry(series).or_default().push(i);
        lanes
            .entry((series, lane))
            .or_default()
            .push(((low, high), i));
    }
    let mut pairs = Vec::new();
    for ((series, lane), mut intervals) in lanes {
        if lane == Lane::Block {
            // A block against every other entry of its series (blocks included, once).
            for (_, b) in &intervals {
                for &other in by_series
                    .get(&series)
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                {
                    let is_block = entries
                        .get(other)
                        .is_some_and(|e| matches!(e, AnnexCEntry::Series { .. }));
                    if other == *b || (is_block && other < *b) {
                        continue;
                    }
                    pairs.push((other.min(*b), other.max(*b)));
                }
            }
            continue;
        }
        intervals.sort();
        let mut active: Vec<(Vec<u32>, usize)> = Vec::new();
        for ((low, high), j) in intervals {
            active.retain(|(end, _)| *end >= low);
            for (_, i) in &active {
                pairs.push((*i.min(&j), *i.max(&j)));
            }
            active.push((high, j));
        }
    }
    pairs.retain(|(i, j)| match (entries.get(*i), entries.get(*j)) {
        (Some(a), Some(b)) => a.overlaps(b),
        _ => false,
    });
    pairs.sort_by_key(|(i, j)| (*j, *i));
    pairs.dedup();
    pairs
}

/// Which numbers a list of entries covers, for lookups in log time: the union of the entries'
/// intervals in each series and depth, and of the series blocks.
#[derive(Debug, Default)]
pub(crate) struct Coverage {
    /// Sorted, disjoint intervals of numbers, by series and depth.
    numbers: BTreeMap<(char, usize), Vec<Interval>>,
    /// Sorted, disjoint intervals of base numbers held as series blocks, by series.
    blocks: BTreeMap<char, Vec<(u32, u32)>>,
}

fn union<T: Ord + Clone>(mut intervals: Vec<(T, T)>) -> Vec<(T, T)> {
    intervals.sort();
    let mut merged: Vec<(T, T)> = Vec::with_capacity(intervals.len());
    for (low, high) in intervals {
        match merged.last_mut() {
            Some(last) if low <= last.1 => {
                if high > last.1 {
                    last.1 = high;
                }
            }
            _ => merged.push((low, high)),
        }
    }
    merged
}

fn within<T: Ord>(intervals: &[(T, T)], value: &T) -> bool {
    // The last interval starting at or before the value is the only one that can hold it.
    let after = intervals.partition_point(|(low, _)| low <= value);
    after
        .checked_sub(1)
        .and_then(|i| intervals.get(i))
        .is_some_and(|(_, high)| value <= high)
}

impl Coverage {
    pub(crate) fn of<'e>(entries: impl IntoIterator<Item = &'e AnnexCEntry>) -> Self {
        let mut numbers: BTreeMap<(char, usize), Vec<Interval>> = BTreeMap::new();
        let mut blocks: BTreeMap<char, Vec<(u32, u32)>> = BTreeMap::new();
        for entry in entries {
            match extent(entry) {
                (series, Lane::Depth(depth), low, high) => {
                    numbers
                        .entry((series, depth))
                        .or_default()
                        .push((low, high));
                }
                (series, Lane::Block, _, _) => {
                    blocks.entry(series).or_default().push(base_span(entry));
                }
            }
        }
        Self {
            numbers: numbers.into_iter().map(|(k, v)| (k, union(v))).collect(),
            blocks: blocks.into_iter().map(|(k, v)| (k, union(v))).collect(),
        }
    }

    /// Whether some entry contains the number ([`AnnexCEntry::contains`]).
    pub(crate) fn contains(&self, number: &RecommendationNumber) -> bool {
        let parts = number.parts().to_vec();
        self.numbers
            .get(&(number.series(), parts.len()))
            .is_some_and(|intervals| within(intervals, &parts))
            || self
                .blocks
                .get(&number.series())
                .is_some_and(|intervals| within(intervals, &number.base()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(texts: &[&str]) -> Vec<AnnexCEntry> {
        texts.iter().map(|t| t.parse().unwrap()).collect()
    }

    /// The index finds exactly the pairs the pairwise comparison finds.
    #[test]
    fn overlapping_pairs_agree_with_comparing_every_pair() {
        let list = entries(&[
            "Y.2060 – Y.2070",
            "Y.4000-series",
            "Y.2068 – Y.2074",
            "Y.4100 – Y.4120",
            "Y.4500.1",
            "Y.2065",
            "F.747.1 – F.747.8",
            "F.747",
            "F.747.3",
            "Y.4000-series",
            "Y.2080 – Y.2090",
            "Y.4900",
        ]);
        let refs: Vec<&AnnexCEntry> = list.iter().collect();
        let mut expected = Vec::new();
        for j in 0..refs.len() {
            for i in 0..j {
                if refs[i].overlaps(refs[j]) {
                    expected.push((i, j));
                }
            }
        }
        assert_eq!(overlapping_pairs(&refs), expected);
        assert!(!expected.is_empty());
    }

    #[test]
    fn coverage_agrees_with_contains() {
        let list = entries(&[
            "Y.2060 – Y.2070",
            "Y.4000-series",
            "F.747.1 – F.747.8",
            "Q.3052",
        ]);
        let coverage = Coverage::of(&list);
        for text in [
            "Y.2060", "Y.2071", "Y.4500.3", "F.747.5", "F.747", "Q.3052", "Q.3053", "X.1",
        ] {
            let number: RecommendationNumber = text.parse().unwrap();
            assert_eq!(
                coverage.contains(&number),
                list.iter().any(|e| e.contains(&number)),
                "{text}"
            );
        }
    }
}
