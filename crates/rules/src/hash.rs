//! The hash maps and sets of the rules. A check builds many of them, keyed by short strings
//! and small values, and SipHash (the standard library's default) was a tenth of a check's
//! instructions on the JSON corpus (docs/PERFORMANCE.md). foldhash (already in the tree, as
//! hashbrown's default hasher) is several times faster and still seeded per process, so a
//! data file cannot be written to make its keys collide.

/// A hash map with foldhash's seeded fast hasher.
pub type HashMap<K, V> = foldhash::HashMap<K, V>;
/// A hash set with foldhash's seeded fast hasher.
pub type HashSet<T> = foldhash::HashSet<T>;
