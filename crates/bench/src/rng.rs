//! A small seeded generator (SplitMix64), so that a corpus depends on its seed and on nothing
//! else: no dependency whose algorithm could change under us between two benchmark runs.

/// SplitMix64 (Steele, Lea and Flood, 2014): one 64-bit state, a full period, good enough
/// statistics for choosing synthetic records.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// A generator for one part of the corpus, independent of the order parts are generated in.
    pub fn derive(seed: u64, parts: &[u64]) -> Self {
        let mut rng = Self(seed);
        for part in parts {
            rng.0 ^= part.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            rng.next_u64();
        }
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0), without modulo bias worth the name.
    pub fn below(&mut self, n: usize) -> usize {
        let n = n as u128;
        usize::try_from((u128::from(self.next_u64()) * n) >> 64).unwrap_or(0)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        if high <= low {
            return low;
        }
        let span = usize::try_from(high - low).unwrap_or(usize::MAX - 1);
        low + i64::try_from(self.below(span + 1)).unwrap_or(0)
    }

    /// True with probability `percent`/100.
    pub fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let a: Vec<u64> = {
            let mut rng = Rng::new(7);
            (0..5).map(|_| rng.next_u64()).collect()
        };
        let mut rng = Rng::new(7);
        let b: Vec<u64> = (0..5).map(|_| rng.next_u64()).collect();
        assert_eq!(a, b);
        // The published first output of SplitMix64 for seed 0.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn below_stays_below() {
        let mut rng = Rng::new(1);
        assert!((0..1000).all(|_| rng.below(7) < 7));
        assert_eq!(rng.below(0), 0);
        assert!((0..1000).all(|_| (3..=5).contains(&rng.between(3, 5))));
    }
}
