//! `AC`: Annex C, the Recommendations under a study group's responsibility.
//!
//! The helpers here index Annex C entries so that the rules stay linear (or n log n) in the
//! size of the lists: comparing every entry with every other grows with the square of an
//! Annex C, and across study groups with the square of all of them. They follow the model's
//! reading of an entry ([`AnnexCEntry::contains`]): a single entry covers only itself, a range
//! covers the numbers of its ends' depth between them and every sub-number of those
//! (`Y.4000 – Y.4999` covers `Y.4500.3`; `F.747.1 – F.747.8` covers `F.747.8.1`, not
//! `F.747`), and a series block every number of its series whose first part is in the block.

pub mod annex_c_entry_malformed;
pub mod annex_c_overlap;
pub mod annex_c_overlap_across_study_groups;
pub mod double_number_y4000;
pub mod recommendation_outside_annex_c;
pub mod supplement_parent_outside_annex_c;

use std::collections::{BTreeMap, BTreeSet};

use crate::hash::HashSet;

use wtsa_model::{AnnexCEntry, RecommendationNumber, MAX_PARTS};

/// A closed interval of numbers of one depth, each as its [`packed`] parts: the sweeps and
/// lookups below make and compare them by the hundred thousand, and compare two integers
/// where lists of parts would be compared part by part.
type Interval = (u128, u128);

/// A number's parts as one integer, the first part in the highest 32 bits and a zero for each
/// part it lacks: for parts of one depth (the two ends of a range have the same number of
/// parts, and a number is cut to their depth to be compared), the order of the integers is
/// that of the parts.
fn packed(parts: &[u32]) -> u128 {
    let part = |i: usize| u128::from(parts.get(i).copied().unwrap_or(0));
    part(0) << 96 | part(1) << 64 | part(2) << 32 | part(3)
}

// Four parts of 32 bits fill a `u128`: a model that allowed more would need a wider key.
const _: () = assert!(MAX_PARTS == 4);

/// A [`packed`] number cut to its first `depth` parts: the lower ones cleared (all of them at
/// depth 0).
fn head(packed: u128, depth: usize) -> u128 {
    let cleared = u32::try_from(32 * MAX_PARTS.saturating_sub(depth)).unwrap_or(u32::MAX);
    packed
        .checked_shr(cleared)
        .and_then(|kept| kept.checked_shl(cleared))
        .unwrap_or(0)
}

/// An entry that is not a series block, as the interval of its ends' parts, its depth (the
/// number of parts of its ends) and whether it is a range (a range reaches the sub-numbers of
/// its numbers; a single entry does not).
struct Extent {
    series: char,
    depth: usize,
    interval: Interval,
    is_range: bool,
}

fn extent(entry: &AnnexCEntry) -> Option<Extent> {
    match entry {
        AnnexCEntry::Recommendation(n) => Some(Extent {
            series: n.series(),
            depth: n.parts().len(),
            interval: (packed(n.parts()), packed(n.parts())),
            is_range: false,
        }),
        AnnexCEntry::Range { start, end } => Some(Extent {
            series: start.series(),
            depth: start.parts().len(),
            interval: (packed(start.parts()), packed(end.parts())),
            is_range: true,
        }),
        AnnexCEntry::Series { .. } => None,
    }
}

/// An interval cut to its first `depth` parts: the interval the heads of its numbers occupy
/// at that depth (every value between the cut ends is the head of some number in it).
fn cut((low, high): &Interval, depth: usize) -> Interval {
    (head(*low, depth), head(*high, depth))
}

/// Every pair `(i, j)`, `i < j`, of entries that overlap ([`AnnexCEntry::overlaps`]), in
/// order of `j` then `i`.
///
/// Two entries that are not series blocks can only meet at the depth of the shallower one: at
/// each depth `d` of a series, the entries of depth `d` and the deeper entries cut to depth `d`
/// are swept in order, and a pair is a candidate when both are of depth `d` or the one of depth
/// `d` is a range (a single entry holds no sub-number). So the cost is n log n per depth (at
/// most four) plus the candidates; series blocks, a handful per series, are compared with every
/// entry of their series. Every candidate is confirmed with [`AnnexCEntry::overlaps`].
pub(crate) fn overlapping_pairs(entries: &[&AnnexCEntry]) -> Vec<(usize, usize)> {
    let mut blocks: Vec<(char, usize)> = Vec::new();
    // One list for every series, sized once, then grouped by series (in the order of the
    // entries within each): a list per series grown entry by entry cost more than the sweep.
    let mut extents: Vec<(Extent, usize)> = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        match extent(entry) {
            Some(extent) => extents.push((extent, i)),
            None => blocks.push((entry.series(), i)),
        }
    }
    extents.sort_by_key(|(extent, _)| extent.series);
    // The entries of each series, for the blocks (none, in most lists).
    let mut by_series: BTreeMap<char, Vec<usize>> = BTreeMap::new();
    if !blocks.is_empty() {
        for (i, entry) in entries.iter().enumerate() {
            by_series.entry(entry.series()).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for (series, b) in blocks {
        // A block against every other entry of its series (blocks included, once).
        for &other in by_series
            .get(&series)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let is_block = entries
                .get(other)
                .is_some_and(|e| matches!(e, AnnexCEntry::Series { .. }));
            if other == b || (is_block && other < b) {
                continue;
            }
            pairs.push((other.min(b), other.max(b)));
        }
    }
    let mut lane: Vec<(Interval, usize, bool, bool)> = Vec::with_capacity(extents.len());
    for list in extents.chunk_by(|(a, _), (b, _)| a.series == b.series) {
        let depths: BTreeSet<usize> = list.iter().map(|(e, _)| e.depth).collect();
        for &depth in &depths {
            // (interval at this depth, entry, whether the entry is of this depth, is a range)
            lane.clear();
            lane.extend(
                list.iter()
                    .filter(|(e, _)| e.depth >= depth)
                    .map(|(e, i)| (cut(&e.interval, depth), *i, e.depth == depth, e.is_range)),
            );
            lane.sort();
            // Entries whose interval may still meet a later one: (end, entry, own depth, range).
            let mut active: Vec<(u128, usize, bool, bool)> = Vec::new();
            for &((low, high), j, own, range) in &lane {
                active.retain(|(end, ..)| *end >= low);
                for (_, i, other_own, other_range) in &active {
                    let candidate = match (own, other_own) {
                        (true, true) => true,
                        (true, false) => range,
                        (false, true) => *other_range,
                        (false, false) => false,
                    };
                    if candidate {
                        pairs.push((j.min(*i), j.max(*i)));
                    }
                }
                active.push((high, j, own, range));
            }
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

/// Where an Annex C entry is in its Resolution 2 entry: the line of the table and the place in
/// the line: its pointer (`/annex_c/lines/0/1`) is written out only for a finding that is
/// reported.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EntryPlace {
    line: usize,
    item: usize,
}

impl EntryPlace {
    pub(crate) fn pointer(self) -> crate::pointer::Pointer {
        crate::pointer!("annex_c", "lines", self.line, self.item)
    }
}

/// Every Annex C entry of a Resolution 2 entry that parses, with its place.
pub(crate) fn annex_c_entries(
    entry: &wtsa_model::Resolution2Entry,
) -> impl Iterator<Item = (EntryPlace, &AnnexCEntry)> {
    entry
        .annex_c
        .lines
        .iter()
        .enumerate()
        .flat_map(|(line, items)| {
            items.iter().enumerate().filter_map(move |(item, text)| {
                text.entry()
                    .map(|parsed| (EntryPlace { line, item }, parsed))
            })
        })
}

/// The [`Coverage`] of the Annex C in force in the view's period, when there is one: built
/// once for the rules that look numbers up in it (AC003, AC004, RP004).
pub(crate) fn in_force_coverage<'v>(
    view: &'v crate::context::PeriodView<'_>,
) -> Option<&'v Coverage> {
    let in_force = view.in_force?;
    Some(
        view.in_force_coverage
            .get_or_init(|| Coverage::of(in_force.annex_c.entries())),
    )
}

/// Which numbers a list of entries covers ([`AnnexCEntry::contains`]), for lookups in log time:
/// the single entries as a set, and the union of the ranges' intervals (and of the series
/// blocks, which hold what a range of one part does) by series and depth.
#[derive(Debug, Default, Clone)]
pub(crate) struct Coverage {
    /// Hashed, not ordered: a lookup is one hash rather than a dozen comparisons of parts.
    singles: HashSet<RecommendationNumber>,
    /// The ranges and blocks of each series letter, `A` to `Z` (a number's series is
    /// an ASCII capital): a lookup indexes, rather than searches a map by series and depth.
    by_series: Vec<SeriesCoverage>,
}

/// One series' ranges and blocks.
#[derive(Debug, Default, Clone)]
struct SeriesCoverage {
    /// Sorted, disjoint intervals of first parts: those of the ranges of one part
    /// (`Y.2060 – Y.2070`, most of an Annex C) and of the series blocks (`Y.4000-series` holds
    /// `Y.4000` to `Y.4999` and their sub-numbers, as `Y.4000 – Y.4999` does), their bounds
    /// held in the list itself: a lookup's search reads one block of memory rather than a
    /// vector on the heap for each bound it compares, and one search answers for both.
    first: Vec<(u32, u32)>,
    /// The first parts `first` holds, one bit each, when they span few enough
    /// ([`FirstParts::of`]): a lookup tests one bit.
    first_parts: Option<FirstParts>,
    /// Sorted, disjoint intervals of the ranges' numbers of two parts or more, by depth (the
    /// first, at depth 1, left empty: those are in `first`), each bound [`packed`]: a lookup's
    /// search compares two integers rather than two lists of parts.
    ranges: Vec<DepthIntervals>,
}

/// The sorted, disjoint intervals of one depth, and where the intervals starting with each
/// first part begin: a lookup searches the few intervals of its number's first part (and
/// looks at the one before them), where a search of them all (a thousand in an Annex C at
/// 100x) took ten dependent steps; AC003 looks up every Recommendation of a period.
#[derive(Debug, Default, Clone)]
struct DepthIntervals {
    intervals: Vec<Interval>,
    /// The lowest first part of an interval's low bound.
    lowest: u32,
    /// For each first part from `lowest`, the index of the first interval whose low bound's
    /// first part is that one or a later one, and the number of intervals after the last; empty
    /// when the first parts span more than [`MAX_FIRST_PARTS_INDEXED`], or the intervals are
    /// more than a `u32` counts (the whole is searched).
    starts: Vec<u32>,
}

/// The widest stretch of first parts [`DepthIntervals`] indexes (256 KiB of indexes); the
/// report's numbers run to a few thousand.
const MAX_FIRST_PARTS_INDEXED: u64 = 1 << 16;

/// The first part of a [`packed`] number.
fn first_part(packed: u128) -> u32 {
    u32::try_from(packed >> 96).unwrap_or(u32::MAX)
}

impl DepthIntervals {
    fn of(intervals: Vec<Interval>) -> Self {
        let intervals = union(intervals);
        let (Some(&(first_low, _)), Some(&(last_low, _))) = (intervals.first(), intervals.last())
        else {
            return Self::default();
        };
        let (lowest, highest) = (first_part(first_low), first_part(last_low));
        let span = u64::from(highest.saturating_sub(lowest)) + 1;
        let starts = if span <= MAX_FIRST_PARTS_INDEXED && u32::try_from(intervals.len()).is_ok() {
            // The intervals are sorted by low bound, so by the low bound's first part: one
            // pass writes each first part's start.
            let mut starts = Vec::with_capacity(usize::try_from(span).unwrap_or(0) + 1);
            let mut at = 0usize;
            for part in (0..span).map(|offset| u64::from(lowest) + offset) {
                while intervals
                    .get(at)
                    .is_some_and(|&(low, _)| u64::from(first_part(low)) < part)
                {
                    at += 1;
                }
                starts.push(u32::try_from(at).unwrap_or(u32::MAX));
            }
            starts.push(u32::try_from(intervals.len()).unwrap_or(u32::MAX));
            starts
        } else {
            Vec::new()
        };
        Self {
            intervals,
            lowest,
            starts,
        }
    }

    /// Whether an interval holds `value`: as [`within`] over all the intervals. Those before
    /// the first part's start begin with a lower first part, so below `value`; those after its
    /// end with a higher one, so above it: the last interval starting at or before `value` is
    /// among the first part's own, or the one just before them.
    fn contains(&self, value: u128) -> bool {
        let part = first_part(value);
        let (from, to) = if self.starts.is_empty() {
            (0, self.intervals.len())
        } else if part < self.lowest {
            return false;
        } else {
            let offset = usize::try_from(part - self.lowest).unwrap_or(usize::MAX);
            let start = |i: usize| self.starts.get(i).and_then(|&at| usize::try_from(at).ok());
            match (start(offset), offset.checked_add(1).and_then(start)) {
                (Some(from), Some(to)) => (from, to),
                // Past the last interval's first part: only the last interval can hold it.
                _ => (self.intervals.len(), self.intervals.len()),
            }
        };
        let after = from
            + self
                .intervals
                .get(from..to)
                .map_or(0, |own| own.partition_point(|&(low, _)| low <= value));
        after
            .checked_sub(1)
            .and_then(|i| self.intervals.get(i))
            .is_some_and(|&(_, high)| value <= high)
    }
}

impl SeriesCoverage {
    /// Whether `first` holds the first part `part`.
    fn covers_first(&self, part: u32) -> bool {
        match &self.first_parts {
            Some(bits) => bits.contains(part),
            None => within::<u32, u32>(&self.first, &part),
        }
    }
}

/// The first parts a series' intervals hold, one bit each from the lowest: a lookup tests one
/// bit of a few kilobytes where a search of the intervals (thousands of them in an Annex C at
/// 100x) takes a dozen comparisons, each a likely miss of the cache.
#[derive(Debug, Clone)]
struct FirstParts {
    lowest: u32,
    bits: Vec<u64>,
}

/// The widest stretch of first parts kept as bits (128 KiB of them); wider, the intervals are
/// searched. The report's numbers run to a few thousand (`Y.4999`); only odd data spans more.
const MAX_FIRST_PARTS_SPAN: u64 = 1 << 20;

impl FirstParts {
    /// The bits of sorted, disjoint `intervals`; `None` when there are none, or they span
    /// more than [`MAX_FIRST_PARTS_SPAN`].
    fn of(intervals: &[(u32, u32)]) -> Option<Self> {
        let lowest = intervals.first()?.0;
        let highest = intervals.iter().map(|&(_, high)| high).max()?;
        let span = u64::from(highest.checked_sub(lowest)?) + 1;
        if span > MAX_FIRST_PARTS_SPAN {
            return None;
        }
        let mut bits = vec![0u64; usize::try_from(span.div_ceil(64)).ok()?];
        // An interval whose ends are reversed holds nothing (as the search finds).
        for &(low, high) in intervals.iter().filter(|(low, high)| low <= high) {
            let from = usize::try_from(low.checked_sub(lowest)?).ok()?;
            let to = usize::try_from(high.checked_sub(lowest)?).ok()?;
            // Word by word: the bits from..=to of each word they reach.
            for word in from / 64..=to / 64 {
                let first = if word == from / 64 { from % 64 } else { 0 };
                let last = if word == to / 64 { to % 64 } else { 63 };
                let mask = (u64::MAX >> (63 - (last - first))) << first;
                if let Some(bits) = bits.get_mut(word) {
                    *bits |= mask;
                }
            }
        }
        Some(Self { lowest, bits })
    }

    fn contains(&self, part: u32) -> bool {
        part.checked_sub(self.lowest)
            .and_then(|offset| usize::try_from(offset).ok())
            .and_then(|offset| Some(self.bits.get(offset / 64)? >> (offset % 64) & 1 == 1))
            .unwrap_or(false)
    }
}

/// Where a series letter's coverage is kept in [`Coverage::by_series`].
fn series_slot(series: char) -> Option<usize> {
    series
        .is_ascii_uppercase()
        .then(|| usize::from(series as u8 - b'A'))
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

fn within<T: Ord + ?Sized, U: std::borrow::Borrow<T>>(intervals: &[(U, U)], value: &T) -> bool {
    // The last interval starting at or before the value is the only one that can hold it.
    let after = intervals.partition_point(|(low, _)| low.borrow() <= value);
    after
        .checked_sub(1)
        .and_then(|i| intervals.get(i))
        .is_some_and(|(_, high)| value <= high.borrow())
}

impl Coverage {
    pub(crate) fn of<'e>(entries: impl IntoIterator<Item = &'e AnnexCEntry>) -> Self {
        let mut singles = HashSet::default();
        let mut by_series: Vec<SeriesCoverage> = Vec::new();
        fn slot_of(
            by_series: &mut Vec<SeriesCoverage>,
            series: char,
        ) -> Option<&mut SeriesCoverage> {
            let slot = series_slot(series)?;
            if by_series.is_empty() {
                *by_series = vec![SeriesCoverage::default(); 26];
            }
            by_series.get_mut(slot)
        }
        for entry in entries {
            match entry {
                AnnexCEntry::Recommendation(number) => {
                    singles.insert(*number);
                }
                AnnexCEntry::Range { start, end } => {
                    let depth = start.parts().len();
                    if let Some(series) = slot_of(&mut by_series, start.series()) {
                        if let ([low], [high]) = (start.parts(), end.parts()) {
                            series.first.push((*low, *high));
                            continue;
                        }
                        if series.ranges.len() < depth {
                            series.ranges.resize_with(depth, DepthIntervals::default);
                        }
                        if let Some(at_depth) =
                            depth.checked_sub(1).and_then(|d| series.ranges.get_mut(d))
                        {
                            // Gathered here, sorted and indexed once all are in.
                            at_depth
                                .intervals
                                .push((packed(start.parts()), packed(end.parts())));
                        }
                    }
                }
                AnnexCEntry::Series {
                    series,
                    block_start,
                } => {
                    if let Some(coverage) = slot_of(&mut by_series, *series) {
                        coverage.first.push(AnnexCEntry::block_bounds(*block_start));
                    }
                }
            }
        }
        for series in &mut by_series {
            series.first = union(std::mem::take(&mut series.first));
            series.first_parts = FirstParts::of(&series.first);
            for at_depth in &mut series.ranges {
                *at_depth = DepthIntervals::of(std::mem::take(&mut at_depth.intervals));
            }
        }
        Self { singles, by_series }
    }

    /// Whether some entry contains the number ([`AnnexCEntry::contains`]): the number itself
    /// is listed, a range holds its head at the range's depth, or a block holds its first part
    /// (as a range of one part would).
    pub(crate) fn contains(&self, number: &RecommendationNumber) -> bool {
        let parts = number.parts();
        let series = series_slot(number.series()).and_then(|slot| self.by_series.get(slot));
        series.is_some_and(|series| {
            series.covers_first(number.base())
                // A number of one part is in `first` or nowhere among the ranges.
                || (parts.len() > 1 && {
                    let whole = packed(parts);
                    series
                        .ranges
                        .iter()
                        .zip(1..=parts.len())
                        .any(|(intervals, depth)| intervals.contains(head(whole, depth)))
                })
        }) || self.singles.contains(number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entries(texts: &[&str]) -> Vec<AnnexCEntry> {
        texts.iter().map(|t| t.parse().unwrap()).collect()
    }

    fn pairwise(refs: &[&AnnexCEntry]) -> Vec<(usize, usize)> {
        let mut expected = Vec::new();
        for j in 0..refs.len() {
            for i in 0..j {
                if refs[i].overlaps(refs[j]) {
                    expected.push((i, j));
                }
            }
        }
        expected
    }

    /// The index finds exactly the pairs the pairwise comparison finds, sub-numbers included.
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
            "Y.2065.1",
            "F.747.8.1",
            "F.747.8.2 – F.747.8.5",
            "Y.4500",
            "F.748.3.2",
            "F.748.0 – F.748.5",
        ]);
        let refs: Vec<&AnnexCEntry> = list.iter().collect();
        let expected = pairwise(&refs);
        assert_eq!(overlapping_pairs(&refs), expected);
        // A range meets the sub-numbers of its numbers; a single entry does not.
        for (a, b, meets) in [
            ("Y.2060 – Y.2070", "Y.2065.1", true),
            ("F.747.1 – F.747.8", "F.747.8.1", true),
            ("F.747.1 – F.747.8", "F.747.8.2 – F.747.8.5", true),
            ("F.747.1 – F.747.8", "F.747", false),
            ("Y.4500", "Y.4500.1", false),
            ("F.748.0 – F.748.5", "F.748.3.2", true),
        ] {
            let i = list.iter().position(|e| e.to_string() == a).unwrap();
            let j = list.iter().position(|e| e.to_string() == b).unwrap();
            assert_eq!(expected.contains(&(i.min(j), i.max(j))), meets, "{a} / {b}");
        }
    }

    #[test]
    fn coverage_follows_the_models_reading_of_an_entry() {
        let list = entries(&[
            "Y.2060 – Y.2070",
            "Y.4000-series",
            "F.747.1 – F.747.8",
            "Q.3052",
            "H.248.3.2 – H.248.3.12",
            "H.248.7.4 – H.248.7.5",
            "Y.4990 – Y.5010",
            "F.4.0 – F.4.1",
        ]);
        let coverage = Coverage::of(&list);
        for (text, covered) in [
            ("Y.2060", true),
            ("Y.2071", false),
            ("Y.2065.1", true),
            ("Y.4500.3", true),
            ("F.747.5", true),
            ("F.747.8.1", true),
            ("F.747", false),
            ("F.747.9", false),
            ("Q.3052", true),
            ("Q.3052.1", false),
            ("Q.3053", false),
            ("X.1", false),
            // Three parts deep: compared part by part as numbers (12 after 9), the number cut
            // to the range's depth.
            ("H.248.3.2", true),
            ("H.248.3.9", true),
            ("H.248.3.12", true),
            ("H.248.3.12.1", true),
            ("H.248.3.13", false),
            ("H.248.3.1", false),
            ("H.248.3", false),
            ("H.248.4.5", false),
            ("H.248.7.4", true),
            ("H.248.7.4.2", true),
            ("H.248.7.5.9", true),
            ("H.248.7.6", false),
            ("H.248.7", false),
            // A series block and a range reaching past it, in one list of first parts.
            ("Y.3999", false),
            ("Y.4000", true),
            ("Y.4999.2", true),
            ("Y.5000", true),
            ("Y.5010.1", true),
            ("Y.5011", false),
            // A zero part: `F.4` packs as `F.4.0` does, but is not cut to a depth it lacks.
            ("F.4", false),
            ("F.4.0", true),
            ("F.4.1.3", true),
            ("F.4.2", false),
        ] {
            let number: RecommendationNumber = text.parse().unwrap();
            assert_eq!(coverage.contains(&number), covered, "{text}");
            assert_eq!(covered, list.iter().any(|e| e.contains(&number)), "{text}");
        }
    }

    /// First parts kept as bits answer as the search of the intervals does: at the ends of
    /// each interval, at the edges of the words of bits, below the lowest and above the
    /// highest; and first parts spanning too much for bits are searched.
    #[test]
    fn first_parts_as_bits_agree_with_the_intervals() {
        for texts in [
            &[
                "Y.1 – Y.1",
                "Y.63 – Y.64",
                "Y.127 – Y.200",
                "Y.4000-series",
                "Y.5001 – Y.5001",
            ][..],
            &["Y.2 – Y.3", "Y.4000000 – Y.4000001"][..],
            &["Y.4294967294 – Y.4294967295", "Y.0 – Y.1"][..],
        ] {
            let list = entries(texts);
            let coverage = Coverage::of(&list);
            let series = coverage.by_series.get(series_slot('Y').unwrap()).unwrap();
            let wide = texts
                .iter()
                .any(|t| t.contains("000000") || t.contains("4294967"));
            assert_eq!(series.first_parts.is_none(), wide, "{texts:?}");
            let probes = series
                .first
                .iter()
                .flat_map(|&(low, high)| [low, high])
                .flat_map(|part| [part.saturating_sub(1), part, part.saturating_add(1)])
                .chain(0..=5100)
                .chain([u32::MAX]);
            for part in probes {
                let number = RecommendationNumber::new('Y', vec![part]).unwrap();
                assert_eq!(
                    coverage.contains(&number),
                    list.iter().any(|e| e.contains(&number)),
                    "Y.{part} against {texts:?}"
                );
                assert_eq!(
                    series.covers_first(part),
                    within::<u32, u32>(&series.first, &part),
                    "Y.{part}"
                );
            }
        }
    }

    /// The intervals of one depth, indexed by first part, answer as the search of them all
    /// does: at each bound and either side of it, in a first part with no interval, in one
    /// an interval from an earlier first part reaches into, below the lowest first part and
    /// above the highest; and, spanning too many first parts to index, by the whole search.
    #[test]
    fn depth_intervals_agree_with_the_search_of_them_all() {
        let at = |parts: &[u32]| packed(parts);
        for intervals in [
            vec![
                (at(&[4500, 1]), at(&[4500, 3])),
                (at(&[4500, 7]), at(&[4500, 9])),
                (at(&[4502, 0]), at(&[4504, 2])),
                (at(&[4510, 5]), at(&[4510, 5])),
            ],
            vec![(at(&[7, 1]), at(&[7, 1]))],
            // Reaching past the highest first part a low bound has.
            vec![(at(&[4500, 1]), at(&[4502, 3]))],
            // Unsorted and overlapping, as the entries come: united first.
            vec![
                (at(&[4504, 1]), at(&[4504, 6])),
                (at(&[4500, 2]), at(&[4501, 1])),
                (at(&[4504, 4]), at(&[4505, 0])),
                (at(&[4500, 9]), at(&[4500, 11])),
            ],
            vec![
                (at(&[2, 1]), at(&[3, 4])),
                (at(&[200_000, 1]), at(&[200_000, 2])),
            ],
            vec![
                (at(&[0, 0]), at(&[0, 2])),
                (at(&[u32::MAX, 1]), at(&[u32::MAX, u32::MAX])),
            ],
        ] {
            let indexed = DepthIntervals::of(intervals.clone());
            let wide = intervals
                .iter()
                .any(|&(_, high)| first_part(high) >= 200_000);
            assert_eq!(indexed.starts.is_empty(), wide, "{intervals:?}");
            let bounds = intervals.iter().flat_map(|&(low, high)| [low, high]);
            let probes = bounds
                .flat_map(|b| [b.saturating_sub(1), b, b.saturating_add(1)])
                .chain((4495..4515).flat_map(|p| (0..12).map(move |q| at(&[p, q]))))
                .chain([0, u128::MAX]);
            for value in probes {
                assert_eq!(
                    indexed.contains(value),
                    within::<u128, u128>(&union(intervals.clone()), &value),
                    "{value:#x} against {intervals:?}"
                );
            }
        }
    }

    /// An interval with its ends reversed (no entry parses to one) holds nothing, as the
    /// search finds, and makes no bits.
    #[test]
    fn first_parts_of_a_reversed_interval_hold_nothing() {
        let intervals = [(5, 3), (10, 12)];
        let bits = FirstParts::of(&intervals).unwrap();
        for part in 0..20 {
            assert_eq!(
                bits.contains(part),
                within::<u32, u32>(&intervals, &part),
                "{part}"
            );
        }
    }

    /// The published catalogue is the test of what each SG20 Annex C entry covers: over every
    /// Recommendation number ITU-T has published, the index agrees with the model's reading
    /// of the entries, and so does the catalogue's range lookup of each entry.
    #[test]
    fn coverage_of_the_sg20_annex_c_agrees_with_the_model_over_the_published_catalogue() {
        let dataset = wtsa_dataset::Dataset::embedded().unwrap();
        let context = crate::context::Context::new(&dataset);
        let catalogue = context.catalogue.unwrap();
        let numbers: Vec<&RecommendationNumber> = catalogue.numbers().map(|n| n.number()).collect();
        assert!(numbers.len() > 5000);
        for entry in &context.resolution2 {
            let list: Vec<&AnnexCEntry> = entry.annex_c.entries().collect();
            let coverage = Coverage::of(list.iter().copied());
            let mut covered = Vec::new();
            for number in &numbers {
                let expected = list.iter().any(|e| e.contains(number));
                assert_eq!(coverage.contains(number), expected, "{number}");
                if expected {
                    covered.push(number.to_string());
                }
            }
            // Sub-numbers under a series block; a single entry does not reach its sub-numbers
            // (F.744.1 is SG21's, F.744 SG20's).
            assert!(covered.contains(&"Y.4500.3".to_owned()));
            assert!(covered.contains(&"F.744".to_owned()));
            assert!(!covered.contains(&"F.744.1".to_owned()));
            assert!(covered.contains(&"F.747.8".to_owned()));
            assert!(!covered.contains(&"F.747.9".to_owned()));
            assert!(!covered.contains(&"F.747".to_owned()));
            for e in &list {
                let by_index: Vec<String> = catalogue
                    .numbers_covered_by(e)
                    .map(ToString::to_string)
                    .collect();
                let by_scan: Vec<String> = catalogue
                    .numbers()
                    .filter(|n| e.contains(n.number()))
                    .map(ToString::to_string)
                    .collect();
                assert_eq!(by_index, by_scan, "{e}");
            }
        }
    }

    /// The parts of a number: one to four (as deep as a number may be), zeros among them (a
    /// zero part must not make `[3]` meet `[3, 0]`), small so that numbers meet, with a first
    /// part that sometimes falls in or next to the series blocks below (10–19, 20–29).
    fn parts(first: impl Strategy<Value = u32> + Clone) -> impl Strategy<Value = Vec<u32>> + Clone {
        (first, prop::collection::vec(0u32..6, 0..=3)).prop_map(|(first, rest)| {
            let mut parts = vec![first];
            parts.extend(rest);
            parts
        })
    }

    /// An entry of series F or Y: a single number, a range, or a series block.
    fn entry() -> impl Strategy<Value = AnnexCEntry> {
        let number = (
            prop::sample::select(vec!['F', 'Y']),
            parts(prop_oneof![0u32..6, 8u32..32]),
        );
        prop_oneof![
            number.clone().prop_map(|(series, parts)| {
                AnnexCEntry::Recommendation(RecommendationNumber::new(series, parts).unwrap())
            }),
            (number, 0u32..4).prop_map(|((series, start), width)| {
                let mut end = start.clone();
                if let Some(last) = end.last_mut() {
                    *last += width + 1;
                }
                AnnexCEntry::Range {
                    start: RecommendationNumber::new(series, start).unwrap(),
                    end: RecommendationNumber::new(series, end).unwrap(),
                }
            }),
            prop::sample::select(vec![10u32, 20]).prop_map(|block_start| AnnexCEntry::Series {
                series: 'Y',
                block_start,
            }),
        ]
    }

    proptest! {
        #[test]
        fn the_indexes_agree_with_the_model(
            list in prop::collection::vec(entry(), 0..24),
            probes in prop::collection::vec(
                (prop::sample::select(vec!['F', 'Y']), parts(0u32..34)),
                0..24,
            ),
        ) {
            let refs: Vec<&AnnexCEntry> = list.iter().collect();
            prop_assert_eq!(overlapping_pairs(&refs), pairwise(&refs));
            let coverage = Coverage::of(&list);
            for (series, parts) in probes {
                let number = RecommendationNumber::new(series, parts).unwrap();
                prop_assert_eq!(
                    coverage.contains(&number),
                    list.iter().any(|e| e.contains(&number)),
                    "{}", number
                );
            }
        }
    }
}
