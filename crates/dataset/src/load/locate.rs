//! Where each value of a data file is: JSON pointer → the span of text it occupies.
//!
//! serde gives us typed values but forgets positions; findings must point into the file a
//! person edits. So, once a file has deserialised, its text is walked again with the YAML
//! event parser (YAML 1.2 is a superset of JSON, so this serves JSON files too) and the span
//! of every node is recorded under its JSON pointer.
//!
//! What a span covers is what a person should see underlined: a scalar without its trailing
//! comment or the flow punctuation after it; a flow collection from its bracket to the
//! closing one; a block collection that is a mapping's value, its key (`dates:` rather than
//! the first key inside it, which is another value); any other block collection, from its
//! first node to the end of its last.

// foldhash rather than SipHash: a report of many findings looks up every value's pointer.
use foldhash::{HashMap, HashSet};

use serde_saphyr::granit_parser::{Event, Parser, StructureStyle};

/// A position in a file, 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };
}

/// Where a value is: its first character and the position just after its last (the end is
/// exclusive, as SARIF's `endColumn` is). A value spans one line or several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Span {
    pub start: Position,
    pub end: Position,
}

impl Span {
    pub const START: Span = Span {
        start: Position::START,
        end: Position::START,
    };

    /// A span from `start` to `end`, or an empty one at `start` if `end` comes before it.
    pub fn new(start: Position, end: Position) -> Self {
        Self {
            start,
            end: end.max(start),
        }
    }
}

/// Nodes deeper than this are not indexed: no document kind nests so deep, and a pointer per
/// node of a hostile, deeply nested file would cost memory quadratic in its depth.
const MAX_INDEXED_DEPTH: usize = 64;

/// The position of each node of one file, by JSON pointer (RFC 6901): of every node, or of
/// the nodes a report needs ([`LocationIndex::build_for`]).
#[derive(Debug, Clone, Default)]
pub struct LocationIndex {
    positions: HashMap<String, Span>,
    /// For an index of some pointers only: those pointers and their ancestors.
    only: Option<HashSet<String>>,
}

/// A container being walked: the length of its pointer in the path buffer, where it is, and
/// what its span needs once it ends.
struct Frame {
    len: usize,
    place: Place,
    /// A flow collection ends at its closing bracket; a block one with its last node.
    flow: bool,
    /// Whether its span was recorded by this node and still needs its end.
    open: bool,
    /// The end of the last node read inside it.
    last_end: Position,
}

enum Place {
    /// The key just read (its text and span), when the next node is its value.
    Mapping {
        key: Option<(String, Span)>,
    },
    Sequence {
        next: usize,
    },
}

/// Appends `/segment` to a pointer, escaped as RFC 6901 says. The one writer of pointer
/// segments: the rules' suppression finder writes its pointers with it too.
pub fn push_segment(pointer: &mut String, segment: &str) {
    pointer.push('/');
    for c in segment.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// Appends `/index`: the decimal digits written without the formatting machinery, since the
/// scanner does this for every element of every list on a wanted path.
pub fn push_index(pointer: &mut String, index: usize) {
    pointer.push('/');
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = index;
    loop {
        at -= 1;
        if let Some(digit) = digits.get_mut(at) {
            // `rest % 10` is below 10.
            *digit = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    for digit in digits.get(at..).unwrap_or_default() {
        pointer.push(char::from(*digit));
    }
}

/// The pointers and all their ancestors (`/a/0/b`, `/a/0`, `/a`, ``).
fn wanted_with_ancestors<'p>(pointers: impl IntoIterator<Item = &'p str>) -> HashSet<String> {
    let mut wanted = HashSet::default();
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
    wanted
}

/// The index of the first `"` or `\\` in the first `near` bytes of `rest` (and perhaps a few
/// after them), read eight bytes at a time as one word: a byte of the word is one of the two
/// when it XORs to zero with it, and the lowest zero byte of a word is found exactly by the
/// borrow trick (a false one can only follow a true one).
fn quote_or_escape_near(rest: &[u8], near: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut i = 0;
    while i < near {
        let Some(chunk) = rest.get(i..i + 8) else {
            // Fewer than eight bytes left: one at a time.
            let tail = rest.get(i..)?;
            return tail
                .iter()
                .position(|&b| b == b'"' || b == b'\\')
                .map(|k| i + k);
        };
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).ok()?);
        let found = zero_bytes(word ^ (ONES * u64::from(b'"')))
            | zero_bytes(word ^ (ONES * u64::from(b'\\')));
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    None
}

/// Where the string whose content starts at `at` closes: the index of its closing quote,
/// found by jumping to the next quote or escape rather than stepping byte by byte.
fn string_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    /// How far a byte loop looks before the vectorised search takes over: most strings of a
    /// data file (keys, dates, numbers, sources) end sooner, before the search would start.
    const NEAR: usize = 32;
    loop {
        let rest = bytes.get(at..)?;
        let near = quote_or_escape_near(rest, NEAR);
        let stop = match near {
            Some(stop) => stop,
            None => NEAR + memchr::memchr2(b'"', b'\\', rest.get(NEAR..)?)?,
        };
        at += stop;
        if rest.get(stop) == Some(&b'"') {
            return Some(at);
        }
        at += 2;
    }
}

/// A table of the bytes in `stops`.
const fn byte_table(stops: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < stops.len() {
        table[stops[i] as usize] = true;
        i += 1;
    }
    table
}

/// The bytes [`JsonScanner::skip_value`] stops at inside a collection: what opens or closes a
/// string or a collection, and what breaks a line (counted as it is passed, so the bytes
/// skipped need not be read again for their lines).
const NESTING: [bool; 256] = byte_table(b"\"{}[]\n\r");

/// The bytes it stops at outside any collection: those, and what ends a scalar.
const SCALAR_END: [bool; 256] = byte_table(b"\"{}[], \t\n\r");

/// The bytes [`JsonScanner::skip_elements`] stops at: those that nest, the comma that ends an
/// element, and what breaks a line.
const ELEMENT_END: [bool; 256] = byte_table(b"\"{}[],\n\r");

/// For each array a targeted walk reads, the indexes of its elements that may be wanted (in
/// order): the walk passes over the others in one stretch instead of element by element.
fn wanted_elements(only: &HashSet<String>) -> HashMap<&str, Vec<usize>> {
    let mut elements: HashMap<&str, Vec<usize>> = HashMap::default();
    for pointer in only {
        if let Some((parent, last)) = pointer.rsplit_once('/') {
            // Only a guess that the parent is an array: an object's numeric key lands here
            // too, and is never consulted; `value` still decides what is wanted.
            if let Ok(index) = last.parse::<usize>() {
                elements.entry(parent).or_default().push(index);
            }
        }
    }
    for indexes in elements.values_mut() {
        indexes.sort_unstable();
    }
    elements
}

/// Nesting beyond which the JSON scanner gives up (and the YAML walk takes over): serde_json
/// refuses deeper documents before they get here.
const MAX_JSON_DEPTH: usize = 256;

/// The line breaks a skip passes (JSON strings hold none raw, so every one met outside a
/// string is one), counted as they are met rather than by reading the bytes skipped again.
#[derive(Default)]
struct Breaks {
    /// How many lines ended.
    count: usize,
    /// Where the line after the last `\n` or `\r` passed begins.
    line_start: Option<usize>,
}

impl Breaks {
    /// Passes the `\n` or `\r` at `at`.
    fn pass(&mut self, bytes: &[u8], at: usize) {
        // A carriage return ends a line unless a line feed follows, which then does.
        if bytes.get(at) == Some(&b'\n') || bytes.get(at + 1) != Some(&b'\n') {
            self.count += 1;
        }
        self.line_start = Some(at + 1);
    }
}

/// The index of the first byte at or after `at` that is not a space: the indentation after a
/// line break, passed eight bytes at a time rather than one (a quarter of the bytes outside
/// the strings of a data file wtsa writes).
fn past_spaces(bytes: &[u8], mut at: usize) -> usize {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    while let Some(word) = bytes
        .get(at..at + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        // Zero bytes are spaces; the lowest byte that is not is the first in the text.
        let others = u64::from_le_bytes(word) ^ SPACES;
        if others != 0 {
            return at + (others.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes.get(at) == Some(&b' ') {
        at += 1;
    }
    at
}

/// Passes, from `at` (outside any string, inside a collection being skipped), every whole line
/// that holds no bracket and no carriage return, counting its line feed; returns where the
/// first line that holds one begins (or `at`, when that is the line `at` is in). Such a line
/// cannot change the nesting, and a JSON string holds no raw line break, so the line ends
/// outside any string and nothing in it matters to a skip but its line feed: it is read eight
/// bytes at a time, where the byte loop stops at every quote, comma and escape. A data file
/// wtsa writes has one field to a line, most of them without a bracket.
fn past_plain_lines(bytes: &[u8], mut at: usize, breaks: &mut Breaks) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The lowest byte flagged in a word is exact (a false flag can only follow a true one).
    let zero_bytes = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut i = at;
    while let Some(word) = bytes
        .get(i..i + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        let word = u64::from_le_bytes(word);
        // `[` and `{` (`]` and `}`) differ only in the bit 0x20: with it set, each pair is one.
        let folded = word | (ONES * 0x20);
        let feed = zero_bytes(word ^ (ONES * u64::from(b'\n')));
        let stop = zero_bytes(folded ^ (ONES * u64::from(b'{')))
            | zero_bytes(folded ^ (ONES * u64::from(b'}')))
            | zero_bytes(word ^ (ONES * u64::from(b'\r')));
        if feed == 0 && stop == 0 {
            i += 8;
            continue;
        }
        if stop != 0 && (feed == 0 || stop.trailing_zeros() < feed.trailing_zeros()) {
            // This line holds a bracket or a carriage return: the byte loop reads it.
            return at;
        }
        let end = i + (feed.trailing_zeros() / 8) as usize;
        breaks.pass(bytes, end);
        at = past_spaces(bytes, end + 1);
        i = at;
    }
    at
}

/// Where [`JsonScanner::skip_elements`] stopped.
enum Skipped {
    /// After this many elements and their commas.
    Elements(usize),
    /// At the `]` that ends the array.
    ToEnd,
}

/// Reads a JSON text value by value, recording positions as the YAML walk would: line and
/// column (in characters, 1-based) of the first character of each value, under its pointer.
struct JsonScanner<'t, 'o> {
    bytes: &'t [u8],
    at: usize,
    line: u32,
    column: u32,
    positions: HashMap<String, Span>,
    only: Option<&'o HashSet<String>>,
    /// The wanted elements of each array on the way to a wanted value ([`wanted_elements`]);
    /// `None` when every value is indexed.
    elements: Option<&'o HashMap<&'o str, Vec<usize>>>,
    /// The values a report asked for whose position is not yet recorded (ancestors aside).
    pending: Option<HashSet<&'o str>>,
    /// Every value asked for has its position: the rest of the text is not read, and the
    /// values still open (the ancestors) are not recorded, since their ends are not known.
    done: bool,
}

impl JsonScanner<'_, '_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn advance(&mut self) {
        let Some(byte) = self.peek() else {
            return;
        };
        self.at += 1;
        match byte {
            b'\n' => {
                self.line = self.line.saturating_add(1);
                self.column = 1;
            }
            // A carriage return ends a line unless a line feed follows, which then does.
            b'\r' if self.peek() != Some(b'\n') => {
                self.line = self.line.saturating_add(1);
                self.column = 1;
            }
            b'\r' => {}
            // UTF-8 continuation bytes do not start a character.
            byte if byte & 0xC0 == 0x80 => {}
            _ => self.column = self.column.saturating_add(1),
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.advance();
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_whitespace();
        (self.peek()? == byte).then(|| self.advance())
    }

    fn here(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn value(&mut self, pointer: &mut String, depth: usize) -> Option<()> {
        if depth > MAX_JSON_DEPTH {
            return None;
        }
        self.skip_whitespace();
        let start = self.here();
        let wanted = self.only.is_none_or(|only| only.contains(pointer.as_str()));
        if !wanted {
            // The wanted set holds every ancestor of a wanted pointer, so nothing under a value
            // outside it is wanted: skip it without building pointers.
            return self.skip_value();
        }
        let record = depth <= MAX_INDEXED_DEPTH && !self.positions.contains_key(pointer.as_str());
        let owned = record.then(|| pointer.clone());
        self.value_inner(pointer, depth)?;
        if let Some(owned) = owned {
            if self.done {
                return Some(());
            }
            if let Some(pending) = &mut self.pending {
                pending.remove(owned.as_str());
                self.done = pending.is_empty();
            }
            let end = self.here();
            self.positions.insert(owned, Span::new(start, end));
        }
        Some(())
    }

    fn value_inner(&mut self, pointer: &mut String, depth: usize) -> Option<()> {
        let parent = pointer.len();
        match self.peek()? {
            b'{' => {
                self.advance();
                self.skip_whitespace();
                if self.peek()? == b'}' {
                    self.advance();
                    return Some(());
                }
                loop {
                    self.skip_whitespace();
                    let key = self.string()?;
                    self.expect(b':')?;
                    push_segment(pointer, &key);
                    self.value(pointer, depth + 1)?;
                    pointer.truncate(parent);
                    if self.done {
                        return Some(());
                    }
                    self.skip_whitespace();
                    match self.peek()? {
                        b',' => self.advance(),
                        b'}' => {
                            self.advance();
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.advance();
                self.skip_whitespace();
                if self.peek()? == b']' {
                    self.advance();
                    return Some(());
                }
                // In a targeted walk, the elements before the next wanted one (or all that
                // remain) are passed over together.
                let wanted = self.elements.map(|elements| {
                    elements
                        .get(pointer.as_str())
                        .map_or(&[][..], Vec::as_slice)
                });
                let mut index = 0usize;
                loop {
                    if let Some(wanted) = wanted {
                        let next = wanted.get(wanted.partition_point(|&w| w < index));
                        let count = next.map_or(usize::MAX, |next| next - index);
                        if count > 0 {
                            match self.skip_elements(count)? {
                                Skipped::Elements(passed) => index += passed,
                                Skipped::ToEnd => {
                                    self.advance();
                                    return Some(());
                                }
                            }
                        }
                    }
                    // An index needs no escaping.
                    push_index(pointer, index);
                    self.value(pointer, depth + 1)?;
                    pointer.truncate(parent);
                    if self.done {
                        return Some(());
                    }
                    index += 1;
                    self.skip_whitespace();
                    match self.peek()? {
                        b',' => self.advance(),
                        b']' => {
                            self.advance();
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'"' => self.string().map(|_| ()),
            _ => {
                // A number, true, false or null: up to the next delimiter.
                let start = self.at;
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.advance();
                }
                (self.at > start).then_some(())
            }
        }
    }

    /// Moves past one value without recording anything. Only the bytes that change the
    /// nesting or break a line are looked at (a table says which); strings are jumped through
    /// with `memchr`, line breaks counted as they are met ([`Breaks`]), and the column worked
    /// out at the end, over the bytes since the last break. JSON strings hold no raw line
    /// breaks, so every line break skipped is whitespace.
    fn skip_value(&mut self) -> Option<()> {
        let origin = self.at;
        let bytes = self.bytes;
        let mut at = self.at;
        let mut depth = 0usize;
        let mut breaks = Breaks::default();
        loop {
            // Bytes that neither open nor close anything: most of what lies between strings
            // (indentation, digits, `:`, `,`), stepped over in a tight loop.
            let stops = if depth == 0 { &SCALAR_END } else { &NESTING };
            while bytes.get(at).is_some_and(|b| !stops[usize::from(*b)]) {
                at += 1;
            }
            let Some(&byte) = bytes.get(at) else {
                // A scalar may end with the text; anything open may not.
                if depth == 0 {
                    break;
                }
                return None;
            };
            match byte {
                b'"' => {
                    at += 1;
                    at = string_end(bytes, at)?;
                    at += 1;
                    if depth == 0 {
                        break;
                    }
                }
                b'{' | b'[' => {
                    depth += 1;
                    at += 1;
                }
                b'}' | b']' => {
                    // At depth 0 this closes the parent: the scalar being skipped ended.
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                    at += 1;
                    if depth == 0 {
                        break;
                    }
                }
                // A separator or whitespace ends a scalar at depth 0; inside a collection it
                // is passed over.
                _ if depth == 0 => break,
                b'\n' | b'\r' => {
                    breaks.pass(bytes, at);
                    at = past_plain_lines(bytes, past_spaces(bytes, at + 1), &mut breaks);
                }
                _ => at += 1,
            }
        }
        if at == origin {
            return None;
        }
        self.pass_to(at, breaks);
        Some(())
    }

    /// Moves past `count` elements of the array being read and the comma after each, to the
    /// start of the next (its leading whitespace), without recording anything; or, when the
    /// array ends first, to its closing `]`, not passed. As [`JsonScanner::skip_value`] does,
    /// it looks only at the bytes that nest, end an element or break a line, counting the
    /// breaks as it meets them, and works out the column at the end.
    fn skip_elements(&mut self, count: usize) -> Option<Skipped> {
        let bytes = self.bytes;
        let mut at = self.at;
        let mut depth = 0usize;
        let mut passed = 0usize;
        let mut breaks = Breaks::default();
        let skipped = loop {
            while bytes.get(at).is_some_and(|b| !ELEMENT_END[usize::from(*b)]) {
                at += 1;
            }
            match *bytes.get(at)? {
                b'"' => at = string_end(bytes, at + 1)? + 1,
                b'{' | b'[' => {
                    depth += 1;
                    at += 1;
                }
                b']' if depth == 0 => break Skipped::ToEnd,
                // What closes an object at this depth cannot close the array: not JSON.
                b'}' if depth == 0 => return None,
                b'}' | b']' => {
                    depth -= 1;
                    at += 1;
                }
                b',' => {
                    at += 1;
                    if depth == 0 {
                        passed += 1;
                        if passed == count {
                            break Skipped::Elements(passed);
                        }
                    }
                }
                b'\n' | b'\r' => {
                    breaks.pass(bytes, at);
                    at = past_spaces(bytes, at + 1);
                    // Inside an element, a comma is not the one that ends it.
                    if depth > 0 {
                        at = past_plain_lines(bytes, at, &mut breaks);
                    }
                }
                _ => at += 1,
            }
        };
        self.pass_to(at, breaks);
        Some(skipped)
    }

    /// Moves to `at`, past bytes whose line breaks were counted as they were passed
    /// (`breaks`), working out the column from the bytes since the last one.
    fn pass_to(&mut self, at: usize, breaks: Breaks) {
        let bytes = self.bytes;
        let origin = self.at;
        self.at = at;
        // Characters, not bytes: every byte that does not continue a UTF-8 sequence.
        let characters = |from: usize| {
            let bytes = bytes.get(from..at).unwrap_or_default();
            let counted = bytes.iter().filter(|b| **b & 0xC0 != 0x80).count();
            u32::try_from(counted).unwrap_or(u32::MAX)
        };
        match breaks.line_start {
            Some(line_start) if breaks.count > 0 => {
                self.line = self
                    .line
                    .saturating_add(u32::try_from(breaks.count).unwrap_or(u32::MAX));
                self.column = characters(line_start).saturating_add(1);
            }
            _ => self.column = self.column.saturating_add(characters(origin)),
        }
    }

    /// A string, its escapes decoded (keys are compared decoded, as the YAML walk does).
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        self.advance();
        let mut text = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek()?, b'"' | b'\\') {
                self.advance();
            }
            text.push_str(std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?);
            let byte = self.peek()?;
            self.advance();
            if byte == b'"' {
                return Some(text);
            }
            let escape = self.peek()?;
            self.advance();
            match escape {
                b'"' => text.push('"'),
                b'\\' => text.push('\\'),
                b'/' => text.push('/'),
                b'b' => text.push('\u{8}'),
                b'f' => text.push('\u{c}'),
                b'n' => text.push('\n'),
                b'r' => text.push('\r'),
                b't' => text.push('\t'),
                b'u' => {
                    let high = self.hex4()?;
                    let code = if (0xD800..0xDC00).contains(&high) {
                        self.expect_raw(b'\\')?;
                        self.expect_raw(b'u')?;
                        let low = self.hex4()?;
                        0x10000 + ((high - 0xD800) << 10) + (low.checked_sub(0xDC00)?)
                    } else {
                        high
                    };
                    text.push(char::from_u32(code)?);
                }
                _ => return None,
            }
        }
    }

    fn expect_raw(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.advance())
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.bytes.get(self.at..self.at + 4)?).ok()?;
        let value = u32::from_str_radix(digits, 16).ok()?;
        for _ in 0..4 {
            self.advance();
        }
        Some(value)
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
        Self::walk(text, Some(wanted_with_ancestors(pointers)))
    }

    /// Whether the index gives `pointer` the position the full index would.
    pub fn answers(&self, pointer: &str) -> bool {
        self.only.as_ref().is_none_or(|only| only.contains(pointer))
    }

    fn walk(text: &str, only: Option<HashSet<String>>) -> Self {
        let mut positions: HashMap<String, Span> = HashMap::default();
        let mut stack: Vec<Frame> = Vec::new();
        // The pointer of the node being read; each frame knows how much of it is its own.
        let mut pointer = String::new();
        let at = |marker: &serde_saphyr::granit_parser::Marker| Position {
            line: u32::try_from(marker.line()).unwrap_or(u32::MAX),
            column: u32::try_from(marker.col().saturating_add(1)).unwrap_or(u32::MAX),
        };
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else {
                break;
            };
            let here = Span::new(at(&span.start), at(&span.end));
            let style = match &event {
                Event::Scalar(..) | Event::Alias(..) => None,
                Event::SequenceStart(style, ..) | Event::MappingStart(style, ..) => Some(*style),
                Event::SequenceEnd | Event::MappingEnd => {
                    if let Some(frame) = stack.pop() {
                        let end = if frame.flow { here.end } else { frame.last_end };
                        if frame.open {
                            if let Some(recorded) = positions.get_mut(pointer.as_str()) {
                                *recorded = Span::new(recorded.start, end);
                            }
                        }
                        pointer.truncate(stack.last().map_or(0, |f| f.len));
                        Self::value_done(&mut stack, end);
                    }
                    continue;
                }
                _ => continue,
            };
            // A scalar in key position names the next value rather than being one.
            if let Some(Frame {
                place: Place::Mapping { key },
                ..
            }) = stack.last_mut()
            {
                if key.is_none() {
                    if let Event::Scalar(text, ..) = &event {
                        *key = Some((text.to_string(), here));
                        continue;
                    }
                }
            }
            let mut keyed = None;
            match stack.last() {
                None => {}
                Some(Frame {
                    place: Place::Mapping { key },
                    ..
                }) => {
                    let (name, key_span) = key.as_ref().map_or(("", here), |(n, s)| (n, *s));
                    push_segment(&mut pointer, name);
                    keyed = Some(key_span);
                }
                Some(Frame {
                    place: Place::Sequence { next },
                    ..
                }) => {
                    push_segment(&mut pointer, &next.to_string());
                }
            }
            // A block collection under a key starts on the next line, at its own first key or
            // dash: the key that names it is what a person reads as "this value".
            let (node, open) = match (style, keyed) {
                (Some(StructureStyle::Block), Some(key_span)) => (key_span, false),
                (Some(_), _) => (Span::new(here.start, here.start), true),
                (None, _) => (here, false),
            };
            let wanted = only
                .as_ref()
                .is_none_or(|only| only.contains(pointer.as_str()));
            let record =
                wanted && stack.len() <= MAX_INDEXED_DEPTH && !positions.contains_key(&pointer);
            if record {
                positions.insert(pointer.clone(), node);
            }
            match style {
                Some(style) => stack.push(Frame {
                    len: pointer.len(),
                    place: match event {
                        Event::SequenceStart(..) => Place::Sequence { next: 0 },
                        _ => Place::Mapping { key: None },
                    },
                    flow: style == StructureStyle::Flow,
                    open: record && open,
                    last_end: here.start,
                }),
                None => {
                    pointer.truncate(stack.last().map_or(0, |f| f.len));
                    Self::value_done(&mut stack, here.end);
                }
            }
        }
        Self { positions, only }
    }

    /// [`LocationIndex::build`] for a JSON text, read with a scanner of its own: the YAML
    /// event parser reads JSON about four times slower than serde_json parses it, and on a
    /// JSON corpus finding positions cost more than parsing. Gives every value the position
    /// the YAML walk gives it (a test compares the two); a text it cannot read is walked as
    /// YAML.
    pub fn build_json(text: &str) -> Self {
        Self::walk_json(text, None, None)
    }

    /// [`LocationIndex::build_for`] for a JSON text (see [`LocationIndex::build_json`]).
    pub fn build_json_for<'p>(text: &str, pointers: impl IntoIterator<Item = &'p str>) -> Self {
        let requested: Vec<&str> = pointers.into_iter().collect();
        let only = wanted_with_ancestors(requested.iter().copied());
        Self::walk_json(text, Some(only), Some(requested))
    }

    fn walk_json(text: &str, only: Option<HashSet<String>>, requested: Option<Vec<&str>>) -> Self {
        match Self::scan_json(text, only.as_ref(), requested) {
            Some((positions, done)) => {
                // Stopped early: this index answers for exactly the values it recorded.
                let only = if done {
                    Some(positions.keys().cloned().collect())
                } else {
                    only
                };
                Self { positions, only }
            }
            None => Self::walk(text, only),
        }
    }

    /// The JSON scanner's positions, and whether it stopped once it had every value asked
    /// for; `None` when it could not read the text (which the YAML walk then reads).
    fn scan_json(
        text: &str,
        only: Option<&HashSet<String>>,
        requested: Option<Vec<&str>>,
    ) -> Option<(HashMap<String, Span>, bool)> {
        let elements = only.map(wanted_elements);
        let mut scanner = JsonScanner {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
            column: 1,
            positions: HashMap::default(),
            only,
            elements: elements.as_ref(),
            pending: requested.map(|r| r.into_iter().collect()),
            done: false,
        };
        let mut pointer = String::new();
        // The text parsed as JSON when it was loaded, so once every wanted value is found the
        // rest is not read.
        let read = scanner.value(&mut pointer, 0).is_some()
            && (scanner.done || {
                scanner.skip_whitespace();
                scanner.at == scanner.bytes.len()
            });
        read.then_some((scanner.positions, scanner.done))
    }

    /// A node inside the innermost open collection has ended at `end`.
    fn value_done(stack: &mut [Frame], end: Position) {
        if let Some(frame) = stack.last_mut() {
            match &mut frame.place {
                Place::Mapping { key } => *key = None,
                Place::Sequence { next } => *next += 1,
            }
            frame.last_end = frame.last_end.max(end);
        }
    }

    /// The position of the node at `pointer`, or of its nearest indexed ancestor.
    pub fn position(&self, pointer: &str) -> Position {
        self.span(pointer).start
    }

    /// The span of the node at `pointer`, or of its nearest indexed ancestor.
    pub fn span(&self, pointer: &str) -> Span {
        let mut current = pointer;
        loop {
            if let Some(span) = self.positions.get(current) {
                return *span;
            }
            match current.rfind('/') {
                Some(cut) => current = &current[..cut],
                None => return Span::START,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Indentation of any length, ended by a byte or by the text, is passed to its end.
    #[test]
    fn spaces_are_passed_to_the_first_byte_that_is_not_one() {
        for before in 0..3 {
            for run in 0..20 {
                for after in ["x", "\t", "", "  \u{e9}"] {
                    let text = format!("{}{}{after}", "\n".repeat(before), " ".repeat(run));
                    let leading = after.len() - after.trim_start_matches(' ').len();
                    let expected = before + run + leading;
                    assert_eq!(
                        past_spaces(text.as_bytes(), before),
                        expected,
                        "{run} spaces after {before} line feeds, then {after:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_strings_end_is_found_before_and_after_the_byte_loop_hands_over() {
        // Texts whose closing quote (after escapes or not) falls on either side of the 32
        // bytes the byte loop reads, and past the end of the text (unterminated).
        // Filled with letters, with the neighbours of `"` (0x22) and `\\` (0x5c), and with
        // bytes of multi-byte characters and the extremes: none may be taken for either.
        for filler in [b'a', b'!', b'#', b'[', b']', 0x01, 0x7f, 0xa9, 0xc3, 0xff] {
            for length in 0..80 {
                for escape_at in [
                    None,
                    Some(0),
                    Some(5),
                    Some(30),
                    Some(31),
                    Some(32),
                    Some(40),
                ] {
                    let mut body: Vec<u8> = vec![filler; length];
                    if let Some(e) = escape_at.filter(|e| e + 1 < length) {
                        body[e] = b'\\';
                        body[e + 1] = b'"';
                    }
                    let closed: Vec<u8> = body.iter().copied().chain(*b"\"x").collect();
                    let end = string_end(&closed, 0);
                    assert_eq!(end, Some(length), "{filler} {length} {escape_at:?}");
                    assert_eq!(
                        string_end(&body, 0),
                        None,
                        "{filler} {length} {escape_at:?}"
                    );
                }
            }
        }
    }

    /// A quote after a run of backslashes closes the string when the run is even (escaped
    /// backslashes) and is part of it when the run is odd; backslashes before the string's
    /// content are not counted.
    #[test]
    fn a_quote_after_backslashes_closes_a_string_when_they_pair_up() {
        for run in 0..6 {
            for before in [0, 3, 8, 30, 31, 60] {
                let mut text = vec![b'a'; before];
                text.extend(std::iter::repeat_n(b'\\', run));
                text.extend_from_slice(b"\"b\" c");
                let inner = before + run;
                let expected = if run % 2 == 0 { inner } else { inner + 2 };
                assert_eq!(string_end(&text, 0), Some(expected), "{run} {before}");
            }
        }
        // An empty string: the backslash before its content is not its own.
        assert_eq!(string_end(br#"\"x""#, 1), Some(1));
    }

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

    fn span(line: u32, column: u32, end_line: u32, end_column: u32) -> Span {
        Span {
            start: Position { line, column },
            end: Position {
                line: end_line,
                column: end_column,
            },
        }
    }

    /// What a span covers is what a person should see underlined.
    #[test]
    fn spans_cover_the_value_and_nothing_after_it() {
        let text = "kind: meetings  # the kind\nplenaries:\n  - place: Geneva # Table 1\n    dates: {start: 2022-07-18, end: 2022-07-28}\n    period:\n      start: 2023-01-30\n    title: \"a # b\"\n";
        let index = LocationIndex::build(text);
        // A plain scalar stops before its trailing comment.
        assert_eq!(index.span("/kind"), span(1, 7, 1, 15));
        assert_eq!(index.span("/plenaries/0/place"), span(3, 12, 3, 18));
        // Inside a flow mapping, a value stops before the `,` or `}` after it.
        assert_eq!(index.span("/plenaries/0/dates/start"), span(4, 20, 4, 30));
        assert_eq!(index.span("/plenaries/0/dates/end"), span(4, 37, 4, 47));
        // A flow mapping runs from its brace to the closing one.
        assert_eq!(index.span("/plenaries/0/dates"), span(4, 12, 4, 48));
        // A block mapping under a key is its key, not the first key inside it.
        assert_eq!(index.span("/plenaries/0/period"), span(5, 5, 5, 11));
        assert_eq!(index.span("/plenaries"), span(2, 1, 2, 10));
        // A quoted scalar keeps its quotes.
        assert_eq!(index.span("/plenaries/0/title"), span(7, 12, 7, 19));
        // A mapping in a sequence runs from its first key to the end of its last value.
        assert_eq!(index.span("/plenaries/0"), span(3, 5, 7, 19));
        assert_eq!(
            index.position("/plenaries/0/period/start"),
            Position {
                line: 6,
                column: 14
            }
        );
    }

    #[test]
    fn an_index_is_written_in_decimal() {
        for index in [0, 7, 10, 99, 12_345, usize::MAX] {
            let mut pointer = String::from("/a");
            push_index(&mut pointer, index);
            assert_eq!(pointer, format!("/a/{index}"));
        }
    }

    /// The JSON scanner gives every value the position the YAML walk gives it.
    #[test]
    fn the_json_scanner_agrees_with_the_yaml_walk() {
        let texts = [
            "{\n  \"kind\": \"people\",\n  \"people\": [\n    {\"id\": \"a\", \"n\": 1.5e3, \"t\": true},\n    {}\n  ],\n  \"x\": null\n}\n",
            "{\"a/b\": {\"c~d\": [1, [2, []], {\"e\": \"\\u00e9\\\"q\"}]}, \"\\u00e9t\u{e9}\": \"h\u{e9}\", \"k\": \"\\ud83d\\ude00\"}",
            "{\r\n\t\"a\": [\r\n\t\t\"\u{fc}\u{fc}\", 2\r\n\t],\r\n\t\"a\": 3\r\n}",
            "[]",
        ];
        for text in texts {
            let yaml = LocationIndex::build(text);
            let json = LocationIndex::build_json(text);
            assert!(!json.positions.is_empty(), "{text}");
            assert_eq!(json.positions, yaml.positions, "{text}");
        }
    }

    /// A targeted JSON walk skips what it does not want and still gives each wanted value,
    /// one at a time, the position the full walk gives it: lines, columns in characters, line
    /// ends of either kind, escapes and multi-byte characters in skipped strings.
    #[test]
    fn a_targeted_json_walk_agrees_with_the_full_walk_for_every_value() {
        let texts = [
            "{\n  \"kind\": \"people\",\n  \"people\": [\n    {\"id\": \"a\", \"n\": 1.5e3, \"t\": true},\n    {}\n  ],\n  \"x\": null\n}\n",
            "{\"a/b\": {\"c~d\": [1, [2, []], {\"e\": \"\\u00e9\\\"q\"}]}, \"\\u00e9t\u{e9}\": \"h\u{e9}\", \"k\": \"\\ud83d\\ude00\"}",
            "{\r\n\t\"a\": [\r\n\t\t\"\u{fc}\u{fc}]\", 2\r\n\t],\r\n\t\"b\": {\"c\": [\"\u{e9}\u{e9}\", {\"d\": 1}],\r\n \"e\": 4}\r\n}",
            "{\"a\": [\n  {\"x\": \"\u{1F600}\", \"y\": [1,\n 2]},\n  {\"x\": \"z\"}\n], \"b\": 7}",
            // Old Mac line ends, and a mix in one skipped value.
            "{\r  \"a\": [\r    {\"x\": \"\u{e9}\"},\r    2\r  ],\r  \"b\": [true,\r\n null,\n\r 3.5]\r}",
        ];
        let long = long_arrays();
        for text in texts.into_iter().chain([long.as_str()]) {
            let full = LocationIndex::build_json(text);
            for pointer in full.positions.keys() {
                let one = LocationIndex::build_json_for(text, [pointer.as_str()]);
                assert_eq!(one.span(pointer), full.span(pointer), "{pointer} in {text}");
                // A walk that stopped once it had what it was asked for answers only for
                // what it read whole: every other value goes to the full index.
                for other in full.positions.keys() {
                    if one.answers(other) {
                        assert_eq!(one.span(other), full.span(other), "{other} after {pointer}");
                    }
                }
            }
            // Two values asked for at once, the later one deciding when the walk stops.
            let keys: Vec<&String> = full.positions.keys().collect();
            for pair in keys.windows(2) {
                let two = LocationIndex::build_json_for(text, pair.iter().map(|p| p.as_str()));
                for pointer in pair {
                    assert_eq!(two.span(pointer), full.span(pointer), "{pointer} in {text}");
                }
            }
        }
    }

    /// Records written one field to a line, as wtsa writes them, whose lines the skips pass
    /// whole when they hold no bracket: lines longer than a word and shorter, brackets inside
    /// strings, escaped quotes, tabs, characters of several bytes, and every line end (a lone
    /// carriage return inside a record among them).
    fn records_one_field_to_a_line() -> String {
        let ends = ["\n", "\r\n", "\r", "\n", "\n"];
        let mut text = String::from("{\n  \"people\": [");
        for i in 0..40 {
            let indent = if i % 5 == 4 { "\t\t" } else { "      " };
            if i > 0 {
                text.push(',');
            }
            text.push_str(&format!("\n    {{{}", ends[i % ends.len()]));
            let mut fields = vec![
                format!("\"id\": \"person-{i}\""),
                format!("\"name\": \"N\u{e9}ma \u{1F600} Yilmaz-{i}, \\\"the\\\" \u{fc}\""),
                format!(
                    "\"note\": \"{} tail\"",
                    [
                        "plain words only",
                        "a [bracket] inside",
                        "a {brace",
                        "closing } and ]"
                    ][i % 4]
                ),
                format!("\"n\": {i}"),
                "\"short\": 1".to_owned(),
                "\"source\": \"\u{a7}1.2\"".to_owned(),
            ];
            if i % 2 == 0 {
                fields.insert(3, format!("\"list\": [\"x{i}\", {{\"y\": \"z\"}}]"));
            }
            for (k, field) in fields.iter().enumerate() {
                // Each line its own end: a lone carriage return before a line feed, too.
                let end = ends[(i + k) % ends.len()];
                text.push_str(&format!("{indent}{field},{end}"));
            }
            // A list opened on one line and closed on the next, with the record.
            text.push_str(&format!(
                "{indent}\"tags\": [\"t{i}\",{}{indent}\"u\"]}}",
                ends[i % 3]
            ));
        }
        text.push_str("\n  ],\n  \"after\": \"end\"\n}\n");
        text
    }

    #[test]
    fn a_targeted_walk_over_records_one_field_to_a_line_agrees_with_the_full_walk() {
        let text = records_one_field_to_a_line();
        let full = LocationIndex::build_json(&text);
        assert!(full.positions.contains_key("/people/39/source"));
        for i in 0..40 {
            for pick in [
                vec![format!("/people/{i}")],
                vec![format!("/people/{i}/source"), "/after".to_owned()],
                vec![format!("/people/{i}/tags/1"), format!("/people/{i}/n")],
            ] {
                let some = LocationIndex::build_json_for(&text, pick.iter().map(String::as_str));
                // Read by the JSON scanner itself, not by the YAML walk it falls back on.
                let only = wanted_with_ancestors(pick.iter().map(String::as_str));
                let requested = pick.iter().map(String::as_str).collect();
                assert!(
                    LocationIndex::scan_json(&text, Some(&only), Some(requested)).is_some(),
                    "{pick:?}"
                );
                for pointer in &pick {
                    assert_eq!(some.span(pointer), full.span(pointer), "{pointer}");
                }
                for (other, span) in &full.positions {
                    if some.answers(other) {
                        assert_eq!(some.span(other), *span, "{other} with {pick:?}");
                    }
                }
            }
        }
    }

    /// A text of long arrays whose elements hold what could be taken for an element's end: commas,
    /// brackets and braces in strings, escaped quotes, nested arrays and objects, multi-byte
    /// characters, and line ends of every kind between elements.
    fn long_arrays() -> String {
        let breaks = ["\n", "\r\n", "\r", " ", ""];
        let elements: Vec<String> = (0..24)
            .map(|i| match i % 6 {
                0 => format!("{{\"n\": {i}, \"t\": \"a, b] c}} \\\" d\"}}"),
                1 => format!("[{i}, [\"x,\", {{\"y\": [1, 2]}}], \"\u{e9}t\u{e9}\"]"),
                2 => format!("\"{i} \u{1F600}, ]\""),
                3 => "null".to_owned(),
                4 => format!("{{\"a\": [{{\"b\": \"{i}\"}}, {{}}], \"c\": []}}"),
                _ => format!("{i}.5e1"),
            })
            .collect();
        let mut list = String::from("[");
        for (i, element) in elements.iter().enumerate() {
            if i > 0 {
                list.push(',');
            }
            list.push_str(breaks[i % breaks.len()]);
            list.push_str(element);
        }
        list.push_str(breaks[1]);
        list.push(']');
        format!("{{\"kind\": \"x\",\n \"items\": {list},\r\n \"more\": {{\"items\": {list}}}, \"end\": []}}")
    }

    /// A targeted walk passes over the elements of an array it does not want in one stretch:
    /// any few elements asked for at once, near or far apart, at any depth, and the array
    /// itself with none of its elements, get the positions of the full walk.
    #[test]
    fn a_targeted_walk_over_long_arrays_agrees_with_the_full_walk() {
        let text = long_arrays();
        let full = LocationIndex::build_json(&text);
        assert!(full.positions.contains_key("/more/items/22/a/1"));
        let picks: [&[&str]; 8] = [
            &["/items"],
            &["/items/0", "/items/23"],
            &["/items/3", "/items/4", "/items/13/1/1/y/0"],
            &["/items/22/a/0/b", "/more/items/5"],
            &["/more/items/7/2", "/items/19/0"],
            &["/end", "/items/19"],
            &["/more/items/23"],
            &["/more", "/items/12"],
        ];
        for pick in picks {
            let some = LocationIndex::build_json_for(&text, pick.iter().copied());
            for pointer in pick {
                assert!(full.positions.contains_key(*pointer), "{pointer}");
                assert_eq!(
                    some.span(pointer),
                    full.span(pointer),
                    "{pointer} of {pick:?}"
                );
            }
            for (other, span) in &full.positions {
                if some.answers(other) {
                    assert_eq!(some.span(other), *span, "{other} with {pick:?}");
                }
            }
        }
    }
}
