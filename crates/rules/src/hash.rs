//! The hash maps and sets of the rules. A check builds many of them, keyed by short strings
//! and small values, and SipHash (the standard library's default) was a tenth of a check's
//! instructions on the JSON corpus (docs/PERFORMANCE.md). foldhash (already in the tree, as
//! hashbrown's default hasher) is several times faster and still seeded per process, so a
//! data file cannot be written to make its keys collide.

/// A hash map with foldhash's seeded fast hasher.
pub type HashMap<K, V> = foldhash::HashMap<K, V>;
/// A hash set with foldhash's seeded fast hasher.
pub type HashSet<T> = foldhash::HashSet<T>;
/// The seeded fast hasher of [`HashMap`] and [`HashSet`], for a table that hashes its keys
/// itself (a `hashbrown::HashTable` of row numbers whose keys are read from the rows).
pub(crate) type RandomState = foldhash::fast::RandomState;

/// Values under keys, each key's first value apart from the rest: a key met once, as nearly
/// every key of a check is, takes a slot of the key and its value, where a list beside each
/// value would take three words more. The tables a rule builds over a period's records are
/// new memory every period, written in no order; at 100x they hold 10,000 keys and more, and a
/// slot of the key and one value rather than of the key, a value and a list (two words
/// rather than five for a key of one word, three rather than six for a `&str`) keeps more of
/// the table in the processor's cache.
pub(crate) struct FirstApart<K, T> {
    first: HashMap<K, T>,
    /// The values after the first, of the few keys met more than once.
    rest: HashMap<K, Vec<T>>,
}

impl<K: Eq + std::hash::Hash + Copy, T: Copy> FirstApart<K, T> {
    /// Room for `keys` keys, made once rather than grown (and rebuilt) as keys come.
    pub(crate) fn with_capacity(keys: usize) -> Self {
        let mut first = HashMap::default();
        first.reserve(keys);
        Self {
            first,
            rest: HashMap::default(),
        }
    }

    /// Adds `value` under `key`, and returns the values the key had before, first and rest:
    /// one lookup to learn and to add for a key met once.
    pub(crate) fn push(&mut self, key: K, value: T) -> Option<(T, &[T])> {
        match self.first.entry(key) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let first = *first.get();
                let rest = self.rest.entry(key).or_default();
                let earlier = rest.len();
                rest.push(value);
                Some((first, rest.get(..earlier).unwrap_or_default()))
            }
            std::collections::hash_map::Entry::Vacant(place) => {
                place.insert(value);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each call gives what the key held before it: nothing the first time, then the first
    /// value and the rest in the order they came, each key's apart from the others'.
    #[test]
    fn a_push_gives_the_values_before() {
        let mut values: FirstApart<&str, usize> = FirstApart::with_capacity(2);
        assert_eq!(values.push("a", 0), None);
        assert_eq!(values.push("b", 1), None);
        assert_eq!(values.push("a", 2), Some((0, &[][..])));
        assert_eq!(values.push("a", 3), Some((0, &[2][..])));
        assert_eq!(values.push("b", 4), Some((1, &[][..])));
        assert_eq!(values.push("a", 5), Some((0, &[2, 3][..])));
        assert_eq!(values.push("b", 6), Some((1, &[4][..])));
    }
}
