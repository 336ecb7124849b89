//! The hash maps and sets of the rules. A check builds many of them, keyed by short strings
//! and small values, and SipHash (the standard library's default) was a tenth of a check's
//! instructions on the JSON corpus (docs/PERFORMANCE.md). foldhash (already in the tree, as
//! hashbrown's default hasher) is several times faster and still seeded per process, so a
//! data file cannot be written to make its keys collide.

/// A hash map with foldhash's seeded fast hasher.
pub type HashMap<K, V> = foldhash::HashMap<K, V>;
/// A hash set with foldhash's seeded fast hasher.
pub type HashSet<T> = foldhash::HashSet<T>;

/// Adds `value` under `key` in a map that keeps each key's first value apart from the rest:
/// a key met once, as nearly every key of a check is, costs no list of its own.
pub(crate) fn push_first_apart<K: Eq + std::hash::Hash, T>(
    map: &mut HashMap<K, (T, Vec<T>)>,
    key: K,
    value: T,
) {
    match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(mut values) => values.get_mut().1.push(value),
        std::collections::hash_map::Entry::Vacant(place) => {
            place.insert((value, Vec::new()));
        }
    }
}
