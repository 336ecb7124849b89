//! The shape of a data file's text as an editor sees it: every node (mapping, sequence,
//! scalar) with its JSON pointer, where it starts and where it ends, and, for a member of a
//! mapping, where its key is written.
//!
//! The language server asks it what is under the cursor, how far a value reaches (a
//! diagnostic covers the whole value, not one character), where a record ends (to add a
//! `suppress:` entry) and which records a file holds. [`crate::load::LocationIndex`] answers a
//! different question — where the value at a pointer starts — for a text that has already
//! parsed; an outline is built for a text being typed, so it keeps every node read before the
//! first syntax error and says the text was cut short.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, Span};

use crate::load::Position;

/// What a node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeKind {
    Mapping,
    Sequence,
    /// A scalar, with its value after YAML's escapes (an alias reads as an empty scalar).
    Scalar(String),
}

/// One node of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// JSON pointer (RFC 6901) of the node.
    pub pointer: String,
    pub kind: NodeKind,
    /// Where the node's text starts (1-based line, column in characters).
    pub start: Position,
    /// Where it ends, exclusive. A block collection ends where its last descendant does; a
    /// flow collection after its closing bracket.
    pub end: Position,
    /// For a member of a mapping: where its key starts and ends.
    pub key: Option<(Position, Position)>,
    /// The node's parent, an index into [`Outline::nodes`].
    pub parent: Option<usize>,
}

impl Node {
    /// The scalar's value, if the node is a scalar.
    pub fn scalar(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Scalar(value) => Some(value),
            _ => None,
        }
    }

    /// Whether `position` is within the node's text (its end included: a cursor just after a
    /// value is on it).
    pub fn contains(&self, position: Position) -> bool {
        self.start <= position && position <= self.end
    }

    /// The last segment of the pointer, unescaped: the member's key or the element's index.
    pub fn name(&self) -> String {
        let segment = self.pointer.rsplit('/').next().unwrap_or_default();
        segment.replace("~1", "/").replace("~0", "~")
    }
}

/// Every node of a text, in the order they are written.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    nodes: Vec<Node>,
    by_pointer: HashMap<String, usize>,
    complete: bool,
}

/// A collection being read: its node and, for a mapping, the key waiting for its value.
struct Frame {
    node: usize,
    next_index: usize,
    key: Option<(String, Position, Position)>,
    mapping: bool,
}

/// Nodes deeper than this are not recorded: no document kind nests so deep, and a hostile,
/// deeply nested text must not cost memory quadratic in its depth.
const MAX_DEPTH: usize = 64;

fn position(marker: &serde_saphyr::granit_parser::Marker) -> Position {
    Position {
        line: u32::try_from(marker.line()).unwrap_or(u32::MAX).max(1),
        column: u32::try_from(marker.col().saturating_add(1)).unwrap_or(u32::MAX),
    }
}

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

impl Outline {
    /// Reads `text` (YAML, or JSON, which YAML reads too) as far as it is well formed.
    pub fn build(text: &str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut outline = Self::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut complete = false;
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else {
                break;
            };
            match event {
                Event::StreamEnd => {
                    complete = true;
                    break;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    if let Some(frame) = stack.pop() {
                        outline.close(frame.node, &span);
                    }
                    Self::value_done(&mut stack);
                }
                Event::Scalar(..)
                | Event::Alias(..)
                | Event::SequenceStart(..)
                | Event::MappingStart(..) => outline.node(event, &span, &mut stack),
                _ => {}
            }
        }
        // Collections left open by a syntax error end where their last node does.
        while let Some(frame) = stack.pop() {
            outline.close(frame.node, &Span::default());
        }
        outline.complete = complete;
        outline
    }

    fn node(&mut self, event: Event<'_>, span: &Span, stack: &mut Vec<Frame>) {
        let start = position(&span.start);
        let end = position(&span.end);
        // A scalar in key position names the next value rather than being one.
        if let Some(frame) = stack.last_mut() {
            if frame.mapping && frame.key.is_none() {
                let key = match &event {
                    Event::Scalar(value, ..) => value.to_string(),
                    // A collection as a key is not JSON; it is read as an empty key.
                    _ => String::new(),
                };
                frame.key = Some((key, start, end));
                if matches!(event, Event::Scalar(..) | Event::Alias(..)) {
                    return;
                }
            }
        }
        let (pointer, key, parent) = match stack.last() {
            None => (String::new(), None, None),
            Some(frame) => {
                let mut pointer = self
                    .nodes
                    .get(frame.node)
                    .map(|parent| parent.pointer.clone())
                    .unwrap_or_default();
                let key = match &frame.key {
                    Some((name, start, end)) if frame.mapping => {
                        push_segment(&mut pointer, name);
                        Some((*start, *end))
                    }
                    _ => {
                        push_segment(&mut pointer, &frame.next_index.to_string());
                        None
                    }
                };
                (pointer, key, Some(frame.node))
            }
        };
        let kind = match event {
            Event::Scalar(value, ..) => NodeKind::Scalar(value.to_string()),
            Event::SequenceStart(..) => NodeKind::Sequence,
            Event::MappingStart(..) => NodeKind::Mapping,
            _ => NodeKind::Scalar(String::new()),
        };
        let collection = !matches!(kind, NodeKind::Scalar(_));
        let mapping = kind == NodeKind::Mapping;
        // Past the depth limit nodes are read but not recorded; their frames point nowhere.
        let index = if stack.len() < MAX_DEPTH {
            self.by_pointer
                .entry(pointer.clone())
                .or_insert(self.nodes.len());
            self.nodes.push(Node {
                pointer,
                kind,
                start,
                end,
                key,
                parent,
            });
            self.nodes.len() - 1
        } else {
            usize::MAX
        };
        if collection {
            stack.push(Frame {
                node: index,
                next_index: 0,
                key: None,
                mapping,
            });
        } else {
            Self::value_done(stack);
        }
    }

    /// Sets a collection's end: after its closing bracket when it has one, else where its
    /// last descendant ends.
    fn close(&mut self, node: usize, end_span: &Span) {
        let last_descendant_end = self
            .nodes
            .get(node + 1..)
            .unwrap_or_default()
            .iter()
            .map(|n| n.end)
            .max();
        let Some(collection) = self.nodes.get_mut(node) else {
            return;
        };
        let closing = position(&end_span.end);
        let bracketed = end_span.end.index() > end_span.start.index();
        collection.end = match (bracketed, last_descendant_end) {
            (true, _) => closing.max(collection.start),
            (false, Some(end)) => end.max(collection.start),
            (false, None) => collection.end.max(collection.start),
        };
    }

    fn value_done(stack: &mut [Frame]) {
        if let Some(frame) = stack.last_mut() {
            if frame.mapping {
                frame.key = None;
            } else {
                frame.next_index += 1;
            }
        }
    }

    /// Every node, in the order written (a parent before its children).
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Whether the whole text was read (no syntax error cut it short).
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// The node at `pointer`.
    pub fn get(&self, pointer: &str) -> Option<&Node> {
        self.by_pointer
            .get(pointer)
            .and_then(|i| self.nodes.get(*i))
    }

    /// The index of the node at `pointer`.
    pub fn index_of(&self, pointer: &str) -> Option<usize> {
        self.by_pointer.get(pointer).copied()
    }

    /// The innermost node whose text holds `position`, or whose key does.
    pub fn at(&self, position: Position) -> Option<&Node> {
        self.nodes
            .iter()
            .filter(|node| {
                node.contains(position)
                    || node
                        .key
                        .is_some_and(|(start, end)| start <= position && position <= end)
            })
            .max_by_key(|node| node.pointer.matches('/').count())
    }

    /// The children of the node at `index`, in order.
    pub fn children(&self, index: usize) -> impl Iterator<Item = (usize, &Node)> {
        self.nodes
            .iter()
            .enumerate()
            .skip(index + 1)
            .filter(move |(_, node)| node.parent == Some(index))
    }

    /// The node at `index` and everything under it, as a JSON value (scalars as strings).
    pub fn value(&self, index: usize) -> serde_json::Value {
        use serde_json::Value;
        match self.nodes.get(index).map(|node| &node.kind) {
            Some(NodeKind::Scalar(value)) => Value::String(value.clone()),
            Some(NodeKind::Sequence) => {
                Value::Array(self.children(index).map(|(i, _)| self.value(i)).collect())
            }
            Some(NodeKind::Mapping) => Value::Object(
                self.children(index)
                    .map(|(i, node)| (node.name(), self.value(i)))
                    .collect(),
            ),
            None => Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, column: u32) -> Position {
        Position { line, column }
    }

    #[test]
    fn nodes_have_pointers_starts_ends_and_keys() {
        let text = "kind: outputs\napproved:\n  - number: Y.4052\n    title: \"a b\"\n  - number: Y.4216 # c\n";
        let outline = Outline::build(text);
        assert!(outline.is_complete());
        let number = outline.get("/approved/1/number").unwrap();
        assert_eq!(number.scalar(), Some("Y.4216"));
        assert_eq!((number.start, number.end), (at(5, 13), at(5, 19)));
        assert_eq!(number.key, Some((at(5, 5), at(5, 11))));
        let title = outline.get("/approved/0/title").unwrap();
        assert_eq!((title.start, title.end), (at(4, 12), at(4, 17)));
        let record = outline.get("/approved/0").unwrap();
        assert_eq!((record.start, record.end), (at(3, 5), at(4, 17)));
        assert_eq!(outline.at(at(5, 15)).unwrap().pointer, "/approved/1/number");
        assert_eq!(outline.at(at(5, 7)).unwrap().pointer, "/approved/1/number");
        assert_eq!(
            outline.value(outline.index_of("/approved/0").unwrap()),
            serde_json::json!({"number": "Y.4052", "title": "a b"})
        );
    }

    #[test]
    fn flow_collections_end_after_their_bracket() {
        let outline = Outline::build("counts: {a: 1, b: 2}\nlist: [x, y]\n");
        let counts = outline.get("/counts").unwrap();
        assert_eq!((counts.start, counts.end), (at(1, 9), at(1, 21)));
        assert_eq!(outline.get("/list/1").unwrap().scalar(), Some("y"));
    }

    #[test]
    fn a_text_cut_short_keeps_what_came_before() {
        let outline = Outline::build("kind: people\npeople:\n  - id: a\n    name: [unclosed\n");
        assert!(!outline.is_complete());
        assert_eq!(outline.get("/people/0/id").unwrap().scalar(), Some("a"));
    }

    #[test]
    fn json_reads_too() {
        let outline = Outline::build("{\"people\": [{\"id\": \"a/b\"}]}");
        let id = outline.get("/people/0/id").unwrap();
        assert_eq!((id.start, id.end), (at(1, 20), at(1, 25)));
    }
}
