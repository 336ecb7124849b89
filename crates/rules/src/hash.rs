//! The hash maps and sets of the rules. A check builds many of them, keyed by short strings
//! and small values, and SipHash (the standard library's default) was a tenth of a check's
//! instructions on the JSON corpus (docs/PERFORMANCE.md). foldhash (already in the tree, as
//! hashbrown's default hasher) is several times faster and still seeded per process, so a
//! data file cannot be written to make its keys collide.

/// A hash map with foldhash's seeded fast hasher.
pub type HashMap<K, V> = foldhash::HashMap<K, V>;
/// A hash set with foldhash's seeded fast hasher.
pub type HashSet<T> = foldhash::HashSet<T>;

/// Adds `value` under `key` in a map that keeps each key's first value apart from the rest
/// (a key met once, as nearly every key of a check is, costs no list of its own), and returns
/// the values the key had before, first and rest: one lookup to learn and to add.
pub(crate) fn push_first_apart<K: Eq + std::hash::Hash, T: Copy>(
    map: &mut HashMap<K, (T, Vec<T>)>,
    key: K,
    value: T,
) -> Option<(T, &[T])> {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(values) => {
            let (first, rest) = values.into_mut();
            let earlier = rest.len();
            rest.push(value);
            Some((*first, rest.get(..earlier).unwrap_or_default()))
        }
        std::collections::hash_map::Entry::Vacant(place) => {
            place.insert((value, Vec::new()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each call gives what the key held before it: nothing the first time, then the first
    /// value and the rest in the order they came.
    #[test]
    fn push_first_apart_gives_the_values_before() {
        let mut map: HashMap<&str, (usize, Vec<usize>)> = HashMap::default();
        assert_eq!(push_first_apart(&mut map, "a", 0), None);
        assert_eq!(push_first_apart(&mut map, "b", 1), None);
        assert_eq!(push_first_apart(&mut map, "a", 2), Some((0, &[][..])));
        assert_eq!(push_first_apart(&mut map, "a", 3), Some((0, &[2][..])));
        assert_eq!(map.get("a"), Some(&(0, vec![2, 3])));
        assert_eq!(map.get("b"), Some(&(1, vec![])));
    }
}
