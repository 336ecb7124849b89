//! Where each value of a data file is: JSON pointer → line and column.
//!
//! serde gives us typed values but forgets positions; findings must point into the file a
//! person edits. So, once a file has deserialised, its text is walked again with the YAML
//! event parser (YAML 1.2 is a superset of JSON, so this serves JSON files too) and the
//! position of every node is recorded under its JSON pointer.

use std::collections::HashMap;

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

/// The position of each node of one file, by JSON pointer (RFC 6901).
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    positions: HashMap<String, Position>,
}

enum Frame {
    Mapping {
        pointer: String,
        key: Option<String>,
    },
    Sequence {
        pointer: String,
        next: usize,
    },
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

impl LocationIndex {
    /// Indexes `text`. A text the event parser cannot read gives an empty index (every lookup
    /// then falls back to the start of the file); by the time this runs, the text has already
    /// deserialised, so that does not happen in practice.
    pub fn build(text: &str) -> Self {
        let mut positions = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
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
            let pointer = match stack.last() {
                None => String::new(),
                Some(Frame::Mapping { pointer, key }) => {
                    format!("{pointer}/{}", escape(key.as_deref().unwrap_or_default()))
                }
                Some(Frame::Sequence { pointer, next }) => format!("{pointer}/{next}"),
            };
            if stack.len() <= MAX_INDEXED_DEPTH {
                positions.entry(pointer.clone()).or_insert(position);
            }
            match event {
                Event::SequenceStart(..) => stack.push(Frame::Sequence { pointer, next: 0 }),
                Event::MappingStart(..) => stack.push(Frame::Mapping { pointer, key: None }),
                _ => Self::value_done(&mut stack),
            }
        }
        Self { positions }
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
}
