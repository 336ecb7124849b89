//! The export's tables: each cell starts on a new line with a tab, a line without a leading
//! tab continues the cell above it, and a blank line ends a row.

use crate::source::Line;

/// One cell: its lines, each with its report line number, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cell {
    pub lines: Vec<(usize, String)>,
}

impl Cell {
    /// The report line the cell starts on.
    pub fn line(&self) -> usize {
        self.lines.first().map_or(0, |(n, _)| *n)
    }

    /// The cell's text, its lines joined by a space.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self
            .lines
            .iter()
            .map(|(_, t)| t.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        parts.join(" ")
    }

    pub fn is_empty(&self) -> bool {
        self.lines.iter().all(|(_, t)| t.is_empty())
    }
}

/// One row: the cells in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    /// The report line the row starts on.
    pub line: usize,
    pub cells: Vec<Cell>,
}

impl Row {
    /// The template's placeholder row for an empty table: "None." and empty cells.
    pub fn is_none_row(&self) -> bool {
        let mut cells = self.cells.iter();
        let first = cells.next().map(Cell::text).unwrap_or_default();
        matches!(first.trim_end_matches('.'), "None" | "Nil" | "–" | "-")
            && cells.all(Cell::is_empty)
    }
}

/// A table: the header row, then the data rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    pub header: Row,
    pub rows: Vec<Row>,
    /// The line indexes the table spans (into the report's lines).
    pub start: usize,
    pub end: usize,
}

/// Reads the table whose first row starts at or after `start` (blank lines are skipped) and
/// before `limit`. The table ends at a line without a leading tab that follows a blank line,
/// so a stray extra blank line between rows does not cut it short.
pub(crate) fn read(lines: &[Line], start: usize, limit: usize) -> Option<Table> {
    let limit = limit.min(lines.len());
    let mut i = start;
    while i < limit && lines.get(i).is_some_and(Line::is_blank) {
        i += 1;
    }
    if !lines.get(i).is_some_and(Line::is_tab_led) || i >= limit {
        return None;
    }
    let first = i;
    let mut rows: Vec<Row> = Vec::new();
    let mut last = i;
    while i < limit {
        let Some(line) = lines.get(i) else { break };
        if line.is_blank() {
            i += 1;
            continue;
        }
        if !line.is_tab_led() {
            break;
        }
        let mut row = Row {
            line: line.number,
            cells: Vec::new(),
        };
        while i < limit {
            let Some(line) = lines.get(i) else { break };
            if line.is_blank() {
                break;
            }
            let tab_led = line.is_tab_led();
            for (k, segment) in line.text.split('\t').enumerate() {
                let text = segment.trim().to_owned();
                if k == 0 {
                    if tab_led {
                        // Nothing stands before the leading tab.
                        continue;
                    }
                    if let Some(cell) = row.cells.last_mut() {
                        cell.lines.push((line.number, text));
                        continue;
                    }
                }
                row.cells.push(Cell {
                    lines: vec![(line.number, text)],
                });
            }
            last = i;
            i += 1;
        }
        rows.push(row);
    }
    let mut rows = rows.into_iter();
    let header = rows.next()?;
    Some(Table {
        header,
        rows: rows.collect(),
        start: first,
        end: last + 1,
    })
}

/// A header name in a comparable form: lowercase, single spaces.
pub(crate) fn normalise_header(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::lines;

    #[test]
    fn reads_cells_continuations_and_rows() {
        let text = "TABLE 2\n\tDates\n\tPlace\n\n\t2022-03-23\nto\n2022-03-24\n\tE-Meeting\n\n\n\t2022-03-28\n\tE-Meeting\n\nAfter the table\n";
        let lines = lines(text);
        let table = read(&lines, 1, lines.len()).unwrap();
        assert_eq!(table.header.cells.len(), 2);
        assert_eq!(table.rows.len(), 2);
        let first = &table.rows[0];
        assert_eq!(first.line, 5);
        assert_eq!(first.cells[0].text(), "2022-03-23 to 2022-03-24");
        assert_eq!(first.cells[0].lines.len(), 3);
        assert_eq!(first.cells[1].line(), 8);
        assert_eq!(table.rows[1].line, 11);
        assert_eq!(table.end, 12);
    }

    #[test]
    fn recognises_the_none_row() {
        let lines = lines("\tQuestions\n\tTitle\n\n\tNone.\n\t\n\t\n");
        let table = read(&lines, 0, lines.len()).unwrap();
        assert!(table.rows[0].is_none_row());
    }
}
