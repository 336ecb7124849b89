//! Positions in a text, three ways: wtsa's (1-based line, 1-based column in characters, as a
//! report gives them), LSP's (0-based line, 0-based column in UTF-16 code units) and byte
//! offsets; and applying an editor's changes to a text.
//!
//! Every conversion clamps: a position past the end of its line or of the text is taken as
//! that end, so a stale or hostile position never panics.

use lsp_types::{Position as LspPosition, Range, TextDocumentContentChangeEvent};
use wtsa_dataset::Position;

/// Where each line of a text starts, by byte offset.
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, starts }
    }

    /// The whole text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The text of line `line` (0-based), without its line end.
    pub fn line(&self, line: u32) -> &'t str {
        let Some(&start) = self.starts.get(line as usize) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize + 1)
            .map_or(self.text.len(), |next| next - 1);
        let line = self.text.get(start..end).unwrap_or_default();
        line.strip_suffix('\r').unwrap_or(line)
    }

    /// The number of lines (a text ending in a line feed has an empty last line).
    pub fn line_count(&self) -> u32 {
        to_u32(self.starts.len())
    }

    /// A report's position (line and column from 1, columns in characters) as LSP's.
    pub fn lsp(&self, position: Position) -> LspPosition {
        let line = position.line.saturating_sub(1);
        let chars = position.column.saturating_sub(1) as usize;
        let text = self.line(line);
        let character = text.chars().take(chars).map(char::len_utf16).sum::<usize>();
        LspPosition::new(
            line.min(self.line_count().saturating_sub(1)),
            to_u32(character),
        )
    }

    /// An LSP position as a report's (line and column from 1, columns in characters).
    pub fn wtsa(&self, position: LspPosition) -> Position {
        let text = self.line(position.line);
        let mut units = 0;
        let mut chars = 0;
        for c in text.chars() {
            if units >= position.character as usize {
                break;
            }
            units += c.len_utf16();
            chars += 1;
        }
        Position {
            line: position.line.saturating_add(1),
            column: to_u32(chars).saturating_add(1),
        }
    }

    /// The byte offset of an LSP position, clamped to its line and to the text.
    pub fn offset(&self, position: LspPosition) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let line = self.line(position.line);
        let mut units = 0;
        for (at, c) in line.char_indices() {
            if units >= position.character as usize {
                return start + at;
            }
            units += c.len_utf16();
        }
        start + line.len()
    }

    /// The LSP position of a byte offset (clamped to the text, and back to a character
    /// boundary).
    pub fn position_of(&self, offset: usize) -> LspPosition {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let start = self.starts.get(line).copied().unwrap_or_default();
        let character = self
            .text
            .get(start..offset)
            .unwrap_or_default()
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        LspPosition::new(to_u32(line), to_u32(character))
    }

    /// The end of line `line` (0-based), without its line end, as an LSP position.
    pub fn line_end(&self, line: u32) -> LspPosition {
        let character = self.line(line).chars().map(char::len_utf16).sum::<usize>();
        LspPosition::new(line, to_u32(character))
    }

    /// The range from a report's start position to the end of that line's content, leaving
    /// out a trailing comment and blanks: where a value without a better-known end is shown.
    pub fn rest_of_line(&self, start: Position) -> Range {
        let from = self.lsp(start);
        let line = self.line(from.line);
        let content = line.split(" #").next().unwrap_or(line).trim_end();
        let end = content.chars().map(char::len_utf16).sum::<usize>();
        let end = LspPosition::new(from.line, to_u32(end).max(from.character));
        Range::new(from, end)
    }
}

/// Applies one change an editor sent: a range replaced, or (without a range) the whole text.
pub fn apply_change(text: &mut String, change: TextDocumentContentChangeEvent) {
    match change.range {
        None => *text = change.text,
        Some(range) => {
            let index = LineIndex::new(text);
            let start = index.offset(range.start);
            let end = index.offset(range.end).max(start);
            text.replace_range(start..end, &change.text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_in_characters_become_utf16_units() {
        // "é" is one character and one UTF-16 unit; "𝔸" one character and two units.
        let text = "a: é𝔸 x\r\nb: y\n";
        let index = LineIndex::new(text);
        assert_eq!(
            index.lsp(Position { line: 1, column: 7 }),
            LspPosition::new(0, 7)
        );
        assert_eq!(
            index.wtsa(LspPosition::new(0, 7)),
            Position { line: 1, column: 7 }
        );
        assert_eq!(index.line(0), "a: é𝔸 x");
        assert_eq!(
            index.offset(LspPosition::new(1, 3)),
            text.find('y').unwrap()
        );
        assert_eq!(
            index.position_of(text.find('y').unwrap()),
            LspPosition::new(1, 3)
        );
        assert_eq!(index.offset(LspPosition::new(9, 9)), text.len());
    }

    #[test]
    fn changes_apply_in_utf16_units() {
        let mut text = "name: Martín X\n".to_owned();
        apply_change(
            &mut text,
            TextDocumentContentChangeEvent {
                range: Some(Range::new(LspPosition::new(0, 12), LspPosition::new(0, 14))),
                range_length: None,
                text: "Y".to_owned(),
            },
        );
        assert_eq!(text, "name: MartínY\n");
    }

    #[test]
    fn rest_of_line_leaves_out_comments() {
        let index = LineIndex::new("  - number: Y.4052 # note\n");
        let range = index.rest_of_line(Position {
            line: 1,
            column: 13,
        });
        assert_eq!(range.start, LspPosition::new(0, 12));
        assert_eq!(range.end, LspPosition::new(0, 18));
    }
}
