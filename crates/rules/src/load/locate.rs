//! Where each value of a data file is: JSON pointer → line and column.
//!
//! serde gives us typed values but forgets positions; findings must point into the file a
//! person edits. So, once a file has deserialised, its text is walked again with the YAML
//! event parser (YAML 1.2 is a superset of JSON, so this serves JSON files too) and the
//! position of every node is recorded under its JSON pointer.

use std::collections::{HashMap, HashSet};

use serde_saphyr::granit_parser::{Event, Parser};

/// A position in a file, 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };
}

/// Nodes deeper than this are not indexed: no document kind nests so deep, and a pointer per
/// node of a hostile, deeply nested file would cost memory quadratic in its depth.
const MAX_INDEXED_DEPTH: usize = 64;

/// The position of each node of one file, by JSON pointer (RFC 6901): of every node, or of
/// the nodes a report needs ([`LocationIndex::build_for`]).
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    positions: HashMap<String, Position>,
    /// For an index of some pointers only: those pointers and their ancestors.
    only: Option<HashSet<String>>,
}

/// A container being walked: the length of its pointer in the path buffer, and where it is.
enum Frame {
    Mapping { len: usize, key: Option<String> },
    Sequence { len: usize, next: usize },
}

impl Frame {
    fn len(&self) -> usize {
        match self {
            Self::Mapping { len, .. } | Self::Sequence { len, .. } => *len,
        }
    }
}

/// Appends `/segment` to a pointer, escaped as RFC 6901 says.
fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    for c in segment.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

impl LocationIndex {
    /// Indexes every node of `text`. A text the event parser cannot read gives an empty index
    /// (every lookup then falls back to the start of the file); by the time this runs, the
    /// text has already deserialised, so that does not happen in practice.
    pub fn build(text: &str) -> Self {
        Self::walk(text, None)
    }

    /// Indexes only the nodes at `pointers` and their ancestors: what a report of a few
    /// findings needs, at a fraction of the cost and memory of [`LocationIndex::build`]. Each
    /// of those pointers gets the position the full index would give it.
    pub fn build_for<'p>(text: &str, pointers: impl IntoIterator<Item = &'p str>) -> Self {
        let mut wanted = HashSet::new();
        for pointer in pointers {
            let mut current = pointer;
            loop {
                if !wanted.insert(current.to_owned()) {
                    break;
                }
                match current.rfind('/') {
                    Some(cut) => current = current.get(..cut).unwrap_or_default(),
                    None => break,
                }
            }
        }
        Self::walk(text, Some(wanted))
    }

    /// Whether the index gives `pointer` the position the full index would.
    pub fn answers(&self, pointer: &str) -> bool {
        self.only.as_ref().is_none_or(|only| only.contains(pointer))
    }

    fn walk(text: &str, only: Option<HashSet<String>>) -> Self {
        let mut positions = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        // The pointer of the node being read; each frame knows how much of it is its own.
        let mut pointer = String::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else {
                break;
            };
            let position = Position {
                line: u32::try_from(span.start.line()).unwrap_or(u32::MAX),
                column: u32::try_from(span.start.col().saturating_add(1)).unwrap_or(u32::MAX),
            };
            let is_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::SequenceStart(..)
                    | Event::MappingStart(..)
                    | Event::Alias(..)
            );
            if !is_node {
                match event {
                    Event::SequenceEnd | Event::MappingEnd => {
                        stack.pop();
                        pointer.truncate(stack.last().map_or(0, Frame::len));
                        Self::value_done(&mut stack);
                    }
                    _ => {}
                }
                continue;
            }
            // A scalar in key position names the next value rather than being one.
            if let Some(Frame::Mapping { key, .. }) = stack.last_mut() {
                if key.is_none() {
                    if let Event::Scalar(text, ..) = &event {
                        *key = Some(text.to_string());
                        continue;
                    }
                }
            }
            match stack.last() {
                None => {}
                Some(Frame::Mapping { key, .. }) => {
                    push_segment(&mut pointer, key.as_deref().unwrap_or_default());
                }
                Some(Frame::Sequence { next, .. }) => {
                    push_segment(&mut pointer, &next.to_string());
                }
            }
            let wanted = only
                .as_ref()
                .is_none_or(|only| only.contains(pointer.as_str()));
            if wanted && stack.len() <= MAX_INDEXED_DEPTH && !positions.contains_key(&pointer) {
                positions.insert(pointer.clone(), position);
            }
            match event {
                Event::SequenceStart(..) => stack.push(Frame::Sequence {
                    len: pointer.len(),
                    next: 0,
                }),
                Event::MappingStart(..) => stack.push(Frame::Mapping {
                    len: pointer.len(),
                    key: None,
                }),
                _ => {
                    pointer.truncate(stack.last().map_or(0, Frame::len));
                    Self::value_done(&mut stack);
                }
            }
        }
        Self { positions, only }
    }

    fn value_done(stack: &mut [Frame]) {
        match stack.last_mut() {
            Some(Frame::Mapping { key, .. }) => *key = None,
            Some(Frame::Sequence { next, .. }) => *next += 1,
            None => {}
        }
    }

    /// The position of the node at `pointer`, or of its nearest indexed ancestor.
    pub fn position(&self, pointer: &str) -> Position {
        let mut current = pointer;
        loop {
            if let Some(position) = self.positions.get(current) {
                return *position;
            }
            match current.rfind('/') {
                Some(cut) => current = &current[..cut],
                None => return Position::START,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_in_yaml() {
        let text =
            "kind: outputs\napproved:\n  - number: Y.4052\n    title: x\n  - number: Y.4216\n";
        let index = LocationIndex::build(text);
        assert_eq!(index.position("/kind"), Position { line: 1, column: 7 });
        assert_eq!(
            index.position("/approved/1/number"),
            Position {
                line: 5,
                column: 13
            }
        );
        assert_eq!(
            index.position("/approved/0/title"),
            Position {
                line: 4,
                column: 12
            }
        );
        assert_eq!(
            index.position("/approved/0/missing"),
            Position { line: 3, column: 5 }
        );
    }

    #[test]
    fn finds_values_in_json() {
        let text = "{\n  \"kind\": \"people\",\n  \"people\": [\n    {\"id\": \"a\"}\n  ]\n}\n";
        let index = LocationIndex::build(text);
        assert_eq!(
            index.position("/people/0/id"),
            Position {
                line: 4,
                column: 12
            }
        );
    }

    #[test]
    fn an_index_of_some_pointers_agrees_with_the_full_index() {
        let text = "kind: outputs\napproved:\n  - number: Y.4052\n    title: x\n  - number: Y.4216\n    a/b: {c~d: [1, 2]}\n";
        let full = LocationIndex::build(text);
        let wanted = [
            "/approved/1/number",
            "/approved/0/missing",
            "/approved/1/a~1b/c~0d/1",
            "/nothing/here",
        ];
        let some = LocationIndex::build_for(text, wanted);
        for pointer in wanted {
            assert!(some.answers(pointer));
            assert_eq!(some.position(pointer), full.position(pointer), "{pointer}");
        }
        assert!(!some.answers("/kind"));
        assert_eq!(
            full.position("/approved/1/a~1b/c~0d/1"),
            Position {
                line: 6,
                column: 20
            }
        );
    }
}
