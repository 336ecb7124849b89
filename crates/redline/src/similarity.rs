//! How closely two plain texts agree, for comparing a flattened redline with a Word export.
//!
//! Two figures, both Dice ratios of a longest common subsequence (`2·LCS / (|a| + |b|)`, 1 for
//! identical texts, 0 for texts with nothing in common):
//! - by words: the texts split at white space, so run-together words ("forof") count as one
//!   word and only match the same run-together word: this is the figure that says whether the
//!   flattened redline reproduces how the export ran deleted and inserted words together;
//! - by characters: forgiving about word boundaries, it says how much of the text is the same.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::word_diff::lcs_ratio;

/// The similarity of two texts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Similarity {
    /// Dice ratio of the white-space-separated words.
    pub words: f64,
    /// Dice ratio of the characters other than white space.
    pub characters: f64,
}

/// The similarity of `a` and `b`.
pub fn similarity(a: &str, b: &str) -> Similarity {
    let words = |t: &str| -> Vec<String> { t.split_whitespace().map(str::to_owned).collect() };
    let chars = |t: &str| -> Vec<char> { t.chars().filter(|c| !c.is_whitespace()).collect() };
    Similarity {
        words: lcs_ratio(&words(a), &words(b)),
        characters: lcs_ratio(&chars(a), &chars(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_together_words_count_as_different_words() {
        let s = similarity("capabilities forof IoT", "capabilities for of IoT");
        assert!((s.words - 4.0 / 7.0).abs() < 1e-9);
        assert!((s.characters - 1.0).abs() < 1e-9);
    }
}
